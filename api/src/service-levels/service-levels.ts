import type { EntityManager } from "@mikro-orm/postgresql";
import { registerEnumType } from "type-graphql";
import type { WorkingCalendar } from "../common/calendar";
import { ReportKind } from "../common/enums";
import { query, sql } from "../common/sql";

/** The clocks of a report's life, each counted in working days on the Asia/Jakarta calendar (DESIGN.md). */
export enum ServiceLevelStep {
  VERIFICATION = "VERIFICATION",
  FOLLOW_UP = "FOLLOW_UP",
  INFORMATION_EXTENSION = "INFORMATION_EXTENSION",
  REPLY_WINDOW = "REPLY_WINDOW",
  ESCALATION_NATIONAL = "ESCALATION_NATIONAL",
}
registerEnumType(ServiceLevelStep, {
  name: "ServiceLevelStep",
  valuesConfig: {
    VERIFICATION: { description: "Verifiers verify and dispose a new report (built-in: 3 working days)." },
    FOLLOW_UP: {
      description: "An agency responds to a disposition (built-in: 5 working days; information requests 10).",
    },
    INFORMATION_EXTENSION: {
      description: "An information request's disposition may be extended once by this much (built-in: 7).",
    },
    REPLY_WINDOW: {
      description: "The reporter confirms or disputes a response; after it the report closes (built-in: 10).",
    },
    ESCALATION_NATIONAL: {
      description:
        "An overdue disposition escalated to its agency admins goes to national admins after this (built-in: 2).",
    },
  },
});

export interface ServiceLevelSetting {
  step: ServiceLevelStep;
  kind: ReportKind | null;
  agencyId: number | null;
  workingDays: number;
}

/**
 * The built-in defaults, as if rows for any agency: each sits just below a stored row of the same specificity, so a
 * stored national FOLLOW_UP default does not shorten information requests' legal 10 days (only a stored
 * (FOLLOW_UP, INFORMATION_REQUEST) row or an agency's own row does).
 */
export const BUILT_IN: readonly ServiceLevelSetting[] = [
  { step: ServiceLevelStep.VERIFICATION, kind: null, agencyId: null, workingDays: 3 },
  { step: ServiceLevelStep.FOLLOW_UP, kind: null, agencyId: null, workingDays: 5 },
  { step: ServiceLevelStep.FOLLOW_UP, kind: ReportKind.INFORMATION_REQUEST, agencyId: null, workingDays: 10 },
  { step: ServiceLevelStep.INFORMATION_EXTENSION, kind: null, agencyId: null, workingDays: 7 },
  { step: ServiceLevelStep.REPLY_WINDOW, kind: null, agencyId: null, workingDays: 10 },
  { step: ServiceLevelStep.ESCALATION_NATIONAL, kind: null, agencyId: null, workingDays: 2 },
];

export const MAX_WORKING_DAYS = 60;

/** Notes of the SYSTEM's service-level events (sla-sweep.ts, and the seed's history): Bahasa Indonesia, no reporter data. */
export const SLA_NOTES = {
  agency: "Batas waktu tindak lanjut terlewati; dieskalasi ke admin instansi.",
  national:
    "Batas waktu tindak lanjut masih terlewati setelah eskalasi ke admin instansi; dieskalasi ke admin nasional.",
  verification: "Batas waktu verifikasi terlewati; dieskalasi ke admin nasional.",
  autoClosed: "Ditutup otomatis: pelapor tidak menanggapi tindak lanjut dalam batas waktu.",
} as const;

const key = (step: ServiceLevelStep, kind: ReportKind | null, agencyId: number | null) =>
  `${step}|${kind ?? ""}|${agencyId ?? ""}`;
const builtIn = new Map(BUILT_IN.map((r) => [key(r.step, r.kind, r.agencyId), r.workingDays]));

export interface Scope {
  kind?: ReportKind | null;
  agencyId?: number | null;
}

/**
 * The settings and the agency tree, resolved without I/O. Precedence for (step, kind, agency): the agency's own
 * (agency, kind), then its (agency, any kind); an agency with neither inherits from its parent, and so on up the
 * tree (a unit follows its ministry); then (any agency, kind), the built-in (any agency, kind), the stored national
 * default (any agency, any kind), and last the built-in default.
 */
export class ServiceLevelTable {
  private readonly days: Map<string, number>;

  constructor(
    readonly rows: readonly ServiceLevelSetting[],
    private readonly parents: ReadonlyMap<number, number | null>,
  ) {
    this.days = new Map(rows.map((r) => [key(r.step, r.kind, r.agencyId), r.workingDays]));
  }

  knowsAgency(id: number): boolean {
    return this.parents.has(id);
  }

  workingDays(step: ServiceLevelStep, scope: Scope = {}): number {
    const kind = scope.kind ?? null;
    const seen = new Set<number>();
    for (let a = scope.agencyId ?? null; a != null && !seen.has(a); a = this.parents.get(a) ?? null) {
      seen.add(a);
      const own = (kind && this.days.get(key(step, kind, a))) || this.days.get(key(step, null, a));
      if (own) return own;
    }
    const national =
      (kind && (this.days.get(key(step, kind, null)) ?? builtIn.get(key(step, kind, null)))) ||
      this.days.get(key(step, null, null)) ||
      builtIn.get(key(step, null, null));
    if (!national) throw new Error(`No built-in service level for ${step}`);
    return national;
  }
}

export async function loadServiceLevelSettings(em: EntityManager): Promise<ServiceLevelSetting[]> {
  return query<ServiceLevelSetting>(
    em,
    sql`select step, kind, agency_id as "agencyId", working_days as "workingDays" from sla_setting`,
  );
}

async function loadTable(em: EntityManager): Promise<ServiceLevelTable> {
  const [rows, agencies] = await Promise.all([
    loadServiceLevelSettings(em),
    query<{ id: number; parentId: number | null }>(em, sql`select id, parent_id as "parentId" from agency`),
  ]);
  return new ServiceLevelTable(rows, new Map(agencies.map((a) => [a.id, a.parentId])));
}

export async function loadHolidays(em: EntityManager): Promise<string[]> {
  const rows = await query<{ day: string }>(em, sql`select to_char(day, 'YYYY-MM-DD') as day from holiday`);
  return rows.map((r) => r.day);
}

/**
 * Every deadline of the platform comes from `dueAt`. Each API process keeps the settings, the agency tree and the
 * holidays in memory (a few thousand rows): they are loaded when the process starts, reloaded in the background once
 * they are more than `maxAgeMs` old (the next deadline after that uses fresh data), and reloaded at once in the process
 * where an admin changed them. The holidays go into the process's WorkingCalendar (`services.calendar`), updated in
 * place. Deadlines are computed inside transactions: a refresh never makes one wait for another pooled connection,
 * which could starve the pool when every connection is held by a transaction waiting for it.
 */
export class ServiceLevels {
  private table: ServiceLevelTable | null = null;
  private loadedAt = 0;
  private loading: Promise<ServiceLevelTable> | null = null;
  private started = 0;
  private applied = 0;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly calendar: () => WorkingCalendar,
    private readonly maxAgeMs = 60_000,
  ) {
    // Warm up while nothing holds a connection; a failure is retried on first use. (`calendar` is first called
    // after a query, so it may point into the services object under construction.)
    void this.refresh().catch(() => undefined);
  }

  private async load(): Promise<ServiceLevelTable> {
    const n = ++this.started;
    const em = this.fork();
    const [table, holidays] = await Promise.all([loadTable(em), loadHolidays(em)]);
    // Loads may overlap (a change during a periodic refresh): the one started last wins.
    if (n > this.applied) {
      this.applied = n;
      this.calendar().setHolidays(holidays);
      this.table = table;
      this.loadedAt = Date.now();
    }
    return this.table ?? table;
  }

  /** Reloads settings and holidays now, after a change: never answered by a load that started before it. */
  reload(): Promise<ServiceLevelTable> {
    return this.load();
  }

  private refresh(): Promise<ServiceLevelTable> {
    // Concurrent callers share one load.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /**
   * The settings in memory; stale ones (or ones that do not know the agency: created a moment ago elsewhere) are
   * served while a fresh copy loads. Only the very first use waits for the database.
   */
  async current(agencyId?: number | null): Promise<ServiceLevelTable> {
    const t = this.table;
    if (!t) return this.refresh();
    if (Date.now() - this.loadedAt > this.maxAgeMs || (agencyId != null && !t.knowsAgency(agencyId)))
      void this.refresh().catch(() => undefined);
    return t;
  }

  async workingDays(step: ServiceLevelStep, scope: Scope = {}): Promise<number> {
    return (await this.current(scope.agencyId)).workingDays(step, scope);
  }

  /**
   * The deadline of `step` for a report of `scope.kind` handled by `scope.agencyId`: the end (23:59:59.999 Jakarta)
   * of the Nth working day after `from`. `spent` working days already used (a clock that was stopped) are taken off,
   * leaving at least one.
   */
  async dueAt(step: ServiceLevelStep, from: Date, scope: Scope = {}, spent = 0): Promise<Date> {
    const days = await this.workingDays(step, scope);
    return this.calendar().addWorkingDays(from, Math.max(1, days - spent));
  }
}
