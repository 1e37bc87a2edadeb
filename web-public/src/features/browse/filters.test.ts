import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  lastListHref,
  NO_FILTERS,
  parseFilters,
  rememberList,
  serializeFilters,
  toReportVariables,
  withFilter,
} from "./filters";

describe("browse filters in the address", () => {
  it("reads every filter from the query string", () => {
    const filters = parseFilters(
      "?cari=jalan+rusak&jenis=COMPLAINT&kategori=Q2F0ZWdvcnk6Mw&provinsi=32&kabupaten=32.73&status=RESOLVED&urut=dukungan",
    );
    expect(filters).toEqual({
      search: "jalan rusak",
      kind: "COMPLAINT",
      categoryId: "Q2F0ZWdvcnk6Mw",
      province: "32",
      regency: "32.73",
      status: "RESOLVED",
      sort: "supported",
    });
  });

  it("reads nothing from an empty address", () => {
    expect(parseFilters("")).toEqual(NO_FILTERS);
    expect(serializeFilters(NO_FILTERS)).toBe("");
  });

  it("round-trips: what is written is read back the same", () => {
    const filters = {
      ...NO_FILTERS,
      search: "lampu & jalan",
      kind: "SUGGESTION" as const,
      province: "31",
      regency: "31.71",
      sort: "supported" as const,
    };
    const query = serializeFilters(filters);
    expect(query).toBe("cari=lampu+%26+jalan&jenis=SUGGESTION&provinsi=31&kabupaten=31.71&urut=dukungan");
    expect(parseFilters(query)).toEqual(filters);
  });

  it("ignores unknown or malformed values instead of sending them to the API", () => {
    expect(parseFilters("jenis=BOGUS&status=SUBMITTED&provinsi=3&kabupaten=32-73&urut=oldest&kategori=<x>")).toEqual(
      NO_FILTERS,
    );
  });

  it("keeps a regency only within its province, and finds the province of a lone regency", () => {
    expect(parseFilters("provinsi=31&kabupaten=32.73")).toMatchObject({ province: "31", regency: null });
    expect(parseFilters("kabupaten=32.73")).toMatchObject({ province: "32", regency: "32.73" });
  });

  it("trims the search and keeps it within the API's 200 characters", () => {
    expect(parseFilters(`cari=${"a".repeat(250)}`).search).toHaveLength(200);
    expect(parseFilters("cari=++").search).toBe("");
  });
});

describe("changing a filter", () => {
  it("clears the regency when the province changes", () => {
    const filters = { ...NO_FILTERS, province: "32", regency: "32.73" };
    expect(withFilter(filters, "province", "31")).toMatchObject({ province: "31", regency: null });
    expect(withFilter(filters, "kind", "COMPLAINT")).toMatchObject({ province: "32", regency: "32.73" });
  });

  it("counts the filters that narrow the list, not the order", () => {
    expect(activeFilterCount({ ...NO_FILTERS, sort: "supported" })).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, kind: "COMPLAINT", province: "32", regency: "32.73", search: "x" })).toBe(
      3,
    );
  });
});

describe("the reports query's variables", () => {
  it("sends nothing for the defaults (the API's newest first)", () => {
    expect(toReportVariables(NO_FILTERS)).toEqual({});
  });

  it("sends the most specific region, the kind, category, status, search and the order", () => {
    expect(
      toReportVariables({
        kind: "COMPLAINT",
        categoryId: "Q2F0ZWdvcnk6Mw",
        province: "32",
        regency: "32.73",
        status: "IN_PROGRESS",
        search: " banjir ",
        sort: "supported",
      }),
    ).toEqual({
      filter: {
        kinds: ["COMPLAINT"],
        categoryIds: ["Q2F0ZWdvcnk6Mw"],
        regionCodes: ["32.73"],
        statuses: ["IN_PROGRESS"],
        search: "banjir",
      },
      orderBy: { field: "SUPPORT_COUNT", direction: "DESC" },
    });
    expect(toReportVariables({ ...NO_FILTERS, province: "32" })).toEqual({ filter: { regionCodes: ["32"] } });
  });
});

describe("the way back to the list", () => {
  it("leads to the list last browsed in this tab, filters and all", () => {
    sessionStorage.clear();
    expect(lastListHref()).toBe("/laporan");
    rememberList("jenis=COMPLAINT&urut=dukungan");
    expect(lastListHref()).toBe("/laporan?jenis=COMPLAINT&urut=dukungan");
    rememberList("jenis=BOGUS");
    expect(lastListHref()).toBe("/laporan");
  });
});
