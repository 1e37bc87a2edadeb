import { describeError } from "@aduan/graphql-client/errors";
import { ErrorNotice, Loading } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { useStatsFormat } from "../format";
import { StatisticsExploreQuery, StatisticsOverviewQuery } from "../graphql";
import { useStatsTranslation } from "../i18n";
import {
  defaultView,
  exploreVariables,
  filterErrors,
  type StatsView,
  statisticsFilter,
  viewFromSearch,
  viewToSearch,
} from "../view-state";
import { AgencyLeague } from "./agency-league";
import { Explorer } from "./explorer";
import { ProvinceRanking } from "./province-ranking";
import { StatisticsFilters } from "./statistics-filters";

/**
 * National statistics: shared filters, headline figures, the explorer (any grouping and measure), provinces ranked
 * and the agency league; each view downloads as CSV.
 */
export function StatisticsDashboard({ now: nowProp }: { now?: Date }) {
  const [now] = useState(() => nowProp ?? new Date());
  const { t } = useStatsTranslation();
  const format = useStatsFormat();
  const headlineId = useId();
  // The view lives in the address too: a dashboard can be bookmarked and shared.
  const [view, setView] = useState<StatsView>(() => viewFromSearch(window.location.search, now));
  useEffect(() => {
    const search = viewToSearch(view, now);
    const next = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, "", next);
  }, [view, now]);
  const invalid = Object.keys(filterErrors(view.filters)).length > 0;
  const filter = statisticsFilter(view.filters);
  const overview = useQuery(StatisticsOverviewQuery, { variables: { filter }, skip: invalid });
  const explore = useQuery(StatisticsExploreQuery, { variables: exploreVariables(view), skip: invalid });
  const stamp = [view.filters.from || "awal", view.filters.to || "kini"].join("_");
  const totals = overview.data?.totals.buckets[0];
  const error = overview.error ?? explore.error;

  return (
    <div className="ad-stack">
      <div>
        <h1>{t("heading")}</h1>
        <p className="ad-meta">{t("intro")}</p>
      </div>
      <StatisticsFilters
        filters={view.filters}
        onChange={(filters) => setView((v) => ({ ...v, filters }))}
        onReset={() => setView((v) => ({ ...v, filters: defaultView(now).filters }))}
      />
      {error ? (
        <ErrorNotice
          title={t("loadError")}
          code={describeError(error)}
          onRetry={() => {
            void overview.refetch();
            void explore.refetch();
          }}
        />
      ) : null}
      <section aria-labelledby={headlineId}>
        <h2 id={headlineId} className="ad-visually-hidden">
          {t("headline.label")}
        </h2>
        {overview.data ? (
          <dl className="ad-tiles">
            <div className="ad-card">
              <dt className="ad-meta">{t("headline.reports")}</dt>
              <dd className="ad-tile__value">{format.value("count", overview.data.totals.total)}</dd>
            </div>
            <div className="ad-card">
              <dt className="ad-meta">{t("headline.resolved")}</dt>
              <dd className="ad-tile__value">{format.value("resolvedCount", totals?.resolvedCount ?? 0)}</dd>
            </div>
            <div className="ad-card">
              <dt className="ad-meta">{t("headline.firstResponse")}</dt>
              <dd className="ad-tile__value">
                {format.value("medianFirstResponseHours", totals?.medianFirstResponseHours)}
              </dd>
            </div>
            <div className="ad-card">
              <dt className="ad-meta">{t("headline.sla")}</dt>
              <dd className="ad-tile__value">{format.value("slaCompliance", totals?.slaCompliance)}</dd>
            </div>
          </dl>
        ) : overview.loading ? (
          <Loading label={t("loading")} />
        ) : null}
      </section>
      <Explorer
        view={view}
        onChange={setView}
        buckets={explore.data?.statistics.buckets}
        total={explore.data?.statistics.total}
        format={format}
        filename={`statistik-${view.groupBy.toLowerCase()}${view.splitBy ? `-${view.splitBy.toLowerCase()}` : ""}-${stamp}.csv`}
      />
      {overview.data ? (
        <>
          <ProvinceRanking
            buckets={overview.data.byProvince.buckets}
            format={format}
            filename={`statistik-provinsi-${stamp}.csv`}
          />
          <AgencyLeague
            buckets={overview.data.byAgency.buckets}
            format={format}
            filename={`statistik-instansi-${stamp}.csv`}
          />
        </>
      ) : null}
    </div>
  );
}
