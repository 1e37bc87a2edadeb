import { MockedProvider } from "@apollo/client/testing/react";
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCache } from "../cache";
import { SessionLogInMutation, SessionLogOutMutation, SessionViewerQuery } from "./documents";
import { type Session, SessionProvider, type SessionState, useSession } from "./session";
import { createTokenStore, type TokenStore } from "./token-store";

const KEY = "aduan.test.session";
const operator = {
  __typename: "User" as const,
  id: "VXNlcjox",
  name: "Sari Wulandari",
  email: "sari@dinkes.go.id",
  roles: ["AGENCY_OPERATOR" as const],
  agency: { __typename: "Agency" as const, id: "QWdlbmN5OjE", name: "Dinas Kesehatan" },
};
const citizen = { ...operator, id: "VXNlcjoy", name: "Budi", roles: ["CITIZEN" as const], agency: null };
const credentials = { email: "sari@dinkes.go.id", password: "kata-sandi-rahasia" };
const logInMock = (data: object) => ({
  request: { query: SessionLogInMutation, variables: { input: credentials } },
  result: { data: { logIn: { __typename: "AuthPayload", userErrors: [], ...data } } },
});

function describeState(state: SessionState) {
  if (state.status === "signedIn") return `signed in: ${state.user.name}`;
  if (state.status === "signedOut") return `signed out: ${state.reason ?? "-"}`;
  return state.status;
}

let session: Session;
function Probe() {
  session = useSession();
  return <p data-testid="state">{describeState(session.state)}</p>;
}

function renderSession(tokens: TokenStore, mocks: ReadonlyArray<object>) {
  return render(
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      <SessionProvider tokens={tokens} allowedRoles={["AGENCY_ADMIN", "AGENCY_OPERATOR"]}>
        <Probe />
      </SessionProvider>
    </MockedProvider>,
  );
}

const shown = () => screen.getByTestId("state").textContent;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("SessionProvider", () => {
  it("signs in a user with an allowed role and keeps the token", async () => {
    const tokens = createTokenStore(KEY);
    renderSession(tokens, [logInMock({ token: "token-1", user: operator })]);
    expect(shown()).toBe("signed out: -");
    let failure: unknown;
    await act(async () => {
      failure = await session.signIn(credentials);
    });
    expect(failure).toBeNull();
    expect(shown()).toBe("signed in: Sari Wulandari");
    expect(localStorage.getItem(KEY)).toBe("token-1");
  });

  it("passes on the API's user error", async () => {
    const tokens = createTokenStore(KEY);
    const invalid = {
      token: null,
      user: null,
      userErrors: [
        {
          __typename: "UserError",
          code: "INVALID_CREDENTIALS",
          message: "Email or password is wrong",
          field: ["email"],
        },
      ],
    };
    renderSession(tokens, [logInMock(invalid)]);
    let failure: unknown;
    await act(async () => {
      failure = await session.signIn(credentials);
    });
    expect(failure).toEqual({ code: "INVALID_CREDENTIALS", message: "Email or password is wrong" });
    expect(tokens.get()).toBeNull();
  });

  it("refuses an account without an allowed role and revokes its new token", async () => {
    const tokens = createTokenStore(KEY);
    const revoked = vi.fn(() => ({ data: { logOut: { __typename: "LogOutPayload", ok: true } } }));
    renderSession(tokens, [
      logInMock({ token: "citizen-token", user: citizen }),
      { request: { query: SessionLogOutMutation }, result: revoked },
    ]);
    let failure: unknown;
    await act(async () => {
      failure = await session.signIn(credentials);
    });
    expect(failure).toEqual({ code: "NO_ACCESS" });
    expect(revoked).toHaveBeenCalledTimes(1);
    expect(tokens.get()).toBeNull();
    expect(shown()).toBe("signed out: -");
  });

  it("resumes a stored session", async () => {
    localStorage.setItem(KEY, "stored-token");
    const tokens = createTokenStore(KEY);
    renderSession(tokens, [{ request: { query: SessionViewerQuery }, result: { data: { viewer: operator } } }]);
    expect(shown()).toBe("checking");
    expect(await screen.findByText("signed in: Sari Wulandari")).toBeTruthy();
  });

  it("ends a session the API no longer accepts", async () => {
    localStorage.setItem(KEY, "expired-token");
    const tokens = createTokenStore(KEY);
    renderSession(tokens, [
      {
        request: { query: SessionViewerQuery },
        result: { errors: [{ message: "Session expired or revoked", extensions: { code: "UNAUTHENTICATED" } }] },
      },
    ]);
    expect(await screen.findByText("signed out: SESSION_EXPIRED")).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("says the API is unavailable instead of dropping a stored session", async () => {
    localStorage.setItem(KEY, "stored-token");
    const tokens = createTokenStore(KEY);
    renderSession(tokens, [{ request: { query: SessionViewerQuery }, error: new TypeError("Failed to fetch") }]);
    expect(await screen.findByText("unavailable")).toBeTruthy();
    expect(tokens.get()).toBe("stored-token");
  });

  it("signs out: revokes the token and forgets it", async () => {
    localStorage.setItem(KEY, "stored-token");
    const tokens = createTokenStore(KEY);
    const revoked = vi.fn(() => ({ data: { logOut: { __typename: "LogOutPayload", ok: true } } }));
    renderSession(tokens, [
      { request: { query: SessionViewerQuery }, result: { data: { viewer: operator } } },
      { request: { query: SessionLogOutMutation }, result: revoked },
    ]);
    await screen.findByText("signed in: Sari Wulandari");
    await act(() => session.signOut());
    expect(revoked).toHaveBeenCalledTimes(1);
    expect(shown()).toBe("signed out: -");
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
