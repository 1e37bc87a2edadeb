import { Chip, cx, useNow } from "@aduan/ui/components";
import { localeFor } from "@aduan/ui/format";
import { useLazyTexts } from "@aduan/ui/i18n";
import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { HolidaysQuery } from "./documents";
import { calendarEn } from "./messages.en";
import { type CalendarMessages, calendarId } from "./messages.id";
import { deadlineParts, jakartaDate, type KnownHolidays } from "./working-days";

declare module "i18next" {
  interface ResourceNamespaceMap {
    calendar: CalendarMessages;
  }
}

/** The national holidays around `now` (last, this and next year), or null until they have loaded. */
export function useKnownHolidays(now: number): KnownHolidays | null {
  const current = Number(jakartaDate(now).slice(0, 4));
  const { data } = useQuery(HolidaysQuery, { variables: { previous: current - 1, current, next: current + 1 } });
  return useMemo(
    () =>
      data
        ? {
            years: new Set([current - 1, current, current + 1]),
            dates: new Set([...data.previous, ...data.current, ...data.next].map((holiday) => holiday.date)),
          }
        : null,
    [data, current],
  );
}

/**
 * A deadline badge in the unit the API counts deadlines in: "3 hari kerja lagi", "Berakhir hari ini", "Terlambat 2
 * hari kerja", with the deadline's day beside it (in Jakarta time, as the API sets it). Until the holidays are known
 * it shows the day only, never calendar days passed off as deadline days.
 */
export function WorkingDayCountdown({
  dueAt,
  overdue = false,
  now,
  stacked = false,
  escalation,
}: {
  dueAt: string;
  overdue?: boolean;
  now?: number;
  /** The day under the badge (narrow table columns) rather than beside it. */
  stacked?: boolean;
  /** Who an overdue deadline has been escalated to, flagged beside it (DESIGN: flagged wherever shown). */
  escalation?: "AGENCY_ADMINS" | "NATIONAL_ADMINS" | "NONE" | null;
}) {
  const { t, i18n } = useLazyTexts("calendar", { id: calendarId, en: calendarEn });
  const ticking = useNow();
  const at = now ?? ticking;
  const holidays = useKnownHolidays(at);
  const parts = deadlineParts(dueAt, at, overdue, holidays);
  const locale = localeFor(i18n.language);
  const day = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "Asia/Jakarta",
  }).format(new Date(dueAt));
  const full = t("full", {
    date: new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(
      new Date(dueAt),
    ),
  });
  let label: string;
  if (parts.state === "today") label = t("today");
  else if (parts.workingDays === null) label = parts.state === "late" ? t("lateNoCount") : t("due", { date: day });
  else if (parts.state === "late")
    label = parts.workingDays > 0 ? t("late", { count: parts.workingDays }) : t("lateNoCount");
  else label = t("left", { count: parts.workingDays });
  const showDay = !(parts.workingDays === null && parts.state === "left");
  return (
    <span className="ad-deadline">
      <time dateTime={dueAt} title={full} className={cx("ad-chip", `ad-chip--${parts.tone}`, "ad-countdown")}>
        {label}
        <span className="ad-visually-hidden"> ({full})</span>
      </time>
      {showDay ? (
        <>
          {stacked ? <br /> : " "}
          <span className="ad-meta" aria-hidden="true">
            {day}
          </span>
        </>
      ) : null}
      {escalation && escalation !== "NONE" ? (
        <>
          {stacked ? <br /> : " "}
          <Chip tone="danger">{t(`escalation.${escalation}`)}</Chip>
        </>
      ) : null}
    </span>
  );
}
