import type { Translation } from "@aduan/ui/i18n";
import type { Messages } from "./messages.id";

export const messagesEn: Translation<Messages> = {
  area: "Verification portal",
  documentTitle: {
    signIn: "Sign in — Aduan verification portal",
    queue: "Verification queue — Aduan verification portal",
    notFound: "Page not found — Aduan verification portal",
  },
  signIn: {
    heading: "Sign in to the verification portal",
    intro: "For verifiers and national administrators.",
  },
  queue: {
    heading: "Verification queue",
    intro: "New reports waiting for verification, nearest deadline first.",
    count_one: "{{count, number}} report waiting",
    count_other: "{{count, number}} reports waiting",
    empty: "No reports are waiting for verification.",
    loadError: "The verification queue could not be loaded.",
    received: "Received {{date}}",
    via: "via {{channel}}",
  },
};
