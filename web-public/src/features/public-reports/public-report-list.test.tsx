import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { PublicReportList } from "./components/public-report-list";
import { PUBLIC_REPORTS_PAGE_SIZE, PublicReportsQuery } from "./graphql";

afterEach(cleanup);

function report(n: number, overrides: object = {}) {
  return {
    __typename: "Report" as const,
    id: `UmVwb3J0OjE${n}`,
    trackingId: `ADU-7K3M-9QX${n}`,
    title: `Jalan berlubang di Jl. Merdeka no. ${n}`,
    status: "IN_PROGRESS" as const,
    createdAt: "2026-11-20T03:15:00.000Z",
    supportCount: 12,
    category: { __typename: "Category" as const, id: "Q2F0ZWdvcnk6Mw", name: "Infrastruktur" },
    region: { __typename: "Region" as const, id: "UmVnaW9uOjMyLjcz", name: "Kota Bandung" },
    agencies: [{ __typename: "Agency" as const, id: "QWdlbmN5OjQ", name: "Dinas Pekerjaan Umum Kota Bandung" }],
    ...overrides,
  };
}

function page(nodes: ReturnType<typeof report>[], { totalCount = nodes.length, hasNextPage = false } = {}) {
  const endCursor = nodes.length ? `cursor-${nodes.at(-1)?.id}` : null;
  return {
    data: {
      reports: {
        __typename: "ReportConnection",
        totalCount,
        pageInfo: { __typename: "PageInfo", hasNextPage, endCursor },
        edges: nodes.map((node) => ({ __typename: "ReportEdge", cursor: `cursor-${node.id}`, node })),
      },
    },
  };
}

const firstPage = { query: PublicReportsQuery, variables: { first: PUBLIC_REPORTS_PAGE_SIZE } };

describe("PublicReportList", () => {
  it("shows the latest public reports", async () => {
    renderWithProviders(<PublicReportList />, {
      mocks: [
        {
          request: firstPage,
          result: page([report(1), report(2, { title: null, supportCount: 1, agencies: [] })], { totalCount: 1234 }),
        },
      ],
    });
    expect(screen.getByRole("status").textContent).toBe("Memuat…");
    const items = await screen.findAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(screen.getByText("1.234 laporan")).toBeTruthy();
    const first = within(items[0]);
    expect(first.getByRole("heading", { name: "Jalan berlubang di Jl. Merdeka no. 1" })).toBeTruthy();
    expect(first.getByText("Sedang ditindaklanjuti")).toBeTruthy();
    expect(first.getByText("ADU-7K3M-9QX1")).toBeTruthy();
    expect(first.getByText("Infrastruktur · Kota Bandung")).toBeTruthy();
    expect(first.getByText("Ditangani oleh Dinas Pekerjaan Umum Kota Bandung")).toBeTruthy();
    expect(items[0].textContent).toContain("Dikirim 20 Nov 2026 · 12 dukungan");
    expect(within(items[1]).getByRole("heading", { name: "Isi laporan dirahasiakan" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Muat lebih banyak" })).toBeNull();
  });

  it("says so when there are no public reports yet", async () => {
    renderWithProviders(<PublicReportList />, { mocks: [{ request: firstPage, result: page([]) }] });
    expect(await screen.findByText("Belum ada laporan publik.")).toBeTruthy();
    expect(screen.getByText("0 laporan")).toBeTruthy();
  });

  it("explains a failed load and retries", async () => {
    renderWithProviders(<PublicReportList />, {
      mocks: [
        { request: firstPage, error: new TypeError("Failed to fetch") },
        { request: firstPage, result: page([report(1)]) },
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Laporan publik tidak dapat dimuat.");
    expect(alert.textContent).toContain("Tidak dapat terhubung ke server.");
    await act(async () => fireEvent.click(within(alert).getByRole("button", { name: "Coba lagi" })));
    expect(await screen.findByText("Jalan berlubang di Jl. Merdeka no. 1")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("appends the next page", async () => {
    const first = page([report(1), report(2)], { totalCount: 3, hasNextPage: true });
    renderWithProviders(<PublicReportList />, {
      mocks: [
        { request: firstPage, result: first },
        {
          request: {
            query: PublicReportsQuery,
            variables: { first: PUBLIC_REPORTS_PAGE_SIZE, after: first.data.reports.pageInfo.endCursor },
          },
          result: page([report(3)], { totalCount: 3 }),
        },
      ],
    });
    const more = await screen.findByRole("button", { name: "Muat lebih banyak" });
    await act(async () => fireEvent.click(more));
    expect(await screen.findByText("Jalan berlubang di Jl. Merdeka no. 3")).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "Muat lebih banyak" })).toBeNull();
  });
});
