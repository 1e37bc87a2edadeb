import { useTranslation } from "react-i18next";
import { adminEn } from "./messages.en";
import { type AdminMessages, adminId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    admin: AdminMessages;
  }
}

/** The admin pages' texts (both languages, a few KB) arrive with those pages, not in the first download. */
export function useAdminTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("id", "admin")) {
    i18n.addResourceBundle("id", "admin", adminId, true, true);
    i18n.addResourceBundle("en", "admin", adminEn, true, true);
  }
  return useTranslation("admin");
}
