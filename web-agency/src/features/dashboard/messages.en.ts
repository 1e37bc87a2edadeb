import type { Translation } from "@aduan/ui/i18n";
import type { DashboardMessages } from "./messages.id";

export const dashboardEn: Translation<DashboardMessages> = {
  dashboard: {
    heading: "Agency dashboard",
    loadError: "The statistics could not be loaded.",
    open: "Open dispositions",
    overdue: "Overdue",
    medianFirstResponse: "Median first response",
    rating: "Average rating",
    hours: "{{value}} h",
    byMonth: "By month (last 12 months)",
    slaChart: "Deadline compliance by month",
    month: "Month",
    reports: "Reports",
    sla: "On time",
  },
};
