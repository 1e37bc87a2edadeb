import { Arg, Ctx, Resolver, Root, Subscription } from "type-graphql";
import { forbidden, notFound, unauthenticated } from "../common/errors";
import { isAgencyStaff, isVerifier } from "../common/viewer";
import type { Context } from "../context";
import { DispositionType } from "../dispositions/disposition.types";
import { checkAccessCode } from "../reports/report.access";
import { reportByTrackingId } from "../reports/report.queries";
import { ReportEventType, ReportType } from "../reports/report.types";
import { dispositionClass, reportClass } from "./hub";

interface Data {
  args: Record<string, unknown>;
  context: Context;
}

/**
 * Live updates over graphql-ws. Each subscription is authorised when it starts, with the same rules as the matching
 * query, and joins a visibility class (live/hub.ts) that resolves every event once for all its members. The method
 * bodies run once per event per subscriber: they give the subscriber a fresh EntityManager and loaders, so nested
 * fields read the state after the event, under the subscriber's own scope.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => ReportEventType, {
    description: "Events of one report, with the same visibility as trackReport.",
    subscribe: async ({ args, context: ctx }: Data) => {
      const trackingId = String(args.trackingId).trim().toUpperCase();
      const code = typeof args.accessCode === "string" && args.accessCode ? args.accessCode : null;
      if (code) await checkAccessCode(ctx, trackingId, code);
      const report = await reportByTrackingId(ctx.em, ctx.scope(), trackingId);
      if (!report) throw notFound("No report has this tracking ID");
      ctx.tracked.add(report.key);
      return ctx.hub.reportEvents(report.key, reportClass(report.key, report, ctx.viewer, ctx.agencySubtree));
    },
  })
  reportEvents(
    @Root() event: ReportEventType,
    @Ctx() ctx: Context,
    @Arg("trackingId") _trackingId: string,
    @Arg("accessCode", () => String, { nullable: true }) _accessCode?: string | null,
  ): ReportEventType {
    ctx.refresh();
    return event;
  }

  @Subscription(() => DispositionType, {
    description: "Dispositions of the signed-in user's agency as they arrive or change.",
    subscribe: ({ context: ctx }: Data) => {
      if (!ctx.viewer.userId) throw unauthenticated();
      if (!isAgencyStaff(ctx.viewer) && !isVerifier(ctx.viewer)) throw forbidden("Only agency staff and verifiers");
      return ctx.hub.dispositionUpdates(dispositionClass(ctx.viewer, ctx.agencySubtree));
    },
  })
  dispositionUpdates(@Root() d: DispositionType, @Ctx() ctx: Context): DispositionType {
    ctx.refresh();
    return d;
  }

  @Subscription(() => ReportType, {
    description: "Verifiers' queue: reports as they arrive in or leave SUBMITTED.",
    subscribe: ({ context: ctx }: Data) => {
      if (!ctx.viewer.userId) throw unauthenticated();
      if (!isVerifier(ctx.viewer)) throw forbidden("Only verifiers");
      return ctx.hub.verificationQueue();
    },
  })
  verificationQueueUpdates(@Root() r: ReportType, @Ctx() ctx: Context): ReportType {
    ctx.refresh();
    return r;
  }
}
