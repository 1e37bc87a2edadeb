import { Repeater } from "@repeaterjs/repeater";
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { forbidden, notFound, unauthenticated } from "../common/errors";
import { decodeId, toGlobalId } from "../common/ids";
import { isStaff, isVerifier } from "../common/viewer";
import type { Context } from "../context";
import { reportsByKeys } from "../reports/report.queries";
import { type PresenceEntry, presenceFor } from "./presence.store";

@ObjectType("ReportViewer", { simpleResolvers: true, description: "A colleague who has the report open." })
export class ReportViewerType {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field({ description: "Their latest heartbeat." }) lastSeenAt!: Date;
}

@InputType()
export class ViewReportInput {
  @Field(() => ID) reportId!: string;
  @Field(() => Boolean, { nullable: true, description: "true when the console closes the report." })
  leaving?: boolean | null;
}

@ObjectType({ simpleResolvers: true })
export class ViewReportPayload {
  @Field(() => [ReportViewerType], { description: "The colleagues viewing the report now, without you." })
  viewers!: ReportViewerType[];
}

interface Data {
  args: Record<string, unknown>;
  context: Context;
}

/**
 * Who may take part: staff who may read the report's internal side (its handlers, verifiers and admins), the same
 * rule as its internal messages. Colleagues are grouped in teams: national staff, or one agency tree.
 */
async function access(ctx: Context, reportId: unknown): Promise<{ reportId: number; team: string }> {
  if (!ctx.viewer.userId) throw unauthenticated();
  if (!isStaff(ctx.viewer)) throw forbidden("Only staff share presence");
  const key = decodeId(String(reportId), "Report", "reportId");
  const [r] = await reportsByKeys(ctx.em, ctx.scope(), [key], false);
  if (!r?.can_internal) throw notFound("No such report");
  return { reportId: key, team: await teamOf(ctx) };
}

async function teamOf(ctx: Context): Promise<string> {
  if (isVerifier(ctx.viewer) || ctx.viewer.agencyId == null) return "national";
  // The top of the viewer's agency tree: a city's staff and its units' staff are colleagues.
  const agencies = (await ctx.reference.get()).agencies;
  let id = ctx.viewer.agencyId;
  for (let hops = 0; hops < 20; hops++) {
    const parent = agencies.get(id)?.parentId;
    if (parent == null) break;
    id = parent;
  }
  return `agency:${id}`;
}

const shape = (e: PresenceEntry): ReportViewerType => ({
  userId: toGlobalId("User", e.userId),
  name: e.name,
  lastSeenAt: new Date(e.lastSeenAt),
});

/** "Also viewing: NAME" in the consoles, so two people do not answer the same report. */
@Resolver()
export class PresenceResolver {
  @Mutation(() => ViewReportPayload, {
    description:
      "Heartbeat while a report is open in a console (every ~20 s; an entry lapses after 45 s without one). Answers " +
      "the colleagues viewing it.",
  })
  async viewReport(@Ctx() ctx: Context, @Arg("input", () => ViewReportInput) input: ViewReportInput) {
    const { reportId, team } = await access(ctx, input.reportId);
    const store = presenceFor(ctx.bus);
    const userId = ctx.viewer.userId as number;
    await store.announce({ reportId, userId, name: ctx.viewer.name ?? "", team, leaving: input.leaving ?? false });
    return { viewers: store.viewers(reportId, team, userId).map(shape) };
  }

  @Query(() => [ReportViewerType], { name: "reportViewers", description: "Colleagues viewing a report, without you." })
  async currentViewers(@Ctx() ctx: Context, @Arg("reportId", () => ID) reportId: string) {
    const a = await access(ctx, reportId);
    return presenceFor(ctx.bus)
      .viewers(a.reportId, a.team, ctx.viewer.userId as number)
      .map(shape);
  }

  @Subscription(() => [ReportViewerType], {
    name: "reportViewers",
    description: "Colleagues viewing a report (without you): the list now, then again whenever it changes.",
    subscribe: async ({ args, context: ctx }: Data) => {
      const { reportId, team } = await access(ctx, args.reportId);
      const store = presenceFor(ctx.bus);
      await store.ready;
      const self = ctx.viewer.userId as number;
      return new Repeater<ReportViewerType[]>(async (push, stop) => {
        let last: string | null = null;
        const emit = () => {
          const list = store.viewers(reportId, team, self);
          const key = list.map((e) => e.userId).join(",");
          if (key === last) return;
          last = key;
          void push(list.map(shape));
        };
        emit();
        const unwatch = store.watch(reportId, emit);
        await stop;
        unwatch();
      });
    },
  })
  viewerUpdates(@Root() viewers: ReportViewerType[], @Arg("reportId", () => ID) _reportId: string): ReportViewerType[] {
    return viewers;
  }
}
