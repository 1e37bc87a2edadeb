import { localeFor } from "@aduan/ui/format";
import { useFormat } from "@aduan/ui/i18n";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export interface StatsFormat {
  /** "1.234" */
  number(value: number): string;
  /** "87%" */
  percent(share: number): string;
  /** "5,5 jam" under two days, "3,2 hari" above. */
  duration(hours: number): string;
  /** "Nov 2026": a month on the Jakarta calendar (the API's), whatever the reader's zone. */
  month(iso: string): string;
  /** "November 2026" */
  monthLong(iso: string): string;
}

/** useFormat's numbers plus the shares, durations and months the statistics need, in the reader's language. */
export function useStatsFormat(): StatsFormat {
  const format = useFormat();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = localeFor(language);
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "Asia/Jakarta" });
    const monthLong = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "Asia/Jakarta" });
    return {
      number: format.number,
      percent: (share) => percent.format(share),
      duration: (hours) =>
        hours < 48
          ? t("stats.hours", { value: decimal.format(hours) })
          : t("stats.days", { value: decimal.format(hours / 24) }),
      month: (iso) => month.format(new Date(iso)),
      monthLong: (iso) => monthLong.format(new Date(iso)),
    };
  }, [format, language, t]);
}
