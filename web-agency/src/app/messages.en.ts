import type { Translation } from "@aduan/ui/i18n";
import type { Messages } from "./messages.id";

export const messagesEn: Translation<Messages> = {
  area: "Agency portal",
  documentTitle: {
    signIn: "Sign in — Aduan agency portal",
    inbox: "Inbox — Aduan agency portal",
    report: "Report — Aduan agency portal",
    dashboard: "Dashboard — Aduan agency portal",
    templates: "Reply templates — Aduan agency portal",
    staff: "Staff — Aduan agency portal",
    units: "Units — Aduan agency portal",
    notFound: "Page not found — Aduan agency portal",
  },
  signIn: {
    heading: "Sign in to the agency portal",
    intro: "For agency staff who follow up on citizens' reports.",
  },
  nav: {
    label: "Portal menu",
    inbox: "Inbox",
    dashboard: "Dashboard",
    templates: "Reply templates",
    staff: "Staff",
    units: "Units",
  },
  notices: "Notifications",
};
