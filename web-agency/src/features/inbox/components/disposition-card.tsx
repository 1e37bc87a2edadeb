import { cx, DispositionStatusChip, DueDate } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import type { AgencyInboxQuery } from "../../../gql/graphql";

export type InboxDisposition = AgencyInboxQuery["dispositions"]["edges"][number]["node"];

export function DispositionCard({ disposition }: { disposition: InboxDisposition }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation("common");
  const { report } = disposition;
  const place = [report.category?.name, report.region?.name].filter(Boolean).join(" · ");
  return (
    <article className={cx("ad-card", disposition.overdue && "ad-card--alert")}>
      <div className="ad-spread">
        <DispositionStatusChip status={disposition.status} />
        <span className="ad-meta ad-mono">{report.trackingId}</span>
      </div>
      <h2 className="ad-card__title">{report.title ?? tc("hiddenTitle")}</h2>
      {place ? <p className="ad-meta">{place}</p> : null}
      <p className="ad-meta">{t("inbox.forAgency", { agency: disposition.agency.name })}</p>
      <div className="ad-spread">
        <DueDate dueAt={disposition.dueAt} overdue={disposition.overdue} />
        <span className="ad-meta">
          {t("inbox.reportStatus")} {tc(`reportStatus.${report.status}`)}
        </span>
      </div>
    </article>
  );
}
