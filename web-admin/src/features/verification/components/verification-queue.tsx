import { WorkingDayCountdown } from "@aduan/graphql-client/deadlines";
import { useConnectionList } from "@aduan/graphql-client/pagination";
import {
  Button,
  Chip,
  DataTable,
  type DataTableColumn,
  EmptyState,
  ErrorNotice,
  Loading,
  LoadMore,
  notify,
} from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useQuery, useSubscription } from "@apollo/client/react";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { VerificationQueueQuery as QueueData, QueueReportFragment } from "../gql/graphql";
import { QUEUE_PAGE_SIZE, VerificationQueueQuery, VerificationQueueUpdatesSubscription } from "../graphql";
import { useVerificationTranslation } from "../i18n";
import { ReportPanel } from "./report-panel";
import { useDesk } from "./use-desk";

export type QueuedReport = QueueReportFragment;

/**
 * The verification desk: the queue, oldest first with each report's 3-working-day countdown, new arrivals added at
 * the end (rows never move under the cursor) with a quiet notice; Enter opens a report in the panel below.
 */
export function VerificationQueue() {
  const { t } = useVerificationTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const query = useQuery(VerificationQueueQuery, { variables: { first: QUEUE_PAGE_SIZE } });
  const connection = query.data?.reports;
  const list = useConnectionList(connection, query);
  const rows = list.items ?? [];
  // Arrivals beyond the loaded pages (the queue is oldest first): listed apart until "load more" reaches them.
  const [arrivals, setArrivals] = useState<QueuedReport[]>([]);
  const { activeId, setActiveId, openId, setOpenId, announcement, tableRef, done, openReport, close } = useDesk(
    rows,
    query.refetch,
    (id) => setArrivals((list) => list.filter((item) => item.id !== id)),
  );

  useSubscription(VerificationQueueUpdatesSubscription, {
    onData: ({ data }) => {
      const report = data.data?.verificationQueueUpdates;
      if (!report) return;
      const loaded = query.data?.reports;
      const inLoadedPages = loaded?.edges.some((edge) => edge.node.id === report.id) ?? false;
      setArrivals((list) => {
        const rest = list.filter((item) => item.id !== report.id);
        return report.status === "SUBMITTED" && !inLoadedPages && loaded?.pageInfo.hasNextPage
          ? [...rest, report]
          : rest;
      });
      query.updateQuery((_, { complete, previousData }) =>
        complete ? applyQueueUpdate(previousData, report) : undefined,
      );
      if (report.status === "SUBMITTED") {
        notify(t("queue.live.arrived", { trackingId: report.trackingId }), {
          id: `arrived-${report.id}`,
          action: { label: t("queue.live.open"), onClick: () => setOpenId(report.id) },
        });
      }
    },
  });

  const columns = useMemo<DataTableColumn<QueuedReport>[]>(
    () => [
      {
        id: "report",
        header: t("queue.column.report"),
        cell: (row) => (
          <>
            {row.title ?? tc("hiddenTitle")}
            <br />
            <span className="ad-meta ad-mono">{row.trackingId}</span>{" "}
            {row.anonymous ? <Chip>{tc("badge.anonymous")}</Chip> : null}
            {row.confidential ? <Chip tone="warning">{tc("badge.confidential")}</Chip> : null}
          </>
        ),
      },
      { id: "kind", header: t("queue.column.kind"), cell: (row) => (row.kind ? tc(`reportKind.${row.kind}`) : "—") },
      {
        id: "place",
        header: t("queue.column.place"),
        cell: (row) => [row.category?.name, row.region?.name].filter(Boolean).join(" · ") || "—",
      },
      { id: "channel", header: t("queue.column.channel"), cell: (row) => tc(`channel.${row.channel}`) },
      {
        id: "received",
        header: t("queue.column.received"),
        cell: (row) => <time dateTime={row.createdAt}>{format.dateTime(row.createdAt)}</time>,
      },
      {
        id: "due",
        header: t("queue.column.due"),
        cell: (row) => (row.dueAt ? <WorkingDayCountdown dueAt={row.dueAt} overdue={row.overdue} /> : "—"),
      },
    ],
    [t, tc, format],
  );

  const shownArrivals = arrivals.filter((item) => !rows.some((row) => row.id === item.id));
  const open = rows.find((row) => row.id === openId) ?? shownArrivals.find((item) => item.id === openId) ?? null;

  let content: ReactNode;
  if (list.errorCode)
    content = <ErrorNotice title={t("queue.loadError")} code={list.errorCode} onRetry={list.onRetry} />;
  else if (!list.items) content = <Loading label={tc("loading")} />;
  else if (!rows.length) content = <EmptyState title={t("queue.empty")} />;
  else
    content = (
      <div ref={tableRef}>
        <DataTable
          caption={t("queue.caption")}
          columns={columns}
          rows={rows}
          getRowId={(row) => row.id}
          onRowOpen={(row) => openReport(row.id)}
          activeRowId={activeId}
          onActiveRowChange={setActiveId}
        />
        <LoadMore
          hasMore={list.hasMore}
          busy={list.loadingMore}
          errorCode={list.loadMoreErrorCode}
          onLoadMore={list.onLoadMore}
        />
      </div>
    );

  return (
    <section className="ad-stack">
      <div>
        <div className="ad-spread">
          <h1>{t("queue.heading")}</h1>
          {connection ? <p className="ad-meta">{t("queue.count", { count: connection.totalCount })}</p> : null}
        </div>
        <p className="ad-meta">{t("queue.intro")}</p>
      </div>
      <p className="ad-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {shownArrivals.length ? (
        <section className="ad-stack" aria-labelledby="queue-arrivals">
          <h2 id="queue-arrivals">{t("queue.live.heading", { count: shownArrivals.length })}</h2>
          <ul className="ad-row">
            {shownArrivals.map((item) => (
              <li key={item.id}>
                <Button variant="secondary" onClick={() => openReport(item.id)}>
                  {t("queue.live.openReport", { trackingId: item.trackingId, title: item.title ?? tc("hiddenTitle") })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {open ? <ReportPanel key={open.id} report={open} onDone={done} onClose={close} /> : null}
      {content}
      <p className="ad-meta">{t("queue.shortcuts")}</p>
    </section>
  );
}

/**
 * A live update applied to the loaded queue: a report leaving SUBMITTED goes, a new one joins at the end (the queue
 * is oldest first; when more pages are left, "load more" brings it), a known one is replaced in place.
 */
export function applyQueueUpdate(previous: QueueData, report: QueuedReport): QueueData {
  const current = previous.reports;
  const known = current.edges.some((edge) => edge.node.id === report.id);
  if (report.status !== "SUBMITTED") {
    if (!known) return previous;
    return {
      ...previous,
      reports: {
        ...current,
        totalCount: Math.max(0, current.totalCount - 1),
        edges: current.edges.filter((edge) => edge.node.id !== report.id),
      },
    };
  }
  if (known)
    return {
      ...previous,
      reports: {
        ...current,
        edges: current.edges.map((edge) => (edge.node.id === report.id ? { ...edge, node: report } : edge)),
      },
    };
  if (current.pageInfo.hasNextPage) return { ...previous, reports: { ...current, totalCount: current.totalCount + 1 } };
  return {
    ...previous,
    reports: {
      ...current,
      totalCount: current.totalCount + 1,
      edges: [
        ...current.edges,
        { __typename: "ReportEdge", cursor: current.pageInfo.endCursor ?? report.id, node: report },
      ],
    },
  };
}
