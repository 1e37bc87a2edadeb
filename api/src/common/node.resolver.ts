import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { listNotifications } from "../notifications/notification.queries";
import { eventView } from "../reports/report.policy";
import { usersByIds } from "../users/user.queries";
import { listDeliveries, webhookByKey } from "../webhooks/webhook.queries";
import { badInput } from "./errors";
import { tryDecode } from "./ids";
import { Node } from "./node";
import { query, sql } from "./sql";
import { isAdmin, isAgencyAdmin } from "./viewer";

/** node/nodes: every type through the same loaders and visibility rules as its own query; unseen means null. */
async function resolveNode(ctx: Context, id: string): Promise<unknown> {
  const g = tryDecode(id);
  if (!g) return null;
  const k = Number(g.key);
  switch (g.type) {
    case "Report":
      return ctx.loaders.report.load(k);
    case "Disposition":
      return ctx.loaders.disposition.load(k);
    case "Agency":
      return ctx.loaders.agency.load(k);
    case "Category":
      return ctx.loaders.category.load(k);
    case "Region":
      return ctx.loaders.region.load(g.key);
    case "User":
      return ctx.viewer.userId === k || isAdmin(ctx.viewer) ? (await usersByIds(ctx.em, [k]))[0] : null;
    case "Message": {
      const m = await ctx.loaders.message.load(k);
      const r = m && (await ctx.loaders.report.load(m.reportId));
      if (!m || !r || !r.can_content || (m.visibility === "INTERNAL" && !r.can_internal)) return null;
      return { ...m, can_internal: r.can_internal };
    }
    case "Attachment": {
      const a = await ctx.loaders.attachment.load(g.key);
      if (!a?.reportId) return null;
      const r = await ctx.loaders.report.load(a.reportId);
      if (!r?.can_content) return null;
      if (a.messageId) {
        const m = await ctx.loaders.message.load(a.messageId);
        if (!m || (m.visibility === "INTERNAL" && !r.can_internal)) return null;
      }
      return a;
    }
    case "ReportEvent": {
      const rows = await query<{ reportId: number }>(
        ctx.em,
        sql`select report_id as "reportId" from report_event where id = ${g.key}::bigint`,
      );
      if (!rows[0]) return null;
      const r = await ctx.loaders.report.load(rows[0].reportId);
      if (!r) return null;
      const events = await ctx.loaders.events.load(r.key);
      const e = events.find((x) => x.key === g.key);
      return e ? eventView(ctx.viewer, r, e) : null;
    }
    // Platform management: admins see all; agency admins their own agency's webhooks and deliveries.
    case "Notification":
      return isAdmin(ctx.viewer) ? ((await listNotifications(ctx.em, { id: k }, { first: 1 })).nodes[0] ?? null) : null;
    case "Webhook":
    case "WebhookDelivery": {
      const [row] = await query<{ webhookId: number; agencyId: number | null }>(
        ctx.em,
        g.type === "Webhook"
          ? sql`select id as "webhookId", agency_id as "agencyId" from webhook where id = ${k}`
          : sql`select w.id as "webhookId", w.agency_id as "agencyId" from webhook_delivery d
              join webhook w on w.id = d.webhook_id where d.id = ${k}`,
      );
      const mine = row && (isAdmin(ctx.viewer) || (isAgencyAdmin(ctx.viewer) && row.agencyId === ctx.viewer.agencyId));
      if (!mine) return null;
      if (g.type === "Webhook") return webhookByKey(ctx.em, k);
      return (await listDeliveries(ctx.em, row.webhookId, { first: 1 }, k)).nodes[0] ?? null;
    }
    default:
      return null;
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return resolveNode(ctx, id);
  }

  @Query(() => [Node], { nullable: "items" })
  nodes(@Ctx() ctx: Context, @Arg("ids", () => [ID]) ids: string[]) {
    if (ids.length > 100) throw badInput("At most 100 IDs at once", "ids");
    return Promise.all(ids.map((id) => resolveNode(ctx, id)));
  }
}
