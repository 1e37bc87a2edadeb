import { useLazyTexts } from "@aduan/ui/i18n";
import { reportEn } from "./messages.en";
import { type ReportMessages, reportId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    report: ReportMessages;
  }
}

/** Texts of the report view, its actions, presence and approval: they arrive with the page that shows them, not in the first download. */
export function useReportTranslation() {
  return useLazyTexts("report", { id: reportId, en: reportEn });
}
