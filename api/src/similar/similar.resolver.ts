import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { type ReportRow, ReportType } from "../reports/report.types";
import { similarReports } from "./similar.queries";

@Resolver()
export class SimilarResolver {
  @Query(() => [ReportType], {
    description: "Reports that look like this text (for duplicate warnings at submission and for verifiers).",
  })
  similarReports(
    @Ctx() ctx: Context,
    @Arg("text") text: string,
    @Arg("regionCode", () => String, { nullable: true }) regionCode?: string,
    @Arg("first", () => Int, { nullable: true }) first?: number,
  ): Promise<ReportRow[]> {
    return similarReports(ctx.em, ctx.scope(), { text, regionCode, first });
  }
}
