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

interface Group {
  key: number;
  count: number;
  resolved: number;
  confirmed: number;
  autoClosed: number;
  /** Dispositions answered in time, and the SLA sample (answered, or open past their deadline). */
  met: number;
  sample: number;
  /** Dispositions the agency handled (not returned or forwarded): the ranking threshold's measure. */
  handled: number;
  ratingSum: number;
  ratingN: number;
  firstResponse: number[];
  resolution: number[];
}

const newGroup = (key: number): Group => ({
  key,
  count: 0,
  resolved: 0,
  confirmed: 0,
  autoClosed: 0,
  met: 0,
  sample: 0,
  handled: 0,
  ratingSum: 0,
  ratingN: 0,
  firstResponse: [],
  resolution: [],
});

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

/** The exact median (the mean of the two middle values for an even count), as PostgreSQL's percentile_cont(0.5). */
export function median(values: number[]): number | null {
  const n = values.length;
  if (!n) return null;
  const a = Float64Array.from(values);
  const upper = select(a, n >> 1);
  if (n % 2) return upper;
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n >> 1; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

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

/**
 * One pass over the reports (and, where needed, their dispositions): filters, grouping by up to three dimensions,
 * and every metric of every bucket. Exact: medians are selected from the values themselves.
 */
export function runQuery(s: FactStore, q: EngineQuery): { total: number; buckets: BucketRow[] } {
  const dims = axes(s, q);
  const agencyAt = q.groupBy.indexOf(Dim.AGENCY);
  const byAgency = agencyAt >= 0;
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
  const groups: Group[] = [];
  const groupOf = (key: number): Group => {
    let g = dense ? dense[key] : (sparse!.get(key) ?? -1);
    if (g < 0) {
      g = groups.length;
      groups.push(newGroup(key));
      if (dense) dense[key] = g;
      else sparse!.set(key, g);
    }
    return groups[g];
  };
  const addReport = (g: Group, i: number) => {
    g.count++;
    if (s.status[i] === RESOLVED) g.resolved++;
    const r = s.resolution[i];
    if (r === CONFIRMED) g.confirmed++;
    else if (r === AUTO_CLOSED) g.autoClosed++;
    const rating = s.rating[i];
    if (rating) {
      g.ratingSum += rating;
      g.ratingN++;
    }
    const fr = s.firstResponseHours[i];
    if (!Number.isNaN(fr)) g.firstResponse.push(fr);
    const rh = s.resolutionHours[i];
    if (!Number.isNaN(rh)) g.resolution.push(rh);
  };

  const { from, to, kinds, statuses, channels, categories, agencies, regions, now } = q;
  // Per report: its qualifying dispositions' agency buckets and SLA outcomes (scratch, reused).
  const bucketOf: number[] = [];
  const metOf: number[] = [];
  const sampleOf: number[] = [];
  const handledOf: number[] = [];
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
    // Dispositions: the agency filter, the agency buckets and the SLA sample.
    bucketOf.length = 0;
    metOf.length = 0;
    sampleOf.length = 0;
    handledOf.length = 0;
    let qualifies = false;
    for (let j = s.dHead[i]; j >= 0; j = s.dNext[j]) {
      const st = s.dStatus[j];
      if (st === D_RETURNED) continue;
      const a = s.dAgency[j];
      if (agencies && !(a < agencies.length && agencies[a])) continue;
      qualifies = true;
      let met = 0;
      let sample = 0;
      if (D_ANSWERED[st] && !Number.isNaN(s.dResponded[j])) {
        sample = 1;
        met = s.dResponded[j] <= s.dDue[j] ? 1 : 0;
      } else if (D_OPEN[st] && s.dDue[j] < now) {
        sample = 1;
      }
      const handled = st === D_FORWARDED ? 0 : 1;
      const b = byAgency ? (a < agencyCount ? q.agencyBucket[a] : -1) : 0;
      if (b < 0) continue;
      let k = bucketOf.indexOf(b);
      if (k < 0) {
        k = bucketOf.length;
        bucketOf.push(b);
        metOf.push(0);
        sampleOf.push(0);
        handledOf.push(0);
      }
      metOf[k] += met;
      sampleOf[k] += sample;
      handledOf[k] += handled;
    }
    if (agencies && !qualifies) continue;
    total++;
    let base = 0;
    for (let d = 0; d < dims.length; d++) base += dims[d].code(i) * strides[d];
    if (!byAgency) {
      const g = groupOf(base);
      addReport(g, i);
      if (bucketOf.length) {
        g.met += metOf[0];
        g.sample += sampleOf[0];
        g.handled += handledOf[0];
      }
      continue;
    }
    for (let k = 0; k < bucketOf.length; k++) {
      const g = groupOf(base + bucketOf[k] * agencyStride);
      addReport(g, i);
      g.met += metOf[k];
      g.sample += sampleOf[k];
      g.handled += handledOf[k];
    }
  }

  const buckets: BucketRow[] = [];
  for (const g of groups) {
    if (byAgency && g.handled < q.minAgencySample) continue;
    const key: BucketKey = {};
    let rest = g.key;
    for (let d = 0; d < dims.length; d++) {
      dims[d].decode(rest % dims[d].size, key);
      rest = Math.floor(rest / dims[d].size);
    }
    if (byAgency) key.agencyId = rest;
    buckets.push({
      key,
      count: g.count,
      resolvedCount: g.resolved,
      confirmedCount: g.confirmed,
      autoClosedCount: g.autoClosed,
      dispositionCount: g.sample,
      medianFirstResponseHours: median(g.firstResponse),
      medianResolutionHours: median(g.resolution),
      slaCompliance: g.sample ? g.met / g.sample : null,
      averageRating: g.ratingN ? g.ratingSum / g.ratingN : null,
    });
  }
  const time = (b: BucketRow) => b.key.period?.getTime() ?? 0;
  buckets.sort((a, b) => time(a) - time(b) || b.count - a.count);
  return { total, buckets };
}
