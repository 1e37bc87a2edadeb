import { CHART, DataTable, type DataTableColumn, EmptyState, SelectField } from "@aduan/ui/components";
import { useId, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { StatsFormat } from "../format";
import type { StatisticsDimension } from "../gql/graphql";
import { useStatsTranslation } from "../i18n";
import {
  type Bucket,
  type CsvColumn,
  DIMENSIONS,
  isTime,
  keyId,
  METRICS,
  type Metric,
  type PivotRow,
  pivot,
  type StatsView,
  sortBuckets,
  splitOptions,
  withGroupBy,
} from "../view-state";
import { CsvButton } from "./csv-button";

/** Categories drawn at most (the table and the CSV have every row). */
export const CHART_ROWS = 20;

/**
 * The explorer: the filtered reports grouped by one dimension (optionally split by a second), one measure charted
 * (a line over time, ranked bars otherwise), every measure in the table and the CSV.
 */
export function Explorer({
  view,
  onChange,
  buckets,
  total,
  format,
  filename,
}: {
  view: StatsView;
  onChange(view: StatsView): void;
  buckets: readonly Bucket[] | undefined;
  total: number | undefined;
  format: StatsFormat;
  filename: string;
}) {
  const { t } = useStatsTranslation();
  const headingId = useId();
  const dimensions = useMemo<StatisticsDimension[]>(
    () => (view.splitBy ? [view.groupBy, view.splitBy] : [view.groupBy]),
    [view.groupBy, view.splitBy],
  );
  const rows = useMemo(
    () => (buckets ? sortBuckets(buckets, dimensions, view.metric, format.label) : []),
    [buckets, dimensions, view.metric, format],
  );
  const columns = useMemo(() => bucketColumns(dimensions, format, t), [dimensions, format, t]);

  return (
    <section className="ad-stack ad-card" aria-labelledby={headingId}>
      <div className="ad-spread">
        <h2 id={headingId}>{t("explore.heading")}</h2>
        <CsvButton view={t("explore.view")} filename={filename} columns={columns.map((c) => c.csv)} rows={rows} />
      </div>
      <form className="ad-filters" aria-label={t("explore.heading")} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t("explore.groupBy")}
          value={view.groupBy}
          onChange={(event) => onChange(withGroupBy(view, event.target.value as StatisticsDimension))}
          options={DIMENSIONS.map((d) => ({ value: d, label: t(`dimension.${d}`) }))}
        />
        <SelectField
          label={t("explore.splitBy")}
          value={view.splitBy}
          onChange={(event) => onChange({ ...view, splitBy: event.target.value as StatisticsDimension | "" })}
          options={[
            { value: "", label: t("explore.noSplit") },
            ...splitOptions(view.groupBy).map((d) => ({ value: d, label: t(`dimension.${d}`) })),
          ]}
        />
        <SelectField
          label={t("explore.metric")}
          value={view.metric}
          onChange={(event) => onChange({ ...view, metric: event.target.value as Metric })}
          options={METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
        />
      </form>
      {total != null ? <p className="ad-meta">{t("explore.total", { count: total })}</p> : null}
      {buckets && rows.length === 0 ? (
        <EmptyState title={t("explore.empty")} />
      ) : buckets ? (
        <>
          <ExplorerChart view={view} buckets={buckets} format={format} />
          <DataTable
            caption={t("explore.table")}
            columns={columns.map((c) => c.table)}
            rows={rows}
            getRowId={(row) => dimensions.map((d) => `${d}:${keyId(row.key, d)}`).join("|")}
            dense
          />
        </>
      ) : null}
    </section>
  );
}

/** The columns of a grouping's table and CSV: its dimensions, then the measures (default: all). */
export function bucketColumns(
  dimensions: readonly StatisticsDimension[],
  format: StatsFormat,
  t: ReturnType<typeof useStatsTranslation>["t"],
  metrics: readonly Metric[] = METRICS,
): { table: DataTableColumn<Bucket>; csv: CsvColumn<Bucket> }[] {
  return [
    ...dimensions.map((d) => ({
      table: { id: d, header: t(`dimension.${d}`), cell: (row: Bucket) => format.label(row.key, d) },
      csv: {
        header: t(`dimension.${d}`),
        // Machine-readable periods in the file: the ISO instant the period starts.
        value: (row: Bucket) => (isTime(d) ? row.key.period : format.label(row.key, d)),
      },
    })),
    ...metrics.map((m) => ({
      table: { id: m, header: t(`metric.${m}`), cell: (row: Bucket) => format.value(m, row[m]) },
      csv: { header: t(`metric.${m}`), value: (row: Bucket) => row[m] },
    })),
  ];
}

function ExplorerChart({
  view,
  buckets,
  format,
}: {
  view: StatsView;
  buckets: readonly Bucket[];
  format: StatsFormat;
}) {
  const { t } = useStatsTranslation();
  const { rows, series } = pivot(buckets, view.groupBy, view.splitBy, view.metric, format.label);
  const metricName = t(`metric.${view.metric}`);
  const data = rows.map((row: PivotRow) => ({ label: row.label, ...row.values }));
  const named = series.map((s, i) => ({
    ...s,
    name: s.id === "value" ? metricName : s.label,
    color: CHART.series[i % CHART.series.length],
  }));
  const valueText = (value: unknown) => format.value(view.metric, value == null ? null : Number(value));
  if (isTime(view.groupBy))
    return (
      <div className="ad-stats-chart" aria-hidden="true" data-chart="line">
        <LineChart
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height: 280 }}
          data={data}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="label" tick={CHART.tick} minTickGap={12} />
          <YAxis width={56} tick={CHART.tick} tickFormatter={valueText} />
          <Tooltip formatter={valueText} {...CHART.tooltip} />
          {named.length > 1 ? <Legend wrapperStyle={{ color: "var(--ad-color-text)", fontSize: 14 }} /> : null}
          {named.map((s) => (
            <Line
              key={s.id}
              type="monotone"
              dataKey={s.id}
              name={s.name}
              stroke={s.color}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
    );
  const shown = data.slice(0, CHART_ROWS);
  return (
    <>
      <div className="ad-stats-chart" aria-hidden="true" data-chart="bar">
        <BarChart
          responsive
          accessibilityLayer={false}
          layout="vertical"
          style={{ width: "100%", height: shown.length * (named.length > 1 ? 14 * named.length + 12 : 32) + 60 }}
          data={shown}
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke={CHART.grid} />
          <XAxis type="number" tick={CHART.tick} tickFormatter={valueText} />
          <YAxis type="category" dataKey="label" width={140} interval={0} tick={CHART.tick} />
          <Tooltip formatter={valueText} {...CHART.tooltip} cursor={false} />
          {named.length > 1 ? <Legend wrapperStyle={{ color: "var(--ad-color-text)", fontSize: 14 }} /> : null}
          {named.map((s) => (
            <Bar key={s.id} dataKey={s.id} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      {data.length > CHART_ROWS ? <p className="ad-meta">{t("explore.topRows", { count: CHART_ROWS })}</p> : null}
    </>
  );
}
