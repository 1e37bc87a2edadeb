import { useLazyTexts } from "@aduan/ui/i18n";
import { templatesEn } from "./messages.en";
import { type TemplatesMessages, templatesId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    templates: TemplatesMessages;
  }
}

/** The rejection templates page's texts, with the page. */
export function useTemplatesTranslation() {
  return useLazyTexts("templates", { id: templatesId, en: templatesEn });
}
