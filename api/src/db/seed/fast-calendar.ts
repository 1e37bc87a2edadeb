import { WorkingCalendar } from "../../common/calendar";

const DAY = 86_400_000;
const JAKARTA = 7 * 3_600_000;

/**
 * The working-day calendar precomputed over a span of days, so that a million reports' deadlines cost table look-ups
 * instead of day-by-day loops. Same answers as WorkingCalendar (tested); outside the span it defers to it.
 */
export class FastCalendar {
  private readonly firstDay: number;
  private readonly working: Uint8Array;
  /** Working days among [firstDay, firstDay + i]. */
  private readonly cumulative: Int32Array;
  /** Day index (from firstDay) of the k-th working day, k from 1. */
  private readonly nth: Int32Array;

  constructor(
    private readonly calendar: WorkingCalendar,
    from: Date,
    to: Date,
  ) {
    this.firstDay = FastCalendar.jakartaDay(from.getTime());
    const days = FastCalendar.jakartaDay(to.getTime()) - this.firstDay + 1;
    if (days <= 0) throw new RangeError("FastCalendar: `to` is before `from`");
    this.working = new Uint8Array(days);
    this.cumulative = new Int32Array(days);
    const nth: number[] = [0];
    let n = 0;
    for (let i = 0; i < days; i++) {
      const iso = new Date((this.firstDay + i) * DAY).toISOString().slice(0, 10);
      if (calendar.isWorkingDay(iso)) {
        this.working[i] = 1;
        n++;
        nth.push(i);
      }
      this.cumulative[i] = n;
    }
    this.nth = Int32Array.from(nth);
  }

  /** The Asia/Jakarta calendar day of an instant, as days since the epoch. */
  static jakartaDay(ms: number): number {
    return Math.floor((ms + JAKARTA) / DAY);
  }

  isWorkingDay(day: number): boolean {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.working.length)
      return this.calendar.isWorkingDay(new Date(day * DAY).toISOString().slice(0, 10));
    return this.working[i] === 1;
  }

  /** End (23:59:59.999 Jakarta) of the `days`-th working day after the instant's Jakarta date. */
  addWorkingDays(ms: number, days: number): number {
    const i = FastCalendar.jakartaDay(ms) - this.firstDay;
    if (days === 0 && i >= 0 && i < this.working.length) return (this.firstDay + i + 1) * DAY - 1 - JAKARTA;
    const k = i >= 0 && i < this.cumulative.length ? this.cumulative[i] + days : -1;
    if (k < 1 || k >= this.nth.length) return this.calendar.addWorkingDays(new Date(ms), days).getTime();
    return (this.firstDay + this.nth[k] + 1) * DAY - 1 - JAKARTA;
  }

  /** Working days after `from`'s Jakarta date up to and including `to`'s. */
  workingDaysBetween(from: number, to: number): number {
    const a = FastCalendar.jakartaDay(from) - this.firstDay;
    const b = FastCalendar.jakartaDay(to) - this.firstDay;
    if (a < 0 || b >= this.cumulative.length || a >= this.cumulative.length) {
      return this.calendar.workingDaysBetween(new Date(from), new Date(to));
    }
    if (b <= a) return 0;
    return this.cumulative[b] - this.cumulative[a];
  }

  /**
   * When staff act on something that reached them at `ms`: at once within office hours (08:00-16:00 Jakarta on a
   * working day), else in the first hours of the next working morning.
   */
  officeTime(ms: number): number {
    const local = ms + JAKARTA;
    let day = Math.floor(local / DAY);
    const hour = (local - day * DAY) / 3_600_000;
    if (this.isWorkingDay(day)) {
      if (hour >= 8 && hour < 16) return ms;
      if (hour < 8) return day * DAY + (8 + Math.random() * 2) * 3_600_000 - JAKARTA;
    }
    do day++;
    while (!this.isWorkingDay(day));
    return day * DAY + (8 + Math.random() * 3) * 3_600_000 - JAKARTA;
  }
}
