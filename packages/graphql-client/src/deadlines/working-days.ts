import type { Tone } from "@aduan/ui/components";
import { jakartaDate } from "@aduan/ui/format";

export { jakartaDate };

/**
 * Deadlines as the API counts them (api/src/common/calendar.ts): working days on the Asia/Jakarta calendar (UTC+7
 * all year), without Saturdays, Sundays and national holidays; a deadline ends at 23:59:59 WIB of its last day.
 */
const DAY_MS = 86400 * 1000;

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** Working days after `from` up to and including `to` (both YYYY-MM-DD); 0 when `to` is not after `from`. */
export function workingDaysAfter(from: string, to: string, holidays: ReadonlySet<string>): number {
  let day = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  let count = 0;
  while (day < end) {
    day += DAY_MS;
    if (isWorkingDay(new Date(day).toISOString().slice(0, 10), holidays)) count++;
  }
  return count;
}

/** The national holidays of some years: counting is only honest inside the years they cover. */
export interface KnownHolidays {
  years: ReadonlySet<number>;
  dates: ReadonlySet<string>;
}

export interface DeadlineParts {
  /** Before the deadline's last day, on it, or past it. */
  state: "left" | "today" | "late";
  /** Working days left (after today) or late (after the due day); null when the holidays in between are unknown. */
  workingDays: number | null;
  /** The deadline's day in Jakarta, YYYY-MM-DD. */
  dueDate: string;
  tone: Tone;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Where a deadline stands at `now`, in working days when `holidays` covers the days in between. */
export function deadlineParts(
  dueAt: string,
  now: number,
  overdue: boolean,
  holidays: KnownHolidays | null,
): DeadlineParts {
  const due = Date.parse(dueAt);
  const dueDate = jakartaDate(due);
  const today = jakartaDate(now);
  const state = overdue || now > due ? "late" : dueDate === today ? "today" : "left";
  const [first, last] = dueDate < today ? [dueDate, today] : [today, dueDate];
  let known = holidays !== null;
  for (let year = yearOf(first); known && year <= yearOf(last); year++) known = Boolean(holidays?.years.has(year));
  const dates = holidays?.dates ?? new Set<string>();
  const workingDays = !known
    ? null
    : state === "late"
      ? workingDaysAfter(dueDate, today, dates)
      : state === "left"
        ? workingDaysAfter(today, dueDate, dates)
        : 0;
  let tone: Tone;
  if (state === "late") tone = "danger";
  else if (state === "today") tone = "warning";
  else if (workingDays === null) tone = due - now < DAY_MS ? "warning" : due - now < 3 * DAY_MS ? "info" : "neutral";
  else tone = workingDays <= 1 ? "warning" : workingDays <= 3 ? "info" : "neutral";
  return { state, workingDays, dueDate, tone };
}
