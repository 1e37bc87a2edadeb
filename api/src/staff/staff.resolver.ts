import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { runMutation } from "../common/mutation";
import type { Context } from "../context";
import { type UserRow, UserType } from "../users/user.types";
import * as staff from "./staff.service";
import {
  CreateStaffUserInput,
  CreateStaffUserPayload,
  SetUserDisabledInput,
  SetUserRolesInput,
  StaffUserPayload,
  UserConnection,
  UserFilter,
} from "./staff.types";

/** Staff accounts (agency console for agency admins, admin console for admins); the service checks who may. */
@Resolver(() => UserType)
export class StaffResolver {
  @Query(() => [UserType], {
    description: "Admins: any agency's staff; agency admins: their agency's and its units'. Disabled ones included.",
  })
  agencyStaff(
    @Ctx() ctx: Context,
    @Arg("agencyId", () => ID) agencyId: string,
    @Arg("includeUnits", () => Boolean, { nullable: true }) includeUnits?: boolean | null,
  ) {
    return staff.agencyStaff(ctx, agencyId, includeUnits ?? false);
  }

  @Query(() => UserConnection, {
    description: "Admins: every account, staff and citizens, by name (disabled ones included unless filtered).",
  })
  users(
    @Ctx() ctx: Context,
    @Arg("filter", () => UserFilter, { nullable: true }) filter?: UserFilter | null,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true }) last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
  ) {
    return staff.listUsers(ctx, filter, { first, after, last, before });
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the account is disabled: in account management answers only (users, agencyStaff and their mutations).",
  })
  disabled(@Root() u: UserRow & { disabled?: boolean }) {
    return u.disabled ?? null;
  }

  @Mutation(() => CreateStaffUserPayload, {
    description:
      "A staff account (agency staff, or national staff by admins) with a generated initial password, shown once in the answer.",
  })
  createStaffUser(@Ctx() ctx: Context, @Arg("input", () => CreateStaffUserInput) input: CreateStaffUserInput) {
    return runMutation(
      async () => {
        const { userId, initialPassword } = await staff.createStaffUser(ctx, input);
        return { user: await staff.staffByKey(ctx.em, userId), initialPassword };
      },
      { user: null, initialPassword: null },
    );
  }

  @Mutation(() => StaffUserPayload, {
    description: "Disabling signs the account out everywhere at once and closes its live connections.",
  })
  setUserDisabled(@Ctx() ctx: Context, @Arg("input", () => SetUserDisabledInput) input: SetUserDisabledInput) {
    return runMutation(
      async () => ({ user: await staff.staffByKey(ctx.em, await staff.setUserDisabled(ctx, input)) }),
      {
        user: null,
      },
    );
  }

  @Mutation(() => StaffUserPayload, { description: "Admins: a user's national roles (VERIFIER, ADMIN, ANALYST)." })
  setUserRoles(@Ctx() ctx: Context, @Arg("input", () => SetUserRolesInput) input: SetUserRolesInput) {
    return runMutation(async () => ({ user: await staff.staffByKey(ctx.em, await staff.setUserRoles(ctx, input)) }), {
      user: null,
    });
  }
}
