import type { Translation } from "@aduan/ui/i18n";
import type { OversightMessages } from "./messages.id";

export const oversightEn: Translation<OversightMessages> = {
  returned: {
    title: "Returned reports — Aduan verification portal",
    heading: "Returned reports",
    intro:
      "Reports every agency they went to returned (not their authority), oldest first. Read why, then route them again.",
    caption: "Reports returned by agencies",
    count_one: "{{count, number}} returned report",
    count_other: "{{count, number}} returned reports",
    empty: "No returned reports.",
    loadError: "The returned reports could not be loaded.",
    noReason: "No reason given",
    shortcuts:
      "Shortcuts: ↑/↓ or j/k move between rows, Enter opens a report. In a report: Ctrl+Enter routes it again, Alt+R rejects, Alt+I asks for information, Esc goes back.",
    column: {
      report: "Report",
      agencies: "Returned by",
      reasons: "Reason",
      received: "Received",
      due: "Verification deadline",
    },
    reasons: {
      heading: "Why it was returned",
      history: "Routing history",
    },
  },
  overdue: {
    title: "Overdue dispositions — Aduan verification portal",
    heading: "Overdue dispositions",
    intro:
      "Dispositions not answered by their deadline, across all agencies, the longest overdue first, with their escalation.",
    caption: "Dispositions past their deadline",
    count_one: "{{count, number}} overdue disposition",
    count_other: "{{count, number}} overdue dispositions",
    empty: "No disposition is past its deadline.",
    loadError: "The overdue dispositions could not be loaded.",
    escalatedAt: "since {{date}}",
    nationalDue: "to the national admins {{date}} if still overdue",
    column: {
      report: "Report",
      agency: "Agency",
      status: "Disposition status",
      due: "Deadline",
      escalation: "Escalation",
    },
    escalation: {
      NONE: "Not escalated",
      AGENCY_ADMINS: "To the agency's admins",
      NATIONAL_ADMINS: "To the national admins",
    },
    filter: {
      label: "Filter overdue dispositions",
      agency: "Agency",
      anyAgency: "All agencies",
      escalation: "Escalation",
      anyEscalation: "Any level",
      search: "Search reports (words or tracking ID)",
      apply: "Search",
    },
  },
};
