import { useLazyTexts } from "@aduan/ui/i18n";
import { inboxEn } from "./messages.en";
import { type InboxMessages, inboxId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    inbox: InboxMessages;
  }
}

/** Texts of the inbox: they arrive with the page that shows them, not in the first download. */
export function useInboxTranslation() {
  return useLazyTexts("inbox", { id: inboxId, en: inboxEn });
}
