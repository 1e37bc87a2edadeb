import type { Translation } from "@aduan/ui/i18n";
import type { AuditMessages } from "./messages.id";

export const auditEn: Translation<AuditMessages> = {
  heading: "Audit log",
  caption: "Report events, newest first",
  count_one: "{{count, number}} event",
  count_other: "{{count, number}} events",
  empty: "No matching events.",
  loadError: "The audit log could not be loaded.",
  internal: "internal",
  column: { time: "Time", report: "Report", type: "Event", actor: "Actor", agency: "Agency", note: "Note" },
  role: {
    ADMIN: "Administrator",
    AGENCY: "Agency",
    REPORTER: "Reporter",
    SYSTEM: "System",
    VERIFIER: "Verifier",
  },
  filter: {
    label: "Filter the audit log",
    trackingId: "Tracking ID",
    type: "Event type",
    anyType: "All events",
    from: "From",
    to: "Until",
    mine: "Only my actions",
    apply: "Apply",
  },
};
