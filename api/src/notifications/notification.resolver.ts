import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { forbidden, unauthenticated } from "../common/errors";
import { decodeId } from "../common/ids";
import { isAdmin } from "../common/viewer";
import type { Context } from "../context";
import { ReportType } from "../reports/report.types";
import { listNotifications } from "./notification.queries";
import {
  NotificationConnection,
  NotificationFilter,
  type NotificationRow,
  NotificationType,
} from "./notification.types";

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: "The notification outbox (admins): what the platform sent, or would send, to whom (masked).",
  })
  notifications(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true }) last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("filter", () => NotificationFilter, { nullable: true }) filter?: NotificationFilter,
  ) {
    if (!ctx.viewer.userId) throw unauthenticated();
    if (!isAdmin(ctx.viewer)) throw forbidden("Only admins see the notification outbox");
    const reportId = filter?.reportId ? decodeId(filter.reportId, "Report", "filter.reportId") : null;
    return listNotifications(
      ctx.em,
      { status: filter?.status, channel: filter?.channel, reportId },
      { first, after, last, before },
    );
  }

  @FieldResolver(() => ReportType, { nullable: true })
  report(@Root() n: NotificationRow, @Ctx() ctx: Context) {
    return ctx.loaders.report.load(n.reportId);
  }
}
