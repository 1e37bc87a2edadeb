import { useLazyTexts } from "@aduan/ui/i18n";
import { verificationEn } from "./messages.en";
import { type VerificationMessages, verificationId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    verification: VerificationMessages;
  }
}

/** The verification desk's texts (queue and report panel), with the desk's pages. */
export function useVerificationTranslation() {
  return useLazyTexts("verification", { id: verificationId, en: verificationEn });
}
