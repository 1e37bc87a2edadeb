/**
 * Working days on the Asia/Jakarta calendar (UTC+7 all year, no daylight saving): Saturdays, Sundays and national
 * holidays do not count. A deadline of N working days from an instant ends at 23:59:59.999 Jakarta time on the Nth
 * working day after that instant's Jakarta date.
 */
const JAKARTA_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 86400 * 1000;

export class WorkingCalendar {
  private holidays: Set<string>;

  constructor(holidays: Iterable<string> = []) {
    this.holidays = new Set(holidays);
  }

  setHolidays(days: Iterable<string>): void {
    this.holidays = new Set(days);
  }

  /** YYYY-MM-DD of the instant in Asia/Jakarta. */
  static jakartaDate(at: Date): string {
    return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
  }

  isWorkingDay(isoDate: string): boolean {
    const dow = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6 && !this.holidays.has(isoDate);
  }

  /** End of the Nth working day after `from` (Jakarta), as an instant. */
  addWorkingDays(from: Date, days: number): Date {
    if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a non-negative integer");
    let day = new Date(`${WorkingCalendar.jakartaDate(from)}T00:00:00Z`).getTime();
    let left = days;
    while (left > 0) {
      day += DAY_MS;
      if (this.isWorkingDay(new Date(day).toISOString().slice(0, 10))) left--;
    }
    // 23:59:59.999 Jakarta of that day, in UTC.
    return new Date(day + DAY_MS - 1 - JAKARTA_OFFSET_MS);
  }

  /** Working days from `from` to `to` (whole Jakarta days after from's date up to and including to's date). */
  workingDaysBetween(from: Date, to: Date): number {
    let day = new Date(`${WorkingCalendar.jakartaDate(from)}T00:00:00Z`).getTime();
    const end = new Date(`${WorkingCalendar.jakartaDate(to)}T00:00:00Z`).getTime();
    let n = 0;
    while (day < end) {
      day += DAY_MS;
      if (this.isWorkingDay(new Date(day).toISOString().slice(0, 10))) n++;
    }
    return n;
  }
}

/** Fixed-date national holidays; the movable ones (Islamic, Chinese, Hindu, Buddhist calendars) are seeded per year. */
export const FIXED_HOLIDAYS: [string, string][] = [
  ["01-01", "Tahun Baru Masehi"],
  ["05-01", "Hari Buruh Internasional"],
  ["06-01", "Hari Lahir Pancasila"],
  ["08-17", "Hari Kemerdekaan Republik Indonesia"],
  ["12-25", "Hari Raya Natal"],
];
