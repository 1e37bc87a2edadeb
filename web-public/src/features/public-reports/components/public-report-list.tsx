import { useConnectionList } from "@aduan/graphql-client/pagination";
import { ConnectionList } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { PUBLIC_REPORTS_PAGE_SIZE, PublicReportsQuery } from "../graphql";
import { ReportCard } from "./report-card";

/** The latest verified, non-confidential reports, newest first, a page at a time. */
export function PublicReportList() {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery(PublicReportsQuery, {
    variables: { first: PUBLIC_REPORTS_PAGE_SIZE },
  });
  const connection = query.data?.reports;
  const list = useConnectionList(connection, query);

  const content = (
    <ConnectionList
      {...list}
      errorTitle={t("reports.loadError")}
      emptyTitle={t("reports.empty")}
      emptyBody={<p>{t("reports.emptyHint")}</p>}
      renderItem={(report) => <ReportCard report={report} />}
    />
  );

  return (
    <section className="ad-section ad-stack" aria-labelledby={headingId}>
      <div className="ad-spread">
        <h2 id={headingId}>{t("reports.heading")}</h2>
        {connection ? <p className="ad-meta">{t("reports.count", { count: connection.totalCount })}</p> : null}
      </div>
      {content}
    </section>
  );
}
