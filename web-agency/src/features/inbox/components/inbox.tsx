import { WorkingDayCountdown } from "@aduan/graphql-client/deadlines";
import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { useConnectionList } from "@aduan/graphql-client/pagination";
import {
  Button,
  DataTable,
  type DataTableColumn,
  type DataTableSort,
  DispositionStatusChip,
  EmptyState,
  ErrorNotice,
  Loading,
  LoadMore,
  Notice,
  notify,
  Segmented,
  SelectField,
  TextField,
} from "@aduan/ui/components";
import { useMutation, useQuery, useSubscription } from "@apollo/client/react";
import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import type { InboxDispositionFragment, ReportKind } from "../gql/graphql";
import {
  AcceptDispositionMutation,
  AgencyInboxQuery,
  DispositionUpdatesSubscription,
  type DueFilter,
  INBOX_TABS,
  InboxCategoriesQuery,
  type InboxFilters,
  InboxRegionsQuery,
  type InboxTab,
  inboxVariables,
} from "../graphql";
import { useInboxTranslation } from "../i18n";

export type InboxDisposition = InboxDispositionFragment;

const KINDS: ReportKind[] = ["COMPLAINT", "INFORMATION_REQUEST", "SUGGESTION", "WHISTLEBLOWING", "PRIORITY_PROGRAM"];

export const dispositionPath = (id: string, action?: "respond") =>
  `/dispositions/${encodeURIComponent(id)}${action ? `?action=${action}` : ""}`;

/**
 * The agency's dispositions (its units' too) by tab, filtered and sorted on the server; live updates arrive as a
 * quiet notice and a "show new" button, never by moving the rows under the operator's cursor.
 */
export function Inbox() {
  const { t } = useInboxTranslation();
  const { t: tc } = useTranslation("common");
  const [, navigate] = useLocation();
  const [tab, setTab] = useState<InboxTab>("new");
  const [filters, setFilters] = useState<InboxFilters>({});
  const [searchDraft, setSearchDraft] = useState("");
  const [dense, setDense] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [fresh, setFresh] = useState(0);
  const [bulk, setBulk] = useState<{ busy: boolean; message: string | null; failed: boolean }>({
    busy: false,
    message: null,
    failed: false,
  });
  const variables = inboxVariables(tab, filters);
  const query = useQuery(AgencyInboxQuery, { variables, notifyOnNetworkStatusChange: true });
  const categories = useQuery(InboxCategoriesQuery);
  const provinces = useQuery(InboxRegionsQuery, { variables: {} });
  const regencies = useQuery(InboxRegionsQuery, {
    variables: { parentCode: filters.provinceCode },
    skip: !filters.provinceCode,
  });
  const connection = query.data?.dispositions;
  const list = useConnectionList(connection, query);
  const rows = list.items ?? [];
  const known = useRef(new Set<string>());
  known.current = new Set(rows.map((row) => row.id));
  const [accept] = useMutation(AcceptDispositionMutation);
  const runMutation = useMutationError();

  useSubscription(DispositionUpdatesSubscription, {
    onData: ({ data }) => {
      const disposition = data.data?.dispositionUpdates;
      if (!disposition) return;
      const isKnown = known.current.has(disposition.id);
      if (!isKnown) setFresh((n) => n + 1);
      notify(t(isKnown ? "inbox.live.changed" : "inbox.live.arrived", { trackingId: disposition.report.trackingId }), {
        id: `disposition-${disposition.id}`,
        action: { label: t("inbox.live.open"), onClick: () => navigate(dispositionPath(disposition.id)) },
      });
    },
  });

  function showFresh() {
    setFresh(0);
    void query.refetch();
  }

  function changeTab(next: InboxTab) {
    setTab(next);
    setSelected(new Set());
    setBulk({ busy: false, message: null, failed: false });
  }

  async function acceptOne(id: string) {
    return runMutation(
      async () => (await accept({ variables: { input: { dispositionId: id } } })).data?.acceptDisposition,
    );
  }

  async function acceptSelected(ids: string[]) {
    setBulk({ busy: true, message: null, failed: false });
    let failed = 0;
    let lastError: string | null = null;
    for (const id of ids) {
      const error = await acceptOne(id);
      if (error) {
        failed += 1;
        lastError = error;
      }
    }
    setSelected(new Set());
    await query.refetch();
    setBulk({
      busy: false,
      failed: failed > 0,
      message: failed
        ? t("inbox.bulk.someFailed", { count: failed, error: lastError })
        : t("inbox.bulk.accepted", { count: ids.length }),
    });
  }

  const sort: DataTableSort = {
    columnId: variables.orderBy?.field === "CREATED_AT" ? "received" : "due",
    direction: variables.orderBy?.direction === "DESC" ? "desc" : "asc",
  };

  const columns = useMemo<DataTableColumn<InboxDisposition>[]>(
    () => [
      {
        id: "report",
        header: t("inbox.column.report"),
        cell: (row) => (
          <>
            <Link href={dispositionPath(row.id)} tabIndex={-1}>
              {row.report.title ?? tc("hiddenTitle")}
            </Link>
            <br />
            <span className="ad-meta ad-mono">{row.report.trackingId}</span>
          </>
        ),
      },
      {
        id: "kind",
        header: t("inbox.column.kind"),
        cell: (row) => (row.report.kind ? tc(`reportKind.${row.report.kind}`) : "—"),
      },
      {
        id: "place",
        header: t("inbox.column.place"),
        cell: (row) => [row.report.category?.name, row.report.region?.name].filter(Boolean).join(" · ") || "—",
      },
      { id: "agency", header: t("inbox.column.agency"), cell: (row) => row.agency.name },
      { id: "status", header: t("inbox.column.status"), cell: (row) => <DispositionStatusChip status={row.status} /> },
      {
        id: "due",
        header: t("inbox.column.due"),
        sortable: true,
        cell: (row) => (
          <WorkingDayCountdown dueAt={row.dueAt} overdue={row.overdue} escalation={row.escalation} stacked />
        ),
      },
      {
        id: "received",
        header: t("inbox.column.received"),
        sortable: true,
        cell: (row) => <ReceivedAt iso={row.createdAt} />,
      },
    ],
    [t, tc],
  );

  const active = rows.find((row) => row.id === activeId) ?? rows[0];

  function onShortcut(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (!target.matches("tr") || !active || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "o") navigate(dispositionPath(active.id));
    else if (event.key === "r") navigate(dispositionPath(active.id, "respond"));
    else if (event.key === "a" && active.status === "PENDING") {
      void acceptOne(active.id).then((error) => {
        notify(error ?? t("inbox.bulk.accepted", { count: 1 }), { id: "accept" });
        if (!error) void query.refetch();
      });
    } else return;
    event.preventDefault();
  }

  const categoryOptions = [
    { value: "", label: t("inbox.filter.anyCategory") },
    ...(categories.data?.categories ?? [])
      .filter((category) => !category.parent)
      .map((category) => ({ value: category.id, label: category.name })),
  ];
  const selectedIds = rows.map((row) => row.id).filter((id) => selected.has(id));

  let content: ReactNode;
  if (list.errorCode)
    content = <ErrorNotice title={t("inbox.loadError")} code={list.errorCode} onRetry={list.onRetry} />;
  else if (!list.items) content = <Loading label={tc("loading")} />;
  else if (!rows.length) content = <EmptyState title={t(`inbox.empty.${tab}`)} />;
  else
    content = (
      // biome-ignore lint/a11y/noStaticElementInteractions: the table's rows take the shortcuts; this only listens
      <div onKeyDown={onShortcut}>
        <DataTable
          caption={t("inbox.caption", { tab: t(`inbox.tab.${tab}`) })}
          columns={columns}
          rows={rows}
          getRowId={(row) => row.id}
          dense={dense}
          sort={sort}
          onSortChange={(next) =>
            setFilters((f) => ({
              ...f,
              sort: {
                field: next.columnId === "received" ? "CREATED_AT" : "DUE_AT",
                direction: next.direction === "desc" ? "DESC" : "ASC",
              },
            }))
          }
          selected={tab === "new" ? selected : undefined}
          onSelectionChange={tab === "new" ? setSelected : undefined}
          rowLabel={(row) => t("inbox.selectRow", { trackingId: row.report.trackingId })}
          selectAllLabel={t("inbox.selectAll")}
          onRowOpen={(row) => navigate(dispositionPath(row.id))}
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
      <div className="ad-spread">
        <h1>{t("inbox.heading")}</h1>
        <div className="ad-row">
          {connection ? <p className="ad-meta">{t("inbox.count", { count: connection.totalCount })}</p> : null}
          {fresh > 0 ? (
            <Button variant="secondary" onClick={showFresh}>
              {t("inbox.live.showNew", { count: fresh })}
            </Button>
          ) : null}
        </div>
      </div>
      <Segmented
        label={t("inbox.tabs")}
        value={tab}
        onChange={changeTab}
        options={INBOX_TABS.map((value) => ({ value, label: t(`inbox.tab.${value}`) }))}
      />
      <form
        className="ad-filters"
        aria-label={t("inbox.filter.label")}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters((f) => ({ ...f, search: searchDraft }));
        }}
      >
        <TextField
          label={t("inbox.filter.search")}
          type="search"
          value={searchDraft}
          onChange={(event) => setSearchDraft(event.target.value)}
        />
        <SelectField
          label={t("inbox.filter.kind")}
          value={filters.kind ?? ""}
          onChange={(event) => setFilters((f) => ({ ...f, kind: (event.target.value || null) as ReportKind | null }))}
          options={[
            { value: "", label: t("inbox.filter.anyKind") },
            ...KINDS.map((kind) => ({ value: kind, label: tc(`reportKind.${kind}`) })),
          ]}
        />
        <SelectField
          label={t("inbox.filter.category")}
          value={filters.categoryId ?? ""}
          onChange={(event) => setFilters((f) => ({ ...f, categoryId: event.target.value || null }))}
          options={categoryOptions}
        />
        <SelectField
          label={t("inbox.filter.province")}
          value={filters.provinceCode ?? ""}
          onChange={(event) =>
            setFilters((f) => ({ ...f, provinceCode: event.target.value || null, regencyCode: null }))
          }
          options={[
            { value: "", label: t("inbox.filter.anyProvince") },
            ...(provinces.data?.regions ?? []).map((region) => ({ value: region.code, label: region.name })),
          ]}
        />
        {filters.provinceCode ? (
          <SelectField
            label={t("inbox.filter.regency")}
            value={filters.regencyCode ?? ""}
            onChange={(event) => setFilters((f) => ({ ...f, regencyCode: event.target.value || null }))}
            options={[
              { value: "", label: t("inbox.filter.anyRegency") },
              ...(regencies.data?.regions ?? []).map((region) => ({ value: region.code, label: region.name })),
            ]}
          />
        ) : null}
        <SelectField
          label={t("inbox.filter.due")}
          value={filters.due ?? "any"}
          onChange={(event) => setFilters((f) => ({ ...f, due: event.target.value as DueFilter }))}
          options={[
            { value: "any", label: t("inbox.filter.dueAny") },
            { value: "overdue", label: t("inbox.filter.dueOverdue") },
            { value: "onTime", label: t("inbox.filter.dueOnTime") },
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("inbox.filter.apply")}
        </Button>
      </form>
      <div className="ad-spread">
        <label>
          <input type="checkbox" checked={dense} onChange={(event) => setDense(event.target.checked)} />{" "}
          {t("inbox.dense")}
        </label>
        {tab === "new" && rows.length ? (
          <Button disabled={!selectedIds.length} busy={bulk.busy} onClick={() => void acceptSelected(selectedIds)}>
            {t("inbox.bulk.accept", { count: selectedIds.length })}
          </Button>
        ) : null}
      </div>
      {bulk.message ? <Notice tone={bulk.failed ? "danger" : "success"}>{bulk.message}</Notice> : null}
      {content}
      <p className="ad-meta">{t("inbox.shortcuts")}</p>
    </section>
  );
}

function ReceivedAt({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const text = new Intl.DateTimeFormat(i18n.resolvedLanguage === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeZone: "Asia/Jakarta",
  }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
