import { useLazyTexts } from "@aduan/ui/i18n";
import { statsEn } from "./messages.en";
import { type StatsMessages, statsId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    stats: StatsMessages;
  }
}

/** The statistics pages' texts, with their lazy chunk. */
export function useStatsTranslation() {
  return useLazyTexts("stats", { id: statsId, en: statsEn });
}
