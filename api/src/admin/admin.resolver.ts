import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { agenciesByIds } from "../agencies/agency.queries";
import { type AgencyRow, AgencyType } from "../agencies/agency.types";
import { categoriesByIds } from "../categories/category.queries";
import { type CategoryRow, CategoryType } from "../categories/category.types";
import { runMutation } from "../common/mutation";
import { query, sql } from "../common/sql";
import { isAdmin, isAgencyAdmin, isStaff } from "../common/viewer";
import type { Context } from "../context";
import * as admin from "./admin.service";
import {
  AgencyPayload,
  CategoryPayload,
  CreateAgencyInput,
  CreateCategoryInput,
  UpdateAgencyInput,
  UpdateCategoryInput,
} from "./admin.types";

interface AdminFacts {
  agencies: DataLoader<number, { contactEmail: string | null }>;
  categories: DataLoader<number, { routingHint: string | null; defaultAgencyId: number | null }>;
}

/** The columns only the admin console reads, batched per request (not in the shared reference snapshot). */
const perRequest = new WeakMap<Context, AdminFacts>();
function facts(ctx: Context): AdminFacts {
  let f = perRequest.get(ctx);
  if (!f) {
    const em = ctx.em;
    f = {
      agencies: new DataLoader(async (ids) => {
        const rows = await query<{ id: number; contactEmail: string | null }>(
          em,
          sql`select id, contact_email as "contactEmail" from agency where id = any(${[...ids]}::int[])`,
        );
        const by = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => by.get(id) ?? { contactEmail: null });
      }),
      categories: new DataLoader(async (ids) => {
        const rows = await query<{ id: number; routingHint: string | null; defaultAgencyId: number | null }>(
          em,
          sql`select id, routing_hint as "routingHint", default_agency_id as "defaultAgencyId" from category
            where id = any(${[...ids]}::int[])`,
        );
        const by = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => by.get(id) ?? { routingHint: null, defaultAgencyId: null });
      }),
    };
    perRequest.set(ctx, f);
  }
  return f;
}

/** Admin console: the agency tree and the category tree. Every mutation refreshes this process's reference data. */
@Resolver(() => AgencyType)
export class AgencyAdminResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Admins, and agency admins for their agency and its units (who edit it); null for everyone else.",
  })
  async contactEmail(@Root() a: AgencyRow, @Ctx() ctx: Context) {
    const mayRead = isAdmin(ctx.viewer) || (isAgencyAdmin(ctx.viewer) && ctx.agencySubtree.includes(a.key));
    return mayRead ? (await facts(ctx).agencies.load(a.key)).contactEmail : null;
  }

  @Mutation(() => AgencyPayload, {
    description: "Admins; agency admins create units (kind UNIT) under their own agency or its units.",
  })
  createAgency(@Ctx() ctx: Context, @Arg("input", () => CreateAgencyInput) input: CreateAgencyInput) {
    return runMutation(
      async () => ({ agency: (await agenciesByIds(ctx.em, [await admin.createAgency(ctx, input)]))[0] }),
      { agency: null },
    );
  }

  @Mutation(() => AgencyPayload, {
    description:
      "Admins (a new parent may not be the agency itself or one of its units); agency admins, for their agency and " +
      "its units, the name, contact and whether responses need an admin's approval.",
  })
  updateAgency(@Ctx() ctx: Context, @Arg("input", () => UpdateAgencyInput) input: UpdateAgencyInput) {
    return runMutation(
      async () => ({ agency: (await agenciesByIds(ctx.em, [await admin.updateAgency(ctx, input)]))[0] }),
      { agency: null },
    );
  }
}

@Resolver(() => CategoryType)
export class CategoryAdminResolver {
  @FieldResolver(() => String, { nullable: true, description: "Guidance for verifiers: staff only." })
  async routingHint(@Root() c: CategoryRow, @Ctx() ctx: Context) {
    return isStaff(ctx.viewer) ? (await facts(ctx).categories.load(c.key)).routingHint : null;
  }

  @FieldResolver(() => AgencyType, {
    nullable: true,
    description: "Where verifiers usually send such reports: staff only.",
  })
  async defaultAgency(@Root() c: CategoryRow, @Ctx() ctx: Context) {
    if (!isStaff(ctx.viewer)) return null;
    const id = (await facts(ctx).categories.load(c.key)).defaultAgencyId;
    return id ? ctx.loaders.agency.load(id) : null;
  }

  @Mutation(() => CategoryPayload, { description: "Admins." })
  createCategory(@Ctx() ctx: Context, @Arg("input", () => CreateCategoryInput) input: CreateCategoryInput) {
    return runMutation(
      async () => ({ category: (await categoriesByIds(ctx.em, [await admin.createCategory(ctx, input)]))[0] }),
      { category: null },
    );
  }

  @Mutation(() => CategoryPayload, { description: "Admins. A new parent may not be the category or a descendant." })
  updateCategory(@Ctx() ctx: Context, @Arg("input", () => UpdateCategoryInput) input: UpdateCategoryInput) {
    return runMutation(
      async () => ({ category: (await categoriesByIds(ctx.em, [await admin.updateCategory(ctx, input)]))[0] }),
      { category: null },
    );
  }
}
