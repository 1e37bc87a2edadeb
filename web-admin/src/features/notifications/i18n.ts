import { useLazyTexts } from "@aduan/ui/i18n";
import { outboxEn } from "./messages.en";
import { type OutboxMessages, outboxId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    outbox: OutboxMessages;
  }
}

/** The notification outbox's texts, with its page. */
export function useOutboxTranslation() {
  return useLazyTexts("outbox", { id: outboxId, en: outboxEn });
}
