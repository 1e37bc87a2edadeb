import type { i18n as I18n } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type SubmitMessages, submitId } from "./messages.id";

// The submit page's own namespace: its texts travel with the lazy page, not in the first screen's bundle.
declare module "i18next" {
  interface ResourceNamespaceMap {
    submit: SubmitMessages;
  }
}

const englishLoaded = new WeakSet<I18n>();

/**
 * Adds the `submit` texts to the app's i18next: Indonesian at once, English when it is (or becomes) the language.
 * True once the current language's texts are there.
 */
export function useSubmitTexts(): boolean {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("id", "submit")) i18n.addResourceBundle("id", "submit", submitId, true, true);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [, setVersion] = useState(0);
  const needsEnglish = language === "en" && !englishLoaded.has(i18n);
  useEffect(() => {
    if (!needsEnglish) return;
    let live = true;
    void import("./messages.en").then((m) => {
      i18n.addResourceBundle("en", "submit", m.submitEn, true, true);
      englishLoaded.add(i18n);
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [i18n, needsEnglish]);
  return !needsEnglish;
}
