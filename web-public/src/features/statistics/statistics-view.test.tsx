import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { AgencyTable } from "./components/agency-table";
import { StatisticsView } from "./components/statistics-view";
import type { StatsFormat } from "./format";
import { PublicStatisticsQuery } from "./graphql";
import type { AgencyRow } from "./shape";

afterEach(cleanup);
beforeAll(() => {
  // jsdom has no layout: the charts measure nothing and draw nothing, the tables are what is tested.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const NOW = new Date("2026-11-28T05:00:00Z");
const variables = { filter: { from: "2025-11-30T17:00:00.000Z" } };
const S = "Statistics" as const;
const B = "StatisticsBucket" as const;
const K = "StatisticsKey" as const;

const data = {
  totals: {
    __typename: S,
    total: 1234,
    buckets: [
      {
        __typename: B,
        count: 1240,
        resolvedCount: 400,
        confirmedCount: 300,
        autoClosedCount: 100,
        medianFirstResponseHours: 30.25,
      },
    ],
  },
  byKind: {
    __typename: S,
    buckets: [
      { __typename: B, key: { __typename: K, kind: "SUGGESTION" as const }, count: 234 },
      { __typename: B, key: { __typename: K, kind: "COMPLAINT" as const }, count: 1000 },
    ],
  },
  byMonth: {
    __typename: S,
    buckets: [
      { __typename: B, key: { __typename: K, period: "2026-10-31T17:00:00.000Z" }, count: 1234, resolvedCount: 400 },
    ],
  },
  byProvince: {
    __typename: S,
    buckets: [
      {
        __typename: B,
        key: { __typename: K, province: { __typename: "Region" as const, id: "r51", code: "51", name: "Bali" } },
        count: 34,
        resolvedCount: 17,
      },
      {
        __typename: B,
        key: { __typename: K, province: { __typename: "Region" as const, id: "r32", code: "32", name: "Jawa Barat" } },
        count: 1200,
        resolvedCount: 383,
      },
    ],
  },
  byAgency: {
    __typename: S,
    buckets: [
      {
        __typename: B,
        key: { __typename: K, agency: { __typename: "Agency" as const, id: "a1", name: "Kementerian Kesehatan" } },
        dispositionCount: 1500,
        medianFirstResponseHours: 72,
        slaCompliance: 0.8,
      },
    ],
  },
};

describe("StatisticsView", () => {
  it("shows the totals and each chart's figures as tables, in Indonesian formatting", async () => {
    renderWithProviders(<StatisticsView now={() => NOW} />, {
      mocks: [{ request: { query: PublicStatisticsQuery, variables }, result: { data } }],
    });
    expect(screen.getByRole("status").textContent).toContain("Memuat statistik");
    await screen.findByRole("heading", { name: "Ringkasan" });

    const tile = (label: string) => screen.getByText(label, { selector: "dt" }).parentElement?.textContent;
    expect(tile("Laporan masuk")).toContain("1.234");
    expect(tile("Selesai")).toContain("400");
    expect(tile("Dikonfirmasi pelapor")).toContain("75%");
    expect(tile("Ditutup otomatis")).toContain("25%");
    expect(tile("Median tanggapan pertama")).toContain("30,3 jam");

    const kinds = screen.getByRole("table", { name: "Data grafik: Jenis laporan" });
    expect(
      within(kinds)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual(["JenisLaporan", "Pengaduan1.000", "Aspirasi234"]);

    const trend = screen.getByRole("table", { name: "Data grafik: Tren bulanan" });
    const months = within(trend).getAllByRole("row");
    expect(months).toHaveLength(13); // header + 12 months, the empty ones at zero
    expect(months[1].textContent).toBe("Desember 202500");
    expect(months[12].textContent).toBe("November 20261.234400");

    const provinces = screen.getByRole("table", { name: "Data grafik: Laporan per provinsi" });
    expect(within(provinces).getAllByRole("row")[1].textContent).toBe("Jawa Barat1.20038332%");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tingkat penyelesaian" })));
    const reranked = screen.getByRole("table", { name: "Data grafik: Laporan per provinsi" });
    expect(within(reranked).getAllByRole("row")[1].textContent).toBe("Bali341750%");

    const league = screen.getByRole("table", { name: "Tabel kinerja instansi" });
    expect(within(league).getByRole("row", { name: /Kementerian Kesehatan/ }).textContent).toBe(
      "Kementerian Kesehatan3 hari80%1.500",
    );
  });

  it("asks again for another period", async () => {
    renderWithProviders(<StatisticsView now={() => NOW} />, {
      mocks: [
        { request: { query: PublicStatisticsQuery, variables }, result: { data } },
        {
          request: { query: PublicStatisticsQuery, variables: { filter: { from: "2026-08-31T17:00:00.000Z" } } },
          result: { data: { ...data, totals: { ...data.totals, total: 0 } } },
        },
      ],
    });
    await screen.findByRole("heading", { name: "Ringkasan" });
    expect(screen.getByRole("button", { name: "12 bulan terakhir" }).getAttribute("aria-pressed")).toBe("true");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "3 bulan terakhir" })));
    expect(await screen.findByText("Belum ada laporan pada periode ini.")).toBeTruthy();
    expect(screen.getByText("Sejak September 2026")).toBeTruthy();
  });

  it("says when the statistics cannot be loaded, with a retry", async () => {
    renderWithProviders(<StatisticsView now={() => NOW} />, {
      mocks: [{ request: { query: PublicStatisticsQuery, variables }, error: new TypeError("Failed to fetch") }],
    });
    const alert = await screen.findByText("Statistik tidak dapat dimuat.");
    expect(alert).toBeTruthy();
    expect(screen.getByRole("button", { name: "Coba lagi" })).toBeTruthy();
  });
});

const format: StatsFormat = {
  number: (n) => String(n),
  percent: (s) => `${Math.round(s * 100)}%`,
  duration: (h) => `${h} h`,
  month: (iso) => iso,
  monthLong: (iso) => iso,
};

describe("AgencyTable", () => {
  const rows: AgencyRow[] = [
    { id: "a", name: "Kementerian Kesehatan", medianFirstResponseHours: 30, slaCompliance: 0.9, sample: 120 },
    { id: "b", name: "Pemerintah Kota Bandung", medianFirstResponseHours: 6, slaCompliance: 0.6, sample: 45 },
    { id: "c", name: "Badan Pertanahan Nasional", medianFirstResponseHours: null, slaCompliance: null, sample: 31 },
  ];
  const order = () =>
    screen
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getByRole("rowheader").textContent);
  const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(name) });

  it("ranks by on-time share first, and re-sorts by the column a reader picks (again to reverse)", async () => {
    renderWithProviders(<AgencyTable rows={rows} format={format} />);
    const table = screen.getByRole("table", { name: "Tabel kinerja instansi" });
    expect(table.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(table.getAttribute("aria-describedby") ?? "")?.textContent).toContain(
      "sedikitnya 30 disposisi",
    );
    expect(screen.getByRole("region", { name: "Tabel kinerja instansi" }).tabIndex).toBe(0);
    expect(order()).toEqual(["Kementerian Kesehatan", "Pemerintah Kota Bandung", "Badan Pertanahan Nasional"]);
    expect(header("Tepat waktu").getAttribute("aria-sort")).toBe("descending");
    expect(screen.getAllByText("Belum ada data")).toHaveLength(2);

    await act(async () => fireEvent.click(screen.getByRole("button", { name: /Median tanggapan pertama/ })));
    expect(order()).toEqual(["Pemerintah Kota Bandung", "Kementerian Kesehatan", "Badan Pertanahan Nasional"]);
    expect(header("Median tanggapan pertama").getAttribute("aria-sort")).toBe("ascending");
    expect(header("Tepat waktu").getAttribute("aria-sort")).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: /Instansi/ })));
    expect(order()).toEqual(["Badan Pertanahan Nasional", "Kementerian Kesehatan", "Pemerintah Kota Bandung"]);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /Instansi/ })));
    expect(order()).toEqual(["Pemerintah Kota Bandung", "Kementerian Kesehatan", "Badan Pertanahan Nasional"]);
    expect(header("Instansi").getAttribute("aria-sort")).toBe("descending");
  });

  it("explains an empty league", () => {
    renderWithProviders(<AgencyTable rows={[]} format={format} />);
    expect(screen.getByText("Belum ada instansi dengan sedikitnya 30 disposisi pada periode ini.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
