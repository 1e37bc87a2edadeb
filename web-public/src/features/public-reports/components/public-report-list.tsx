import { useConnectionList } from "@aduan/graphql-client/pagination";
import { ConnectionList } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { PublicReportsQueryVariables } from "../gql/graphql";
import { PUBLIC_REPORTS_PAGE_SIZE, PublicReportsQuery } from "../graphql";
import { ReportCard, type ReportLink } from "./report-card";

export interface PublicReportListProps {
  /** The list's filter and order (default: every public report, newest first). */
  variables?: Omit<PublicReportsQueryVariables, "first" | "after">;
  /** Default: "Latest reports". */
  heading?: string;
  /** Shown between the heading and the list (e.g. a link to browse them all). */
  intro?: ReactNode;
  emptyTitle?: string;
  emptyBody?: ReactNode;
  /** Where each report opens (default its public page). */
  link?: ReportLink;
}

/** Reports a page at a time ("load more"), with their count: the latest public ones unless told otherwise. */
export function PublicReportList({ variables, heading, intro, emptyTitle, emptyBody, link }: PublicReportListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery(PublicReportsQuery, {
    variables: { first: PUBLIC_REPORTS_PAGE_SIZE, ...variables },
  });
  const connection = query.data?.reports;
  const list = useConnectionList(connection, query);

  return (
    <section className="ad-section ad-stack" aria-labelledby={headingId}>
      <div className="ad-spread">
        <h2 id={headingId}>{heading ?? t("reports.heading")}</h2>
        {connection ? (
          <p className="ad-meta" aria-live="polite">
            {t("reports.count", { count: connection.totalCount })}
          </p>
        ) : null}
      </div>
      {intro}
      <ConnectionList
        {...list}
        errorTitle={t("reports.loadError")}
        emptyTitle={emptyTitle ?? t("reports.empty")}
        emptyBody={emptyBody ?? <p>{t("reports.emptyHint")}</p>}
        renderItem={(report) => <ReportCard report={report} link={link} />}
      />
    </section>
  );
}
