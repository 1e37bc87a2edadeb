/** Locale-aware formatting for the apps' languages; dates show in the reader's own time zone (WIB, WITA or WIT). */

const LOCALES: Record<string, string> = { id: "id-ID", en: "en-GB" };

export function localeFor(language: string): string {
  return LOCALES[language] ?? LOCALES.id;
}

export interface Formatters {
  /** "28 Nov 2026, 14.30" */
  dateTime(iso: string): string;
  /** "28 Nov 2026" */
  date(iso: string): string;
  /** "1.234" */
  number(value: number): string;
}

export function createFormatters(language: string, timeZone?: string): Formatters {
  const locale = localeFor(language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const number = new Intl.NumberFormat(locale);
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    number: (value) => number.format(value),
  };
}
