import { describe, expect, it } from "vitest";
import type { PublicStatisticsQuery } from "./gql/graphql";
import {
  agencyRows,
  headline,
  jakartaMonth,
  kindSeries,
  monthSeries,
  periodStart,
  provinceSeries,
  sortAgencyRows,
} from "./shape";

const stats = "Statistics" as const;
const bucket = "StatisticsBucket" as const;
const key = "StatisticsKey" as const;

describe("periods on the Jakarta calendar", () => {
  it("starts the last 12 months at 00:00 WIB on the 1st, 11 months back", () => {
    expect(periodStart(12, new Date("2026-11-28T05:00:00Z")).toISOString()).toBe("2025-11-30T17:00:00.000Z");
    // 20:00 UTC on 31 Dec is already January in Jakarta.
    expect(periodStart(1, new Date("2026-12-31T20:00:00Z")).toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(jakartaMonth("2026-10-31T17:00:00.000Z")).toBe("2026-11");
  });

  it("fills the months the API leaves out with zeros, oldest first, up to the current month", () => {
    const now = new Date("2026-11-28T05:00:00Z");
    const from = periodStart(3, now);
    const points = monthSeries(
      {
        __typename: stats,
        buckets: [
          {
            __typename: bucket,
            key: { __typename: key, period: "2026-10-31T17:00:00.000Z" },
            count: 7,
            resolvedCount: 2,
          },
          {
            __typename: bucket,
            key: { __typename: key, period: "2026-08-31T17:00:00.000Z" },
            count: 4,
            resolvedCount: 4,
          },
        ],
      },
      from,
      now,
    );
    expect(points.map((p) => [p.month, p.count, p.resolved])).toEqual([
      ["2026-09", 4, 4],
      ["2026-10", 0, 0],
      ["2026-11", 7, 2],
    ]);
    expect(points[1].start).toBe("2026-09-30T17:00:00.000Z");
  });
});

describe("headline", () => {
  it("gives confirmed and auto-closed as shares of the resolved reports", () => {
    const result = headline({
      __typename: stats,
      total: 200,
      buckets: [
        {
          __typename: bucket,
          count: 210, // a report handled by two agencies counts once in total
          resolvedCount: 80,
          confirmedCount: 60,
          autoClosedCount: 20,
          medianFirstResponseHours: 5.5,
        },
      ],
    });
    expect(result).toEqual({
      reports: 200,
      resolved: 80,
      confirmedShare: 0.75,
      autoClosedShare: 0.25,
      medianFirstResponseHours: 5.5,
    });
  });

  it("has no shares when nothing was resolved (and survives an empty answer)", () => {
    expect(headline({ __typename: stats, total: 0, buckets: [] })).toEqual({
      reports: 0,
      resolved: 0,
      confirmedShare: null,
      autoClosedShare: null,
      medianFirstResponseHours: null,
    });
  });
});

describe("series", () => {
  it("ranks kinds by count and drops empty ones", () => {
    const points = kindSeries({
      __typename: stats,
      buckets: [
        { __typename: bucket, key: { __typename: key, kind: "SUGGESTION" }, count: 3 },
        { __typename: bucket, key: { __typename: key, kind: "COMPLAINT" }, count: 12 },
        { __typename: bucket, key: { __typename: key, kind: "WHISTLEBLOWING" }, count: 0 },
      ],
    });
    expect(points).toEqual([
      { kind: "COMPLAINT", count: 12 },
      { kind: "SUGGESTION", count: 3 },
    ]);
  });

  const byProvince: PublicStatisticsQuery["byProvince"] = {
    __typename: stats,
    buckets: [
      {
        __typename: bucket,
        key: { __typename: key, province: region("32", "Jawa Barat") },
        count: 40,
        resolvedCount: 10,
      },
      { __typename: bucket, key: { __typename: key, province: region("51", "Bali") }, count: 8, resolvedCount: 6 },
      { __typename: bucket, key: { __typename: key, province: null }, count: 99, resolvedCount: 0 },
      {
        __typename: bucket,
        key: { __typename: key, province: region("31", "DKI Jakarta") },
        count: 40,
        resolvedCount: 30,
      },
    ],
  };

  it("ranks provinces by count or by resolution rate, leaving out reports without a region", () => {
    expect(provinceSeries(byProvince).map((p) => p.name)).toEqual(["DKI Jakarta", "Jawa Barat", "Bali"]);
    const byRate = provinceSeries(byProvince, "resolutionRate");
    expect(byRate.map((p) => [p.name, p.resolutionRate])).toEqual([
      ["DKI Jakarta", 0.75], // ties: more reports first
      ["Bali", 0.75],
      ["Jawa Barat", 0.25],
    ]);
  });
});

function region(code: string, name: string) {
  return { __typename: "Region" as const, id: `r${code}`, code, name };
}

describe("agency league", () => {
  const rows = agencyRows({
    __typename: stats,
    buckets: [
      agency("a", "Kementerian Kesehatan", 30, 0.9, 120),
      agency("b", "Pemerintah Kota Bandung", 6, 0.6, 45),
      agency("c", "Badan Pertanahan Nasional", null, null, 31),
      agency("d", "Kementerian Agama", 12, 0.9, 60),
    ],
  });

  it("keeps the figures the table needs", () => {
    expect(rows[0]).toEqual({
      id: "a",
      name: "Kementerian Kesehatan",
      medianFirstResponseHours: 30,
      slaCompliance: 0.9,
      sample: 120,
    });
  });

  it("sorts by any column, ties by name, missing values last in either direction", () => {
    const names = (key: Parameters<typeof sortAgencyRows>[1]) => sortAgencyRows(rows, key).map((r) => r.id);
    expect(names({ key: "slaCompliance", direction: "descending" })).toEqual(["d", "a", "b", "c"]);
    expect(names({ key: "slaCompliance", direction: "ascending" })).toEqual(["b", "d", "a", "c"]);
    expect(names({ key: "medianFirstResponseHours", direction: "ascending" })).toEqual(["b", "d", "a", "c"]);
    expect(names({ key: "sample", direction: "descending" })).toEqual(["a", "d", "b", "c"]);
    expect(names({ key: "name", direction: "ascending" })).toEqual(["c", "d", "a", "b"]);
  });
});

function agency(id: string, name: string, hours: number | null, sla: number | null, sample: number) {
  return {
    __typename: bucket,
    key: { __typename: key, agency: { __typename: "Agency" as const, id, name } },
    medianFirstResponseHours: hours,
    slaCompliance: sla,
    dispositionCount: sample,
  };
}
