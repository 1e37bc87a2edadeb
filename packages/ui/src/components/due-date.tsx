import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n";
import { Chip } from "./chip";
import { cx } from "./cx";

/** A deadline, flagged when it has passed. */
export function DueDate({ dueAt, overdue }: { dueAt: string | null | undefined; overdue: boolean }) {
  const { t } = useTranslation("common");
  const format = useFormat();
  if (!dueAt && !overdue) return null;
  return (
    <span className={cx("ad-due", overdue && "ad-due--overdue")}>
      {dueAt ? <time dateTime={dueAt}>{t("due", { date: format.date(dueAt) })}</time> : null}
      {overdue ? <Chip tone="danger">{t("badge.overdue")}</Chip> : null}
    </span>
  );
}
