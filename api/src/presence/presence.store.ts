import type { EventBus } from "../live/bus";

/** How long an entry lives without a heartbeat (the console beats every ~20 s). */
export const PRESENCE_TTL_MS = 45_000;
const TOPIC = "presence";

/**
 * Who is looking at which report. Colleagues see each other: national staff (verifiers, admins) one another, and an
 * agency's staff those of the same agency tree (team = its top-level agency). Never reporters, never another team.
 */
export interface PresenceEntry {
  userId: number;
  name: string;
  team: string;
  lastSeenAt: number;
}

interface Message {
  reportId: number;
  userId: number;
  name: string;
  team: string;
  leaving?: boolean;
}

type Listener = () => void;

/**
 * Presence kept in memory by each API process and shared through the event bus (Redis pub/sub across processes):
 * every heartbeat is published, every process records it. Nothing is stored in PostgreSQL: presence is worthless after
 * a minute. A process that starts learns of existing viewers at their next heartbeat (within ~20 s).
 */
export class PresenceStore {
  private readonly reports = new Map<number, Map<number, PresenceEntry>>();
  private readonly listeners = new Map<number, Set<Listener>>();
  private timer: NodeJS.Timeout | null = null;
  readonly ready: Promise<void>;

  constructor(
    private readonly bus: EventBus,
    private readonly ttlMs = PRESENCE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.ready = bus.subscribe(TOPIC, (p) => this.receive(p as Message)).then(() => undefined);
  }

  /** A heartbeat (or a goodbye) for every process. */
  async announce(m: Message): Promise<void> {
    await this.ready;
    await this.bus.publish(TOPIC, m);
  }

  /** Current viewers of a report as `team` sees them, without `selfId`, longest-present first. */
  viewers(reportId: number, team: string, selfId: number): PresenceEntry[] {
    const limit = this.now() - this.ttlMs;
    return [...(this.reports.get(reportId)?.values() ?? [])].filter(
      (e) => e.team === team && e.userId !== selfId && e.lastSeenAt > limit,
    );
  }

  /** Calls `fn` whenever the set of a report's viewers changes; returns the unsubscribe function. */
  watch(reportId: number, fn: Listener): () => void {
    const set = this.listeners.get(reportId) ?? new Set<Listener>();
    this.listeners.set(reportId, set);
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size) this.listeners.delete(reportId);
    };
  }

  /** Drops entries past their time (runs on a timer while there are any; tests call it with their own clock). */
  sweep(): void {
    const limit = this.now() - this.ttlMs;
    for (const [reportId, entries] of this.reports) {
      let changed = false;
      for (const [userId, e] of entries) {
        if (e.lastSeenAt <= limit) {
          entries.delete(userId);
          changed = true;
        }
      }
      if (!entries.size) this.reports.delete(reportId);
      if (changed) this.notify(reportId);
    }
    if (!this.reports.size && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private receive(m: Message): void {
    if (!m || typeof m.reportId !== "number" || typeof m.userId !== "number") return;
    let entries = this.reports.get(m.reportId);
    if (m.leaving) {
      if (entries?.delete(m.userId)) {
        if (!entries.size) this.reports.delete(m.reportId);
        this.notify(m.reportId);
      }
      return;
    }
    if (!entries) {
      entries = new Map();
      this.reports.set(m.reportId, entries);
    }
    const known = entries.get(m.userId);
    // Stamped on receipt, by this process's clock: processes need not agree on the time.
    entries.set(m.userId, { userId: m.userId, name: m.name, team: m.team, lastSeenAt: this.now() });
    if (!known) this.notify(m.reportId);
    this.timer ??= setInterval(() => this.sweep(), Math.min(5_000, this.ttlMs)).unref();
  }

  private notify(reportId: number): void {
    for (const fn of this.listeners.get(reportId) ?? []) fn();
  }
}

/** One store per bus (that is, per API process; tests run several servers in one process, each with its bus). */
const stores = new WeakMap<EventBus, PresenceStore>();

export function presenceFor(bus: EventBus): PresenceStore {
  let s = stores.get(bus);
  if (!s) {
    s = new PresenceStore(bus);
    stores.set(bus, s);
  }
  return s;
}
