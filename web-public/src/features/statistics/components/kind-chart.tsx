import { CHART } from "@aduan/ui/components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { StatsFormat } from "../format";
import type { KindPoint } from "../shape";
import { DataTable } from "./data-table";

/** How the period's reports split by kind: horizontal bars (long labels read well on a phone). */
export function KindChart({ points, format }: { points: KindPoint[]; format: StatsFormat }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = t("stats.kind.heading");
  const data = points.map((point) => ({ ...point, label: t(`reportKind.${point.kind}`, { ns: "common" }) }));
  return (
    <section className="ad-section ad-stats-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="ad-stats-chart" aria-hidden="true">
        <BarChart
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height: Math.max(120, data.length * 44 + 24) }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke={CHART.grid} />
          <XAxis type="number" allowDecimals={false} tick={CHART.tick} tickFormatter={format.number} />
          <YAxis type="category" dataKey="label" width={132} tick={CHART.tick} />
          <Tooltip formatter={(value) => format.number(Number(value))} {...CHART.tooltip} cursor={false} />
          <Bar dataKey="count" name={t("stats.kind.count")} fill={CHART.primary} isAnimationActive={false}>
            <LabelList
              dataKey="count"
              position="right"
              fill={CHART.text}
              fontSize={12}
              formatter={(v) => format.number(Number(v))}
            />
          </Bar>
        </BarChart>
      </div>
      <DataTable
        caption={t("stats.chartData", { chart: heading })}
        rows={data}
        rowKey={(row) => row.kind}
        columns={[
          { header: t("stats.kind.kind"), cell: (row) => row.label },
          { header: t("stats.kind.count"), cell: (row) => format.number(row.count), numeric: true },
        ]}
      />
    </section>
  );
}
