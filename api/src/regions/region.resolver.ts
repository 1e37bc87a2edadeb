import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { RegionLevel } from "../common/enums";
import { badInput } from "../common/errors";
import type { Context } from "../context";
import { listRegions } from "./region.queries";
import { type RegionRow, RegionType } from "./region.types";

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => [RegionType], {
    description: "Provinces by default; the children of parentCode; or every region of a level.",
  })
  async regions(
    @Ctx() ctx: Context,
    @Arg("level", () => RegionLevel, { nullable: true }) level?: RegionLevel,
    @Arg("parentCode", () => String, { nullable: true }) parentCode?: string,
  ): Promise<RegionRow[]> {
    if (parentCode != null && !/^[0-9]{2}(\.[0-9]{2}){0,2}$/.test(parentCode)) {
      throw badInput("parentCode must look like 32, 32.73 or 32.73.01", "parentCode");
    }
    return listRegions(ctx.em, level, parentCode);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  parent(@Root() region: RegionRow, @Ctx() ctx: Context) {
    return region.parentCode ? ctx.loaders.region.load(region.parentCode) : null;
  }
}
