import { Notice, ReportStatusChip, Timeline } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TrackReportQuery } from "../../../gql/graphql";

export type TrackedReportData = NonNullable<TrackReportQuery["trackReport"]>;

/** A tracked report: what the viewer may see of it (everything with the access code) and its timeline. */
export function TrackedReport({
  report,
  accessCodeRejected,
}: {
  report: TrackedReportData;
  accessCodeRejected: boolean;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Take keyboard and screen-reader users to each result they ask for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for each report shown
  useEffect(() => {
    headingRef.current?.focus();
  }, [report.id]);

  const facts: Array<[string, string]> = [[t("track.submittedAt"), format.dateTime(report.createdAt)]];
  if (report.category) facts.push([t("track.category"), report.category.name]);
  if (report.region) facts.push([t("track.region"), report.region.name]);
  if (report.agencies.length > 0) facts.push([t("track.agencies"), report.agencies.map((a) => a.name).join(", ")]);

  return (
    <article className="ad-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("track.resultHeading", { trackingId: report.trackingId })}
      </h3>
      <div className="ad-row">
        <ReportStatusChip status={report.status} />
      </div>
      {report.resolution ? <p>{t(`track.resolution.${report.resolution}`)}</p> : null}
      <p className="ad-card__title">{report.title ?? tc("hiddenTitle")}</p>
      {report.viewerIsReporter ? <p className="ad-meta">{t("track.reporterView")}</p> : null}
      {accessCodeRejected ? <Notice tone="warning">{t("track.accessCodeRejected")}</Notice> : null}
      <dl className="ad-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.body ? (
        <section>
          <h4>{t("track.body")}</h4>
          <p className="ad-prewrap">{report.body}</p>
        </section>
      ) : null}
      <section>
        <h4>{t("track.timeline")}</h4>
        <Timeline entries={report.timeline} label={t("track.timeline")} />
      </section>
    </article>
  );
}
