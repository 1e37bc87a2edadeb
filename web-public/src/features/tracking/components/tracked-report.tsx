import { DispositionStatusChip, DueDate, Notice, Timeline } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { TrackReportQuery } from "../gql/graphql";
import { useTrackingTranslation } from "../i18n";
import { Conversation } from "./conversation";
import { EscalationFile } from "./escalation-file";
import { ResolutionForm } from "./resolution-form";
import { StatusBar } from "./status-bar";

export type TrackedReportData = NonNullable<TrackReportQuery["trackReport"]>;

/** A tracked report: what the viewer may see of it (everything with the access code), and the reporter's actions. */
export function TrackedReport({
  report,
  accessCode,
  onChanged,
  aside,
}: {
  report: TrackedReportData;
  /** The code that opened the reporter's view, for the reporter's actions (null: the signed-in reporter's own). */
  accessCode: string | null;
  /** Something changed through this page: load the report again. */
  onChanged(): void;
  /** Shown under the status (the public report page's support). */
  aside?: ReactNode;
}) {
  const { t } = useTrackingTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const detailsId = useId();
  const agenciesId = useId();
  const timelineId = useId();
  // The reporter's view: opened with the access code, or the signed-in account the report was sent from.
  const reporter = report.viewerIsReporter;

  const facts: Array<[string, string]> = [[t("submittedAt"), format.dateTime(report.createdAt)]];
  if (report.category) facts.push([t("category"), report.category.name]);
  if (report.region) facts.push([t("region"), report.region.name]);
  if (report.agencies.length > 0) facts.push([t("agencies"), report.agencies.map((a) => a.name).join(", ")]);
  if (report.resolvedAt) facts.push([t("resolvedAt"), format.dateTime(report.resolvedAt)]);
  if (report.rating)
    facts.push([t(reporter ? "rating" : "ratingPublic"), t("ratingValue", { score: report.rating.score })]);

  return (
    <div className="ad-stack tr-report">
      <p className="ad-card__title">{report.title ?? tc("hiddenTitle")}</p>
      <StatusBar status={report.status} dueAt={report.dueAt} overdue={report.overdue} />
      {report.resolution ? <p>{t(`resolution.${report.resolution}`)}</p> : null}
      {aside}
      {report.viewerIsReporter ? <p className="ad-meta">{t("reporterView")}</p> : null}
      {reporter ? <EscalationFile report={report} /> : null}
      {reporter && report.status === "RESPONDED" ? (
        <ResolutionForm trackingId={report.trackingId} accessCode={accessCode} onChanged={onChanged} />
      ) : null}
      <section className="ad-card ad-stack" aria-labelledby={detailsId}>
        <h2 id={detailsId}>{t("details")}</h2>
        <dl className="ad-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {report.body ? (
          <div>
            <h3>{t("body")}</h3>
            <p className="ad-prewrap">{report.body}</p>
          </div>
        ) : null}
        {report.attachments.length > 0 ? (
          <div>
            <h3>{t("attachments")}</h3>
            <ul className="tr-files">
              {report.attachments.map((file) => (
                <li key={file.id}>
                  <a href={file.url} target="_blank" rel="noreferrer">
                    {file.fileName}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      {report.dispositions.length > 0 ? (
        <section className="ad-card ad-stack" aria-labelledby={agenciesId}>
          <h2 id={agenciesId}>{t("handling")}</h2>
          <ul className="ad-list tr-dispositions">
            {report.dispositions.map((d) => (
              <li key={d.id} className="ad-stack">
                <p className="tr-disposition__agency">{d.agency.name}</p>
                <div className="ad-row">
                  <DispositionStatusChip status={d.status} />
                  {d.respondedAt ? (
                    <span className="ad-meta">{t("respondedAt", { date: format.dateTime(d.respondedAt) })}</span>
                  ) : (
                    <DueDate dueAt={d.dueAt} overdue={d.overdue} />
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="ad-card">
        <Conversation report={report} accessCode={reporter ? accessCode : null} onChanged={onChanged} />
      </div>
      <section className="ad-card ad-stack" aria-labelledby={timelineId}>
        <h2 id={timelineId}>{t("timeline")}</h2>
        <Timeline entries={report.timeline} label={t("timeline")} />
      </section>
      {report.status === "MERGED" ? <Notice>{t("merged")}</Notice> : null}
    </div>
  );
}
