import { useConnectionList } from "@aduan/graphql-client/pagination";
import { useSession } from "@aduan/graphql-client/session";
import {
  Button,
  DataTable,
  type DataTableColumn,
  EmptyState,
  ErrorNotice,
  Loading,
  LoadMore,
  SelectField,
  TextField,
} from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useQuery } from "@apollo/client/react";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEventsQuery as AuditData } from "../gql/graphql";
import { AUDIT_PAGE_SIZE, AuditEventsQuery, type AuditFilters, auditFilter, EMPTY_AUDIT_FILTERS } from "../graphql";
import { useAuditTranslation } from "../i18n";

type AuditRow = AuditData["auditEvents"]["edges"][number]["node"];

export const EVENT_TYPES = [
  "SUBMITTED",
  "INFORMATION_REQUESTED",
  "INFORMATION_PROVIDED",
  "VERIFIED",
  "DISPOSED",
  "REJECTED",
  "MERGED",
  "ACCEPTED",
  "FORWARDED",
  "RETURNED",
  "RESPONSE_DRAFTED",
  "RESPONSE_APPROVED",
  "RESPONDED",
  "MESSAGE_POSTED",
  "CONFIRMED",
  "DISPUTED",
  "AUTO_CLOSED",
  "ESCALATED",
  "PRIVACY_RAISED",
  "PRIVACY_LOWERED",
  "TITLE_CHANGED",
] as const;

/** The audit log: ReportEvents, newest first, searched by report, actor, type and date. */
export function AuditLog() {
  const { t } = useAuditTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const { state } = useSession();
  const viewerId = state.status === "signedIn" ? state.user.id : null;
  const [draft, setDraft] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const query = useQuery(AuditEventsQuery, {
    variables: { filter: auditFilter(filters, viewerId), first: AUDIT_PAGE_SIZE },
  });
  const connection = query.data?.auditEvents;
  const list = useConnectionList(connection, query);
  const rows = list.items ?? [];
  const columns = useMemo<DataTableColumn<AuditRow>[]>(
    () => [
      {
        id: "time",
        header: t("column.time"),
        cell: (row) => <time dateTime={row.createdAt}>{format.dateTime(row.createdAt)}</time>,
      },
      {
        id: "report",
        header: t("column.report"),
        cell: (row) => <span className="ad-mono">{row.report?.trackingId ?? "—"}</span>,
      },
      { id: "type", header: t("column.type"), cell: (row) => eventTypeLabel(row.type, tc) },
      {
        id: "actor",
        header: t("column.actor"),
        cell: (row) => row.actor?.name ?? t(`role.${row.actorRole}`),
      },
      { id: "agency", header: t("column.agency"), cell: (row) => row.agency?.name ?? "—" },
      {
        id: "note",
        header: t("column.note"),
        cell: (row) =>
          row.note ? (
            <>
              {row.note}
              {row.internal ? <span className="ad-meta"> ({t("internal")})</span> : null}
            </>
          ) : (
            "—"
          ),
      },
    ],
    [t, tc, format],
  );

  let content: ReactNode;
  if (list.errorCode) content = <ErrorNotice title={t("loadError")} code={list.errorCode} onRetry={list.onRetry} />;
  else if (!list.items) content = <Loading label={tc("loading")} />;
  else if (!rows.length) content = <EmptyState title={t("empty")} />;
  else
    content = (
      <div>
        <DataTable caption={t("caption")} columns={columns} rows={rows} getRowId={(row) => row.id} dense />
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
      <div className="ad-spread">
        <h1>{t("heading")}</h1>
        {connection ? <p className="ad-meta">{t("count", { count: connection.totalCount })}</p> : null}
      </div>
      <form
        className="ad-filters"
        aria-label={t("filter.label")}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <TextField
          label={t("filter.trackingId")}
          type="search"
          value={draft.trackingId}
          onChange={(event) => setDraft((d) => ({ ...d, trackingId: event.target.value }))}
        />
        <SelectField
          label={t("filter.type")}
          value={draft.type}
          onChange={(event) => setDraft((d) => ({ ...d, type: event.target.value }))}
          options={[
            { value: "", label: t("filter.anyType") },
            ...EVENT_TYPES.map((type) => ({ value: type, label: tc(`eventType.${type}`) })),
          ]}
        />
        <TextField
          label={t("filter.from")}
          type="date"
          value={draft.from}
          onChange={(event) => setDraft((d) => ({ ...d, from: event.target.value }))}
        />
        <TextField
          label={t("filter.to")}
          type="date"
          value={draft.to}
          onChange={(event) => setDraft((d) => ({ ...d, to: event.target.value }))}
        />
        <label className="ad-row">
          <input
            type="checkbox"
            checked={draft.mine}
            onChange={(event) => setDraft((d) => ({ ...d, mine: event.target.checked }))}
          />{" "}
          {t("filter.mine")}
        </label>
        <Button type="submit" variant="secondary">
          {t("filter.apply")}
        </Button>
      </form>
      {content}
    </section>
  );
}

function eventTypeLabel(type: string, tc: ReturnType<typeof useTranslation<"common">>["t"]) {
  return (EVENT_TYPES as readonly string[]).includes(type)
    ? tc(`eventType.${type as (typeof EVENT_TYPES)[number]}`)
    : type;
}
