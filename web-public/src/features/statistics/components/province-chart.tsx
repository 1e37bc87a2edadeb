import { CHART, Segmented } from "@aduan/ui/components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { StatsFormat } from "../format";
import type { PublicStatisticsQuery } from "../gql/graphql";
import { type ProvinceMetric, provinceSeries } from "../shape";
import { DataTable } from "./data-table";

/** Provinces ranked by their number of reports or by the share resolved. */
export function ProvinceChart({
  byProvince,
  format,
}: {
  byProvince: PublicStatisticsQuery["byProvince"];
  format: StatsFormat;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [metric, setMetric] = useState<ProvinceMetric>("count");
  const heading = t("stats.province.heading");
  const points = provinceSeries(byProvince, metric);
  const formatValue = (value: number) => (metric === "count" ? format.number(value) : format.percent(value));
  return (
    <section className="ad-section ad-stats-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <Segmented<ProvinceMetric>
        label={t("stats.province.metric")}
        value={metric}
        onChange={setMetric}
        options={[
          { value: "count", label: t("stats.province.count") },
          { value: "resolutionRate", label: t("stats.province.resolutionRate") },
        ]}
      />
      {points.length === 0 ? (
        <p className="ad-meta">{t("stats.province.empty")}</p>
      ) : (
        <>
          <div className="ad-stats-chart" aria-hidden="true">
            <BarChart
              responsive
              accessibilityLayer={false}
              style={{ width: "100%", height: points.length * 36 + 40 }}
              data={points}
              layout="vertical"
              margin={{ top: 4, right: 52, bottom: 4, left: 4 }}
            >
              <CartesianGrid horizontal={false} stroke={CHART.grid} />
              <XAxis
                type="number"
                allowDecimals={false}
                domain={metric === "count" ? [0, "auto"] : [0, 1]}
                tick={CHART.tick}
                tickFormatter={formatValue}
              />
              <YAxis type="category" dataKey="name" width={128} interval={0} tick={CHART.tick} />
              <Tooltip formatter={(value) => formatValue(Number(value))} {...CHART.tooltip} cursor={false} />
              <Bar
                dataKey={metric}
                name={metric === "count" ? t("stats.province.count") : t("stats.province.resolutionRate")}
                fill={metric === "count" ? CHART.primary : CHART.resolved}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey={metric}
                  position="right"
                  fill={CHART.text}
                  fontSize={12}
                  formatter={(value) => formatValue(Number(value))}
                />
              </Bar>
            </BarChart>
          </div>
          <DataTable
            caption={t("stats.chartData", { chart: heading })}
            rows={points}
            rowKey={(row) => row.code}
            columns={[
              { header: t("stats.province.province"), cell: (row) => row.name },
              { header: t("stats.province.count"), cell: (row) => format.number(row.count), numeric: true },
              { header: t("stats.province.resolved"), cell: (row) => format.number(row.resolved), numeric: true },
              {
                header: t("stats.province.resolutionRate"),
                cell: (row) => format.percent(row.resolutionRate),
                numeric: true,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
