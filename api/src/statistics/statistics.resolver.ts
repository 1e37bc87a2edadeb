import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { CategoryType } from "../categories/category.types";
import type { Context } from "../context";
import { RegionType } from "../regions/region.types";
import type { Needs } from "./engine";
import { computeStatistics } from "./statistics.service";
import { type BucketKey, Statistics, StatisticsDimension, StatisticsFilter, StatisticsKey } from "./statistics.types";

/** The metrics the query selects: a dashboard of counts needs no medians and no walk over dispositions. */
function requestedMetrics(info: GraphQLResolveInfo): Needs {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const names = new Set<string>();
  for (const b of Object.values(tree?.fieldsByTypeName?.Statistics ?? {}))
    if (b.name === "buckets")
      for (const f of Object.values(b.fieldsByTypeName.StatisticsBucket ?? {})) names.add(f.name);
  return {
    sla: names.has("slaCompliance") || names.has("dispositionCount"),
    firstResponse: names.has("medianFirstResponseHours"),
    resolution: names.has("medianResolutionHours"),
    rating: names.has("averageRating"),
  };
}

/**
 * Keys resolve from the in-memory reference snapshot synchronously (a 3-dimension answer has thousands of keys: a
 * promise per key costs more than the aggregation); loaders only for what the snapshot lacks.
 */
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
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => StatisticsFilter, { nullable: true }) filter?: StatisticsFilter | null,
    @Arg("groupBy", () => [StatisticsDimension], { nullable: true }) groupBy?: StatisticsDimension[] | null,
  ) {
    return computeStatistics(ctx, filter, groupBy, requestedMetrics(info));
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  category(@Root() k: BucketKey, @Ctx() ctx: Context) {
    if (!k.categoryId) return null;
    return ctx.reference.current()?.categories.get(k.categoryId) ?? ctx.loaders.category.load(k.categoryId);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() k: BucketKey, @Ctx() ctx: Context) {
    if (!k.agencyId) return null;
    return ctx.reference.current()?.agencies.get(k.agencyId) ?? ctx.loaders.agency.load(k.agencyId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  province(@Root() k: BucketKey, @Ctx() ctx: Context) {
    if (!k.provinceCode) return null;
    return ctx.reference.current()?.regions.get(k.provinceCode) ?? ctx.loaders.region.load(k.provinceCode);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  regency(@Root() k: BucketKey, @Ctx() ctx: Context) {
    if (!k.regencyCode) return null;
    return ctx.reference.current()?.regions.get(k.regencyCode) ?? ctx.loaders.region.load(k.regencyCode);
  }
}
