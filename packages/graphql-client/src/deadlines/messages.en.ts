import type { Translation } from "@aduan/ui/i18n";
import type { CalendarMessages } from "./messages.id";

export const calendarEn: Translation<CalendarMessages> = {
  left_one: "{{count}} working day left",
  left_other: "{{count}} working days left",
  today: "Due today",
  late_one: "{{count}} working day late",
  late_other: "{{count}} working days late",
  lateNoCount: "Past the deadline",
  due: "Due {{date}}",
  escalation: {
    AGENCY_ADMINS: "Escalated to the agency admins",
    NATIONAL_ADMINS: "Escalated to the national admins",
  },
  full: "Due {{date}} WIB. Counted in working days: without Saturdays, Sundays and national holidays.",
};
