import { DueDate, type ReportStatus, ReportStatusChip } from "@aduan/ui/components";
import { useTrackingTranslation } from "../i18n";

/** The steps a report goes through, in order; the other statuses sit on one of them or end the way. */
export const STEPS = ["SUBMITTED", "DISPOSED", "IN_PROGRESS", "RESPONDED", "RESOLVED"] as const;
type Step = (typeof STEPS)[number];

/** Where a status sits on the way, or null where the report left it (rejected, merged). */
export function stepIndex(status: ReportStatus): number | null {
  if (status === "AWAITING_INFORMATION") return 0;
  if (status === "REJECTED" || status === "MERGED") return null;
  return STEPS.indexOf(status as Step);
}

/** The report's status: a chip, the deadline, where it is on the way and what happens next. */
export function StatusBar({
  status,
  dueAt,
  overdue,
}: {
  status: ReportStatus;
  dueAt: string | null | undefined;
  overdue: boolean;
}) {
  const { t } = useTrackingTranslation();
  const current = stepIndex(status);
  return (
    <div className="ad-stack tr-status">
      <div className="ad-row" aria-live="polite">
        <ReportStatusChip status={status} />
        {status === "RESOLVED" ? null : <DueDate dueAt={dueAt} overdue={overdue} />}
      </div>
      {current === null ? null : (
        // On a narrow screen the stage names do not fit under the bar: one line names the current stage instead.
        <p className="tr-steps__summary" aria-hidden="true">
          {t("steps.summary", {
            step: current + 1,
            total: STEPS.length,
            label: t(`steps.${STEPS[current]}`),
          })}
        </p>
      )}
      {current === null ? null : (
        <ol className="tr-steps" aria-label={t("steps.label")}>
          {STEPS.map((step, index) => {
            const state = index < current ? "done" : index === current ? "current" : "todo";
            return (
              <li
                key={step}
                className={`tr-steps__step tr-steps__step--${state}`}
                aria-current={state === "current" ? "step" : undefined}
              >
                <span className="tr-steps__label">{t(`steps.${step}`)}</span>
                <span className="ad-visually-hidden"> ({t(`steps.state.${state}`)})</span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="ad-meta">{t(`next.${status}`)}</p>
    </div>
  );
}
