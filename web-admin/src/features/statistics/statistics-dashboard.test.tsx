import { act, cleanup, configure, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { StatisticsDashboard } from "./components/statistics-dashboard";
import { bucket } from "./fixtures";
import { StatisticsExploreQuery, StatisticsOptionsQuery, StatisticsOverviewQuery } from "./graphql";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  // The dashboard keeps its view in the address: each test starts from a clean one.
  window.history.replaceState(null, "", "/");
});
beforeAll(() => {
  // The charts make these renders slow on a busy machine: wait longer for what they show.
  configure({ asyncUtilTimeout: 5000 });
  // jsdom has no layout: the charts measure and draw nothing; their tables and state are what is tested.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const NOW = new Date("2026-11-28T05:00:00Z");
const FROM = "2025-11-30T17:00:00.000Z";

const stats = (buckets: object[], total?: number) => ({
  __typename: "Statistics" as const,
  ...(total == null ? {} : { total }),
  buckets,
});
const region = (code: string, name: string) => ({ __typename: "Region" as const, id: `r${code}`, code, name });
const agency = (id: string, name: string) => ({ __typename: "Agency" as const, id, name });

const options = {
  request: { query: StatisticsOptionsQuery },
  result: {
    data: {
      categories: [{ __typename: "Category", id: "Q2F0OjE", name: "Infrastruktur", children: [] }],
      regions: [region("32", "Jawa Barat"), region("51", "Bali")],
      agencies: {
        __typename: "AgencyConnection",
        edges: [{ __typename: "AgencyEdge", cursor: "a1", node: agency("QWc6MQ", "Pemerintah Provinsi Jawa Barat") }],
      },
    },
  },
};

const overview = (filter: object) => ({
  request: { query: StatisticsOverviewQuery, variables: { filter } },
  result: {
    data: {
      totals: stats(
        [bucket({}, { count: 120, resolvedCount: 80, medianFirstResponseHours: 30, slaCompliance: 0.75 })],
        120,
      ),
      byProvince: stats([
        bucket({ province: region("51", "Bali") }, { count: 20, resolvedCount: 15 }),
        bucket({ province: region("32", "Jawa Barat") }, { count: 100, resolvedCount: 65 }),
      ]),
      byAgency: stats([
        bucket(
          { agency: agency("QWc6MQ", "Pemerintah Provinsi Jawa Barat") },
          { dispositionCount: 40, medianFirstResponseHours: 52, slaCompliance: 0.6 },
        ),
        bucket(
          { agency: agency("QWc6Mg", "Pemerintah Provinsi Bali") },
          { dispositionCount: 35, medianFirstResponseHours: 10, slaCompliance: 0.9 },
        ),
      ]),
    },
  },
});

const explore = (filter: object, groupBy: string[], buckets: object[]) => ({
  request: { query: StatisticsExploreQuery, variables: { filter, groupBy } },
  result: { data: { statistics: stats(buckets, 120) } },
});

const byMonth = explore(
  { from: FROM },
  ["MONTH"],
  [
    bucket({ period: "2026-10-31T17:00:00.000Z" }, { count: 70 }),
    bucket({ period: "2026-09-30T17:00:00.000Z" }, { count: 50 }),
  ],
);

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
}

describe("StatisticsDashboard", { timeout: 20_000 }, () => {
  it("shows the headline, the explorer by month, provinces ranked and the agency league", async () => {
    const { container } = renderWithProviders(<StatisticsDashboard now={NOW} />, {
      mocks: [options, overview({ from: FROM }), byMonth],
    });
    expect(await screen.findByText("120")).toBeTruthy();
    expect(screen.getByText("75%")).toBeTruthy();
    expect(screen.getByText("30 jam")).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Angka penjelajah" });
    expect(rowsOf(table).map((cells) => cells.slice(0, 2))).toEqual([
      ["Okt 2026", "50"],
      ["Nov 2026", "70"],
    ]);
    expect(container.querySelector('[data-chart="line"]')).toBeTruthy();
    expect(container.querySelector('[data-chart="province"]')).toBeTruthy();
    const league = screen.getByRole("table", { name: "Klasemen instansi" });
    // Best deadline compliance first.
    expect(rowsOf(league).map((cells) => cells.slice(0, 3))).toEqual([
      ["Pemerintah Provinsi Bali", "90%", "10 jam"],
      ["Pemerintah Provinsi Jawa Barat", "60%", "2,2 hari"],
    ]);
    fireEvent.click(within(league).getByRole("button", { name: /Median tanggapan pertama/ }));
    expect(rowsOf(league)[0][0]).toBe("Pemerintah Provinsi Bali");
    fireEvent.click(within(league).getByRole("button", { name: /Median tanggapan pertama/ }));
    expect(rowsOf(league)[0][0]).toBe("Pemerintah Provinsi Jawa Barat");
  });

  it("asks for the chosen grouping, split and filters", async () => {
    const filter = { from: FROM, kinds: ["COMPLAINT"], regionCodes: ["32"] };
    renderWithProviders(<StatisticsDashboard now={NOW} />, {
      mocks: [
        options,
        overview({ from: FROM }),
        byMonth,
        overview({ from: FROM, kinds: ["COMPLAINT"] }),
        explore({ from: FROM, kinds: ["COMPLAINT"] }, ["MONTH"], []),
        overview(filter),
        explore(filter, ["MONTH"], []),
        explore(
          filter,
          ["CHANNEL"],
          [bucket({ channel: "SMS" }, { count: 3 }), bucket({ channel: "WEB" }, { count: 9 })],
        ),
        explore(
          filter,
          ["CHANNEL", "MONTH"],
          [bucket({ channel: "SMS", period: "2026-10-31T17:00:00.000Z" }, { count: 3 })],
        ),
      ],
    });
    await screen.findByRole("table", { name: "Angka penjelajah" });
    fireEvent.change(screen.getByLabelText("Jenis laporan"), { target: { value: "COMPLAINT" } });
    await screen.findByText("Tidak ada laporan yang cocok dengan saringan.");
    await screen.findByRole("option", { name: "Jawa Barat" });
    fireEvent.change(screen.getByLabelText("Provinsi"), { target: { value: "32" } });
    expect(screen.getByText("Saringan statistik · 2 saringan aktif")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Kelompokkan menurut"), { target: { value: "CHANNEL" } });
    const table = await screen.findByRole("table", { name: "Angka penjelajah" });
    expect(rowsOf(table).map((cells) => cells.slice(0, 2))).toEqual([
      ["Situs web", "9"],
      ["SMS", "3"],
    ]);
    fireEvent.change(screen.getByLabelText("Pisahkan menurut"), { target: { value: "MONTH" } });
    await vi.waitFor(() =>
      expect(rowsOf(screen.getByRole("table", { name: "Angka penjelajah" }))[0].slice(0, 3)).toEqual([
        "SMS",
        "Nov 2026",
        "3",
      ]),
    );
  });

  it("says when the end date is before the start and asks nothing", async () => {
    renderWithProviders(<StatisticsDashboard now={NOW} />, { mocks: [options, overview({ from: FROM }), byMonth] });
    await screen.findByRole("table", { name: "Angka penjelajah" });
    fireEvent.change(screen.getByLabelText("Sampai tanggal"), { target: { value: "2025-01-01" } });
    expect(screen.getByText("Tanggal akhir harus sesudah tanggal awal.")).toBeTruthy();
    expect(screen.getByLabelText("Sampai tanggal").getAttribute("aria-invalid")).toBe("true");
  });

  it("downloads the view as CSV", async () => {
    const files: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      files.push(blob as Blob);
      return "blob:stats";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe("statistik-provinsi-2025-12-01_kini.csv");
    });
    renderWithProviders(<StatisticsDashboard now={NOW} />, { mocks: [options, overview({ from: FROM }), byMonth] });
    const button = await screen.findByRole("button", { name: "Unduh CSV peringkat provinsi" });
    await act(async () => fireEvent.click(button));
    expect(clicks).toHaveBeenCalledTimes(1);
    const text = await files[0].text();
    expect(text.replace("\uFEFF", "").split("\r\n")).toEqual([
      "Provinsi,Jumlah laporan,Selesai,Median tanggapan pertama,Kepatuhan tenggat",
      "Jawa Barat,100,65,,",
      "Bali,20,15,,",
      "",
    ]);
  });

  it("opens the view the address names and keeps the address up to date", async () => {
    window.history.replaceState(null, "", "/statistics?kelompok=CHANNEL&jenis=COMPLAINT");
    renderWithProviders(<StatisticsDashboard now={NOW} />, {
      mocks: [
        options,
        overview({ from: FROM, kinds: ["COMPLAINT"] }),
        explore({ from: FROM, kinds: ["COMPLAINT"] }, ["CHANNEL"], [bucket({ channel: "SMS" }, { count: 3 })]),
        explore({ from: FROM, kinds: ["COMPLAINT"] }, ["CHANNEL", "KIND"], []),
      ],
    });
    const table = await screen.findByRole("table", { name: "Angka penjelajah" });
    expect(rowsOf(table)[0].slice(0, 2)).toEqual(["SMS", "3"]);
    expect((screen.getByLabelText("Jenis laporan") as HTMLSelectElement).value).toBe("COMPLAINT");
    fireEvent.change(screen.getByLabelText("Pisahkan menurut"), { target: { value: "KIND" } });
    await vi.waitFor(() => expect(window.location.search).toBe("?jenis=COMPLAINT&kelompok=CHANNEL&pisah=KIND"));
    expect(window.location.pathname).toBe("/statistics");
  });
});
