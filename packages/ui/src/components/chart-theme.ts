/**
 * Chart colours from the design tokens, for any charting library's SVG (presentation attributes take var()), so
 * dark mode follows; `series` gives distinct colours to up to six series.
 */
export const CHART = {
  primary: "var(--ad-color-primary)",
  resolved: "var(--ad-color-success-fg)",
  grid: "var(--ad-color-border)",
  text: "var(--ad-color-muted)",
  tick: { fill: "var(--ad-color-muted)", fontSize: 12 },
  series: [
    "var(--ad-color-primary)",
    "var(--ad-color-success-fg)",
    "var(--ad-color-warning-fg)",
    "var(--ad-color-danger-fg)",
    "var(--ad-color-info-fg)",
    "var(--ad-color-neutral-fg)",
  ],
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
