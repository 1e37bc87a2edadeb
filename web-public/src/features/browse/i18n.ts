import { useTranslation } from "react-i18next";
import { browseMessagesEn } from "./messages.en";
import { type BrowseMessages, browseMessagesId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    browse: BrowseMessages;
  }
}

/** `useTranslation("browse")`: both languages come with the browse and report pages' lazy chunk, not the entry. */
export function useBrowseTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("id", "browse")) i18n.addResourceBundle("id", "browse", browseMessagesId);
  if (!i18n.hasResourceBundle("en", "browse")) i18n.addResourceBundle("en", "browse", browseMessagesEn);
  return useTranslation("browse");
}
