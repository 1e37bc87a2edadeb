import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SlaPoint {
  month: string;
  compliance: number | null;
}

/** SLA compliance by month as bars (0–100 %); the same figures are in the table next to it for screen readers. */
export default function SlaChart({ data, label }: { data: readonly SlaPoint[]; label: string }) {
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: "100%", height: 240 }} title={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data as SlaPoint[]} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip />
          <Bar dataKey="compliance" fill="var(--ad-color-primary)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
