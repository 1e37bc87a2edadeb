import { describeError } from "@aduan/graphql-client/errors";
import { useLoadMore } from "@aduan/graphql-client/pagination";
import { EmptyState, ErrorNotice, Loading, LoadMore } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { PUBLIC_REPORTS_PAGE_SIZE, PublicReportsQuery } from "../graphql";
import { ReportCard } from "./report-card";

/** The latest verified, non-confidential reports, newest first, a page at a time. */
export function PublicReportList() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch, fetchMore } = useQuery(PublicReportsQuery, {
    variables: { first: PUBLIC_REPORTS_PAGE_SIZE },
  });
  const connection = data?.reports;
  const more = useLoadMore(connection?.pageInfo, fetchMore);

  let content: ReactNode;
  if (!connection) {
    content = error ? (
      <ErrorNotice
        title={t("reports.loadError")}
        code={describeError(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <Loading />
    );
  } else if (connection.edges.length === 0) {
    content = (
      <EmptyState title={t("reports.empty")}>
        <p>{t("reports.emptyHint")}</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <ul className="ad-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <ReportCard report={node} />
            </li>
          ))}
        </ul>
        <LoadMore
          hasMore={more.hasMore}
          busy={more.loading}
          errorCode={more.error ? describeError(more.error) : null}
          onLoadMore={() => void more.loadMore()}
        />
      </>
    );
  }

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
