import i18next, { type BackendModule, type i18n as I18n } from "i18next";
import { useMemo } from "react";
import { initReactI18next, useTranslation } from "react-i18next";
import { createFormatters, type Formatters } from "../format";
import { type CommonMessages, commonId } from "./common.id";
import type { Translation } from "./types";

export { useLazyTexts } from "./lazy-texts";
export type { CommonMessages, Translation };

// The shared namespace is typed here; each app adds its own `app` namespace the same way.
declare module "i18next" {
  interface ResourceNamespaceMap {
    common: CommonMessages;
  }
}

/** Bahasa Indonesia first, English second. */
export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "id";
const STORAGE_KEY = "aduan.language";

/**
 * An app's own texts: Indonesian, the source, bundled; English with exactly the same keys, loaded only when a
 * reader picks it (most readers never download it).
 */
export interface AppMessages<T> {
  id: T;
  en: () => Promise<Translation<T>>;
}

export interface CreateI18nOptions {
  /** Start in this language instead of the reader's saved choice. */
  language?: Language;
  /** Remember the reader's choice in localStorage and mirror it on <html lang> (default true). */
  persist?: boolean;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked (private mode, policy): fall back to the default
  }
}

function storeLanguage(language: string) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits; the current page still switches.
  }
}

/** Loads the languages that are not bundled (English) when i18next first needs them. */
function lazyLanguages(app: () => Promise<object>): BackendModule {
  return {
    type: "backend",
    init() {},
    read(language, namespace, callback) {
      if (language !== "en") {
        callback(new Error(`no texts for language "${language}"`), false);
        return;
      }
      const load = namespace === "common" ? import("./common.en").then((m) => m.commonEn) : app();
      load.then(
        (texts) => callback(null, texts),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * One i18next instance per app with two namespaces: `common` (shared texts and enum labels, from this package)
 * and `app` (the app's own, its default namespace). Resolves once the starting language's texts are there.
 */
export async function createI18n<T extends object>(
  app: AppMessages<T>,
  options: CreateI18nOptions = {},
): Promise<I18n> {
  const persist = options.persist ?? true;
  const language = options.language ?? (persist ? storedLanguage() : undefined) ?? DEFAULT_LANGUAGE;
  const instance = i18next.createInstance();
  await instance
    .use(lazyLanguages(app.en))
    .use(initReactI18next)
    .init({
      resources: { id: { common: commonId, app: app.id } },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: ["common", "app"],
      defaultNS: "app",
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      react: { useSuspense: false },
    });
  if (persist) {
    const mirror = (lng: string) => {
      if (typeof document !== "undefined") document.documentElement.lang = lng;
    };
    mirror(instance.resolvedLanguage ?? language);
    instance.on("languageChanged", (lng) => {
      mirror(lng);
      storeLanguage(lng);
    });
  }
  return instance;
}

/** Date and number formatters for the current language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation("common");
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(language), [language]);
}
