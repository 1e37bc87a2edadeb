import { describe, expect, it } from "vitest";
import { WorkingCalendar } from "./calendar";

describe("WorkingCalendar (Asia/Jakarta)", () => {
  const cal = new WorkingCalendar(["2026-12-25"]);

  it("skips weekends", () => {
    // Friday 2026-11-27 10:00 WIB + 1 working day = Monday 2026-11-30, end of day WIB.
    const due = cal.addWorkingDays(new Date("2026-11-27T03:00:00Z"), 1);
    expect(due.toISOString()).toBe("2026-11-30T16:59:59.999Z");
  });

  it("uses the Jakarta date, not UTC's", () => {
    // 2026-11-27 20:00 UTC is already Saturday 03:00 in Jakarta: +1 working day = Monday.
    expect(cal.addWorkingDays(new Date("2026-11-27T20:00:00Z"), 1).toISOString()).toBe("2026-11-30T16:59:59.999Z");
  });

  it("skips holidays", () => {
    // Thursday 24 Dec + 1 = Monday 28 Dec (25 is Christmas, 26-27 weekend).
    expect(cal.addWorkingDays(new Date("2026-12-24T02:00:00Z"), 1).toISOString()).toBe("2026-12-28T16:59:59.999Z");
  });

  it("counts working days between dates", () => {
    expect(cal.workingDaysBetween(new Date("2026-11-27T03:00:00Z"), new Date("2026-12-02T03:00:00Z"))).toBe(3);
  });

  it("refuses negative or fractional days", () => {
    expect(() => cal.addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});
