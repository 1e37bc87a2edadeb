import { ReportStatusChip } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useTranslation } from "react-i18next";
import type { PublicReportsQuery } from "../gql/graphql";

export type PublicReport = PublicReportsQuery["reports"]["edges"][number]["node"];

export function ReportCard({ report }: { report: PublicReport }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const place = [report.category?.name, report.region?.name].filter(Boolean).join(" · ");
  return (
    <article className="ad-card">
      <div className="ad-spread">
        <ReportStatusChip status={report.status} />
        <span className="ad-meta ad-mono">{report.trackingId}</span>
      </div>
      <h3 className="ad-card__title">{report.title ?? tc("hiddenTitle")}</h3>
      {place ? <p className="ad-meta">{place}</p> : null}
      {report.agencies.length > 0 ? (
        <p className="ad-meta">{t("reports.handledBy", { agencies: report.agencies.map((a) => a.name).join(", ") })}</p>
      ) : null}
      <p className="ad-meta">
        <time dateTime={report.createdAt}>{t("reports.submitted", { date: format.date(report.createdAt) })}</time>
        {" · "}
        {t("reports.supports", { count: report.supportCount })}
      </p>
    </article>
  );
}
