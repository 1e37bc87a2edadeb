import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { badInput } from "../common/errors";
import { decodeId } from "../common/ids";
import type { Context } from "../context";
import { RegionType } from "../regions/region.types";
import { listAgencies } from "./agency.queries";
import { AgencyConnection, type AgencyRow, AgencyType } from "./agency.types";

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => AgencyConnection)
  agencies(
    @Ctx() ctx: Context,
    @Arg("search", () => String, { nullable: true }) search?: string,
    @Arg("regionCode", () => String, { nullable: true }) regionCode?: string,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("parentId", () => ID, { nullable: true, description: "Only the units of this agency." }) parentId?: string,
    @Arg("topLevel", () => Boolean, { nullable: true, description: "Only agencies without a parent." })
    topLevel?: boolean,
  ) {
    if (search != null && search.length > 200) throw badInput("search must be at most 200 characters", "search");
    if (regionCode != null && !/^[0-9]{2}(\.[0-9]{2}){0,2}$/.test(regionCode))
      throw badInput("regionCode is not a region code", "regionCode");
    const parent = parentId != null ? decodeId(parentId, "Agency", "parentId") : topLevel ? null : undefined;
    return listAgencies(ctx.em, { search, regionCode, parentId: parent }, { first, after });
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  parent(@Root() a: AgencyRow, @Ctx() ctx: Context) {
    return a.parentId ? ctx.loaders.agency.load(a.parentId) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() a: AgencyRow, @Ctx() ctx: Context) {
    return a.regionCode ? ctx.loaders.region.load(a.regionCode) : null;
  }
}
