import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { type EventRow, ReportEventType, type ReportRow, ReportType } from "./report.types";

@Resolver(() => ReportEventType)
export class ReportEventResolver {
  @FieldResolver(() => ReportType)
  report(@Root() e: EventRow & { report?: ReportRow }, @Ctx() ctx: Context) {
    // Live events carry the report as their visibility class saw it (live/hub.ts).
    return e.report ?? ctx.loaders.report.load(e.reportId);
  }
}
