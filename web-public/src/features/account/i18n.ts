import { useTranslation } from "react-i18next";
import { accountMessagesEn } from "./messages.en";
import { type AccountMessages, accountMessagesId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    account: AccountMessages;
  }
}

/**
 * `useTranslation("account")`: both languages come with the account pages' lazy chunk (not the entry), registered
 * before the namespace is asked for, so i18next never asks the app's backend for it.
 */
export function useAccountTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("id", "account")) i18n.addResourceBundle("id", "account", accountMessagesId);
  if (!i18n.hasResourceBundle("en", "account")) i18n.addResourceBundle("en", "account", accountMessagesEn);
  return useTranslation("account");
}
