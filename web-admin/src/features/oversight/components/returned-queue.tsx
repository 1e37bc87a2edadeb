import { WorkingDayCountdown } from "@aduan/graphql-client/deadlines";
import { useConnectionList } from "@aduan/graphql-client/pagination";
import { ConnectionTable, type DataTableColumn, PageHeading, Timeline } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useQuery, useSubscription } from "@apollo/client/react";
import { useEffect, useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ReportPanel } from "../../verification/components/report-panel";
import { useDesk } from "../../verification/components/use-desk";
import type { ReturnedReportsQuery as ReturnedData } from "../../verification/gql/graphql";
import {
  QUEUE_PAGE_SIZE,
  ReturnedReportsQuery,
  VerificationQueueUpdatesSubscription,
} from "../../verification/graphql";
import { useOversightTranslation } from "../i18n";

export type ReturnedReport = ReturnedData["reports"]["edges"][number]["node"];

/** The routing history worth reading before routing again: dispositions, returns and forwards. */
const ROUTING_EVENTS = new Set(["DISPOSED", "FORWARDED", "RETURNED"]);

/** The dispositions every agency returned, each with its agency and reason. */
export function returnsOf(report: ReturnedReport) {
  return report.dispositions.filter((d) => d.status === "RETURNED");
}

/**
 * Reports every agency returned (not their authority), back with the verifiers, oldest first: each with the agencies
 * that returned it and why. Enter opens one in the desk's own panel, to route it again (or reject it, or ask).
 */
export function ReturnedQueue() {
  const { t } = useOversightTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const query = useQuery(ReturnedReportsQuery, { variables: { first: QUEUE_PAGE_SIZE } });
  const connection = query.data?.reports;
  const list = useConnectionList(connection, query);
  const rows = list.items ?? [];
  const desk = useDesk(rows, query.refetch);
  const refetchSoon = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refetchSoon.current), []);

  // Live: a returned report comes back into the verifiers' queue (SUBMITTED); one routed again leaves it. Arrivals
  // are mostly new reports, so the list is asked again at most once a second rather than for each.
  useSubscription(VerificationQueueUpdatesSubscription, {
    onData: ({ data }) => {
      const report = data.data?.verificationQueueUpdates;
      if (!report) return;
      const listed = query.data?.reports.edges.some((edge) => edge.node.id === report.id) ?? false;
      if (listed === (report.status === "SUBMITTED")) return;
      clearTimeout(refetchSoon.current);
      refetchSoon.current = setTimeout(() => void query.refetch(), listed ? 0 : 1000);
    },
  });

  const columns = useMemo<DataTableColumn<ReturnedReport>[]>(
    () => [
      {
        id: "report",
        header: t("returned.column.report"),
        cell: (row) => (
          <>
            {row.title ?? tc("hiddenTitle")}
            <br />
            <span className="ad-meta ad-mono">{row.trackingId}</span>
          </>
        ),
      },
      {
        id: "agencies",
        header: t("returned.column.agencies"),
        cell: (row) =>
          returnsOf(row)
            .map((d) => d.agency.name)
            .join(", "),
      },
      {
        id: "reasons",
        header: t("returned.column.reasons"),
        cell: (row) => (
          <ul className="ad-list">
            {returnsOf(row).map((d) => (
              <li key={d.id}>{d.returnReason ?? t("returned.noReason")}</li>
            ))}
          </ul>
        ),
      },
      {
        id: "received",
        header: t("returned.column.received"),
        cell: (row) => <time dateTime={row.createdAt}>{format.dateTime(row.createdAt)}</time>,
      },
      {
        id: "due",
        header: t("returned.column.due"),
        cell: (row) => (row.dueAt ? <WorkingDayCountdown dueAt={row.dueAt} overdue={row.overdue} /> : "—"),
      },
    ],
    [t, tc, format],
  );

  const open = rows.find((row) => row.id === desk.openId) ?? null;

  return (
    <section className="ad-stack">
      <PageHeading
        title={t("returned.heading")}
        count={connection ? t("returned.count", { count: connection.totalCount }) : null}
        intro={t("returned.intro")}
      />
      <p className="ad-visually-hidden" aria-live="polite">
        {desk.announcement}
      </p>
      {open ? (
        <ReportPanel
          key={open.id}
          report={open}
          onDone={desk.done}
          onClose={desk.close}
          aside={<ReturnReasons report={open} />}
        />
      ) : null}
      <div ref={desk.tableRef}>
        <ConnectionTable
          {...list}
          errorTitle={t("returned.loadError")}
          emptyTitle={t("returned.empty")}
          caption={t("returned.caption")}
          columns={columns}
          onRowOpen={(row) => desk.openReport(row.id)}
          activeRowId={desk.activeId}
          onActiveRowChange={desk.setActiveId}
        />
      </div>
      <p className="ad-meta">{t("returned.shortcuts")}</p>
    </section>
  );
}

/** Why the agencies returned the report, and its routing so far. */
export function ReturnReasons({ report }: { report: ReturnedReport }) {
  const { t } = useOversightTranslation();
  const headingId = useId();
  // What happened when; the reasons are listed above (a return's note is its reason). A return is recorded for the
  // disposition and for the report's status at the same instant: it is shown once.
  const history = report.timeline
    .filter((event) => ROUTING_EVENTS.has(event.type))
    .filter((event, i, list) => i === 0 || list[i - 1].type !== event.type || list[i - 1].createdAt !== event.createdAt)
    .map((event) => ({ ...event, note: null }));
  return (
    <section className="ad-stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("returned.reasons.heading")}</h3>
      <ul className="ad-stack">
        {returnsOf(report).map((d) => (
          <li key={d.id}>
            <strong>{d.agency.name}</strong>: {d.returnReason ?? t("returned.noReason")}
          </li>
        ))}
      </ul>
      {history.length ? <Timeline entries={history} label={t("returned.reasons.history")} /> : null}
    </section>
  );
}
