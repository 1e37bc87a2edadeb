import { Repeater, SlidingBuffer } from "@repeaterjs/repeater";
import { ReportStatus, Role } from "../common/enums";
import type { Logger } from "../common/logger";
import { ANONYMOUS, isAnalyst, isVerifier, type Viewer } from "../common/viewer";
import type { Orm } from "../db/orm";
import { dispositionsByReports } from "../dispositions/disposition.queries";
import type { DispositionRow } from "../dispositions/disposition.types";
import type { RelayedEvent } from "../jobs/types";
import { eventView, type ReportScope } from "../reports/report.policy";
import { eventsByIds, reportsByKeys } from "../reports/report.queries";
import type { EventRow, ReportRow } from "../reports/report.types";
import type { EventBus } from "./bus";
import { REPORT_EVENT_TOPIC } from "./relay";

/** What one visibility class of subscribers receives; resolved once per event for the whole class. */
export type ReportEventPayload = EventRow & { report: ReportRow };
export type DispositionPayload = DispositionRow;

type Push<T> = (value: T) => unknown;

/**
 * Subscribers who see the same thing. All members of a class share one scope, so an event is resolved (SQL, privacy
 * rules) once per class, whatever the number of subscribers: 10,000 citizens watching one report cost the same
 * queries as one.
 */
interface VisibilityClass<T> {
  scope: ReportScope;
  sinks: Set<Push<T>>;
}

/** Events queued per subscriber before the oldest are dropped (a stalled client must not grow the heap). */
const BUFFER = 256;

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** A viewer stripped to what visibility depends on: roles and agency, never a person. */
function roleViewer(v: Viewer): Viewer {
  return { ...ANONYMOUS, roles: v.roles, agencyId: v.agencyId };
}

/** The visibility class of a reportEvents subscriber, decided once at subscribe time. */
export function reportClass(
  reportId: number,
  access: { is_reporter: boolean },
  viewer: Viewer,
  agencySubtree: number[],
): { key: string; scope: ReportScope } {
  const tracked = [reportId];
  if (access.is_reporter) {
    return { key: "reporter", scope: { viewer: ANONYMOUS, agencySubtree: [], reporterGrants: [reportId], tracked } };
  }
  if (isVerifier(viewer) || isAnalyst(viewer) || agencySubtree.length) {
    const key = `staff:${viewer.agencyId ?? "-"}:${isVerifier(viewer) ? 1 : 0}:${isAnalyst(viewer) ? 1 : 0}`;
    return { key, scope: { viewer: roleViewer(viewer), agencySubtree, reporterGrants: [], tracked } };
  }
  return { key: "public", scope: { viewer: ANONYMOUS, agencySubtree: [], reporterGrants: [], tracked } };
}

/** The class of a dispositionUpdates subscriber: one agency (with its units), or every agency for verifiers. */
export function dispositionClass(viewer: Viewer, agencySubtree: number[]): { key: string; scope: ReportScope } {
  if (isVerifier(viewer)) {
    return {
      key: "all",
      scope: { viewer: { ...ANONYMOUS, roles: [Role.VERIFIER] }, agencySubtree: [], reporterGrants: [], tracked: [] },
    };
  }
  return {
    key: `agency:${viewer.agencyId}`,
    scope: { viewer: roleViewer(viewer), agencySubtree, reporterGrants: [], tracked: [] },
  };
}

const VERIFIER_SCOPE: ReportScope = {
  viewer: { ...ANONYMOUS, roles: [Role.VERIFIER] },
  agencySubtree: [],
  reporterGrants: [],
  tracked: [],
};

/**
 * Fans committed events out to this process's subscribers. Every process receives every event from the bus; each
 * resolves it only for the classes it has subscribers in. Events are handled one at a time, in bus order, so a
 * subscriber sees a report's events in the order they happened.
 */
export class LiveHub {
  private reports = new Map<number, Map<string, VisibilityClass<ReportEventPayload>>>();
  private dispositions = new Map<string, VisibilityClass<DispositionPayload>>();
  private queue: VisibilityClass<ReportRow> = { scope: VERIFIER_SCOPE, sinks: new Set() };
  private chain: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;
  /** Events resolved, and classes resolved for, since start (the bench and tests read these). */
  readonly stats = { events: 0, resolutions: 0 };

  constructor(
    private readonly orm: Orm,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.unsubscribe = await this.bus.subscribe(REPORT_EVENT_TOPIC, (payload) => {
      const event = payload as RelayedEvent;
      this.chain = this.chain
        .then(() => this.handle(event))
        .catch((err) => this.log.error({ err, eventId: event.eventId }, "live update failed"));
    });
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.chain;
  }

  /** Resolves when the events received so far have been handled. */
  idle(): Promise<void> {
    return this.chain;
  }

  /** How many subscriptions this process holds. */
  get size(): number {
    let n = this.queue.sinks.size;
    for (const classes of this.reports.values()) for (const c of classes.values()) n += c.sinks.size;
    for (const c of this.dispositions.values()) n += c.sinks.size;
    return n;
  }

  reportEvents(reportId: number, cls: { key: string; scope: ReportScope }): AsyncIterable<ReportEventPayload> {
    return this.listen((push) => {
      const classes = getOrAdd(this.reports, reportId, () => new Map());
      const c = getOrAdd(classes, cls.key, () => ({ scope: cls.scope, sinks: new Set() }));
      c.sinks.add(push);
      return () => {
        c.sinks.delete(push);
        if (!c.sinks.size) classes.delete(cls.key);
        if (!classes.size) this.reports.delete(reportId);
      };
    });
  }

  dispositionUpdates(cls: { key: string; scope: ReportScope }): AsyncIterable<DispositionPayload> {
    return this.listen((push) => {
      const c = getOrAdd(this.dispositions, cls.key, () => ({ scope: cls.scope, sinks: new Set() }));
      c.sinks.add(push);
      return () => {
        c.sinks.delete(push);
        if (!c.sinks.size) this.dispositions.delete(cls.key);
      };
    });
  }

  verificationQueue(): AsyncIterable<ReportRow> {
    return this.listen((push) => {
      this.queue.sinks.add(push);
      return () => this.queue.sinks.delete(push);
    });
  }

  private listen<T>(register: (push: Push<T>) => () => void): AsyncIterable<T> {
    return new Repeater<T>(async (push, stop) => {
      const unregister = register(push);
      await stop;
      unregister();
    }, new SlidingBuffer(BUFFER));
  }

  private async handle(event: RelayedEvent): Promise<void> {
    const reportClasses = this.reports.get(event.reportId);
    const wantsQueue =
      this.queue.sinks.size > 0 &&
      (event.status === ReportStatus.SUBMITTED || event.fromStatus === ReportStatus.SUBMITTED);
    if (!reportClasses?.size && !this.dispositions.size && !wantsQueue) return;
    this.stats.events++;
    const em = this.orm.em.fork();
    const reportFor = async (scope: ReportScope) => {
      this.stats.resolutions++;
      return (await reportsByKeys(em, scope, [event.reportId]))[0];
    };

    if (reportClasses?.size) {
      const [row] = await eventsByIds(em, [event.eventId]);
      if (row) {
        for (const c of [...reportClasses.values()]) {
          const report = await reportFor(c.scope);
          const view = report && eventView(c.scope.viewer, report, row);
          if (!view) continue;
          const payload: ReportEventPayload = { ...view, report };
          for (const push of c.sinks) push(payload);
        }
      }
    }

    if (this.dispositions.size) {
      const all = (await dispositionsByReports(em, [event.reportId]))[0];
      // The event's own disposition and the one it came from (a forward changes both). Report-wide events after
      // verification (messages, disputes, closure, privacy) touch them all; those during verification come before
      // the dispositions they create, which arrive with their own DISPOSED events.
      const reportWide = event.fromStatus !== ReportStatus.SUBMITTED && event.status !== ReportStatus.SUBMITTED;
      const own = all.find((d) => d.key === event.dispositionId);
      const touched = event.dispositionId
        ? all.filter((d) => d === own || d.key === own?.parentId)
        : reportWide
          ? all
          : [];
      if (touched.length) {
        for (const c of [...this.dispositions.values()]) {
          const mine = c.scope.agencySubtree.length
            ? touched.filter((d) => c.scope.agencySubtree.includes(d.agencyId))
            : isVerifier(c.scope.viewer)
              ? touched
              : [];
          if (!mine.length) continue;
          const report = await reportFor(c.scope);
          if (!report) continue;
          for (const d of mine) {
            const payload: DispositionPayload = { ...d, can_internal: true, reportRow: report };
            for (const push of c.sinks) push(payload);
          }
        }
      }
    }

    if (wantsQueue) {
      const report = await reportFor(this.queue.scope);
      if (report) for (const push of this.queue.sinks) push(report);
    }
  }
}
