import { useLazyTexts } from "@aduan/ui/i18n";
import { dashboardEn } from "./messages.en";
import { type DashboardMessages, dashboardId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    dashboard: DashboardMessages;
  }
}

/** Texts of the agency dashboard: they arrive with the page that shows them, not in the first download. */
export function useDashboardTranslation() {
  return useLazyTexts("dashboard", { id: dashboardId, en: dashboardEn });
}
