import { useLazyTexts } from "@aduan/ui/i18n";
import { adminEn } from "./messages.en";
import { type AdminMessages, adminId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    admin: AdminMessages;
  }
}

/** The admin pages' texts (both languages, a few KB) arrive with those pages, not in the first download. */
export function useAdminTranslation() {
  return useLazyTexts("admin", { id: adminId, en: adminEn });
}
