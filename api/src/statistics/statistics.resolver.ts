import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { CategoryType } from "../categories/category.types";
import type { Context } from "../context";
import { RegionType } from "../regions/region.types";
import { computeStatistics } from "./statistics.service";
import { type BucketKey, Statistics, StatisticsDimension, StatisticsFilter, StatisticsKey } from "./statistics.types";

@Resolver(() => StatisticsKey)
export class StatisticsResolver {
  @Query(() => Statistics, {
    description:
      "Aggregates anyone may see, the public included: counts, resolutions (confirmed apart from closed by silence), " +
      "median response and resolution times, SLA compliance and ratings, by up to three dimensions (one of them " +
      "time, in Asia/Jakarta). Category and agency filters include descendants; grouping by CATEGORY or AGENCY " +
      "counts under top-level nodes, or under the children of the one node filtered by. A grouping by AGENCY " +
      "leaves out agencies with fewer than 30 dispositions in the result (too few to rank).",
  })
  statistics(
    @Ctx() ctx: Context,
    @Arg("filter", () => StatisticsFilter, { nullable: true }) filter?: StatisticsFilter | null,
    @Arg("groupBy", () => [StatisticsDimension], { nullable: true }) groupBy?: StatisticsDimension[] | null,
  ) {
    return computeStatistics(ctx, filter, groupBy);
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  category(@Root() k: BucketKey, @Ctx() ctx: Context) {
    return k.categoryId ? ctx.loaders.category.load(k.categoryId) : null;
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() k: BucketKey, @Ctx() ctx: Context) {
    return k.agencyId ? ctx.loaders.agency.load(k.agencyId) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  province(@Root() k: BucketKey, @Ctx() ctx: Context) {
    return k.provinceCode ? ctx.loaders.region.load(k.provinceCode) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  regency(@Root() k: BucketKey, @Ctx() ctx: Context) {
    return k.regencyCode ? ctx.loaders.region.load(k.regencyCode) : null;
  }
}
