import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useSearch } from "wouter";
import BrowsePage from "../../pages/browse-page";
import { renderWithProviders } from "../../test/render";
import { PUBLIC_REPORTS_PAGE_SIZE, PublicReportsQuery } from "../public-reports/graphql";
import { BrowseOptionsQuery, RegenciesQuery } from "./graphql";

afterEach(cleanup);

const options = {
  request: { query: BrowseOptionsQuery },
  result: {
    data: {
      categories: [
        {
          __typename: "Category",
          id: "Q2F0ZWdvcnk6MQ",
          name: "Infrastruktur",
          children: [{ __typename: "Category", id: "Q2F0ZWdvcnk6Mg", name: "Jalan" }],
        },
      ],
      regions: [
        { __typename: "Region", id: "UmVnaW9uOjMx", code: "31", name: "DKI Jakarta" },
        { __typename: "Region", id: "UmVnaW9uOjMy", code: "32", name: "Jawa Barat" },
      ],
    },
  },
};

const regencies = {
  request: { query: RegenciesQuery, variables: { province: "32" } },
  result: {
    data: { regions: [{ __typename: "Region", id: "UmVnaW9uOjMyLjcz", code: "32.73", name: "Kota Bandung" }] },
  },
};

function reports(variables: object, titles: string[]) {
  return {
    request: { query: PublicReportsQuery, variables: { first: PUBLIC_REPORTS_PAGE_SIZE, ...variables } },
    result: {
      data: {
        reports: {
          __typename: "ReportConnection",
          totalCount: titles.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: titles.map((title, i) => ({
            __typename: "ReportEdge",
            cursor: `c${i}`,
            node: {
              __typename: "Report",
              id: `UmVwb3J0Oj${i}${title.length}`,
              trackingId: `ADU-7K3M-9QX${i}`,
              title,
              status: "RESOLVED",
              createdAt: "2026-11-20T03:15:00.000Z",
              supportCount: 3,
              category: null,
              region: null,
              agencies: [],
            },
          })),
        },
      },
    },
  };
}

/** The address's query string, as the page left it. */
function Address() {
  return <output data-testid="address">{useSearch()}</output>;
}

const address = () => screen.getByTestId("address").textContent;

describe("BrowsePage", () => {
  it("opens a shared link with its filters chosen and the list filtered", async () => {
    renderWithProviders(
      <>
        <BrowsePage />
        <Address />
      </>,
      {
        path: "/laporan?jenis=COMPLAINT&provinsi=32&kabupaten=32.73&urut=dukungan",
        mocks: [
          options,
          regencies,
          reports(
            {
              filter: { kinds: ["COMPLAINT"], regionCodes: ["32.73"] },
              orderBy: { field: "SUPPORT_COUNT", direction: "DESC" },
            },
            ["Jalan berlubang di Jl. Merdeka"],
          ),
        ],
      },
    );
    expect(await screen.findByText("Jalan berlubang di Jl. Merdeka")).toBeTruthy();
    expect((screen.getByLabelText("Jenis laporan") as HTMLSelectElement).value).toBe("COMPLAINT");
    expect((screen.getByLabelText("Urutkan") as HTMLSelectElement).value).toBe("supported");
    await screen.findByRole("option", { name: "Kota Bandung" });
    expect((screen.getByLabelText("Provinsi") as HTMLSelectElement).value).toBe("32");
    expect((screen.getByLabelText("Kabupaten/kota") as HTMLSelectElement).value).toBe("32.73");
    expect(screen.getByText("2 filter aktif")).toBeTruthy();
    // The report opens on its public page.
    expect(screen.getByRole("link", { name: "Jalan berlubang di Jl. Merdeka" }).getAttribute("href")).toBe(
      "/laporan/ADU-7K3M-9QX0",
    );
  });

  it("puts each change in the address and shows the list it names", async () => {
    renderWithProviders(
      <>
        <BrowsePage />
        <Address />
      </>,
      {
        path: "/laporan",
        mocks: [
          options,
          reports({}, ["Semua laporan"]),
          reports({ filter: { statuses: ["RESOLVED"] } }, ["Laporan selesai"]),
          reports({ filter: { statuses: ["RESOLVED"], search: "banjir" } }, ["Banjir di Dayeuhkolot"]),
          reports({}, ["Semua laporan"]),
        ],
      },
    );
    expect(await screen.findByText("Semua laporan")).toBeTruthy();
    expect(address()).toBe("");
    expect(screen.queryByRole("button", { name: "Hapus semua filter" })).toBeNull();

    await act(async () => fireEvent.change(screen.getByLabelText("Status"), { target: { value: "RESOLVED" } }));
    expect(address()).toBe("status=RESOLVED");
    expect(await screen.findByText("Laporan selesai")).toBeTruthy();

    // Search words apply when the form is sent, not at every keystroke.
    fireEvent.change(screen.getByLabelText("Cari"), { target: { value: " banjir " } });
    expect(address()).toBe("status=RESOLVED");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Cari" })));
    expect(address()).toBe("cari=banjir&status=RESOLVED");
    expect(await screen.findByText("Banjir di Dayeuhkolot")).toBeTruthy();

    const filters = screen.getByRole("form", { name: "Saring laporan" });
    await act(async () => fireEvent.click(within(filters).getByRole("button", { name: "Hapus semua filter" })));
    expect(address()).toBe("");
    expect((screen.getByLabelText("Cari") as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("");
    expect(await screen.findByText("Semua laporan")).toBeTruthy();
  });
});
