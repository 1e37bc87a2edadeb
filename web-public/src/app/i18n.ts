import { type CreateI18nOptions, createI18n } from "@aduan/ui/i18n";
import { type Messages, messagesId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    app: Messages;
  }
  interface CustomTypeOptions {
    defaultNS: "app";
  }
}

export function createAppI18n(options?: CreateI18nOptions) {
  return createI18n({ id: messagesId, en: () => import("./messages.en").then((m) => m.messagesEn) }, options);
}
