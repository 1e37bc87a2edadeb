import { createI18n } from "@aduan/ui/i18n";
import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRenderWithProviders } from "../testing/render";
import { HolidaysQuery } from "./documents";
import { holidaysMock as holidays } from "./mocks";
import { WorkingDayCountdown } from "./working-day-countdown";
import { deadlineParts, jakartaDate, workingDaysAfter } from "./working-days";

let renderWithProviders: ReturnType<typeof createRenderWithProviders>;
beforeAll(async () => {
  const i18n = await createI18n({ id: {}, en: async () => ({}) }, { language: "id", persist: false });
  renderWithProviders = createRenderWithProviders({ i18n });
});
afterEach(cleanup);

/** The end of a day in Jakarta (23:59:59.999 WIB), as the API sets deadlines. */
const endOf = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+07:00`)).toISOString();
const at = (local: string) => Date.parse(`${local}+07:00`);
const known = (dates: string[]) => ({ years: new Set([2025, 2026, 2027]), dates: new Set(dates) });

describe("working days", () => {
  it("takes the date in Jakarta, not in UTC", () => {
    expect(jakartaDate(Date.parse("2026-12-06T17:30:00Z"))).toBe("2026-12-07");
    expect(jakartaDate(Date.parse("2026-12-06T16:59:59Z"))).toBe("2026-12-06");
  });

  it("skips weekends and holidays", () => {
    // Friday 4 December to Friday 11 December 2026: five working days, four with a holiday on Wednesday.
    expect(workingDaysAfter("2026-12-04", "2026-12-11", new Set())).toBe(5);
    expect(workingDaysAfter("2026-12-04", "2026-12-11", new Set(["2026-12-09"]))).toBe(4);
    expect(workingDaysAfter("2026-12-11", "2026-12-04", new Set())).toBe(0);
  });

  it("counts what is left from today, or late since the due day", () => {
    const friday = at("2026-12-04T09:00:00");
    // Due Tuesday 8 December: Monday and Tuesday are left, though it is four calendar days away.
    expect(deadlineParts(endOf("2026-12-08"), friday, false, known([]))).toEqual({
      state: "left",
      workingDays: 2,
      dueDate: "2026-12-08",
      tone: "info",
    });
    expect(deadlineParts(endOf("2026-12-08"), friday, false, known(["2026-12-07"])).workingDays).toBe(1);
    expect(deadlineParts(endOf("2026-12-08"), friday, false, known(["2026-12-07"])).tone).toBe("warning");
    expect(deadlineParts(endOf("2026-12-18"), friday, false, known([])).tone).toBe("neutral");
    expect(deadlineParts(endOf("2026-12-04"), friday, false, known([]))).toMatchObject({
      state: "today",
      workingDays: 0,
      tone: "warning",
    });
    // Due Thursday 3 December, now Monday 7 December: Friday and Monday are late, the weekend is not.
    expect(deadlineParts(endOf("2026-12-03"), at("2026-12-07T08:00:00"), true, known([]))).toMatchObject({
      state: "late",
      workingDays: 2,
      tone: "danger",
    });
    // Past a Friday deadline on Saturday: late, but no working day late yet.
    expect(deadlineParts(endOf("2026-12-04"), at("2026-12-05T08:00:00"), true, known([])).workingDays).toBe(0);
  });

  it("does not count without the holidays of every year in between", () => {
    const now = at("2026-12-28T09:00:00");
    expect(deadlineParts(endOf("2027-01-05"), now, false, null).workingDays).toBeNull();
    expect(
      deadlineParts(endOf("2027-01-05"), now, false, { years: new Set([2026]), dates: new Set() }).workingDays,
    ).toBeNull();
    // New Year's Day 2027 is a Friday holiday: 28 December to 5 January holds five working days.
    expect(deadlineParts(endOf("2027-01-05"), now, false, known(["2027-01-01"])).workingDays).toBe(5);
  });
});

describe("WorkingDayCountdown", () => {
  const now = at("2026-12-04T09:00:00");

  it("shows working days left and the due day once the holidays are known", async () => {
    renderWithProviders(<WorkingDayCountdown dueAt={endOf("2026-12-10")} now={now} />, {
      mocks: [holidays(["2026-12-09"])],
    });
    // Before the holidays arrive: the due day only, never a count of calendar days.
    const time = screen.getByText("Tenggat Kam, 10 Des").closest("time") as HTMLElement;
    expect(time.getAttribute("dateTime")).toBe(endOf("2026-12-10"));
    expect(screen.queryByText(/hari lagi/)).toBeNull();
    // Monday, Tuesday, Thursday: Wednesday is a holiday.
    const badge = await screen.findByText("3 hari kerja lagi");
    expect(badge.closest("time")?.className).toContain("ad-chip--info");
    expect(screen.getByText("Kam, 10 Des")).toBeTruthy();
    expect(badge.closest("time")?.getAttribute("title")).toBe(
      "Tenggat Kamis, 10 Desember 2026 pukul 23.59 WIB. Dihitung dalam hari kerja: tanpa Sabtu, Minggu, dan hari libur nasional.",
    );
  });

  it("says when a deadline ends today, how late one is and who it was escalated to", async () => {
    renderWithProviders(
      <>
        <WorkingDayCountdown dueAt={endOf("2026-12-04")} now={now} />
        <WorkingDayCountdown dueAt={endOf("2026-11-27")} overdue escalation="NATIONAL_ADMINS" now={now} />
      </>,
      { mocks: [holidays([])] },
    );
    expect(screen.getByText("Berakhir hari ini").closest("time")?.className).toContain("ad-chip--warning");
    // Friday 27 November to Friday 4 December: five working days late.
    const late = await screen.findByText("Terlambat 5 hari kerja");
    expect(late.closest("time")?.className).toContain("ad-chip--danger");
    expect(screen.getByText("Dieskalasi ke admin nasional").className).toContain("ad-chip--danger");
  });

  it("keeps to the due day when the holidays cannot be loaded", async () => {
    renderWithProviders(<WorkingDayCountdown dueAt={endOf("2026-11-27")} overdue now={now} />, {
      mocks: [
        {
          request: { query: HolidaysQuery, variables: { previous: 2025, current: 2026, next: 2027 } },
          error: new TypeError("Failed to fetch"),
        },
      ],
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByText("Lewat tenggat").closest("time")?.className).toContain("ad-chip--danger");
    expect(screen.getByText("Jum, 27 Nov")).toBeTruthy();
    expect(screen.queryByText(/hari kerja$/)).toBeNull();
  });
});
