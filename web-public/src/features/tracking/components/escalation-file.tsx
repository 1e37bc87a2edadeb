import { Button } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useId } from "react";
import { buildEscalationFile, escalationReasons, type Translate } from "../escalation";
import { useTrackingTranslation } from "../i18n";
import type { TrackedReportData } from "./tracked-report";

/** When the report is overdue or was disputed: the file to take to the Ombudsman Republik Indonesia. */
export function EscalationFile({ report }: { report: TrackedReportData }) {
  const { t, i18n } = useTrackingTranslation();
  const format = useFormat();
  const headingId = useId();
  const reasons = escalationReasons(report);
  if (reasons.length === 0) return null;

  function download() {
    const translate: Translate = (key, options) => String(i18n.t(key as never, options as never));
    const html = buildEscalationFile(report, { t: translate, format, now: new Date(), language: i18n.language });
    const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `eskalasi-ombudsman-${report.trackingId}.html`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section className="ad-card ad-card--alert ad-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("escalation.offerHeading")}</h2>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{t(`escalation.reason.${reason}`)}</li>
        ))}
      </ul>
      <p className="ad-meta">{t("escalation.offerIntro")}</p>
      <div>
        <Button variant="secondary" onClick={download}>
          {t("escalation.download")}
        </Button>
      </div>
    </section>
  );
}
