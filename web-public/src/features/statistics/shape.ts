import { JAKARTA_OFFSET_MS, jakartaDate } from "@aduan/ui/format";
import type { PublicStatisticsQuery, ReportKind } from "./gql/graphql";

/** Turns the API's statistics buckets into the series and rows the page's charts and tables draw. */

export const PERIODS = [3, 6, 12, 24] as const;
export type PeriodMonths = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: PeriodMonths = 12;

/** "2026-11": a month on the Jakarta calendar, the key shared by the API's periods and the filled-in series. */
export function jakartaMonth(time: Date | string): string {
  return jakartaDate(time).slice(0, 7);
}

/** The start (00:00 WIB on the 1st) of the month `months - 1` months before `now`'s: the last `months` months. */
export function periodStart(months: number, now: Date): Date {
  const shifted = new Date(now.getTime() + JAKARTA_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() - (months - 1), 1) - JAKARTA_OFFSET_MS);
}

export interface Headline {
  reports: number;
  resolved: number;
  /** Shares (0..1) of the resolved reports; null when none was resolved. */
  confirmedShare: number | null;
  autoClosedShare: number | null;
  medianFirstResponseHours: number | null;
}

export function headline(totals: PublicStatisticsQuery["totals"]): Headline {
  const bucket = totals.buckets[0];
  const resolved = bucket?.resolvedCount ?? 0;
  return {
    reports: totals.total,
    resolved,
    confirmedShare: resolved ? (bucket?.confirmedCount ?? 0) / resolved : null,
    autoClosedShare: resolved ? (bucket?.autoClosedCount ?? 0) / resolved : null,
    medianFirstResponseHours: bucket?.medianFirstResponseHours ?? null,
  };
}

export interface KindPoint {
  kind: ReportKind;
  count: number;
}

/** Kinds with reports, most first (ties in the schema's order, so the chart does not reshuffle). */
export function kindSeries(byKind: PublicStatisticsQuery["byKind"]): KindPoint[] {
  const points: KindPoint[] = [];
  for (const bucket of byKind.buckets) {
    if (bucket.key.kind && bucket.count > 0) points.push({ kind: bucket.key.kind, count: bucket.count });
  }
  return points.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export interface MonthPoint {
  /** "2026-11" (Jakarta calendar). */
  month: string;
  /** The month's first instant, for formatting. */
  start: string;
  count: number;
  resolved: number;
}

/** One point per month from `from`'s to `now`'s, months without reports at zero (the API leaves them out). */
export function monthSeries(byMonth: PublicStatisticsQuery["byMonth"], from: Date, now: Date): MonthPoint[] {
  const counts = new Map<string, { count: number; resolved: number }>();
  for (const bucket of byMonth.buckets) {
    if (!bucket.key.period) continue;
    counts.set(jakartaMonth(bucket.key.period), { count: bucket.count, resolved: bucket.resolvedCount });
  }
  const points: MonthPoint[] = [];
  const last = jakartaMonth(now);
  for (let i = 0; i < 1200; i++) {
    const start = periodStart(1 - i, from); // the i-th month after from's
    const month = jakartaMonth(start);
    if (month > last) break;
    const found = counts.get(month);
    points.push({ month, start: start.toISOString(), count: found?.count ?? 0, resolved: found?.resolved ?? 0 });
  }
  return points;
}

export interface ProvincePoint {
  code: string;
  name: string;
  count: number;
  resolved: number;
  /** resolved / count (0..1). */
  resolutionRate: number;
}

export type ProvinceMetric = "count" | "resolutionRate";

/** Provinces with reports, ranked by `metric` (then by count, then by name); reports without a region are left out. */
export function provinceSeries(
  byProvince: PublicStatisticsQuery["byProvince"],
  metric: ProvinceMetric = "count",
): ProvincePoint[] {
  const points: ProvincePoint[] = [];
  for (const bucket of byProvince.buckets) {
    const province = bucket.key.province;
    if (!province || bucket.count === 0) continue;
    points.push({
      code: province.code,
      name: province.name,
      count: bucket.count,
      resolved: bucket.resolvedCount,
      resolutionRate: bucket.resolvedCount / bucket.count,
    });
  }
  return points.sort((a, b) => b[metric] - a[metric] || b.count - a.count || a.name.localeCompare(b.name, "id"));
}

export interface AgencyRow {
  id: string;
  name: string;
  medianFirstResponseHours: number | null;
  slaCompliance: number | null;
  sample: number;
}

export type AgencySortKey = "name" | "medianFirstResponseHours" | "slaCompliance" | "sample";
export type SortDirection = "ascending" | "descending";
export interface AgencySort {
  key: AgencySortKey;
  direction: SortDirection;
}

/** The league's default: best service-level compliance first. */
export const DEFAULT_AGENCY_SORT: AgencySort = { key: "slaCompliance", direction: "descending" };

/** The direction a column sorts in when first picked: faster, more compliant and larger first; names A to Z. */
export const FIRST_DIRECTION: Record<AgencySortKey, SortDirection> = {
  name: "ascending",
  medianFirstResponseHours: "ascending",
  slaCompliance: "descending",
  sample: "descending",
};

export function agencyRows(byAgency: PublicStatisticsQuery["byAgency"]): AgencyRow[] {
  const rows: AgencyRow[] = [];
  for (const bucket of byAgency.buckets) {
    const agency = bucket.key.agency;
    if (!agency) continue;
    rows.push({
      id: agency.id,
      name: agency.name,
      medianFirstResponseHours: bucket.medianFirstResponseHours ?? null,
      slaCompliance: bucket.slaCompliance ?? null,
      sample: bucket.dispositionCount,
    });
  }
  return rows;
}

/** Sorted copy; rows without a value for the key go last whichever the direction, ties by name. */
export function sortAgencyRows(rows: readonly AgencyRow[], sort: AgencySort): AgencyRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byName = (a: AgencyRow, b: AgencyRow) => a.name.localeCompare(b.name, "id");
  return [...rows].sort((a, b) => {
    if (sort.key === "name") return sign * byName(a, b);
    const x = a[sort.key];
    const y = b[sort.key];
    if (x == null || y == null) return x == null && y == null ? byName(a, b) : x == null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
