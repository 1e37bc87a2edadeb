/** Chart colours from the design tokens (SVG presentation attributes take var()), so dark mode follows. */
export const CHART = {
  primary: "var(--ad-color-primary)",
  resolved: "var(--ad-color-success-fg)",
  grid: "var(--ad-color-border)",
  text: "var(--ad-color-muted)",
  tick: { fill: "var(--ad-color-muted)", fontSize: 12 },
  tooltip: {
    contentStyle: {
      background: "var(--ad-color-surface)",
      border: "1px solid var(--ad-color-border)",
      borderRadius: 8,
      color: "var(--ad-color-text)",
    },
    itemStyle: { color: "var(--ad-color-text)" },
    labelStyle: { color: "var(--ad-color-text)", fontWeight: 600 },
  },
} as const;
