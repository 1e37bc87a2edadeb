import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n";
import type { Tone } from "./chip";
import { cx } from "./cx";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface CountdownParts {
  overdue: boolean;
  unit: "day" | "hour" | "minute";
  count: number;
  tone: Tone;
}

/** Time left until (or past) a deadline in the largest whole unit, and how urgent that is. */
export function countdownParts(dueAt: string, now: number, overdueFlag = false): CountdownParts {
  const diff = new Date(dueAt).getTime() - now;
  const overdue = overdueFlag || diff < 0;
  const span = Math.abs(diff);
  const unit = span >= DAY ? "day" : span >= HOUR ? "hour" : "minute";
  const size = unit === "day" ? DAY : unit === "hour" ? HOUR : MINUTE;
  const count = Math.max(1, overdue ? Math.floor(span / size) : Math.ceil(span / size));
  const tone: Tone = overdue ? "danger" : diff < DAY ? "warning" : diff < 3 * DAY ? "info" : "neutral";
  return { overdue, unit, count, tone };
}

/** The current time, updated every minute (for countdowns). */
export function useNow(intervalMs = MINUTE): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * A deadline badge: "2 hari lagi", "5 jam lagi" or "terlambat 3 jam", coloured by urgency; the full deadline is
 * in its title and read out with it.
 */
export function Countdown({ dueAt, overdue = false, now }: { dueAt: string; overdue?: boolean; now?: number }) {
  const { t } = useTranslation("common");
  const format = useFormat();
  const ticking = useNow();
  const parts = countdownParts(dueAt, now ?? ticking, overdue);
  const key = parts.overdue ? `countdown.late.${parts.unit}` : `countdown.left.${parts.unit}`;
  const full = t("due", { date: format.dateTime(dueAt) });
  return (
    <time dateTime={dueAt} title={full} className={cx("ad-chip", `ad-chip--${parts.tone}`, "ad-countdown")}>
      {t(key as "countdown.left.day", { count: parts.count })}
      <span className="ad-visually-hidden"> ({full})</span>
    </time>
  );
}
