import { localeFor } from "@aduan/ui/format";
import { useFormat } from "@aduan/ui/i18n";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useStatsTranslation } from "./i18n";
import { type KeyLabeler, METRIC_KIND, type Metric } from "./view-state";

export interface StatsFormat {
  /** A metric's value for people: "1.234", "87%", "5,5 jam" (days above 48 hours), "4,2"; "—" for none. */
  value(metric: Metric, value: number | null | undefined): string;
  /** Names a bucket's key: periods on the Jakarta calendar, enums translated, regions and agencies by name. */
  label: KeyLabeler;
}

/** Formats the statistics' figures and keys in the reader's language. */
export function useStatsFormat(): StatsFormat {
  const { t, i18n } = useStatsTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = localeFor(language);
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "Asia/Jakarta" });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Jakarta" });
    const unknown = t("unknown");
    return {
      value(metric, value) {
        if (value == null) return t("none");
        switch (METRIC_KIND[metric]) {
          case "count":
            return format.number(value);
          case "share":
            return percent.format(value);
          case "rating":
            return decimal.format(value);
          case "hours":
            return value < 48
              ? t("hours", { value: decimal.format(value) })
              : t("days", { value: decimal.format(value / 24) });
        }
      },
      label(key, dimension) {
        switch (dimension) {
          case "MONTH":
            return key.period ? month.format(new Date(key.period)) : unknown;
          case "WEEK":
          case "DAY":
            return key.period ? day.format(new Date(key.period)) : unknown;
          case "KIND":
            return key.kind ? tc(`reportKind.${key.kind}`) : unknown;
          case "CHANNEL":
            return key.channel ? tc(`channel.${key.channel}`) : unknown;
          case "STATUS":
            return key.status ? tc(`reportStatus.${key.status}`) : unknown;
          case "CATEGORY":
            return key.category?.name ?? unknown;
          case "AGENCY":
            return key.agency?.name ?? unknown;
          case "PROVINCE":
            return key.province?.name ?? unknown;
          case "REGENCY":
            return key.regency?.name ?? unknown;
        }
      },
    };
  }, [t, tc, format, language]);
}
