import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { EventType } from "../common/enums";
import { badInput, forbidden, unauthenticated } from "../common/errors";
import { decodeId, normalizeTrackingId } from "../common/ids";
import { query, sql } from "../common/sql";
import { isVerifier } from "../common/viewer";
import type { Context } from "../context";
import { ReportType } from "../reports/report.types";
import { type AuditFilter, auditEvents } from "./audit.queries";
import { AuditEventConnection, AuditEventFilter, type AuditEventRow, AuditEventType } from "./audit.types";

const KNOWN_EVENTS = new Set<string>(Object.values(EventType));

/** The audit log (admin console): every ReportEvent, internal ones included, for verifiers and admins only. */
@Resolver(() => AuditEventType)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "Verifiers and admins: ReportEvents, newest first." })
  async auditEvents(
    @Ctx() ctx: Context,
    @Arg("filter", () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true }) last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
  ) {
    if (!ctx.viewer.userId) throw unauthenticated();
    if (!isVerifier(ctx.viewer)) throw forbidden("Only verifiers and admins read the audit log");
    const f: AuditFilter = {};
    if (filter?.reportId) f.reportId = decodeId(filter.reportId, "Report", "filter.reportId");
    if (filter?.actorUserId) f.actorUserId = decodeId(filter.actorUserId, "User", "filter.actorUserId");
    if (filter?.types?.length) {
      const unknown = filter.types.filter((t) => !KNOWN_EVENTS.has(t));
      if (unknown.length) throw badInput(`Unknown event types: ${unknown.join(", ")}`, "filter.types");
      f.types = [...new Set(filter.types)];
    }
    if (filter?.from) f.from = filter.from;
    if (filter?.to) f.to = filter.to;
    if (f.from && f.to && f.from >= f.to) throw badInput("from must be before to", "filter.from");
    if (filter?.trackingId) {
      const t = normalizeTrackingId(filter.trackingId);
      if (!t) throw badInput("Not a tracking ID (ADU-XXXX-XXXX)", "filter.trackingId");
      const [r] = await query<{ id: number }>(ctx.em, sql`select id from report where tracking_id = ${t}`);
      // An unknown tracking ID matches nothing (id 0 never exists); with reportId too, both must agree.
      const id = r?.id ?? 0;
      f.reportId = f.reportId != null && f.reportId !== id ? 0 : id;
    }
    return auditEvents(ctx.em, f, { first, after, last, before });
  }

  @FieldResolver(() => ReportType, { nullable: true })
  report(@Root() e: AuditEventRow, @Ctx() ctx: Context) {
    return ctx.loaders.report.load(e.reportId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "The agency the event concerns, if any." })
  agency(@Root() e: AuditEventRow, @Ctx() ctx: Context) {
    return e.agencyId ? ctx.loaders.agency.load(e.agencyId) : null;
  }
}
