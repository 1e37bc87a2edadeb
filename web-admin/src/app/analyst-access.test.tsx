import { SessionLogInMutation, SessionLogOutMutation } from "@aduan/graphql-client/session";
import { act, cleanup, configure, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  StatisticsExploreQuery,
  StatisticsOptionsQuery,
  StatisticsOverviewQuery,
} from "../features/statistics/graphql";
import { defaultView, exploreVariables } from "../features/statistics/view-state";
import { QUEUE_PAGE_SIZE, VerificationQueueQuery } from "../features/verification/graphql";
import { renderWithProviders } from "../test/render";
import { Root } from "./root";

beforeEach(() => localStorage.clear());
afterEach(cleanup);
beforeAll(() => {
  // The pages load lazily (the statistics page with its charting library): slow on a busy machine.
  configure({ asyncUtilTimeout: 8000 });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const user = (roles: string[]) => ({
  __typename: "User",
  id: "VXNlcjo5",
  name: "Dimas Prasetyo",
  email: "analis@aduan.id",
  roles,
  agency: null,
});
const credentials = { email: "analis@aduan.id", password: "kata-sandi-rahasia" };
const logIn = (roles: string[]) => ({
  request: { query: SessionLogInMutation, variables: { input: credentials } },
  result: { data: { logIn: { __typename: "AuthPayload", token: "token-9", user: user(roles), userErrors: [] } } },
});

const empty = { __typename: "Statistics", total: 0, buckets: [] };
const { filter, groupBy } = exploreVariables(defaultView(new Date()));
const statistics = [
  {
    request: { query: StatisticsOptionsQuery },
    result: { data: { categories: [], regions: [], agencies: { __typename: "AgencyConnection", edges: [] } } },
  },
  {
    request: { query: StatisticsOverviewQuery, variables: { filter } },
    result: {
      data: { totals: empty, byProvince: { ...empty, total: undefined }, byAgency: { ...empty, total: undefined } },
    },
  },
  {
    request: { query: StatisticsExploreQuery, variables: { filter, groupBy } },
    result: { data: { statistics: empty } },
  },
];
const emptyQueue = {
  request: { query: VerificationQueueQuery, variables: { first: QUEUE_PAGE_SIZE } },
  result: {
    data: {
      reports: {
        __typename: "ReportConnection",
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

describe("who may use the portal", { timeout: 30_000 }, () => {
  it("lets an analyst in to the statistics only", async () => {
    renderWithProviders(<Root />, { mocks: [logIn(["ANALYST"]), ...statistics] });
    await signIn();
    expect(await screen.findByRole("heading", { name: "Statistik nasional" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Menu portal" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Statistik"]);
    expect(screen.queryByText("Antrean verifikasi")).toBeNull();
  });

  it("shows an analyst no desk page even by its address", async () => {
    localStorage.setItem("aduan.admin.test-session", "token-9");
    const { SessionViewerQuery } = await import("@aduan/graphql-client/session");
    renderWithProviders(<Root />, {
      path: "/returned",
      mocks: [{ request: { query: SessionViewerQuery }, result: { data: { viewer: user(["ANALYST"]) } } }],
    });
    expect(await screen.findByRole("heading", { name: "Halaman tidak ditemukan" })).toBeTruthy();
  });

  it("gives verifiers the oversight pages, and admins the outbox too", async () => {
    renderWithProviders(<Root />, { mocks: [logIn(["VERIFIER"]), emptyQueue] });
    await signIn();
    await screen.findByRole("heading", { name: "Antrean verifikasi" });
    const links = () =>
      within(screen.getByRole("navigation", { name: "Menu portal" }))
        .getAllByRole("link")
        .map((link) => link.textContent);
    expect(links()).toEqual(["Antrean verifikasi", "Log audit", "Dikembalikan", "Disposisi terlambat", "Statistik"]);
    cleanup();
    localStorage.clear();
    renderWithProviders(<Root />, { mocks: [logIn(["ADMIN"]), emptyQueue] });
    await signIn();
    await screen.findByRole("heading", { name: "Antrean verifikasi" });
    expect(links()).toContain("Kotak keluar");
  });

  it("turns away other staff", async () => {
    renderWithProviders(<Root />, {
      mocks: [
        logIn(["AGENCY_OPERATOR"]),
        {
          request: { query: SessionLogOutMutation },
          result: { data: { logOut: { __typename: "LogOutPayload", ok: true } } },
        },
      ],
    });
    await signIn();
    expect((await screen.findByRole("alert")).textContent).toContain("Akun ini tidak memiliki akses ke portal ini.");
    expect(screen.getByRole("heading", { name: "Masuk ke Portal Verifikasi" })).toBeTruthy();
    expect(localStorage.getItem("aduan.admin.test-session")).toBeNull();
  });
});
