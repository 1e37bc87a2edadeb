import { useLazyTexts } from "@aduan/ui/i18n";
import { auditEn } from "./messages.en";
import { type AuditMessages, auditId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    audit: AuditMessages;
  }
}

/** The audit log page's texts, with the page. */
export function useAuditTranslation() {
  return useLazyTexts("audit", { id: auditId, en: auditEn });
}
