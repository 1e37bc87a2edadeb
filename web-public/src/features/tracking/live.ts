import type { ReportEventsSubscription, TrackReportQuery } from "./gql/graphql";

type Report = NonNullable<TrackReportQuery["trackReport"]>;
export type LiveEvent = ReportEventsSubscription["reportEvents"];

/**
 * The report with events that arrived over the subscription since it was loaded: each event once (delivery is at
 * least once), in time order; the status is the newest event's. Messages and dispositions come with the refetch
 * each event triggers.
 */
export function withLiveEvents(report: Report, events: readonly LiveEvent[]): Report {
  const known = new Set(report.timeline.map((event) => event.id));
  const fresh = events.filter((event) => {
    if (known.has(event.id)) return false;
    known.add(event.id);
    return true;
  });
  if (fresh.length === 0) return report;
  const timeline = [...report.timeline, ...fresh.map((event) => ({ ...event, __typename: "ReportEvent" as const }))];
  timeline.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const newest = timeline[timeline.length - 1];
  return { ...report, timeline, status: newest.status };
}
