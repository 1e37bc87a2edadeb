import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { fromGlobalId, toGlobalId } from "../common/ids";

const app = useTestApp();

const USER = `user { id name email roles disabled agency { id } }`;
const CREATE = `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) {
  userErrors { field message code } initialPassword ${USER} } }`;
const DISABLE = `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) {
  userErrors { field message code } ${USER} } }`;
const ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) {
  userErrors { field message code } ${USER} } }`;
const STAFF = `query($agencyId: ID!, $includeUnits: Boolean) { agencyStaff(agencyId: $agencyId, includeUnits: $includeUnits) {
  id name email roles disabled agency { id } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { token userErrors { code } } }`;
const VIEWER = `{ viewer { id name roles } }`;
const AUDIT = `{ auditEvents(first: 1) { totalCount } }`;

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

async function createStaff(input: Record<string, unknown>, token = app.fx.tokens.bandungAdmin) {
  const res = await app.gql(CREATE, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data.createStaffUser;
}

async function logIn(email: string, password: string) {
  return (await app.gql(LOG_IN, { input: { email, password } })).data.logIn as { token: string | null };
}

/** Signs in and returns the token (failing the test when sign-in fails). */
async function signIn(email: string, password: string): Promise<string> {
  const { token } = await logIn(email, password);
  expect(token).toBeTruthy();
  return token as string;
}

describe("staff accounts", () => {
  it("an agency admin creates an operator for a unit, who signs in with the initial password", async () => {
    const { agencies } = app.fx;
    const c = await createStaff({
      name: "Budi Santoso",
      email: " Budi@Bandung.go.id ",
      agencyId: agencies.bandungUnit,
      role: "AGENCY_OPERATOR",
    });
    expect(c.userErrors).toEqual([]);
    expect(c.user).toMatchObject({
      name: "Budi Santoso",
      email: "budi@bandung.go.id",
      roles: ["AGENCY_OPERATOR"],
      disabled: false,
      agency: { id: agencies.bandungUnit },
    });
    expect(c.initialPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const token = await signIn("budi@bandung.go.id", c.initialPassword);
    const me = await app.gql(VIEWER, {}, token);
    expect(me.data.viewer).toMatchObject({ id: c.user.id, roles: ["AGENCY_OPERATOR"] });

    const again = await createStaff({
      name: "Budi",
      email: "budi@bandung.go.id",
      agencyId: agencies.bandung,
      role: "AGENCY_ADMIN",
    });
    expect(again.userErrors[0]).toMatchObject({ code: "EMAIL_TAKEN", field: ["input", "email"] });
    const bad = await createStaff({ name: " ", email: "nope", agencyId: agencies.bandung, role: "VERIFIER" });
    expect(bad.userErrors.map((e: { field: string[] }) => e.field.join("."))).toEqual([
      "input.name",
      "input.email",
      "input.role",
    ]);
  });

  it("only admins and the agency's own admins manage its staff", async () => {
    const { tokens, agencies } = app.fx;
    const input = { name: "X", email: "x@example.id", agencyId: agencies.kemenkes, role: "AGENCY_OPERATOR" };
    expect(code(await app.gql(CREATE, { input }, tokens.bandungAdmin))).toBe("NOT_FOUND");
    expect(code(await app.gql(CREATE, { input }, tokens.kemenkesOp))).toBe("FORBIDDEN");
    expect(code(await app.gql(CREATE, { input }, tokens.verifier))).toBe("FORBIDDEN");
    expect(code(await app.gql(CREATE, { input }))).toBe("UNAUTHENTICATED");
    const byAdmin = await createStaff({ ...input, role: "AGENCY_ADMIN" }, tokens.admin);
    expect(byAdmin.userErrors).toEqual([]);

    expect(code(await app.gql(STAFF, { agencyId: agencies.kemenkes }, tokens.bandungAdmin))).toBe("NOT_FOUND");
    expect(code(await app.gql(STAFF, { agencyId: agencies.bandung }, tokens.bandungOp))).toBe("FORBIDDEN");
    expect(code(await app.gql(STAFF, { agencyId: agencies.bandung }))).toBe("UNAUTHENTICATED");
    const own = await app.gql(STAFF, { agencyId: agencies.bandung }, tokens.bandungAdmin);
    expect(own.data.agencyStaff[1]).toMatchObject({
      name: "Test bandungOp",
      email: "bandungop@test.aduan.id",
      disabled: false,
    });
    expect(own.data.agencyStaff.map((u: { name: string }) => u.name)).toEqual(["Test bandungAdmin", "Test bandungOp"]);
    const withUnits = await app.gql(STAFF, { agencyId: agencies.bandung, includeUnits: true }, tokens.bandungAdmin);
    expect(withUnits.data.agencyStaff.map((u: { name: string }) => u.name)).toEqual([
      "Budi Santoso",
      "Test bandungAdmin",
      "Test bandungOp",
      "Test unitOp",
    ]);
    const admin = await app.gql(STAFF, { agencyId: agencies.kemenkes }, tokens.admin);
    expect(admin.data.agencyStaff.map((u: { name: string }) => u.name)).toEqual([
      "Test kemenkesAdmin",
      "Test kemenkesOp",
      "X",
    ]);
  });

  it("disabling an account signs it out at once; enabling lets it sign in again", async () => {
    const { tokens, agencies } = app.fx;
    const c = await createStaff({
      name: "Citra",
      email: "citra@bandung.go.id",
      agencyId: agencies.bandung,
      role: "AGENCY_OPERATOR",
    });
    const token = await signIn("citra@bandung.go.id", c.initialPassword);
    expect((await app.gql(VIEWER, {}, token)).data.viewer.name).toBe("Citra");

    const d = await app.gql(DISABLE, { input: { userId: c.user.id, disabled: true } }, tokens.bandungAdmin);
    expect(d.data.setUserDisabled).toMatchObject({ userErrors: [], user: { disabled: true } });
    expect(code(await app.gql(VIEWER, {}, token))).toBe("UNAUTHENTICATED");
    expect((await logIn("citra@bandung.go.id", c.initialPassword)).token).toBeNull();
    const [s] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(
        "select count(*)::int as n from auth_session where user_id = ? and revoked_at is null",
        [Number(fromGlobalId(c.user.id)?.key)],
      );
    expect(s.n).toBe(0);

    const e = await app.gql(DISABLE, { input: { userId: c.user.id, disabled: false } }, tokens.bandungAdmin);
    expect(e.data.setUserDisabled.user.disabled).toBe(false);
    // The old token stays dead; a new sign-in works.
    expect(code(await app.gql(VIEWER, {}, token))).toBe("UNAUTHENTICATED");
    expect((await logIn("citra@bandung.go.id", c.initialPassword)).token).toBeTruthy();

    const kemenkesOp = toGlobalId("User", app.fx.users.kemenkesOp.id);
    expect(code(await app.gql(DISABLE, { input: { userId: kemenkesOp, disabled: true } }, tokens.bandungAdmin))).toBe(
      "NOT_FOUND",
    );
    expect(code(await app.gql(DISABLE, { input: { userId: c.user.id, disabled: true } }, tokens.bandungOp))).toBe(
      "FORBIDDEN",
    );
    const verifierId = toGlobalId("User", app.fx.users.verifier.id);
    expect(code(await app.gql(DISABLE, { input: { userId: verifierId, disabled: true } }, tokens.bandungAdmin))).toBe(
      "NOT_FOUND",
    );
    const self = toGlobalId("User", app.fx.users.bandungAdmin.id);
    const selfRes = await app.gql(DISABLE, { input: { userId: self, disabled: true } }, tokens.bandungAdmin);
    expect(selfRes.data.setUserDisabled.userErrors[0].code).toBe("SELF");
  });

  it("admins set national roles, which apply at once", async () => {
    const { tokens, agencies } = app.fx;
    const c = await createStaff({
      name: "Dewi",
      email: "dewi@example.id",
      agencyId: agencies.bandung,
      role: "AGENCY_OPERATOR",
    });
    const token = await signIn("dewi@example.id", c.initialPassword);
    expect(code(await app.gql(AUDIT, {}, token))).toBe("FORBIDDEN");

    const r = await app.gql(ROLES, { input: { userId: c.user.id, roles: ["VERIFIER", "ANALYST"] } }, tokens.admin);
    expect(r.data.setUserRoles.userErrors).toEqual([]);
    expect(r.data.setUserRoles.user.roles).toEqual(["AGENCY_OPERATOR", "VERIFIER", "ANALYST"]);
    expect(code(await app.gql(AUDIT, {}, token))).toBeUndefined();

    const back = await app.gql(ROLES, { input: { userId: c.user.id, roles: [] } }, tokens.admin);
    expect(back.data.setUserRoles.user.roles).toEqual(["AGENCY_OPERATOR"]);
    expect(code(await app.gql(AUDIT, {}, token))).toBe("FORBIDDEN");
    // Once national, an agency admin no longer manages the account.
    await app.gql(ROLES, { input: { userId: c.user.id, roles: ["ANALYST"] } }, tokens.admin);
    expect(code(await app.gql(DISABLE, { input: { userId: c.user.id, disabled: true } }, tokens.bandungAdmin))).toBe(
      "FORBIDDEN",
    );

    const wrong = await app.gql(ROLES, { input: { userId: c.user.id, roles: ["CITIZEN"] } }, tokens.admin);
    expect(wrong.data.setUserRoles.userErrors[0]).toMatchObject({ code: "INVALID", field: ["input", "roles"] });
    const adminId = toGlobalId("User", app.fx.users.admin.id);
    const self = await app.gql(ROLES, { input: { userId: adminId, roles: ["VERIFIER"] } }, tokens.admin);
    expect(self.data.setUserRoles.userErrors[0].code).toBe("SELF");
    for (const who of ["bandungAdmin", "verifier"] as const) {
      expect(code(await app.gql(ROLES, { input: { userId: c.user.id, roles: [] } }, tokens[who])), who).toBe(
        "FORBIDDEN",
      );
    }
    expect(code(await app.gql(ROLES, { input: { userId: c.user.id, roles: [] } }))).toBe("UNAUTHENTICATED");
  });
});

describe("national staff and the admins' user list", () => {
  const USERS = `query($filter: UserFilter, $first: Int, $after: String) { users(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name email roles disabled agency { id } } } } }`;
  // biome-ignore lint/suspicious/noExplicitAny: the helper reads any users() answer of these tests
  const names = (res: { data?: any }): string[] =>
    res.data.users.edges.map((e: { node: { name: string } }) => e.node.name);

  it("admins create verifiers and analysts without an agency; no one else may", async () => {
    const { tokens } = app.fx;
    const input = { name: "Sari Verifikator", email: "sari@aduan.id", role: "VERIFIER" };
    expect(code(await app.gql(CREATE, { input }, tokens.bandungAdmin))).toBe("FORBIDDEN");
    expect(code(await app.gql(CREATE, { input }, tokens.verifier))).toBe("FORBIDDEN");
    expect(code(await app.gql(CREATE, { input }))).toBe("UNAUTHENTICATED");
    const c = await createStaff(input, tokens.admin);
    expect(c.userErrors).toEqual([]);
    expect(c.user).toMatchObject({ name: "Sari Verifikator", roles: ["VERIFIER"], agency: null, disabled: false });
    const token = await signIn("sari@aduan.id", c.initialPassword);
    expect(code(await app.gql(AUDIT, {}, token))).toBeUndefined();
    // Agency roles need an agency, national roles none.
    const wrong = await createStaff({ name: "Op", email: "op@aduan.id", role: "AGENCY_OPERATOR" }, tokens.admin);
    expect(wrong.userErrors).toEqual([expect.objectContaining({ field: ["input", "role"] })]);
    const wrong2 = await createStaff(
      { name: "V", email: "v@aduan.id", role: "VERIFIER", agencyId: app.fx.agencies.bandung },
      tokens.admin,
    );
    expect(wrong2.userErrors).toEqual([expect.objectContaining({ field: ["input", "role"] })]);
  });

  it("lists accounts for admins only: by name, searched, filtered by role, agency and state, a page at a time", async () => {
    const { tokens, agencies } = app.fx;
    expect(code(await app.gql(USERS, {}, tokens.verifier))).toBe("FORBIDDEN");
    expect(code(await app.gql(USERS, {}, tokens.bandungAdmin))).toBe("FORBIDDEN");
    expect(code(await app.gql(USERS, {}))).toBe("UNAUTHENTICATED");

    const all = await app.gql(USERS, { first: 100 }, tokens.admin);
    const listed = names(all);
    expect(listed).toEqual([...listed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(all.data.users.totalCount).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(["Test admin", "Test citizen", "Test bandungOp"]));

    // Pages follow each other without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      // biome-ignore lint/suspicious/noExplicitAny: one page of the users() answer
      const page: { data?: any } = await app.gql(USERS, { first: 3, after }, tokens.admin);
      seen.push(...names(page));
      if (!page.data.users.pageInfo.hasNextPage) break;
      after = page.data.users.pageInfo.endCursor;
    }
    expect(seen).toEqual(listed);

    // Search is by substring of the name or email, case-insensitive; % and _ are plain characters.
    expect(names(await app.gql(USERS, { filter: { search: "BANDUNGop" } }, tokens.admin))).toEqual(["Test bandungOp"]);
    expect(names(await app.gql(USERS, { filter: { search: "@test.aduan" } }, tokens.admin)).length).toBeGreaterThan(5);
    expect(names(await app.gql(USERS, { filter: { search: "%" } }, tokens.admin))).toEqual([]);
    const roles = await app.gql(USERS, { filter: { roles: ["ANALYST", "VERIFIER"] } }, tokens.admin);
    for (const e of roles.data.users.edges)
      expect(e.node.roles.some((r: string) => r === "ANALYST" || r === "VERIFIER")).toBe(true);
    expect(names(roles)).toEqual(expect.arrayContaining(["Test analyst", "Test verifier"]));
    expect(names(roles)).not.toContain("Test admin");
    const ofAgency = await app.gql(USERS, { filter: { agencyId: agencies.kemenkes } }, tokens.admin);
    expect(names(ofAgency)).toEqual(expect.arrayContaining(["Test kemenkesAdmin", "Test kemenkesOp"]));
    for (const e of ofAgency.data.users.edges) expect(e.node.agency).toEqual({ id: agencies.kemenkes });

    const citizen2 = toGlobalId("User", app.fx.users.citizen2.id);
    await app.gql(DISABLE, { input: { userId: citizen2, disabled: true } }, tokens.admin);
    expect(names(await app.gql(USERS, { filter: { disabled: true } }, tokens.admin))).toEqual(["Test citizen2"]);
    expect(names(await app.gql(USERS, { filter: { disabled: false } }, tokens.admin))).not.toContain("Test citizen2");
    await app.gql(DISABLE, { input: { userId: citizen2, disabled: false } }, tokens.admin);

    const bad = await app.gql(USERS, { after: "bm90LWEtY3Vyc29y" }, tokens.admin);
    expect(code(bad)).toBe("BAD_USER_INPUT");
  });
});
