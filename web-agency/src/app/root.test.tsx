import { SessionLogInMutation, SessionLogOutMutation } from "@aduan/graphql-client/session";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AgencyInboxQuery, InboxCategoriesQuery, InboxRegionsQuery, inboxVariables } from "../features/inbox/graphql";
import { ReplyTemplatesQuery } from "../features/templates/graphql";
import { renderWithProviders, SESSION_KEY } from "../test/render";
import { Root } from "./root";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const user = (roles: string[]) => ({
  __typename: "User",
  id: "VXNlcjox",
  name: "Sari Wulandari",
  email: "sari@dinkes.go.id",
  roles,
  agency: { __typename: "Agency", id: "QWdlbmN5OjQ", name: "Dinas Kesehatan Kota Bandung" },
});
const credentials = { email: "sari@dinkes.go.id", password: "kata-sandi-rahasia" };
const emptyInbox = {
  request: { query: AgencyInboxQuery, variables: inboxVariables("new") },
  result: {
    data: {
      dispositions: {
        __typename: "DispositionConnection",
        totalCount: 0,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};

async function signIn() {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: credentials.email } });
  fireEvent.change(screen.getByLabelText("Kata sandi"), { target: { value: credentials.password } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Masuk" })));
}

describe("agency portal", () => {
  it("signs an operator in to the inbox and out again", async () => {
    renderWithProviders(<Root />, {
      mocks: [
        {
          request: { query: SessionLogInMutation, variables: { input: credentials } },
          result: {
            data: {
              logIn: { __typename: "AuthPayload", token: "token-1", user: user(["AGENCY_OPERATOR"]), userErrors: [] },
            },
          },
        },
        emptyInbox,
        { request: { query: InboxCategoriesQuery }, result: { data: { categories: [] } } },
        { request: { query: InboxRegionsQuery, variables: {} }, result: { data: { regions: [] } } },
        {
          request: { query: SessionLogOutMutation },
          result: { data: { logOut: { __typename: "LogOutPayload", ok: true } } },
        },
      ],
    });
    expect(screen.getByRole("heading", { name: "Masuk ke Portal Instansi" })).toBeTruthy();
    await signIn();
    expect(await screen.findByRole("heading", { name: "Kotak masuk disposisi" })).toBeTruthy();
    expect(await screen.findByText("Tidak ada disposisi baru.")).toBeTruthy();
    expect(screen.getByText("Sari Wulandari")).toBeTruthy();
    expect(localStorage.getItem(SESSION_KEY)).toBe("token-1");
    // Admin-only pages are not offered to an operator.
    const nav = screen.getByRole("navigation", { name: "Menu portal" });
    expect(within(nav).getByRole("link", { name: "Dasbor" })).toBeTruthy();
    expect(within(nav).queryByRole("link", { name: "Templat balasan" })).toBeNull();
    expect(within(nav).queryByRole("link", { name: "Petugas" })).toBeNull();
    expect(within(nav).queryByRole("link", { name: "Unit kerja" })).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Keluar" })));
    expect(await screen.findByRole("heading", { name: "Masuk ke Portal Instansi" })).toBeTruthy();
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it("offers an agency admin the templates, staff and units pages", async () => {
    renderWithProviders(<Root />, {
      mocks: [
        {
          request: { query: SessionLogInMutation, variables: { input: credentials } },
          result: {
            data: {
              logIn: { __typename: "AuthPayload", token: "token-3", user: user(["AGENCY_ADMIN"]), userErrors: [] },
            },
          },
        },
        emptyInbox,
        { request: { query: InboxCategoriesQuery }, result: { data: { categories: [] } } },
        { request: { query: InboxRegionsQuery, variables: {} }, result: { data: { regions: [] } } },
        { request: { query: ReplyTemplatesQuery }, result: { data: { messageTemplates: [] } } },
      ],
    });
    await signIn();
    const nav = await screen.findByRole("navigation", { name: "Menu portal" });
    expect(within(nav).getByRole("link", { name: "Petugas" })).toBeTruthy();
    expect(within(nav).getByRole("link", { name: "Unit kerja" })).toBeTruthy();
    await act(async () => fireEvent.click(within(nav).getByRole("link", { name: "Templat balasan" })));
    expect(await screen.findByRole("heading", { level: 1, name: "Templat balasan" })).toBeTruthy();
    expect(await screen.findByText("Belum ada templat balasan.")).toBeTruthy();
  });

  it("turns away an account without an agency role", async () => {
    renderWithProviders(<Root />, {
      mocks: [
        {
          request: { query: SessionLogInMutation, variables: { input: credentials } },
          result: {
            data: {
              logIn: {
                __typename: "AuthPayload",
                token: "token-2",
                user: { ...user(["VERIFIER"]), agency: null },
                userErrors: [],
              },
            },
          },
        },
        {
          request: { query: SessionLogOutMutation },
          result: { data: { logOut: { __typename: "LogOutPayload", ok: true } } },
        },
      ],
    });
    await signIn();
    expect((await screen.findByRole("alert")).textContent).toBe("Akun ini tidak memiliki akses ke portal ini.");
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it("tells a person whose password is wrong", async () => {
    renderWithProviders(<Root />, {
      mocks: [
        {
          request: { query: SessionLogInMutation, variables: { input: credentials } },
          result: {
            data: {
              logIn: {
                __typename: "AuthPayload",
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
              },
            },
          },
        },
      ],
    });
    await signIn();
    expect((await screen.findByRole("alert")).textContent).toBe("Email atau kata sandi salah.");
  });
});
