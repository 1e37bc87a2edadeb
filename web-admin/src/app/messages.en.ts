import type { Translation } from "@aduan/ui/i18n";
import type { Messages } from "./messages.id";

export const messagesEn: Translation<Messages> = {
  area: "Verification portal",
  notices: "Notifications",
  nav: {
    label: "Portal menu",
    queue: "Verification queue",
    audit: "Audit log",
    templates: "Rejection templates",
    manage: "Manage",
  },
  oversightNav: {
    returned: "Returned",
    overdue: "Overdue dispositions",
    statistics: "Statistics",
    outbox: "Outbox",
  },
  documentTitle: {
    templates: "Rejection templates — Aduan verification portal",
    signIn: "Sign in — Aduan verification portal",
    queue: "Verification queue — Aduan verification portal",
    audit: "Audit log — Aduan verification portal",
    notFound: "Page not found — Aduan verification portal",
  },
  signIn: {
    heading: "Sign in to the verification portal",
    intro: "For verifiers, national administrators and analysts (statistics).",
  },
};
