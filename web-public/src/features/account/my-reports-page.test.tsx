import { SessionLogOutMutation, SessionViewerQuery } from "@aduan/graphql-client/session";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import MyReportsPage from "../../pages/my-reports-page";
import { renderWithProviders } from "../../test/render";
import { PUBLIC_REPORTS_PAGE_SIZE, PublicReportsQuery } from "../public-reports/graphql";
import { publicTokens } from "./tokens";

afterEach(() => {
  cleanup();
  publicTokens.set(null);
  localStorage.clear();
});

const viewer = {
  request: { query: SessionViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: "User",
        id: "VXNlcjo5",
        name: "Dewi Lestari",
        email: "dewi@contoh.id",
        roles: ["CITIZEN"],
        agency: null,
      },
    },
  },
};

const mine = {
  request: { query: PublicReportsQuery, variables: { first: PUBLIC_REPORTS_PAGE_SIZE, filter: { mine: true } } },
  result: {
    data: {
      reports: {
        __typename: "ReportConnection",
        totalCount: 1,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "c1" },
        edges: [
          {
            __typename: "ReportEdge",
            cursor: "c1",
            node: {
              __typename: "Report",
              id: "UmVwb3J0Ojk5",
              trackingId: "ADU-BDNR-6N6F",
              title: "Sampah menumpuk di taman kota",
              status: "SUBMITTED",
              createdAt: "2026-12-05T02:00:00.000Z",
              supportCount: 0,
              category: null,
              region: null,
              agencies: [],
            },
          },
        ],
      },
    },
  },
};

describe("MyReportsPage", () => {
  it("lists the signed-in citizen's reports, each opening its tracking page, and signs out", async () => {
    publicTokens.set("citizen-token");
    renderWithProviders(<MyReportsPage />, {
      path: "/laporan-saya",
      mocks: [
        viewer,
        mine,
        {
          request: { query: SessionLogOutMutation },
          result: { data: { logOut: { __typename: "LogOutPayload", ok: true } } },
        },
      ],
    });
    const link = await screen.findByRole("link", { name: "Sampah menumpuk di taman kota" });
    expect(link.getAttribute("href")).toBe("/track/ADU-BDNR-6N6F");
    expect(screen.getByText("Masuk sebagai Dewi Lestari")).toBeTruthy();
    expect(screen.getByText("Menunggu verifikasi")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Keluar" })));
    expect(await screen.findByText("Masuk untuk melihat laporan Anda.")).toBeTruthy();
    expect(publicTokens.get()).toBeNull();
    expect(screen.queryByText("Sampah menumpuk di taman kota")).toBeNull();
  });

  it("asks someone signed out to sign in, coming back here", () => {
    renderWithProviders(<MyReportsPage />, { path: "/laporan-saya" });
    expect(screen.getByText("Masuk untuk melihat laporan Anda.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Masuk" }).getAttribute("href")).toBe("/masuk?kembali=%2Flaporan-saya");
  });
});
