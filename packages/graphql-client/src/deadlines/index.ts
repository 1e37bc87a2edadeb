export { HolidaysQuery } from "./documents";
export { useKnownHolidays, WorkingDayCountdown } from "./working-day-countdown";
export {
  type DeadlineParts,
  deadlineParts,
  isWorkingDay,
  jakartaDate,
  type KnownHolidays,
  workingDaysAfter,
} from "./working-days";
