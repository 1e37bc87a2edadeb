import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { VerificationQueue } from "./components/verification-queue";
import { QUEUE_PAGE_SIZE, VerificationQueueQuery } from "./graphql";

afterEach(cleanup);

function report(n: number, overrides: object = {}) {
  return {
    __typename: "Report" as const,
    id: `UmVwb3J0OjU${n}`,
    trackingId: `ADU-4F8R-2KP${n}`,
    title: `Pungutan liar saat mengurus KTP (${n})`,
    kind: "COMPLAINT" as const,
    channel: "WEB" as const,
    createdAt: "2026-11-24T01:30:00.000Z",
    dueAt: "2026-11-27T10:00:00.000Z",
    overdue: false,
    anonymous: false,
    confidential: false,
    category: { __typename: "Category" as const, id: "Q2F0ZWdvcnk6OQ", name: "Administrasi kependudukan" },
    region: { __typename: "Region" as const, id: "UmVnaW9uOjM1Ljc4", name: "Kota Surabaya" },
    ...overrides,
  };
}

function page(nodes: ReturnType<typeof report>[], { totalCount = nodes.length, hasNextPage = false } = {}) {
  return {
    data: {
      reports: {
        __typename: "ReportConnection",
        totalCount,
        pageInfo: {
          __typename: "PageInfo",
          hasNextPage,
          endCursor: nodes.length ? `cursor-${nodes.at(-1)?.id}` : null,
        },
        edges: nodes.map((node) => ({ __typename: "ReportEdge", cursor: `cursor-${node.id}`, node })),
      },
    },
  };
}

const firstPage = { query: VerificationQueueQuery, variables: { first: QUEUE_PAGE_SIZE } };

describe("VerificationQueue", () => {
  it("shows waiting reports with kind, channel, dates and privacy badges", async () => {
    renderWithProviders(<VerificationQueue />, {
      mocks: [
        {
          request: firstPage,
          result: page(
            [
              report(1, { overdue: true, kind: "WHISTLEBLOWING", channel: "SMS", anonymous: true, confidential: true }),
              report(2, { kind: "INFORMATION_REQUEST" }),
            ],
            { totalCount: 2 },
          ),
        },
      ],
    });
    const items = await screen.findAllByRole("listitem");
    expect(screen.getByText("2 laporan menunggu")).toBeTruthy();
    const urgent = within(items[0]);
    expect(urgent.getByRole("heading", { name: "Pungutan liar saat mengurus KTP (1)" })).toBeTruthy();
    expect(urgent.getByText("Pelaporan pelanggaran")).toBeTruthy();
    expect(urgent.getByText("Anonim")).toBeTruthy();
    expect(urgent.getByText("Rahasia")).toBeTruthy();
    expect(urgent.getByText("Terlambat")).toBeTruthy();
    expect(urgent.getByText("Tenggat 27 Nov 2026")).toBeTruthy();
    expect(items[0].textContent).toContain("Masuk 24 Nov 2026, 08.30 lewat SMS");
    const second = within(items[1]);
    expect(second.getByText("Permintaan informasi")).toBeTruthy();
    expect(second.queryByText("Anonim")).toBeNull();
    expect(second.queryByText("Terlambat")).toBeNull();
    expect(items[1].textContent).toContain("lewat Situs web");
  });

  it("says when the queue is empty", async () => {
    renderWithProviders(<VerificationQueue />, { mocks: [{ request: firstPage, result: page([]) }] });
    expect(await screen.findByText("Tidak ada laporan yang menunggu verifikasi.")).toBeTruthy();
  });

  it("explains a failed load and retries", async () => {
    renderWithProviders(<VerificationQueue />, {
      mocks: [
        { request: firstPage, error: new TypeError("Failed to fetch") },
        { request: firstPage, result: page([report(1)]) },
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Antrean verifikasi tidak dapat dimuat.");
    await act(async () => fireEvent.click(within(alert).getByRole("button", { name: "Coba lagi" })));
    expect(await screen.findByText("Pungutan liar saat mengurus KTP (1)")).toBeTruthy();
  });

  it("loads the next page", async () => {
    const first = page([report(1)], { totalCount: 2, hasNextPage: true });
    renderWithProviders(<VerificationQueue />, {
      mocks: [
        { request: firstPage, result: first },
        {
          request: {
            query: VerificationQueueQuery,
            variables: { first: QUEUE_PAGE_SIZE, after: first.data.reports.pageInfo.endCursor },
          },
          result: page([report(2)], { totalCount: 2 }),
        },
      ],
    });
    const more = await screen.findByRole("button", { name: "Muat lebih banyak" });
    await act(async () => fireEvent.click(more));
    expect(await screen.findByText("Pungutan liar saat mengurus KTP (2)")).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });
});
