import { CHART, DataTable, EmptyState, Segmented } from "@aduan/ui/components";
import { useId, useMemo, useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { StatsFormat } from "../format";
import { useStatsTranslation } from "../i18n";
import { type Bucket, type Metric, sortBuckets } from "../view-state";
import { CsvButton } from "./csv-button";
import { bucketColumns } from "./explorer";

const PROVINCE_METRICS = ["count", "resolvedCount", "medianFirstResponseHours", "slaCompliance"] as const;
type ProvinceMetric = (typeof PROVINCE_METRICS)[number];

/** Provinces ranked by a measure, as bars; the figures in a table and the CSV. */
export function ProvinceRanking({
  buckets,
  format,
  filename,
}: {
  buckets: readonly Bucket[];
  format: StatsFormat;
  filename: string;
}) {
  const { t } = useStatsTranslation();
  const headingId = useId();
  const [metric, setMetric] = useState<ProvinceMetric>("count");
  const provinces = useMemo(
    () =>
      sortBuckets(
        buckets.filter((b) => b.key.province && b.count > 0),
        ["PROVINCE"],
        metric,
        format.label,
      ),
    [buckets, metric, format],
  );
  const columns = useMemo(() => bucketColumns(["PROVINCE"], format, t, PROVINCE_METRICS), [format, t]);
  const data = provinces
    .filter((b) => b[metric] != null)
    .map((b) => ({ label: format.label(b.key, "PROVINCE"), value: b[metric] as number }));
  const valueText = (value: unknown) => format.value(metric as Metric, Number(value));
  return (
    <section className="ad-stack ad-card" aria-labelledby={headingId}>
      <div className="ad-spread">
        <h2 id={headingId}>{t("province.heading")}</h2>
        <CsvButton view={t("province.view")} filename={filename} columns={columns.map((c) => c.csv)} rows={provinces} />
      </div>
      <Segmented<ProvinceMetric>
        label={t("province.metric")}
        value={metric}
        onChange={setMetric}
        options={PROVINCE_METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
      />
      {provinces.length === 0 ? (
        <EmptyState title={t("province.empty")} />
      ) : (
        <>
          <div className="ad-stats-chart" aria-hidden="true" data-chart="province">
            <BarChart
              responsive
              accessibilityLayer={false}
              layout="vertical"
              style={{ width: "100%", height: data.length * 28 + 40 }}
              data={data}
              margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
            >
              <CartesianGrid horizontal={false} stroke={CHART.grid} />
              <XAxis
                type="number"
                domain={metric === "slaCompliance" ? [0, 1] : [0, "auto"]}
                tick={CHART.tick}
                tickFormatter={valueText}
              />
              <YAxis type="category" dataKey="label" width={140} interval={0} tick={CHART.tick} />
              <Tooltip formatter={valueText} {...CHART.tooltip} cursor={false} />
              <Bar dataKey="value" name={t(`metric.${metric}`)} fill={CHART.primary} isAnimationActive={false}>
                <LabelList dataKey="value" position="right" fill={CHART.text} fontSize={12} formatter={valueText} />
              </Bar>
            </BarChart>
          </div>
          <details>
            <summary>{t("chartData", { chart: t("province.heading") })}</summary>
            <DataTable
              caption={t("chartData", { chart: t("province.heading") })}
              columns={columns.map((c) => ({ ...c.table, sortable: false }))}
              rows={provinces}
              getRowId={(row) => row.key.province?.code ?? ""}
              dense
            />
          </details>
        </>
      )}
    </section>
  );
}
