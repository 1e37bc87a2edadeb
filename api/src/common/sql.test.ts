import { describe, expect, it } from "vitest";
import { parseTimestamp, sql } from "./sql";

describe("parseTimestamp (PostgreSQL's text form of timestamptz)", () => {
  it.each([
    ["2026-11-28 16:59:59.999+07", "2026-11-28T09:59:59.999Z"],
    ["2026-11-28 16:59:59.123456+07", "2026-11-28T09:59:59.123Z"],
    ["2026-11-28 16:59:59+00", "2026-11-28T16:59:59.000Z"],
    ["2026-11-28 16:59:59.5-03:30", "2026-11-28T20:29:59.500Z"],
  ])("%s", (text, iso) => {
    expect(parseTimestamp(text).toISOString()).toBe(iso);
  });
});

describe("sql fragments", () => {
  it("turn values into placeholders and arrays into PostgreSQL array literals", () => {
    const q = sql`select 1 where a = ${"x'y"} and b = any(${[1, 2]}::int[]) and c = any(${['a"b', "c\\d"]}::text[]) ${sql`and d = ${null}`}`;
    expect(q.text).toBe("select 1 where a = ? and b = any(?::int[]) and c = any(?::text[]) and d = ?");
    expect(q.values).toEqual(["x'y", "{1,2}", '{"a\\"b","c\\\\d"}', null]);
  });
});
