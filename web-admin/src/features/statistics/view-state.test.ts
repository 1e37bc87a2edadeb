import { describe, expect, it } from "vitest";
import { bucket } from "./fixtures";
import {
  type Bucket,
  defaultView,
  exploreVariables,
  filterErrors,
  type KeyLabeler,
  pivot,
  type StatsView,
  sortBuckets,
  splitOptions,
  statisticsFilter,
  toCsv,
  viewFromSearch,
  viewToSearch,
  withGroupBy,
} from "./view-state";

const NOW = new Date("2026-11-28T20:00:00Z"); // 29 November in Jakarta

const province = (code: string, name: string) => ({ __typename: "Region" as const, id: `r${code}`, code, name });
const label: KeyLabeler = (k, d) =>
  d === "PROVINCE" ? (k.province?.name ?? "?") : d === "KIND" ? (k.kind ?? "?") : (k.period ?? "?");

describe("statistics view state", () => {
  it("starts on the last twelve months (Jakarta calendar), reports by month", () => {
    const view = defaultView(NOW);
    expect(view.filters.from).toBe("2025-12-01");
    expect(exploreVariables(view)).toEqual({
      filter: { from: "2025-11-30T17:00:00.000Z" },
      groupBy: ["MONTH"],
    });
  });

  it("turns every filter and the grouping into the API's variables", () => {
    const view: StatsView = {
      filters: {
        from: "2026-01-01",
        to: "2026-03-31",
        kind: "COMPLAINT",
        categoryId: "Q2F0ZWdvcnk6MQ",
        regionCode: "32",
        agencyId: "QWdlbmN5OjE",
        channel: "SMS",
        status: "RESOLVED",
      },
      groupBy: "PROVINCE",
      splitBy: "KIND",
      metric: "slaCompliance",
    };
    expect(exploreVariables(view)).toEqual({
      filter: {
        from: "2025-12-31T17:00:00.000Z",
        // The "to" day is included whole: up to midnight WIB after it.
        to: "2026-03-31T17:00:00.000Z",
        kinds: ["COMPLAINT"],
        categoryIds: ["Q2F0ZWdvcnk6MQ"],
        regionCodes: ["32"],
        agencyIds: ["QWdlbmN5OjE"],
        channels: ["SMS"],
        statuses: ["RESOLVED"],
      },
      groupBy: ["PROVINCE", "KIND"],
    });
    expect(statisticsFilter({ ...view.filters, from: "", to: "", kind: "", channel: "", status: "" })).toEqual({
      categoryIds: ["Q2F0ZWdvcnk6MQ"],
      regionCodes: ["32"],
      agencyIds: ["QWdlbmN5OjE"],
    });
  });

  it("never asks for two time dimensions, nor the same one twice", () => {
    expect(splitOptions("MONTH")).not.toContain("WEEK");
    expect(splitOptions("MONTH")).not.toContain("MONTH");
    expect(splitOptions("KIND")).toContain("MONTH");
    const split: StatsView = { ...defaultView(NOW), groupBy: "KIND", splitBy: "MONTH" };
    expect(exploreVariables(split).groupBy).toEqual(["KIND", "MONTH"]);
    // Grouping by a time dimension drops a time split; a split equal to the grouping goes too.
    expect(withGroupBy(split, "WEEK").splitBy).toBe("");
    expect(withGroupBy({ ...split, splitBy: "CHANNEL" }, "PROVINCE").splitBy).toBe("CHANNEL");
    expect(withGroupBy({ ...split, splitBy: "CHANNEL" }, "CHANNEL").splitBy).toBe("");
    expect(exploreVariables({ ...split, groupBy: "DAY" }).groupBy).toEqual(["DAY"]);
  });

  it("flags an end date before the start date", () => {
    const filters = { ...defaultView(NOW).filters, from: "2026-05-02", to: "2026-05-01" };
    expect(filterErrors(filters)).toEqual({ to: "beforeFrom" });
    expect(filterErrors({ ...filters, to: "2026-05-02" })).toEqual({});
  });

  it("ranks by the measure (no value last) and keeps time in order", () => {
    const buckets = [
      bucket({ province: province("51", "Bali") }, { count: 5, slaCompliance: 0.5 }),
      bucket({ province: province("32", "Jawa Barat") }, { count: 9, slaCompliance: null }),
      bucket({ province: province("11", "Aceh") }, { count: 1, slaCompliance: 0.9 }),
    ];
    const names = (list: Bucket[]) => list.map((b) => b.key.province?.name);
    expect(names(sortBuckets(buckets, ["PROVINCE"], "count", label))).toEqual(["Jawa Barat", "Bali", "Aceh"]);
    expect(names(sortBuckets(buckets, ["PROVINCE"], "slaCompliance", label))).toEqual(["Aceh", "Bali", "Jawa Barat"]);
    const months = [
      bucket({ period: "2026-10-31T17:00:00.000Z" }, { count: 1 }),
      bucket({ period: "2026-09-30T17:00:00.000Z" }, { count: 7 }),
    ];
    expect(sortBuckets(months, ["MONTH"], "count", label).map((b) => b.key.period)).toEqual([
      "2026-09-30T17:00:00.000Z",
      "2026-10-31T17:00:00.000Z",
    ]);
  });

  it("pivots a split into series, the largest first, at most the limit", () => {
    const jan = "2025-12-31T17:00:00.000Z";
    const feb = "2026-01-31T17:00:00.000Z";
    const buckets = [
      bucket({ period: feb, kind: "COMPLAINT" }, { count: 4 }),
      bucket({ period: jan, kind: "COMPLAINT" }, { count: 6 }),
      bucket({ period: jan, kind: "SUGGESTION" }, { count: 2 }),
      bucket({ period: feb, kind: "WHISTLEBLOWING" }, { count: 1 }),
    ];
    const { rows, series } = pivot(buckets, "MONTH", "KIND", "count", label, 2);
    expect(series.map((s) => s.id)).toEqual(["COMPLAINT", "SUGGESTION"]);
    expect(rows).toEqual([
      { id: jan, label: jan, values: { COMPLAINT: 6, SUGGESTION: 2 } },
      { id: feb, label: feb, values: { COMPLAINT: 4 } },
    ]);
    const single = pivot(buckets.slice(0, 2), "MONTH", "", "count", label);
    expect(single.series).toEqual([{ id: "value", label: "" }]);
    expect(single.rows.map((r) => r.values.value)).toEqual([6, 4]);
  });

  it("writes RFC 4180 CSV a spreadsheet reads safely", () => {
    const csv = toCsv(
      [
        { header: "Instansi", value: (r: { name: string; share: number | null }) => r.name },
        { header: "Kepatuhan tenggat", value: (r) => r.share },
      ],
      [
        { name: 'Dinas "PU", Kota Bandung', share: 0.87654321 },
        { name: "=HYPERLINK(1)", share: null },
        { name: "Baris\nkedua", share: 1 },
      ],
    );
    expect(csv).toBe(
      '\uFEFFInstansi,Kepatuhan tenggat\r\n"Dinas ""PU"", Kota Bandung",0.8765\r\n\'=HYPERLINK(1),\r\n"Baris\nkedua",1\r\n',
    );
  });

  it("keeps a view in the address, only what differs from the default", () => {
    expect(viewToSearch(defaultView(NOW), NOW)).toBe("");
    const view: StatsView = {
      filters: { ...defaultView(NOW).filters, to: "2026-06-30", kind: "SUGGESTION", agencyId: "QWdlbmN5OjE=" },
      groupBy: "PROVINCE",
      splitBy: "CHANNEL",
      metric: "medianFirstResponseHours",
    };
    const search = viewToSearch(view, NOW);
    expect(search).toBe(
      "sampai=2026-06-30&jenis=SUGGESTION&instansi=QWdlbmN5OjE%3D&kelompok=PROVINCE&pisah=CHANNEL&ukuran=medianFirstResponseHours",
    );
    expect(viewFromSearch(`?${search}`, NOW)).toEqual(view);
    // An open start is said too (the default starts twelve months back).
    expect(
      viewFromSearch(viewToSearch({ ...view, filters: { ...view.filters, from: "" } }, NOW), NOW).filters.from,
    ).toBe("");
  });

  it("ignores what an address says wrongly", () => {
    const view = viewFromSearch("dari=kemarin&jenis=GOSSIP&kelompok=MONTH&pisah=WEEK&ukuran=pi&wilayah=<b>", NOW);
    expect(view).toEqual(defaultView(NOW));
  });
});
