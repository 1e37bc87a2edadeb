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

/** Asia/Jakarta is UTC+7 all year: the calendar of the API's deadlines, working days and statistics periods. */
export const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** "2026-11-28": the date of `time` on the Jakarta calendar, whatever the reader's own zone. */
export function jakartaDate(time: Date | string | number): string {
  return new Date(new Date(time).getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}
