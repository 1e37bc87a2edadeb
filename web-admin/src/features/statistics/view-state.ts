import { jakartaDate } from "@aduan/ui/format";
import type {
  Channel,
  ReportKind,
  ReportStatus,
  StatisticsDimension,
  StatisticsFiguresFragment,
  StatisticsFilter,
} from "./gql/graphql";

/** The statistics page's state, what it asks the API for, and the rows, series and CSV it makes of the answer. */

export type Bucket = StatisticsFiguresFragment;
export type BucketKey = Bucket["key"];

export const TIME_DIMENSIONS: readonly StatisticsDimension[] = ["DAY", "WEEK", "MONTH"];
export const DIMENSIONS: readonly StatisticsDimension[] = [
  "MONTH",
  "WEEK",
  "DAY",
  "KIND",
  "CATEGORY",
  "PROVINCE",
  "REGENCY",
  "AGENCY",
  "CHANNEL",
  "STATUS",
];

export const METRICS = [
  "count",
  "resolvedCount",
  "confirmedCount",
  "autoClosedCount",
  "dispositionCount",
  "medianFirstResponseHours",
  "medianResolutionHours",
  "slaCompliance",
  "averageRating",
] as const;
export type Metric = (typeof METRICS)[number];

/** How a metric is shown: counts, hours, a share (0..1) or a rating (1..5). */
export const METRIC_KIND: Record<Metric, "count" | "hours" | "share" | "rating"> = {
  count: "count",
  resolvedCount: "count",
  confirmedCount: "count",
  autoClosedCount: "count",
  dispositionCount: "count",
  medianFirstResponseHours: "hours",
  medianResolutionHours: "hours",
  slaCompliance: "share",
  averageRating: "rating",
};

export interface StatsFilters {
  /** Calendar days (YYYY-MM-DD) in Asia/Jakarta, both inclusive; "" for open-ended. */
  from: string;
  to: string;
  kind: ReportKind | "";
  /** A category's or agency's global ID (their descendants included), a province's code; "" for all. */
  categoryId: string;
  regionCode: string;
  agencyId: string;
  channel: Channel | "";
  status: ReportStatus | "";
}

export interface StatsView {
  filters: StatsFilters;
  /** The explorer's grouping: a dimension, optionally split by a second one. */
  groupBy: StatisticsDimension;
  splitBy: StatisticsDimension | "";
  metric: Metric;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The last twelve months (from the 1st of the month eleven months back), reports by month. */
export function defaultView(now: Date): StatsView {
  const today = jakartaDate(now);
  const [year, month] = today.split("-").map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 11, 1)).toISOString().slice(0, 10);
  return {
    filters: {
      from: start,
      to: "",
      kind: "",
      categoryId: "",
      regionCode: "",
      agencyId: "",
      channel: "",
      status: "",
    },
    groupBy: "MONTH",
    splitBy: "",
    metric: "count",
  };
}

export const isTime = (dimension: StatisticsDimension | "") => dimension !== "" && TIME_DIMENSIONS.includes(dimension);

/** The dimensions a view may split its grouping by: another one, and never a second time dimension. */
export function splitOptions(groupBy: StatisticsDimension): StatisticsDimension[] {
  return DIMENSIONS.filter((d) => d !== groupBy && !(isTime(groupBy) && isTime(d)));
}

/** A new grouping keeps the split only where it is still allowed. */
export function withGroupBy(view: StatsView, groupBy: StatisticsDimension): StatsView {
  const splitBy = view.splitBy && splitOptions(groupBy).includes(view.splitBy) ? view.splitBy : "";
  return { ...view, groupBy, splitBy };
}

/** The API's filter: Jakarta days (the "to" day included whole), single choices as one-element lists. */
export function statisticsFilter(filters: StatsFilters): StatisticsFilter {
  const filter: StatisticsFilter = {};
  if (filters.from) filter.from = new Date(`${filters.from}T00:00:00+07:00`).toISOString();
  if (filters.to) filter.to = new Date(new Date(`${filters.to}T00:00:00+07:00`).getTime() + DAY_MS).toISOString();
  if (filters.kind) filter.kinds = [filters.kind];
  if (filters.categoryId) filter.categoryIds = [filters.categoryId];
  if (filters.regionCode) filter.regionCodes = [filters.regionCode];
  if (filters.agencyId) filter.agencyIds = [filters.agencyId];
  if (filters.channel) filter.channels = [filters.channel];
  if (filters.status) filter.statuses = [filters.status];
  return filter;
}

/** Field-level problems with the filters (the API would refuse them, or answer nothing). */
export function filterErrors(filters: StatsFilters): { to?: "beforeFrom" } {
  return filters.from && filters.to && filters.to < filters.from ? { to: "beforeFrom" } : {};
}

/** The explorer's query variables. */
export function exploreVariables(view: StatsView) {
  const groupBy: StatisticsDimension[] = [view.groupBy];
  if (view.splitBy && splitOptions(view.groupBy).includes(view.splitBy)) groupBy.push(view.splitBy);
  return { filter: statisticsFilter(view.filters), groupBy };
}

/** One part of a bucket's key as a stable id: the period, the enum value, or the node's id ("" when absent). */
export function keyId(key: BucketKey, dimension: StatisticsDimension): string {
  switch (dimension) {
    case "DAY":
    case "WEEK":
    case "MONTH":
      return key.period ?? "";
    case "KIND":
      return key.kind ?? "";
    case "CHANNEL":
      return key.channel ?? "";
    case "STATUS":
      return key.status ?? "";
    case "CATEGORY":
      return key.category?.id ?? "";
    case "AGENCY":
      return key.agency?.id ?? "";
    case "PROVINCE":
      return key.province?.code ?? "";
    case "REGENCY":
      return key.regency?.code ?? "";
  }
}

/** Names a part of a key for people (periods formatted, enums translated); the page supplies it. */
export type KeyLabeler = (key: BucketKey, dimension: StatisticsDimension) => string;

/**
 * Buckets in reading order: by time ascending when grouped by time, else by the metric (highest first; buckets
 * without a value last), ties by the first dimension's label.
 */
export function sortBuckets(
  buckets: readonly Bucket[],
  dimensions: readonly StatisticsDimension[],
  metric: Metric,
  label: KeyLabeler,
): Bucket[] {
  const [first] = dimensions;
  const byLabel = (a: Bucket, b: Bucket) =>
    dimensions
      .map((d) =>
        isTime(d)
          ? keyId(a.key, d).localeCompare(keyId(b.key, d))
          : label(a.key, d).localeCompare(label(b.key, d), "id"),
      )
      .find((n) => n !== 0) ?? 0;
  if (isTime(first)) return [...buckets].sort(byLabel);
  return [...buckets].sort((a, b) => {
    const x = a[metric];
    const y = b[metric];
    if (x == null || y == null) return x == null && y == null ? byLabel(a, b) : x == null ? 1 : -1;
    return y - x || byLabel(a, b);
  });
}

export interface Series {
  id: string;
  label: string;
}

export interface PivotRow {
  id: string;
  label: string;
  /** The metric's value per series id (missing: no bucket, or no value). */
  values: Record<string, number | null>;
}

/** The series a split view draws: the split's values with the most reports, at most `limit` of them. */
export const MAX_SERIES = 6;

/**
 * The chart's data: one row per value of the grouping (in `sortBuckets` order), one series per value of the split
 * (or a single series, "value", without a split).
 */
export function pivot(
  buckets: readonly Bucket[],
  groupBy: StatisticsDimension,
  splitBy: StatisticsDimension | "",
  metric: Metric,
  label: KeyLabeler,
  limit = MAX_SERIES,
): { rows: PivotRow[]; series: Series[] } {
  if (!splitBy) {
    const rows = sortBuckets(buckets, [groupBy], metric, label).map((b) => ({
      id: keyId(b.key, groupBy),
      label: label(b.key, groupBy),
      values: { value: b[metric] ?? null },
    }));
    return { rows, series: [{ id: "value", label: "" }] };
  }
  const totals = new Map<string, { label: string; count: number }>();
  for (const b of buckets) {
    const id = keyId(b.key, splitBy);
    const entry = totals.get(id) ?? { label: label(b.key, splitBy), count: 0 };
    entry.count += b.count;
    totals.set(id, entry);
  }
  const series = [...totals.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label, "id"))
    .slice(0, limit)
    .map(([id, entry]) => ({ id, label: entry.label }));
  const rows = new Map<string, PivotRow>();
  const ordered: Bucket[] = sortBuckets(buckets, [groupBy], "count", label);
  for (const b of ordered) {
    const id = keyId(b.key, groupBy);
    const row = rows.get(id) ?? { id, label: label(b.key, groupBy), values: {} };
    const seriesId = keyId(b.key, splitBy);
    if (series.some((s) => s.id === seriesId)) row.values[seriesId] = b[metric] ?? null;
    rows.set(id, row);
  }
  // Without a time axis, the rows rank by their total over the series shown.
  const list = [...rows.values()];
  if (!isTime(groupBy)) {
    const sum = (row: PivotRow) => Object.values(row.values).reduce<number>((n, v) => n + (v ?? 0), 0);
    list.sort((a, b) => sum(b) - sum(a) || a.label.localeCompare(b.label, "id"));
  }
  return { rows: list, series };
}

export interface CsvColumn<T> {
  header: string;
  value(row: T): string | number | null | undefined;
}

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted where they hold a comma, quote or line break; numbers
 * as they are (a dot for decimals, for spreadsheets in any locale), empty for no value. A byte-order mark first so
 * spreadsheet programs read it as UTF-8.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const field = (value: string | number | null | undefined) => {
    if (value == null) return "";
    if (typeof value === "number") return String(Math.round(value * 10_000) / 10_000);
    // Text a spreadsheet would run as a formula is kept text.
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.map((c) => field(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Offers `csv` as a download named `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const KIND_VALUES: readonly ReportKind[] = [
  "COMPLAINT",
  "INFORMATION_REQUEST",
  "SUGGESTION",
  "WHISTLEBLOWING",
  "PRIORITY_PROGRAM",
];
const CHANNEL_VALUES: readonly Channel[] = ["WEB", "MOBILE", "SMS", "EMAIL", "TWITTER", "API", "COUNTER"];
const STATUS_VALUES: readonly ReportStatus[] = [
  "SUBMITTED",
  "AWAITING_INFORMATION",
  "DISPOSED",
  "IN_PROGRESS",
  "RESPONDED",
  "RESOLVED",
  "REJECTED",
  "MERGED",
];

export { CHANNEL_VALUES as CHANNELS, KIND_VALUES as KINDS, STATUS_VALUES as STATUSES };

/** The address's names for a view's parts (short, stable: bookmarks and shared links keep working). */
const PARAMS = {
  from: "dari",
  to: "sampai",
  kind: "jenis",
  categoryId: "kategori",
  regionCode: "wilayah",
  agencyId: "instansi",
  channel: "saluran",
  status: "status",
  groupBy: "kelompok",
  splitBy: "pisah",
  metric: "ukuran",
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The view as the address's query (without "?"): only what differs from the default view. */
export function viewToSearch(view: StatsView, now: Date): string {
  const base = defaultView(now);
  const params = new URLSearchParams();
  for (const key of Object.keys(base.filters) as (keyof StatsFilters)[])
    if (view.filters[key] !== base.filters[key]) params.set(PARAMS[key], view.filters[key]);
  if (view.groupBy !== base.groupBy) params.set(PARAMS.groupBy, view.groupBy);
  if (view.splitBy) params.set(PARAMS.splitBy, view.splitBy);
  if (view.metric !== base.metric) params.set(PARAMS.metric, view.metric);
  return params.toString();
}

/** The view an address asks for; what it does not say, or says wrongly, stays at the default. */
export function viewFromSearch(search: string, now: Date): StatsView {
  const params = new URLSearchParams(search);
  const base = defaultView(now);
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T | ""): T | "" => {
    const value = params.get(name);
    return value != null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  };
  const text = (name: string, fallback: string, pattern = /^[\w.=-]{1,100}$/) => {
    const value = params.get(name);
    return value == null ? fallback : value === "" || pattern.test(value) ? value : fallback;
  };
  const filters: StatsFilters = {
    from: text(PARAMS.from, base.filters.from, DAY),
    to: text(PARAMS.to, base.filters.to, DAY),
    kind: pick(PARAMS.kind, KIND_VALUES, ""),
    categoryId: text(PARAMS.categoryId, ""),
    regionCode: text(PARAMS.regionCode, ""),
    agencyId: text(PARAMS.agencyId, ""),
    channel: pick(PARAMS.channel, CHANNEL_VALUES, ""),
    status: pick(PARAMS.status, STATUS_VALUES, ""),
  };
  const groupBy = pick(PARAMS.groupBy, DIMENSIONS, base.groupBy) || base.groupBy;
  const view = withGroupBy(
    { ...base, filters, metric: pick(PARAMS.metric, METRICS, base.metric) || base.metric },
    groupBy,
  );
  const splitBy = pick(PARAMS.splitBy, splitOptions(groupBy), "");
  return { ...view, splitBy };
}
