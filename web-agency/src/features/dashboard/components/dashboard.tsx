import { describeError } from "@aduan/graphql-client/errors";
import { ErrorNotice, Loading } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useQuery } from "@apollo/client/react";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { AgencyDashboardQuery, lastTwelveMonths } from "../graphql";
import { useDashboardTranslation } from "../i18n";

const SlaChart = lazy(() => import("./sla-chart"));

/** The agency's figures from the statistics API: open and overdue now, and by month over the last year. */
export function Dashboard({ agencyId, now: nowProp }: { agencyId: string | null; now?: Date }) {
  const { t, i18n } = useDashboardTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  // Fixed for the page's life: a new range on every render would refetch for ever.
  const [range] = useState(() => lastTwelveMonths(nowProp ?? new Date()));
  const query = useQuery(AgencyDashboardQuery, {
    variables: { agencyIds: agencyId ? [agencyId] : null, ...range },
    skip: !agencyId,
  });
  if (query.error && !query.data)
    return (
      <ErrorNotice
        title={t("dashboard.loadError")}
        code={describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  if (!query.data) return <Loading label={tc("loading")} />;
  const { buckets } = query.data.statistics;
  const monthName = new Intl.DateTimeFormat(i18n.resolvedLanguage === "en" ? "en-GB" : "id-ID", {
    month: "short",
    year: "numeric",
    timeZone: "Asia/Jakarta",
  });
  const rows = [...buckets]
    .filter((bucket) => bucket.key.period)
    .sort((a, b) => String(a.key.period).localeCompare(String(b.key.period)))
    .map((bucket) => ({
      month: monthName.format(new Date(bucket.key.period as string)),
      count: bucket.count,
      compliance: bucket.slaCompliance == null ? null : Math.round(bucket.slaCompliance * 100),
      medianHours: bucket.medianFirstResponseHours,
      rating: bucket.averageRating,
    }));
  // Over the whole year (a median of monthly medians would not be one).
  const overall = query.data.overall.buckets[0];
  const medianFirst = overall?.medianFirstResponseHours ?? null;
  const rating = overall?.averageRating ?? null;
  const dash = "—";
  const tiles = [
    { label: t("dashboard.open"), value: format.number(query.data.open.totalCount) },
    { label: t("dashboard.overdue"), value: format.number(query.data.overdue.totalCount) },
    {
      label: t("dashboard.medianFirstResponse"),
      value:
        medianFirst == null ? dash : t("dashboard.hours", { value: format.number(Math.round(medianFirst * 10) / 10) }),
    },
    { label: t("dashboard.rating"), value: rating == null ? dash : format.number(Math.round(rating * 10) / 10) },
  ];

  return (
    <section className="ad-stack">
      <h1>{t("dashboard.heading")}</h1>
      {query.data.viewer?.agency ? <p className="ad-meta">{query.data.viewer.agency.name}</p> : null}
      <dl className="ad-tiles">
        {tiles.map((tile) => (
          <div key={tile.label} className="ad-card">
            <dt className="ad-meta">{tile.label}</dt>
            <dd className="ad-tile__value">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("dashboard.byMonth")}</h2>
      <Suspense fallback={<Loading label={tc("loading")} />}>
        <SlaChart data={rows} label={t("dashboard.slaChart")} />
      </Suspense>
      <div className="ad-table-wrap">
        <table className="ad-table ad-table--dense">
          <caption className="ad-visually-hidden">{t("dashboard.byMonth")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.month")}</th>
              <th scope="col">{t("dashboard.reports")}</th>
              <th scope="col">{t("dashboard.sla")}</th>
              <th scope="col">{t("dashboard.medianFirstResponse")}</th>
              <th scope="col">{t("dashboard.rating")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{row.month}</th>
                <td>{format.number(row.count)}</td>
                <td>{row.compliance == null ? dash : `${row.compliance}%`}</td>
                <td>
                  {row.medianHours == null
                    ? dash
                    : t("dashboard.hours", { value: format.number(Math.round(row.medianHours * 10) / 10) })}
                </td>
                <td>{row.rating == null ? dash : format.number(Math.round(row.rating * 10) / 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
