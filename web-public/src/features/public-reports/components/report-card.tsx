import { ReportStatusChip } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { PublicReportsQuery } from "../gql/graphql";

export type PublicReport = PublicReportsQuery["reports"]["edges"][number]["node"];

/** Where a report in a list opens: its public page (browsing) or its tracking page (the reporter's own reports). */
export type ReportLink = "public" | "track";

export function reportHref(trackingId: string, link: ReportLink = "public"): string {
  return link === "track" ? `/track/${trackingId}` : `/laporan/${trackingId}`;
}

export function ReportCard({ report, link = "public" }: { report: PublicReport; link?: ReportLink }) {
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
      <h3 className="ad-card__title">
        <Link href={reportHref(report.trackingId, link)}>{report.title ?? tc("hiddenTitle")}</Link>
      </h3>
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
