import { Pool, type PoolClient } from "pg";
import { Channel, DispositionStatus, ReportKind, ReportStatus, Resolution } from "../common/enums";
import type { Logger } from "../common/logger";
import type { RelayedEvent } from "../jobs/types";
import type { EventBus } from "../live/bus";
import { REPORT_EVENT_TOPIC } from "../live/relay";

/** Codes of the enum columns, in a fixed order: the store keeps one byte per value. */
export const KINDS = Object.values(ReportKind);
export const STATUSES = Object.values(ReportStatus);
export const CHANNELS = Object.values(Channel);
export const RESOLUTIONS = [null, Resolution.CONFIRMED, Resolution.AUTO_CLOSED] as const;
export const D_STATUSES = Object.values(DispositionStatus);

const code = <T extends string>(list: readonly (T | null)[]) => {
  const m = new Map<string | null, number>(list.map((v, i) => [v, i]));
  return (v: string | null) => {
    const c = m.get(v);
    if (c === undefined) throw new Error(`Unknown value ${v}`);
    return c;
  };
};
const kindCode = code(KINDS);
const statusCode = code(STATUSES);
const channelCode = code(CHANNELS);
const resolutionCode = code(RESOLUTIONS);
const dStatusCode = code(D_STATUSES);

const JAKARTA_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of an instant's Asia/Jakarta calendar date (UTC+7, no daylight saving). */
export const jakartaDay = (ms: number) => Math.floor((ms + JAKARTA_MS) / DAY_MS);
/** The instant a Jakarta calendar day starts. */
export const jakartaDayStart = (day: number) => new Date(day * DAY_MS - JAKARTA_MS);

type ReportTuple = [
  id: number,
  created: number,
  kind: string,
  status: string,
  channel: string,
  resolution: string | null,
  categoryId: number | null,
  regionCode: string | null,
  provinceCode: string | null,
  regencyCode: string | null,
  firstResponseHours: number | null,
  resolutionHours: number | null,
  rating: number | null,
];
type DispositionTuple = [
  id: number,
  reportId: number,
  agencyId: number,
  status: string,
  due: number,
  responded: number | null,
];

// float8, not extract's numeric (which node-postgres returns as a string).
const REPORT_COLUMNS = `r.id, (extract(epoch from r.created_at) * 1000)::float8, r.kind, r.status, r.channel,
  r.resolution, r.category_id, r.region_code, r.province_code, r.regency_code,
  (extract(epoch from r.first_response_at - r.created_at) / 3600)::float8,
  (extract(epoch from r.resolved_at - r.created_at) / 3600)::float8,
  (select score from rating ra where ra.report_id = r.id)`;
const DISPOSITION_COLUMNS = `d.id, d.report_id, d.agency_id, d.status, (extract(epoch from d.due_at) * 1000)::float8,
  (extract(epoch from d.responded_at) * 1000)::float8`;
const BATCH = 50_000;

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/** `index` grown (by half again, filled with -1) until `id` fits. */
function indexFor(index: Int32Array<ArrayBuffer>, id: number): Int32Array<ArrayBuffer> {
  if (id < index.length) return index;
  const grown = new Int32Array(Math.max(1024, Math.ceil((id + 1) * 1.5))).fill(-1);
  grown.set(index);
  return grown;
}

/**
 * Every report and disposition as columns of typed arrays: the facts statistics aggregate (about 40 bytes per report
 * and 30 per disposition; ~70 MB for a million reports). PostgreSQL stays the source of truth: the store loads from it
 * at start, follows the event stream (every change to a report writes a ReportEvent, and every process receives every
 * relayed event), re-reads the changed reports, and reloads in full every `reloadMs` to heal any drift.
 */
export class FactStore {
  // Reports
  n = 0;
  reportId = new Int32Array(0);
  created = new Float64Array(0);
  day = new Int32Array(0);
  kind = new Uint8Array(0);
  status = new Uint8Array(0);
  channel = new Uint8Array(0);
  resolution = new Uint8Array(0);
  category = new Int32Array(0);
  /** Indexes into `regions` (-1: none) of the report's own region, its province and its regency. */
  region = new Int32Array(0);
  province = new Int32Array(0);
  regency = new Int32Array(0);
  firstResponseHours = new Float64Array(0);
  resolutionHours = new Float64Array(0);
  rating = new Uint8Array(0);
  /** First disposition of the report (-1: none); the rest follow through `dNext`. */
  dHead = new Int32Array(0);
  /** Report ID -> index (-1: none); IDs are serial, so an array beats a map by far in memory and time. */
  private reportIndex = new Int32Array(0);

  // Dispositions
  m = 0;
  dId = new Int32Array(0);
  dReport = new Int32Array(0);
  dAgency = new Int32Array(0);
  dStatus = new Uint8Array(0);
  dDue = new Float64Array(0);
  dResponded = new Float64Array(0);
  dNext = new Int32Array(0);
  private dispositionIndex = new Int32Array(0);

  /** Region codes by index, and back. */
  regions: string[] = [];
  private regionIndex = new Map<string, number>();

  regionOf(code: string | null): number {
    if (code == null) return -1;
    let i = this.regionIndex.get(code);
    if (i === undefined) {
      i = this.regions.length;
      this.regions.push(code);
      this.regionIndex.set(code, i);
    }
    return i;
  }

  regionIndexOf(code: string): number | undefined {
    return this.regionIndex.get(code);
  }

  private reserveReports(k: number) {
    if (this.n + k <= this.reportId.length) return;
    const cap = Math.max(1024, (this.n + k) * 1.5) | 0;
    for (const f of [
      "reportId",
      "created",
      "day",
      "kind",
      "status",
      "channel",
      "resolution",
      "category",
      "region",
      "province",
      "regency",
      "firstResponseHours",
      "resolutionHours",
      "rating",
      "dHead",
    ] as const) {
      (this as Record<string, unknown>)[f] = grow(this[f] as Int32Array, cap);
    }
  }

  private reserveDispositions(k: number) {
    if (this.m + k <= this.dId.length) return;
    const cap = Math.max(1024, (this.m + k) * 1.5) | 0;
    for (const f of ["dId", "dReport", "dAgency", "dStatus", "dDue", "dResponded", "dNext"] as const) {
      (this as Record<string, unknown>)[f] = grow(this[f] as Int32Array, cap);
    }
  }

  putReport(t: ReportTuple): void {
    this.reportIndex = indexFor(this.reportIndex, t[0]);
    let i = this.reportIndex[t[0]];
    if (i < 0) {
      this.reserveReports(1);
      i = this.n++;
      this.reportIndex[t[0]] = i;
      this.dHead[i] = -1;
    }
    this.reportId[i] = t[0];
    this.created[i] = t[1];
    this.day[i] = jakartaDay(t[1]);
    this.kind[i] = kindCode(t[2]);
    this.status[i] = statusCode(t[3]);
    this.channel[i] = channelCode(t[4]);
    this.resolution[i] = resolutionCode(t[5]);
    this.category[i] = t[6] ?? 0;
    this.region[i] = this.regionOf(t[7]);
    this.province[i] = this.regionOf(t[8]);
    this.regency[i] = this.regionOf(t[9]);
    this.firstResponseHours[i] = t[10] ?? Number.NaN;
    this.resolutionHours[i] = t[11] ?? Number.NaN;
    this.rating[i] = t[12] ?? 0;
  }

  putDisposition(t: DispositionTuple): void {
    const r = t[1] < this.reportIndex.length ? this.reportIndex[t[1]] : -1;
    if (r < 0) return; // its report arrives with the next refresh
    this.dispositionIndex = indexFor(this.dispositionIndex, t[0]);
    let j = this.dispositionIndex[t[0]];
    if (j < 0) {
      this.reserveDispositions(1);
      j = this.m++;
      this.dispositionIndex[t[0]] = j;
      this.dNext[j] = this.dHead[r];
      this.dHead[r] = j;
    }
    this.dId[j] = t[0];
    this.dReport[j] = r;
    this.dAgency[j] = t[2];
    this.dStatus[j] = dStatusCode(t[3]);
    this.dDue[j] = t[4];
    this.dResponded[j] = t[5] ?? Number.NaN;
  }
}

/**
 * The store of this process, loaded in the background at start and kept current from the event bus. Queries wait
 * for the first load; later reloads swap in a fresh store when complete.
 */
export class StatisticsFacts {
  private store: FactStore | null = null;
  private loading: Promise<FactStore> | null = null;
  private pending = new Set<number>();
  private flushing: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Reports changed since a reload began: re-read into the new store once it is in place. */
  private changedDuringLoad: Set<number> | null = null;
  private readonly pool: Pool;

  constructor(
    databaseUrl: string,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly reloadMs = 3600_000,
  ) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 2, application_name: "aduan-statistics" });
    this.pool.on("error", (err) => log.warn({ err: err.message }, "statistics connection error"));
  }

  async start(): Promise<void> {
    // Listen first: what changes during the load is re-read after it.
    this.unsubscribe = await this.bus.subscribe(REPORT_EVENT_TOPIC, (payload) => {
      const id = (payload as RelayedEvent).reportId;
      this.pending.add(id);
      this.changedDuringLoad?.add(id);
      if (this.store) void this.flush();
    });
    void this.get().catch((err) => this.log.error({ err }, "statistics: first load failed"));
    this.timer = setInterval(() => void this.reload().catch(() => undefined), this.reloadMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    await this.loading?.catch(() => undefined);
    await this.flushing;
    await this.pool.end();
  }

  /** The facts, after the first load and with every change received so far applied. */
  async get(): Promise<FactStore> {
    if (!this.store) {
      this.loading ??= this.load();
      try {
        this.store = await this.loading;
      } finally {
        this.loading = null;
      }
    }
    await this.idle();
    return this.store;
  }

  /** Resolves once the changes received so far are applied (or a refresh failed: the next event retries). */
  async idle(): Promise<void> {
    await this.flushing;
    if (this.store && this.pending.size) await this.flush();
  }

  private async reload(): Promise<void> {
    if (this.loading) return;
    this.changedDuringLoad = new Set();
    this.loading = this.load();
    try {
      this.store = await this.loading;
      for (const id of this.changedDuringLoad) this.pending.add(id);
      await this.flush();
    } finally {
      this.loading = null;
      this.changedDuringLoad = null;
    }
  }

  private async withClient<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const result = await fn(client);
      client.release();
      return result;
    } catch (err) {
      client.release(true); // a broken or aborted session is not reused
      throw err;
    }
  }

  private async load(): Promise<FactStore> {
    const started = Date.now();
    const store = await this.withClient(async (client) => {
      const s = new FactStore();
      // One snapshot for both tables, read in keyset batches.
      await client.query("begin isolation level repeatable read read only");
      for (let last = 0; ; ) {
        const { rows } = await client.query<ReportTuple>({
          text: `select ${REPORT_COLUMNS} from report r where r.id > $1 order by r.id limit ${BATCH}`,
          values: [last],
          rowMode: "array",
        });
        for (const row of rows) s.putReport(row);
        if (rows.length < BATCH) break;
        last = rows[rows.length - 1][0];
      }
      for (let last = 0; ; ) {
        const { rows } = await client.query<DispositionTuple>({
          text: `select ${DISPOSITION_COLUMNS} from disposition d where d.id > $1 order by d.id limit ${BATCH}`,
          values: [last],
          rowMode: "array",
        });
        for (const row of rows) s.putDisposition(row);
        if (rows.length < BATCH) break;
        last = rows[rows.length - 1][0];
      }
      await client.query("commit");
      return s;
    });
    this.log.info({ reports: store.n, dispositions: store.m, ms: Date.now() - started }, "statistics facts loaded");
    // Changes that arrived while loading are re-read by the next flush (pending was filled meanwhile).
    return store;
  }

  /** Re-reads the reports (and their dispositions) that changed. */
  private flush(): Promise<void> {
    this.flushing ??= (async () => {
      try {
        while (this.pending.size && this.store) {
          const ids = [...this.pending].slice(0, 1000);
          for (const id of ids) this.pending.delete(id);
          const store = this.store;
          await this.withClient(async (client) => {
            await client.query("begin isolation level repeatable read read only");
            const reports = await client.query<ReportTuple>({
              text: `select ${REPORT_COLUMNS} from report r where r.id = any($1::int[])`,
              values: [ids],
              rowMode: "array",
            });
            const dispositions = await client.query<DispositionTuple>({
              text: `select ${DISPOSITION_COLUMNS} from disposition d where d.report_id = any($1::int[]) order by d.id`,
              values: [ids],
              rowMode: "array",
            });
            await client.query("commit");
            for (const row of reports.rows) store.putReport(row);
            for (const row of dispositions.rows) store.putDisposition(row);
          }).catch((err) => {
            for (const id of ids) this.pending.add(id);
            throw err;
          });
        }
      } catch (err) {
        this.log.error({ err }, "statistics: refresh failed; the next event or reload retries");
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }
}
