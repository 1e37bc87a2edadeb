import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { AttachmentType } from "../attachments/attachment.types";
import { CategoryType } from "../categories/category.types";
import { decrypt } from "../common/crypto";
import { ReportKind } from "../common/enums";
import { normalizeAccessCode, normalizeTrackingId } from "../common/ids";
import { pageRequest } from "../common/pagination";
import type { Context } from "../context";
import { DispositionType } from "../dispositions/disposition.types";
import { MessageConnection } from "../messages/message.types";
import { RegionType } from "../regions/region.types";
import { checkAccessCode } from "./report.access";
import { ReportFilter, ReportOrder } from "./report.inputs";
import { eventView, identityView } from "./report.policy";
import { listReports, OVERDUE_STATUSES, reportByTrackingId } from "./report.queries";
import {
  GeoPoint,
  Rating,
  ReportConnection,
  ReportEventType,
  Reporter,
  type ReportRow,
  ReportType,
} from "./report.types";

/** Whether the selection under a connection asks for `body` (the list skips the column otherwise). */
function selectsBody(info: GraphQLResolveInfo): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const fieldsOf = (t: ResolveTree | undefined) =>
    Object.values(t?.fieldsByTypeName?.ReportConnection ?? t?.fieldsByTypeName?.ReportEdge ?? {});
  for (const f of fieldsOf(tree ?? undefined)) {
    const inner = f.name === "nodes" ? [f] : f.name === "edges" ? fieldsOf(f).filter((g) => g.name === "node") : [];
    for (const n of inner)
      if (Object.values(n.fieldsByTypeName.Report ?? {}).some((x) => x.name === "body")) return true;
  }
  return false;
}

@Resolver(() => ReportType)
export class ReportResolver {
  @Query(() => ReportType, {
    nullable: true,
    description: "Public view by tracking ID; with the access code, the reporter's full view.",
  })
  async trackReport(
    @Ctx() ctx: Context,
    @Arg("trackingId") trackingId: string,
    @Arg("accessCode", () => String, { nullable: true }) accessCode?: string,
  ): Promise<ReportRow | null> {
    const tid = normalizeTrackingId(trackingId);
    if (!tid) return null;
    if (accessCode != null && accessCode !== "") {
      const code = normalizeAccessCode(accessCode);
      // A malformed or wrong access code gets the public view (and counts against the tracking ID's attempts);
      // a right one grants the reporter's rights to this request.
      await checkAccessCode(ctx, tid, code);
    }
    const row = await reportByTrackingId(ctx.em, ctx.scope(), tid);
    if (row) {
      ctx.tracked.add(row.key);
      ctx.loaders.report.prime(row.key, row);
    }
    return row;
  }

  @Query(() => ReportConnection, {
    description: "Reports the viewer may see: public ones for everyone, the agency's for staff, all for verifiers.",
  })
  reports(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => ReportFilter, { nullable: true }) filter?: ReportFilter,
    @Arg("orderBy", () => ReportOrder, { nullable: true }) orderBy?: ReportOrder,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true }) last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
  ) {
    return listReports(ctx.em, ctx.scope(), filter, orderBy, { first, after, last, before }, selectsBody(info));
  }

  @FieldResolver(() => ReportKind, {
    nullable: true,
    description: "Null, like title and body, where the viewer may not see the content (confidential report).",
  })
  kind(@Root() r: ReportRow) {
    return r.can_content ? r.kind : null;
  }

  @FieldResolver(() => String, { nullable: true })
  title(@Root() r: ReportRow) {
    return r.can_content ? r.title : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async body(@Root() r: ReportRow, @Ctx() ctx: Context) {
    if (!r.can_content) return null;
    if (r.body !== undefined) return r.body;
    return (await ctx.loaders.report.load(r.key))?.body ?? null;
  }

  @FieldResolver(() => Date, { nullable: true })
  incidentDate(@Root() r: ReportRow) {
    return r.can_content ? r.incidentDate : null;
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  category(@Root() r: ReportRow, @Ctx() ctx: Context) {
    return r.can_content && r.categoryId ? ctx.loaders.category.load(r.categoryId) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: ReportRow, @Ctx() ctx: Context) {
    return r.can_content && r.regionCode ? ctx.loaders.region.load(r.regionCode) : null;
  }

  @FieldResolver(() => GeoPoint, { nullable: true })
  location(@Root() r: ReportRow): GeoPoint | null {
    return r.can_content && r.lat != null && r.lng != null ? { lat: r.lat, lng: r.lng } : null;
  }

  @FieldResolver(() => Reporter, { nullable: true, description: "Null where the viewer may not know who reported." })
  async reporter(@Root() r: ReportRow, @Ctx() ctx: Context): Promise<Reporter | null> {
    const view = identityView(ctx.viewer, r);
    if (view === "none") return null;
    const id = await ctx.loaders.identity.load(r.key);
    if (!id) return null;
    const keys = ctx.config.keys;
    const name = decrypt(keys, id.name);
    if (view === "name") return name ? { name, email: null, phone: null } : null;
    return { name, email: decrypt(keys, id.email), phone: decrypt(keys, id.phone) };
  }

  @FieldResolver(() => [AgencyType])
  async agencies(@Root() r: ReportRow, @Ctx() ctx: Context) {
    if (!r.can_content) return [];
    const ids = await ctx.loaders.agenciesOfReport.load(r.key);
    return (await ctx.loaders.agency.loadMany(ids)).filter((a) => a && !(a instanceof Error));
  }

  @FieldResolver(() => [DispositionType])
  async dispositions(@Root() r: ReportRow, @Ctx() ctx: Context) {
    if (!r.can_content) return [];
    const rows = await ctx.loaders.dispositionsOfReport.load(r.key);
    return rows.map((d) => ({ ...d, can_internal: r.can_internal }));
  }

  @FieldResolver(() => MessageConnection)
  messages(
    @Root() r: ReportRow,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const req = pageRequest({ first, after }, 50);
    if (!r.can_content) {
      return {
        edges: [],
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        totalCount: 0,
      };
    }
    return ctx.loaders.messages.load({ reportId: r.key, internal: r.can_internal, req });
  }

  @FieldResolver(() => [ReportEventType])
  async timeline(@Root() r: ReportRow, @Ctx() ctx: Context) {
    const events = await ctx.loaders.events.load(r.key);
    return events.map((e) => eventView(ctx.viewer, r, e)).filter((e) => e !== null);
  }

  @FieldResolver(() => [AttachmentType])
  attachments(@Root() r: ReportRow, @Ctx() ctx: Context) {
    return r.can_content ? ctx.loaders.attachmentsOfReport.load(r.key) : [];
  }

  @FieldResolver(() => Boolean)
  viewerHasSupported(@Root() r: ReportRow, @Ctx() ctx: Context) {
    return ctx.viewer.userId ? ctx.loaders.supported.load(r.key) : false;
  }

  @FieldResolver(() => Rating, { nullable: true })
  rating(@Root() r: ReportRow, @Ctx() ctx: Context) {
    return r.can_content ? ctx.loaders.rating.load(r.key) : null;
  }

  @FieldResolver(() => ReportType, { nullable: true })
  duplicateOf(@Root() r: ReportRow, @Ctx() ctx: Context) {
    return r.duplicateOfId ? ctx.loaders.report.load(r.duplicateOfId) : null;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() r: ReportRow) {
    return r.dueAt != null && r.dueAt.getTime() < Date.now() && OVERDUE_STATUSES.includes(r.status);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer is this report's reporter (signed in, or with the access code).",
  })
  viewerIsReporter(@Root() r: ReportRow) {
    return r.is_reporter;
  }
}
