import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { AgencyType } from "../agencies/agency.types";
import { encrypt } from "../common/crypto";
import { Role } from "../common/enums";
import { userError } from "../common/errors";
import { toGlobalId } from "../common/ids";
import { parseInput } from "../common/validation";
import { isAdmin } from "../common/viewer";
import type { Context } from "../context";
import {
  announceSessionsEnded,
  dummyPasswordHash,
  forgetSession,
  hashPassword,
  issueToken,
  verifyPassword,
} from "./auth.service";
import { AuthSession, User } from "./user.entity";
import { usersByIds } from "./user.queries";
import { AuthPayload, LogInInput, LogOutPayload, SignUpInput, type UserRow, UserType } from "./user.types";

const toRow = (u: User): UserRow => ({
  __typename: "User",
  id: toGlobalId("User", u.id),
  key: u.id,
  name: u.name,
  email: u.email,
  roles: u.roles,
  agencyId: u.agency?.id ?? null,
  self: true,
});

const SignUp = z.object({
  name: z.string().trim().min(1, "Enter your name").max(200, "At most 200 characters"),
  email: z.string().trim().toLowerCase().max(254, "At most 254 characters").email("Enter a valid email address"),
  password: z.string().min(10, "Use at least 10 characters").max(200, "At most 200 characters"),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{8,20}$/, "Enter a phone number such as +62 812 3456 7890")
    .optional()
    .nullable(),
});

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true })
  async viewer(@Ctx() ctx: Context) {
    return ctx.viewer.userId ? (await usersByIds(ctx.em, [ctx.viewer.userId]))[0] : null;
  }

  /** Email only to the user themself and to admins. */
  @FieldResolver(() => String, { nullable: true })
  email(@Root() u: UserRow, @Ctx() ctx: Context) {
    return u.self || ctx.viewer.userId === u.key || isAdmin(ctx.viewer) ? u.email : null;
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() u: UserRow, @Ctx() ctx: Context) {
    return u.agencyId ? ctx.loaders.agency.load(u.agencyId) : null;
  }

  @Mutation(() => AuthPayload)
  async logIn(@Ctx() ctx: Context, @Arg("input", () => LogInInput) input: LogInInput): Promise<AuthPayload> {
    const email = input.email.trim().toLowerCase();
    const user = email.length <= 254 ? await ctx.em.findOne(User, { email }, { populate: ["agency"] }) : null;
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password.slice(0, 200));
    if (!user || !ok || user.disabled) {
      return {
        token: null,
        user: null,
        userErrors: [userError("INVALID_CREDENTIALS", "Email or password is wrong", ["email"]).toUserError()],
      };
    }
    return { token: await issueToken(ctx.em, ctx.config, user), user: toRow(user), userErrors: [] };
  }

  @Mutation(() => AuthPayload)
  async signUp(@Ctx() ctx: Context, @Arg("input", () => SignUpInput) input: SignUpInput): Promise<AuthPayload> {
    const parsed = parseInput(SignUp, input);
    if (!parsed.ok) return { token: null, user: null, userErrors: parsed.errors };
    const v = parsed.value;
    // The unique index decides, so two sign-ups racing for one email cannot both win.
    const inserted = await ctx.em.execute<{ id: number }[]>(
      `insert into app_user (name, email, password_hash, phone_sealed, roles) values (?, ?, ?, ?, ?::text[])
          on conflict (email) do nothing returning id`,
      [v.name, v.email, await hashPassword(v.password), encrypt(ctx.config.keys, v.phone ?? null), `{${Role.CITIZEN}}`],
    );
    if (!inserted.length) {
      return {
        token: null,
        user: null,
        userErrors: [userError("EMAIL_TAKEN", "An account with this email already exists", ["email"]).toUserError()],
      };
    }
    const saved = await ctx.em.findOneOrFail(User, { id: inserted[0].id });
    return { token: await issueToken(ctx.em, ctx.config, saved), user: toRow(saved), userErrors: [] };
  }

  @Mutation(() => LogOutPayload, { description: "Revokes the token this request carries." })
  async logOut(@Ctx() ctx: Context): Promise<LogOutPayload> {
    if (!ctx.viewer.sessionId) return { ok: false };
    await ctx.em.nativeUpdate(AuthSession, { id: ctx.viewer.sessionId }, { revokedAt: new Date() });
    forgetSession(ctx.viewer.sessionId);
    // Other processes forget it too, and every socket signed in with it closes (live/ws.ts).
    await announceSessionsEnded(ctx.bus, [ctx.viewer.sessionId]);
    return { ok: true };
  }
}
