import { DispositionStatus, ReportStatus, Resolution } from "../common/enums";
import { type BucketKey, type BucketRow, StatisticsDimension as Dim } from "./statistics.types";
import { CHANNELS, D_STATUSES, type FactStore, jakartaDayStart, KINDS, RESOLUTIONS, STATUSES } from "./store";

/** A statistics query in the store's terms: masks indexed by code or ID (1 = allowed), null = no filter. */
export interface EngineQuery {
  from: number | null;
  to: number | null;
  kinds: Uint8Array | null;
  statuses: Uint8Array | null;
  channels: Uint8Array | null;
  /** By category ID, descendants included. */
  categories: Uint8Array | null;
  /** By agency ID, descendants included. */
  agencies: Uint8Array | null;
  /** By region index (FactStore.regions): a report matches through its own region, province or regency. */
  regions: Uint8Array | null;
  groupBy: Dim[];
  /** Category ID -> the category it is counted under when grouping (its root, or a child of the one filtered by). */
  categoryBucket: Int32Array;
  /** Agency ID -> the agency it is counted under when grouping. */
  agencyBucket: Int32Array;
  /** Agencies with fewer dispositions than this in the result are left out of a grouping by agency. */
  minAgencySample: number;
  now: number;
}

const RESOLVED = STATUSES.indexOf(ReportStatus.RESOLVED);
const CONFIRMED = RESOLUTIONS.indexOf(Resolution.CONFIRMED);
const AUTO_CLOSED = RESOLUTIONS.indexOf(Resolution.AUTO_CLOSED);
const D_RETURNED = D_STATUSES.indexOf(DispositionStatus.RETURNED);
const D_FORWARDED = D_STATUSES.indexOf(DispositionStatus.FORWARDED);
const D_ANSWERED = new Uint8Array(D_STATUSES.length);
const D_OPEN = new Uint8Array(D_STATUSES.length);
for (const s of [DispositionStatus.RESPONDED, DispositionStatus.CLOSED]) D_ANSWERED[D_STATUSES.indexOf(s)] = 1;
for (const s of [DispositionStatus.PENDING, DispositionStatus.ACCEPTED, DispositionStatus.AWAITING_APPROVAL])
  D_OPEN[D_STATUSES.indexOf(s)] = 1;

/** The k-th smallest value (0-based) of `a`, reordering it (Hoare's selection, expected linear time). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** The exact median of `a` (reordered; the mean of the two middle values for an even count), as percentile_cont(0.5). */
export function medianOf(a: Float64Array): number | null {
  const n = a.length;
  if (!n) return null;
  const upper = select(a, n >> 1);
  if (n % 2) return upper;
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n >> 1; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

export const median = (values: number[]): number | null => medianOf(Float64Array.from(values));

/** A dimension other than AGENCY: a code per report in [0, size), and the key part it stands for. */
interface Axis {
  dim: Dim;
  size: number;
  code(i: number): number;
  decode(code: number, key: BucketKey): void;
}

function monthOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function axes(s: FactStore, q: EngineQuery): Axis[] {
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  if (q.groupBy.some((d) => d === Dim.DAY || d === Dim.WEEK || d === Dim.MONTH)) {
    for (let i = 0; i < s.n; i++) {
      const d = s.day[i];
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
    if (minDay > maxDay) minDay = maxDay = 0;
  }
  const monday = (day: number) => day - ((day + 3) % 7); // 1970-01-01 was a Thursday
  const out: Axis[] = [];
  for (const dim of q.groupBy) {
    switch (dim) {
      case Dim.KIND:
        out.push({ dim, size: KINDS.length, code: (i) => s.kind[i], decode: (c, k) => (k.kind = KINDS[c]) });
        break;
      case Dim.STATUS:
        out.push({ dim, size: STATUSES.length, code: (i) => s.status[i], decode: (c, k) => (k.status = STATUSES[c]) });
        break;
      case Dim.CHANNEL:
        out.push({
          dim,
          size: CHANNELS.length,
          code: (i) => s.channel[i],
          decode: (c, k) => (k.channel = CHANNELS[c]),
        });
        break;
      case Dim.PROVINCE:
      case Dim.REGENCY: {
        const col = dim === Dim.PROVINCE ? s.province : s.regency;
        out.push({
          dim,
          size: s.regions.length + 1,
          code: (i) => col[i] + 1,
          decode: (c, k) => {
            if (c === 0) return;
            if (dim === Dim.PROVINCE) k.provinceCode = s.regions[c - 1];
            else k.regencyCode = s.regions[c - 1];
          },
        });
        break;
      }
      case Dim.CATEGORY: {
        const b = q.categoryBucket;
        out.push({
          dim,
          size: b.length + 1,
          code: (i) => {
            const c = s.category[i];
            return c > 0 && c < b.length && b[c] > 0 ? b[c] : 0;
          },
          decode: (c, k) => {
            if (c > 0) k.categoryId = c;
          },
        });
        break;
      }
      case Dim.DAY:
        out.push({
          dim,
          size: maxDay - minDay + 1,
          code: (i) => s.day[i] - minDay,
          decode: (c, k) => (k.period = jakartaDayStart(c + minDay)),
        });
        break;
      case Dim.WEEK: {
        const first = monday(minDay);
        out.push({
          dim,
          size: ((monday(maxDay) - first) / 7 + 1) | 0,
          code: (i) => ((monday(s.day[i]) - first) / 7) | 0,
          decode: (c, k) => (k.period = jakartaDayStart(first + c * 7)),
        });
        break;
      }
      case Dim.MONTH: {
        // Month of each day in the range, looked up rather than computed per report.
        const firstMonth = monthOfDay(minDay);
        const months = new Int32Array(maxDay - minDay + 1);
        for (let d = minDay; d <= maxDay; d++) months[d - minDay] = monthOfDay(d) - firstMonth;
        out.push({
          dim,
          size: monthOfDay(maxDay) - firstMonth + 1,
          code: (i) => months[s.day[i] - minDay],
          decode: (c, k) => {
            const m = firstMonth + c;
            const start = Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000;
            k.period = jakartaDayStart(start);
          },
        });
        break;
      }
    }
  }
  return out;
}

/** Which metrics a question asks for: the rest are not computed (a dashboard of counts walks no dispositions). */
export interface Needs {
  sla: boolean;
  firstResponse: boolean;
  resolution: boolean;
  rating: boolean;
}

export const ALL_METRICS: Needs = { sla: true, firstResponse: true, resolution: true, rating: true };

/** Per-group accumulators as growable typed arrays (no object per group, nothing for the collector per report). */
class Accumulators {
  size = 0;
  key = new Float64Array(64);
  count = new Int32Array(64);
  resolved = new Int32Array(64);
  confirmed = new Int32Array(64);
  autoClosed = new Int32Array(64);
  met = new Int32Array(64);
  sample = new Int32Array(64);
  handled = new Int32Array(64);
  ratingSum = new Int32Array(64);
  ratingN = new Int32Array(64);

  add(key: number): number {
    if (this.size === this.key.length) {
      const cap = this.size * 2;
      for (const f of [
        "key",
        "count",
        "resolved",
        "confirmed",
        "autoClosed",
        "met",
        "sample",
        "handled",
        "ratingSum",
        "ratingN",
      ] as const) {
        const b = new (this[f].constructor as new (n: number) => Int32Array)(cap);
        b.set(this[f]);
        (this as Record<string, unknown>)[f] = b;
      }
    }
    this.key[this.size] = key;
    return this.size++;
  }
}

/** Growable pairs of (report, group): each report's place in the result, for the medians' second pass. */
class Memberships {
  n = 0;
  report = new Int32Array(1024);
  group = new Int32Array(1024);

  push(report: number, group: number) {
    if (this.n === this.report.length) {
      const r = new Int32Array(this.n * 2);
      r.set(this.report);
      this.report = r;
      const g = new Int32Array(this.n * 2);
      g.set(this.group);
      this.group = g;
    }
    this.report[this.n] = report;
    this.group[this.n++] = group;
  }
}

/** Exact medians per group of a per-report column (NaN = no value): values gathered group by group, then selected. */
function groupMedians(column: Float64Array, m: Memberships, groups: number): (number | null)[] {
  const counts = new Int32Array(groups + 1);
  for (let k = 0; k < m.n; k++) if (!Number.isNaN(column[m.report[k]])) counts[m.group[k] + 1]++;
  for (let g = 0; g < groups; g++) counts[g + 1] += counts[g];
  const values = new Float64Array(counts[groups]);
  const at = counts.slice(0, groups);
  for (let k = 0; k < m.n; k++) {
    const v = column[m.report[k]];
    if (!Number.isNaN(v)) values[at[m.group[k]]++] = v;
  }
  const out: (number | null)[] = [];
  for (let g = 0; g < groups; g++) out.push(medianOf(values.subarray(counts[g], counts[g + 1])));
  return out;
}

/**
 * One pass over the reports (and, where needed, their dispositions) for filters, groups, counts, ratings and the SLA
 * sample; a second over the result's members for the medians. Exact: medians are selected from the values.
 */
export function runQuery(
  s: FactStore,
  q: EngineQuery,
  needs: Needs = ALL_METRICS,
): { total: number; buckets: BucketRow[] } {
  const dims = axes(s, q);
  const byAgency = q.groupBy.includes(Dim.AGENCY);
  // Key = sum of code * stride over the axes; the agency's code (its ID) takes the last, widest place.
  const strides: number[] = [];
  let space = 1;
  for (const a of dims) {
    strides.push(space);
    space *= a.size;
  }
  const agencyStride = space;
  const agencyCount = q.agencyBucket.length;
  if (byAgency) space *= agencyCount;
  // A dense slot table while the key space is small; a map beyond.
  const dense = space <= 1 << 22 ? new Int32Array(space).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const acc = new Accumulators();
  const groupOf = (key: number): number => {
    let g = dense ? dense[key] : (sparse?.get(key) ?? -1);
    if (g < 0) {
      g = acc.add(key);
      if (dense) dense[key] = g;
      else sparse?.set(key, g);
    }
    return g;
  };
  const wantMedians = needs.firstResponse || needs.resolution;
  const members = new Memberships();
  const addReport = (g: number, i: number) => {
    acc.count[g]++;
    if (s.status[i] === RESOLVED) acc.resolved[g]++;
    const r = s.resolution[i];
    if (r === CONFIRMED) acc.confirmed[g]++;
    else if (r === AUTO_CLOSED) acc.autoClosed[g]++;
    const rating = s.rating[i];
    if (rating) {
      acc.ratingSum[g] += rating;
      acc.ratingN[g]++;
    }
    if (wantMedians) members.push(i, g);
  };

  const { from, to, kinds, statuses, channels, categories, agencies, regions, now } = q;
  const walk = byAgency || agencies !== null || needs.sla;
  // Per report: its qualifying dispositions' agency buckets and SLA outcomes (scratch, reused).
  const bucketOf = new Int32Array(64);
  const metOf = new Int32Array(64);
  const sampleOf = new Int32Array(64);
  const handledOf = new Int32Array(64);
  let total = 0;

  for (let i = 0; i < s.n; i++) {
    const created = s.created[i];
    if (from !== null && created < from) continue;
    if (to !== null && created >= to) continue;
    if (kinds && !kinds[s.kind[i]]) continue;
    if (statuses && !statuses[s.status[i]]) continue;
    if (channels && !channels[s.channel[i]]) continue;
    if (categories) {
      const c = s.category[i];
      if (!(c > 0 && c < categories.length && categories[c])) continue;
    }
    if (regions) {
      const r = s.region[i];
      const p = s.province[i];
      const g = s.regency[i];
      if (!((r >= 0 && regions[r]) || (p >= 0 && regions[p]) || (g >= 0 && regions[g]))) continue;
    }
    // Dispositions: the agency filter, the agency buckets and the SLA sample (one bucket unless by agency).
    let buckets = 0;
    let qualifies = false;
    if (walk) {
      for (let j = s.dHead[i]; j >= 0; j = s.dNext[j]) {
        const st = s.dStatus[j];
        if (st === D_RETURNED) continue;
        const a = s.dAgency[j];
        if (agencies && !(a < agencies.length && agencies[a])) continue;
        qualifies = true;
        const b = byAgency ? (a < agencyCount ? q.agencyBucket[a] : -1) : 0;
        if (b < 0) continue;
        let k = 0;
        while (k < buckets && bucketOf[k] !== b) k++;
        if (k === buckets) {
          if (buckets === bucketOf.length) continue; // more than 64 agencies on one report: not in the data model
          bucketOf[k] = b;
          metOf[k] = sampleOf[k] = handledOf[k] = 0;
          buckets++;
        }
        if (D_ANSWERED[st] && !Number.isNaN(s.dResponded[j])) {
          sampleOf[k]++;
          if (s.dResponded[j] <= s.dDue[j]) metOf[k]++;
        } else if (D_OPEN[st] && s.dDue[j] < now) {
          sampleOf[k]++;
        }
        if (st !== D_FORWARDED) handledOf[k]++;
      }
      if (agencies && !qualifies) continue;
    }
    total++;
    let base = 0;
    for (let d = 0; d < dims.length; d++) base += dims[d].code(i) * strides[d];
    if (!byAgency) {
      const g = groupOf(base);
      addReport(g, i);
      if (buckets) {
        acc.met[g] += metOf[0];
        acc.sample[g] += sampleOf[0];
        acc.handled[g] += handledOf[0];
      }
      continue;
    }
    for (let k = 0; k < buckets; k++) {
      const g = groupOf(base + bucketOf[k] * agencyStride);
      addReport(g, i);
      acc.met[g] += metOf[k];
      acc.sample[g] += sampleOf[k];
      acc.handled[g] += handledOf[k];
    }
  }

  const firstResponse = needs.firstResponse ? groupMedians(s.firstResponseHours, members, acc.size) : null;
  const resolution = needs.resolution ? groupMedians(s.resolutionHours, members, acc.size) : null;
  const buckets: BucketRow[] = [];
  for (let g = 0; g < acc.size; g++) {
    if (byAgency && acc.handled[g] < q.minAgencySample) continue;
    const key: BucketKey = {};
    let rest = acc.key[g];
    for (let d = 0; d < dims.length; d++) {
      dims[d].decode(rest % dims[d].size, key);
      rest = Math.floor(rest / dims[d].size);
    }
    if (byAgency) key.agencyId = rest;
    buckets.push({
      key,
      count: acc.count[g],
      resolvedCount: acc.resolved[g],
      confirmedCount: acc.confirmed[g],
      autoClosedCount: acc.autoClosed[g],
      dispositionCount: acc.sample[g],
      medianFirstResponseHours: firstResponse ? firstResponse[g] : null,
      medianResolutionHours: resolution ? resolution[g] : null,
      slaCompliance: acc.sample[g] ? acc.met[g] / acc.sample[g] : null,
      averageRating: acc.ratingN[g] ? acc.ratingSum[g] / acc.ratingN[g] : null,
    });
  }
  const time = (b: BucketRow) => b.key.period?.getTime() ?? 0;
  buckets.sort((a, b) => time(a) - time(b) || b.count - a.count);
  return { total, buckets };
}
