import type { TrackedReportData } from "./components/tracked-report";

export const TRACKING_ID = "ADU-7K3M-9QXD";
export const ACCESS_CODE = "ABCDEFGHJKMNPQRS";

type Event = TrackedReportData["timeline"][number];

export function event(
  id: string,
  type: string,
  status: Event["status"],
  createdAt: string,
  extra: Partial<Event> = {},
): Event {
  return { __typename: "ReportEvent", id, type, status, actorRole: "SYSTEM", note: null, createdAt, ...extra };
}

/** A report as trackReport returns it to the public (override for the reporter's view). */
export function reportFixture(overrides: Partial<TrackedReportData> = {}): TrackedReportData {
  return {
    __typename: "Report",
    id: "UmVwb3J0OjQy",
    trackingId: TRACKING_ID,
    title: "Lampu penerangan jalan mati sejak dua minggu",
    body: null,
    status: "IN_PROGRESS",
    resolution: null,
    createdAt: "2026-11-20T03:15:00.000Z",
    resolvedAt: null,
    dueAt: "2026-12-01T10:00:00.000Z",
    overdue: false,
    viewerIsReporter: false,
    category: { __typename: "Category", id: "Q2F0ZWdvcnk6Mw", name: "Infrastruktur" },
    region: { __typename: "Region", id: "UmVnaW9uOjMyLjcz", name: "Kota Bandung" },
    agencies: [{ __typename: "Agency", id: "QWdlbmN5OjQ", name: "Dinas Perhubungan Kota Bandung" }],
    rating: null,
    attachments: [],
    dispositions: [
      {
        __typename: "Disposition",
        id: "RGlzcG9zaXRpb246MQ",
        status: "ACCEPTED",
        createdAt: "2026-11-21T02:00:00.000Z",
        acceptedAt: "2026-11-21T04:00:00.000Z",
        respondedAt: null,
        dueAt: "2026-12-01T10:00:00.000Z",
        overdue: false,
        agency: { __typename: "Agency", id: "QWdlbmN5OjQ", name: "Dinas Perhubungan Kota Bandung" },
      },
    ],
    messages: { __typename: "MessageConnection", totalCount: 0, nodes: [] },
    timeline: [
      event("RXZlbnQ6MQ", "SUBMITTED", "SUBMITTED", "2026-11-20T03:15:00.000Z", { actorRole: "REPORTER" }),
      event("RXZlbnQ6Mg", "DISPOSED", "DISPOSED", "2026-11-21T02:00:00.000Z", { actorRole: "VERIFIER" }),
      event("RXZlbnQ6Mw", "ACCEPTED", "IN_PROGRESS", "2026-11-21T04:00:00.000Z", { actorRole: "AGENCY" }),
    ],
    ...overrides,
  };
}

export function agencyMessage(
  id: string,
  body: string,
  createdAt: string,
): TrackedReportData["messages"]["nodes"][number] {
  return {
    __typename: "Message",
    id,
    body,
    authorRole: "AGENCY",
    authorName: "Dinas Perhubungan Kota Bandung",
    createdAt,
    attachments: [],
  };
}
