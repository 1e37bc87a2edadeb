import { useTranslation } from "react-i18next";
import { manageEn } from "./messages.en";
import { type ManageMessages, manageId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    manage: ManageMessages;
  }
}

/** The management pages' texts (both languages) arrive with those pages, not in the first download. */
export function useManageTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("id", "manage")) {
    i18n.addResourceBundle("id", "manage", manageId, true, true);
    i18n.addResourceBundle("en", "manage", manageEn, true, true);
  }
  return useTranslation("manage");
}
