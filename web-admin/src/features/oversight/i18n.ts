import { useLazyTexts } from "@aduan/ui/i18n";
import { oversightEn } from "./messages.en";
import { type OversightMessages, oversightId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    oversight: OversightMessages;
  }
}

/** The returned queue's and the overdue list's texts, with their pages. */
export function useOversightTranslation() {
  return useLazyTexts("oversight", { id: oversightId, en: oversightEn });
}
