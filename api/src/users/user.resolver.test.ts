import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";

const app = useTestApp();

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id name email roles } userErrors { field message code } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { token user { id roles agency { name } } userErrors { field message code } } }`;

describe("accounts and tokens", () => {
  it("signs up a citizen, logs in, and a revoked token stops working", async () => {
    const up = await app.gql(SIGN_UP, {
      input: {
        name: "Wulan Sari",
        email: "Wulan@Example.ID",
        password: "rahasia-panjang-sekali",
        phone: "+62 813 2222 3333",
      },
    });
    expect(up.data.signUp.userErrors).toEqual([]);
    expect(up.data.signUp.user).toMatchObject({ name: "Wulan Sari", email: "wulan@example.id", roles: ["CITIZEN"] });
    const me = await app.gql(`{ viewer { name email roles } }`, {}, up.data.signUp.token);
    expect(me.data.viewer).toEqual({ name: "Wulan Sari", email: "wulan@example.id", roles: ["CITIZEN"] });
    // The phone is stored sealed.
    const [row] = await app.orm.em
      .fork()
      .execute<{ phone_sealed: string }[]>("select phone_sealed from app_user where email = 'wulan@example.id'");
    expect(row.phone_sealed).toMatch(/^v1\./);
    expect(row.phone_sealed).not.toContain("2222");

    const again = await app.gql(SIGN_UP, {
      input: { name: "Other", email: "wulan@example.id", password: "another-long-password" },
    });
    expect(again.data.signUp.userErrors[0]).toMatchObject({ code: "EMAIL_TAKEN", field: ["email"] });

    const wrong = await app.gql(LOG_IN, { input: { email: "wulan@example.id", password: "nope-nope-nope" } });
    expect(wrong.data.logIn).toMatchObject({ token: null, userErrors: [{ code: "INVALID_CREDENTIALS" }] });
    const unknown = await app.gql(LOG_IN, { input: { email: "nobody@example.id", password: "nope-nope-nope" } });
    expect(unknown.data.logIn.userErrors[0].message).toBe(wrong.data.logIn.userErrors[0].message);

    const ok = await app.gql(LOG_IN, { input: { email: "WULAN@example.id", password: "rahasia-panjang-sekali" } });
    const token = ok.data.logIn.token;
    expect(token).toBeTruthy();
    expect((await app.gql(`mutation { logOut { ok } }`, {}, token)).data.logOut.ok).toBe(true);
    const after = await app.gql(`{ viewer { id } }`, {}, token);
    expect(after.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses weak or malformed sign-ups with field errors", async () => {
    const res = await app.gql(SIGN_UP, { input: { name: " ", email: "no-at-sign", password: "short" } });
    const fields = res.data.signUp.userErrors.map((e: { field: string[] }) => e.field.join("."));
    expect(fields).toEqual(expect.arrayContaining(["input.name", "input.email", "input.password"]));
    expect(res.data.signUp.token).toBeNull();
  });

  it("staff log in with their agency; other users' emails stay private", async () => {
    const staff = await app.gql(LOG_IN, {
      input: { email: "bandungop@test.aduan.id", password: "correct horse battery" },
    });
    expect(staff.data.logIn.user).toMatchObject({
      roles: ["AGENCY_OPERATOR"],
      agency: { name: "Pemerintah Kota Bandung" },
    });
    const other = await app.gql(
      `query($id: ID!) { node(id: $id) { ... on User { email } } }`,
      { id: staff.data.logIn.user.id },
      app.fx.tokens.citizen,
    );
    expect(other.data.node).toBeNull();
    const byAdmin = await app.gql(
      `query($id: ID!) { node(id: $id) { ... on User { email } } }`,
      { id: staff.data.logIn.user.id },
      app.fx.tokens.admin,
    );
    expect(byAdmin.data.node.email).toBe("bandungop@test.aduan.id");
  });
});
