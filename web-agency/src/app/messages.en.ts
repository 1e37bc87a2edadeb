import type { Translation } from "@aduan/ui/i18n";
import type { Messages } from "./messages.id";

export const messagesEn: Translation<Messages> = {
  area: "Agency portal",
  documentTitle: {
    signIn: "Sign in — Aduan agency portal",
    inbox: "Inbox — Aduan agency portal",
    notFound: "Page not found — Aduan agency portal",
  },
  signIn: {
    heading: "Sign in to the agency portal",
    intro: "For agency staff who follow up citizens' reports.",
  },
  inbox: {
    heading: "Disposition inbox",
    count_one: "{{count, number}} disposition",
    count_other: "{{count, number}} dispositions",
    view: "Show",
    viewOpen: "Needs action",
    viewAll: "All",
    emptyOpen: "No dispositions need action.",
    emptyAll: "Your agency has no dispositions yet.",
    loadError: "The inbox could not be loaded.",
    forAgency: "For {{agency}}",
    reportStatus: "Report status:",
  },
};
