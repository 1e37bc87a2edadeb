import { WorkingDayCountdown } from "@aduan/graphql-client/deadlines";
import { useConnectionList } from "@aduan/graphql-client/pagination";
import {
  Button,
  Chip,
  ConnectionTable,
  type DataTableColumn,
  PageHeading,
  SelectField,
  TextField,
  type Tone,
} from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DispositionEscalation, OverdueDispositionsQuery as OverdueData } from "../gql/graphql";
import {
  EMPTY_OVERDUE_FILTERS,
  ESCALATIONS,
  OVERDUE_PAGE_SIZE,
  OverdueDispositionsQuery,
  type OverdueFilters,
  OversightAgenciesQuery,
  overdueFilter,
} from "../graphql";
import { useOversightTranslation } from "../i18n";

export type OverdueDisposition = OverdueData["dispositions"]["edges"][number]["node"];

const ESCALATION_TONE: Record<DispositionEscalation, Tone> = {
  NONE: "warning",
  AGENCY_ADMINS: "danger",
  NATIONAL_ADMINS: "danger",
};

/**
 * Open dispositions past their deadline across every agency, the longest overdue first, with how far each has been
 * escalated (the agency's admins, then the national admins); filtered by agency (with its units) and escalation.
 */
export function OverdueList() {
  const { t } = useOversightTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const [filters, setFilters] = useState<OverdueFilters>(EMPTY_OVERDUE_FILTERS);
  const [search, setSearch] = useState("");
  const agencies = useQuery(OversightAgenciesQuery);
  const query = useQuery(OverdueDispositionsQuery, {
    variables: { filter: overdueFilter(filters), first: OVERDUE_PAGE_SIZE },
  });
  const connection = query.data?.dispositions;
  const list = useConnectionList(connection, query);

  const columns = useMemo<DataTableColumn<OverdueDisposition>[]>(
    () => [
      {
        id: "report",
        header: t("overdue.column.report"),
        cell: (row) => (
          <>
            {row.report.title ?? tc("hiddenTitle")}
            <br />
            <span className="ad-meta ad-mono">{row.report.trackingId}</span>
            <span className="ad-meta">
              {" · "}
              {[row.report.category?.name, row.report.region?.name].filter(Boolean).join(" · ")}
            </span>
          </>
        ),
      },
      { id: "agency", header: t("overdue.column.agency"), cell: (row) => row.agency.name },
      {
        id: "status",
        header: t("overdue.column.status"),
        cell: (row) => tc(`dispositionStatus.${row.status}`),
      },
      {
        id: "due",
        header: t("overdue.column.due"),
        cell: (row) => (
          <>
            <time dateTime={row.dueAt}>{format.dateTime(row.dueAt)}</time>
            <br />
            <WorkingDayCountdown dueAt={row.dueAt} overdue={row.overdue} />
          </>
        ),
      },
      {
        id: "escalation",
        header: t("overdue.column.escalation"),
        cell: (row) => <EscalationCell disposition={row} />,
      },
    ],
    [t, tc, format],
  );

  const agencyOptions = agencies.data?.agencies.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="ad-stack">
      <PageHeading
        title={t("overdue.heading")}
        count={connection ? t("overdue.count", { count: connection.totalCount }) : null}
        intro={t("overdue.intro")}
      />
      <form
        className="ad-filters"
        aria-label={t("overdue.filter.label")}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters((f) => ({ ...f, search }));
        }}
      >
        <TextField
          label={t("overdue.filter.search")}
          type="search"
          value={search}
          maxLength={200}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label={t("overdue.filter.agency")}
          value={filters.agencyId}
          onChange={(event) => setFilters((f) => ({ ...f, agencyId: event.target.value }))}
          options={[
            { value: "", label: t("overdue.filter.anyAgency") },
            ...agencyOptions.map((agency) => ({ value: agency.id, label: agency.name })),
          ]}
        />
        <SelectField
          label={t("overdue.filter.escalation")}
          value={filters.escalation}
          onChange={(event) =>
            setFilters((f) => ({ ...f, escalation: event.target.value as OverdueFilters["escalation"] }))
          }
          options={[
            { value: "", label: t("overdue.filter.anyEscalation") },
            ...ESCALATIONS.map((level) => ({ value: level, label: t(`overdue.escalation.${level}`) })),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("overdue.filter.apply")}
        </Button>
      </form>
      <ConnectionTable
        {...list}
        errorTitle={t("overdue.loadError")}
        emptyTitle={t("overdue.empty")}
        caption={t("overdue.caption")}
        columns={columns}
        dense
      />
    </section>
  );
}

/** The escalation level, when it was reached, and when the national admins are told if still overdue. */
function EscalationCell({ disposition }: { disposition: OverdueDisposition }) {
  const { t } = useOversightTranslation();
  const format = useFormat();
  const level = disposition.escalation ?? "NONE";
  return (
    <>
      <Chip tone={ESCALATION_TONE[level]}>{t(`overdue.escalation.${level}`)}</Chip>
      {disposition.escalatedAt ? (
        <>
          <br />
          <span className="ad-meta">
            {t("overdue.escalatedAt", { date: format.dateTime(disposition.escalatedAt) })}
          </span>
        </>
      ) : null}
      {level === "AGENCY_ADMINS" && disposition.nationalEscalationDueAt ? (
        <>
          <br />
          <span className="ad-meta">
            {t("overdue.nationalDue", { date: format.dateTime(disposition.nationalEscalationDueAt) })}
          </span>
        </>
      ) : null}
    </>
  );
}
