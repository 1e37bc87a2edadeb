import { Toaster } from "@aduan/ui/components";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { applyQueueUpdate, VerificationQueue } from "./components/verification-queue";
import {
  QUEUE_PAGE_SIZE,
  ReportViewersSubscription,
  SimilarReportsQuery,
  VerificationQueueQuery,
  VerificationQueueUpdatesSubscription,
  VerifyCategoriesQuery,
  ViewReportMutation,
} from "./graphql";

const NOW = new Date("2026-11-28T03:00:00.000Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function report(n: number, overrides: object = {}) {
  return {
    __typename: "Report" as const,
    id: `UmVwb3J0OjU${n}`,
    trackingId: `ADU-4F8R-2KP${n}`,
    title: `Pungutan liar saat mengurus KTP (${n})`,
    body: "Petugas kelurahan meminta uang Rp50.000 untuk mempercepat KTP.",
    kind: "COMPLAINT" as const,
    status: "SUBMITTED" as const,
    channel: "WEB" as const,
    createdAt: "2026-11-24T01:30:00.000Z",
    dueAt: "2026-11-30T03:00:00.000Z",
    overdue: false,
    anonymous: false,
    confidential: false,
    category: { __typename: "Category" as const, id: "Q2F0ZWdvcnk6OQ", name: "Administrasi kependudukan" },
    region: { __typename: "Region" as const, id: "UmVnaW9uOjM1Ljc4", code: "35.78", name: "Kota Surabaya" },
    ...overrides,
  };
}

function page(nodes: ReturnType<typeof report>[], { totalCount = nodes.length, hasNextPage = false } = {}) {
  return {
    data: {
      __typename: "Query" as const,
      reports: {
        __typename: "ReportConnection" as const,
        totalCount,
        pageInfo: {
          __typename: "PageInfo" as const,
          hasNextPage,
          endCursor: nodes.length ? `cursor-${nodes.at(-1)?.id}` : null,
        },
        edges: nodes.map((node) => ({ __typename: "ReportEdge" as const, cursor: `cursor-${node.id}`, node })),
      },
    },
  };
}

const firstPage = { query: VerificationQueueQuery, variables: { first: QUEUE_PAGE_SIZE } };

describe("VerificationQueue", () => {
  it("lists waiting reports oldest first with countdowns and privacy badges", async () => {
    renderWithProviders(<VerificationQueue />, {
      mocks: [
        {
          request: firstPage,
          result: page([
            // Deadlines end at 23:59:59 WIB of their day: Wednesday 25 November, and Wednesday 2 December.
            report(1, { overdue: true, dueAt: "2026-11-25T16:59:59.999Z", anonymous: true, confidential: true }),
            report(2, { kind: "INFORMATION_REQUEST", channel: "SMS", dueAt: "2026-12-02T16:59:59.999Z" }),
          ]),
        },
      ],
    });
    const table = await screen.findByRole("table", { name: "Laporan yang menunggu verifikasi" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(screen.getByText("2 laporan menunggu")).toBeTruthy();
    const first = within(rows[0]);
    expect(first.getByText("Pungutan liar saat mengurus KTP (1)")).toBeTruthy();
    expect(first.getByText("Anonim")).toBeTruthy();
    expect(first.getByText("Rahasia")).toBeTruthy();
    // In working days, as the API counts them (the weekend is not counted), once the holidays have loaded.
    expect(await first.findByText("Terlambat 2 hari kerja")).toBeTruthy();
    expect(rows[1].textContent).toContain("Permintaan informasi");
    expect(rows[1].textContent).toContain("3 hari kerja lagi");
    expect(rows[1].textContent).toContain("SMS");
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

  it("adds a report that arrives live at the end of the queue, with a quiet notice", async () => {
    renderWithProviders(
      <>
        <VerificationQueue />
        <Toaster label="Pemberitahuan" />
      </>,
      {
        mocks: [
          { request: firstPage, result: page([report(1)]) },
          {
            request: { query: VerificationQueueUpdatesSubscription },
            result: { data: { verificationQueueUpdates: report(7, { createdAt: "2026-11-28T02:59:00.000Z" }) } },
            delay: 300,
          },
        ],
      },
    );
    await screen.findByRole("table");
    expect(await screen.findByText("Laporan baru masuk antrean: ADU-4F8R-2KP7")).toBeTruthy();
    await vi.waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(3));
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows[1].textContent).toContain("Pungutan liar saat mengurus KTP (7)");
    expect(screen.getByText("2 laporan menunggu")).toBeTruthy();
  });

  it("lists an arrival apart when later pages are not loaded yet", async () => {
    renderWithProviders(<VerificationQueue />, {
      mocks: [
        { request: firstPage, result: page([report(1)], { totalCount: 60, hasNextPage: true }) },
        {
          request: { query: VerificationQueueUpdatesSubscription },
          result: { data: { verificationQueueUpdates: report(7) } },
          delay: 300,
        },
      ],
    });
    await screen.findByRole("table");
    expect(await screen.findByRole("heading", { name: "Laporan baru di luar halaman yang dimuat (1)" })).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Buka ADU-4F8R-2KP7: Pungutan liar saat mengurus KTP (7)" }),
    ).toBeTruthy();
    expect(screen.getAllByRole("row")).toHaveLength(2);
    expect(screen.getByText("61 laporan menunggu")).toBeTruthy();
  });

  it("opens a report with Enter on its row and goes back with Escape", async () => {
    const opened = report(1);
    renderWithProviders(<VerificationQueue />, {
      mocks: [
        { request: firstPage, result: page([opened, report(2)]) },
        { request: { query: VerifyCategoriesQuery }, result: { data: { categories: [] } }, maxUsageCount: 5 },
        {
          request: {
            query: SimilarReportsQuery,
            variables: { text: opened.title, regionCode: "35.78", first: 6 },
          },
          result: { data: { similarReports: [] } },
        },
        {
          request: { query: ViewReportMutation, variables: { input: { reportId: opened.id } } },
          result: { data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } },
        },
        {
          request: { query: ReportViewersSubscription, variables: { reportId: opened.id } },
          result: { data: undefined },
          delay: Infinity,
        },
      ],
    });
    await screen.findByRole("table");
    const row = screen.getAllByRole("row")[1];
    row.focus();
    fireEvent.keyDown(row, { key: "j" });
    expect(document.activeElement).toBe(screen.getAllByRole("row")[2]);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "k" });
    await act(async () => fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Enter" }));
    const heading = await screen.findByRole("heading", { level: 2, name: "Pungutan liar saat mengurus KTP (1)" });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole("form", { name: "Verifikasi dan disposisi" })).toBeTruthy();
    await act(async () => fireEvent.keyDown(heading, { key: "Escape" }));
    expect(screen.queryByRole("form", { name: "Verifikasi dan disposisi" })).toBeNull();
  });
});

describe("applyQueueUpdate", () => {
  const loaded = page([report(1), report(2)]).data;

  it("removes a report that left the queue", () => {
    const next = applyQueueUpdate(loaded, report(1, { status: "DISPOSED" }));
    expect(next.reports.edges.map((edge) => edge.node.trackingId)).toEqual(["ADU-4F8R-2KP2"]);
    expect(next.reports.totalCount).toBe(1);
  });

  it("ignores reports it never showed leaving, and replaces known ones in place", () => {
    expect(applyQueueUpdate(loaded, report(9, { status: "REJECTED" }))).toBe(loaded);
    const next = applyQueueUpdate(loaded, report(1, { title: "Judul baru" }));
    expect(next.reports.edges.map((edge) => edge.node.title)).toEqual([
      "Judul baru",
      "Pungutan liar saat mengurus KTP (2)",
    ]);
    expect(next.reports.totalCount).toBe(2);
  });

  it("leaves a new arrival to 'load more' when later pages are not loaded yet", () => {
    const partial = page([report(1)], { totalCount: 60, hasNextPage: true }).data;
    const next = applyQueueUpdate(partial, report(3));
    expect(next.reports.edges).toHaveLength(1);
    expect(next.reports.totalCount).toBe(61);
  });
});
