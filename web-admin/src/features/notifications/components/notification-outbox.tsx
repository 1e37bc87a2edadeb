import { useConnectionList } from "@aduan/graphql-client/pagination";
import {
  Button,
  Chip,
  ConnectionTable,
  type DataTableColumn,
  Notice,
  PageHeading,
  SelectField,
  type Tone,
} from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import type { NotificationStatus, NotificationOutboxQuery as OutboxData } from "../gql/graphql";
import {
  EMPTY_OUTBOX_FILTERS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NotificationOutboxQuery,
  OUTBOX_PAGE_SIZE,
  type OutboxFilters,
  outboxFilter,
} from "../graphql";
import { useOutboxTranslation } from "../i18n";

export type OutboxRow = OutboxData["notifications"]["edges"][number]["node"];

const STATUS_TONE: Record<NotificationStatus, Tone> = {
  QUEUED: "info",
  SENT: "success",
  LOGGED: "neutral",
  FAILED: "danger",
};

/** The notification outbox (admins): each message, to whom (masked), its delivery state; filtered, newest first. */
export function NotificationOutbox() {
  const { t } = useOutboxTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<OutboxFilters>(EMPTY_OUTBOX_FILTERS);
  const query = useQuery(NotificationOutboxQuery, {
    variables: { filter: outboxFilter(filters), first: OUTBOX_PAGE_SIZE },
  });
  const connection = query.data?.notifications;
  const list = useConnectionList(connection, query);

  const columns = useMemo<DataTableColumn<OutboxRow>[]>(
    () => [
      {
        id: "time",
        header: t("column.time"),
        cell: (row) => <time dateTime={row.createdAt}>{format.dateTime(row.createdAt)}</time>,
      },
      {
        id: "recipient",
        header: t("column.recipient"),
        cell: (row) => (
          <>
            <span className="ad-mono">{row.recipient}</span>
            <br />
            <span className="ad-meta">
              {t(`audience.${row.audience}`)} · {t(`channel.${row.channel}`)}
            </span>
          </>
        ),
      },
      {
        id: "message",
        header: t("column.message"),
        cell: (row) => (
          <details>
            <summary>{row.subject}</summary>
            <p className="ad-prewrap">{row.body}</p>
          </details>
        ),
      },
      {
        id: "report",
        header: t("column.report"),
        cell: (row) =>
          row.report ? (
            <>
              <span className="ad-mono">{row.report.trackingId}</span>
              <br />
              <Button
                variant="ghost"
                aria-label={t("onlyReportLabel", { trackingId: row.report.trackingId })}
                onClick={() => {
                  const report = row.report;
                  if (report) setFilters((f) => ({ ...f, report: { id: report.id, trackingId: report.trackingId } }));
                }}
              >
                {t("onlyReport", { trackingId: row.report.trackingId })}
              </Button>
            </>
          ) : (
            "—"
          ),
      },
      {
        id: "status",
        header: t("column.status"),
        cell: (row) => (
          <>
            <Chip tone={STATUS_TONE[row.status]}>{t(`status.${row.status}`)}</Chip>
            <br />
            <span className="ad-meta">
              {[
                row.sentAt
                  ? t(row.status === "LOGGED" ? "loggedAt" : "sentAt", { date: format.dateTime(row.sentAt) })
                  : null,
                row.transport ? t("via", { transport: row.transport }) : null,
                row.attempts ? t("attempts", { count: row.attempts }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
            {row.lastError ? <p className="ad-field__error">{row.lastError}</p> : null}
          </>
        ),
      },
    ],
    [t, format],
  );

  return (
    <section className="ad-stack">
      <PageHeading
        title={t("heading")}
        count={connection ? t("count", { count: connection.totalCount }) : null}
        intro={t("intro")}
      />
      <form className="ad-filters" aria-label={t("filter.label")} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t("filter.status")}
          value={filters.status}
          onChange={(event) => setFilters((f) => ({ ...f, status: event.target.value as OutboxFilters["status"] }))}
          options={[
            { value: "", label: t("filter.anyStatus") },
            ...NOTIFICATION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
        />
        <SelectField
          label={t("filter.channel")}
          value={filters.channel}
          onChange={(event) => setFilters((f) => ({ ...f, channel: event.target.value as OutboxFilters["channel"] }))}
          options={[
            { value: "", label: t("filter.anyChannel") },
            ...NOTIFICATION_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) })),
          ]}
        />
      </form>
      {filters.report ? (
        <Notice
          action={
            <Button variant="secondary" onClick={() => setFilters((f) => ({ ...f, report: null }))}>
              {t("showAll")}
            </Button>
          }
        >
          {t("filteredByReport", { trackingId: filters.report.trackingId })}
        </Notice>
      ) : null}
      <ConnectionTable
        {...list}
        errorTitle={t("loadError")}
        emptyTitle={t("empty")}
        caption={t("caption")}
        columns={columns}
        dense
      />
    </section>
  );
}
