import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { type CategoryRow, CategoryType } from "./category.types";

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Query(() => [CategoryType], { description: "Top-level categories; their children nest." })
  async categories(@Ctx() ctx: Context): Promise<CategoryRow[]> {
    const all = [...(await ctx.reference.get()).categories.values()];
    return all.filter((c) => c.parentId == null).sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => CategoryType, { nullable: true })
  parent(@Root() c: CategoryRow, @Ctx() ctx: Context) {
    return c.parentId ? ctx.loaders.category.load(c.parentId) : null;
  }

  @FieldResolver(() => [CategoryType])
  children(@Root() c: CategoryRow, @Ctx() ctx: Context) {
    return ctx.loaders.categoryChildren.load(c.key);
  }
}
