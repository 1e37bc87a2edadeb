import { describeError } from "@aduan/graphql-client/errors";
import { EmptyState, ErrorNotice, Loading, Segmented } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useStatsFormat } from "../format";
import { PublicStatisticsQuery } from "../graphql";
import {
  agencyRows,
  DEFAULT_PERIOD,
  headline,
  kindSeries,
  monthSeries,
  PERIODS,
  type PeriodMonths,
  periodStart,
} from "../shape";
import { AgencyTable } from "./agency-table";
import { HeadlineStats } from "./headline-stats";
import { KindChart } from "./kind-chart";
import { ProvinceChart } from "./province-chart";
import { TrendChart } from "./trend-chart";

/** The public statistics for a period (the last 12 months unless the reader picks another). */
export function StatisticsView({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const [months, setMonths] = useState<PeriodMonths>(DEFAULT_PERIOD);
  // Fixed per period, so the variables (and Apollo's cache entry) stay the same across renders.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `now` is read once per period on purpose
  const range = useMemo(() => {
    const end = now();
    return { from: periodStart(months, end), now: end };
  }, [months]);
  const query = useQuery(PublicStatisticsQuery, {
    variables: { filter: { from: range.from.toISOString() } },
  });
  const data = query.data;

  let content: React.ReactNode;
  if (data) {
    content =
      data.totals.total === 0 ? (
        <EmptyState title={t("stats.empty")} />
      ) : (
        <>
          <HeadlineStats data={headline(data.totals)} format={format} />
          <KindChart points={kindSeries(data.byKind)} format={format} />
          <TrendChart points={monthSeries(data.byMonth, range.from, range.now)} format={format} />
          <ProvinceChart byProvince={data.byProvince} format={format} />
          <AgencyTable rows={agencyRows(data.byAgency)} format={format} />
        </>
      );
  } else if (query.error) {
    content = (
      <ErrorNotice
        code={describeError(query.error)}
        title={t("stats.loadError")}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    content = <Loading label={t("stats.loading")} />;
  }

  return (
    <div className="ad-stats" aria-busy={query.loading}>
      <div className="ad-stats-period">
        <Segmented<`${PeriodMonths}`>
          label={t("stats.period")}
          value={`${months}`}
          onChange={(value) => setMonths(Number(value) as PeriodMonths)}
          options={PERIODS.map((value) => ({ value: `${value}` as const, label: t("stats.months", { count: value }) }))}
        />
        <p className="ad-meta">{t("stats.since", { date: format.monthLong(range.from.toISOString()) })}</p>
      </div>
      {content}
    </div>
  );
}
