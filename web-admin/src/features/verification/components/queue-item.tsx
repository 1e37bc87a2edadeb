import { Chip, cx, DueDate } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useTranslation } from "react-i18next";
import type { VerificationQueueQuery } from "../../../gql/graphql";

export type QueuedReport = VerificationQueueQuery["reports"]["edges"][number]["node"];

export function QueueItem({ report }: { report: QueuedReport }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const place = [report.category?.name, report.region?.name].filter(Boolean).join(" · ");
  return (
    <article className={cx("ad-card", report.overdue && "ad-card--alert")}>
      <div className="ad-spread">
        <div className="ad-row">
          {report.kind ? <Chip tone="info">{tc(`reportKind.${report.kind}`)}</Chip> : null}
          {report.anonymous ? <Chip>{tc("badge.anonymous")}</Chip> : null}
          {report.confidential ? <Chip tone="warning">{tc("badge.confidential")}</Chip> : null}
        </div>
        <span className="ad-meta ad-mono">{report.trackingId}</span>
      </div>
      <h2 className="ad-card__title">{report.title ?? tc("hiddenTitle")}</h2>
      {place ? <p className="ad-meta">{place}</p> : null}
      <div className="ad-spread">
        <span className="ad-meta">
          <time dateTime={report.createdAt}>{t("queue.received", { date: format.dateTime(report.createdAt) })}</time>{" "}
          {t("queue.via", { channel: tc(`channel.${report.channel}`) })}
        </span>
        <DueDate dueAt={report.dueAt} overdue={report.overdue} />
      </div>
    </article>
  );
}
