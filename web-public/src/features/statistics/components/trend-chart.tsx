import { CHART } from "@aduan/ui/components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { StatsFormat } from "../format";
import type { MonthPoint } from "../shape";
import { DataTable } from "./data-table";

/** Reports received and resolved per month, over the period. */
export function TrendChart({ points, format }: { points: MonthPoint[]; format: StatsFormat }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = t("stats.trend.heading");
  const data = points.map((point) => ({ ...point, label: format.month(point.start) }));
  return (
    <section className="ad-section ad-stats-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="ad-stats-chart" aria-hidden="true">
        <AreaChart
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height: 260 }}
          data={data}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="label" tick={CHART.tick} minTickGap={12} />
          <YAxis allowDecimals={false} width={44} tick={CHART.tick} tickFormatter={format.number} />
          <Tooltip formatter={(value) => format.number(Number(value))} {...CHART.tooltip} />
          <Legend wrapperStyle={{ color: "var(--ad-color-text)", fontSize: 14 }} />
          <Area
            type="monotone"
            dataKey="count"
            name={t("stats.trend.count")}
            stroke={CHART.primary}
            fill={CHART.primary}
            fillOpacity={0.12}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Area
            type="monotone"
            dataKey="resolved"
            name={t("stats.trend.resolved")}
            stroke={CHART.resolved}
            fill={CHART.resolved}
            fillOpacity={0.12}
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
        </AreaChart>
      </div>
      <DataTable
        caption={t("stats.chartData", { chart: heading })}
        rows={data}
        rowKey={(row) => row.month}
        columns={[
          { header: t("stats.trend.month"), cell: (row) => format.monthLong(row.start) },
          { header: t("stats.trend.count"), cell: (row) => format.number(row.count), numeric: true },
          { header: t("stats.trend.resolved"), cell: (row) => format.number(row.resolved), numeric: true },
        ]}
      />
    </section>
  );
}
