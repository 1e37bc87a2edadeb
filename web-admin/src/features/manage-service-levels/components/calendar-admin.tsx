import { HolidayCalendar } from "./holiday-calendar";
import { ServiceLevelSettings } from "./service-level-settings";

/** The working-day calendar: national holidays and the national service levels counted in working days. */
export function CalendarAdmin() {
  return (
    <div className="ad-report-grid">
      <HolidayCalendar />
      <ServiceLevelSettings />
    </div>
  );
}
