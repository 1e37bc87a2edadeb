import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { type EventRow, ReportEventType, ReportType } from "./report.types";

@Resolver(() => ReportEventType)
export class ReportEventResolver {
  @FieldResolver(() => ReportType)
  report(@Root() e: EventRow, @Ctx() ctx: Context) {
    return ctx.loaders.report.load(e.reportId);
  }
}
