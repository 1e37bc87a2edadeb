import { describeError } from "@aduan/graphql-client/errors";
import { useLoadMore } from "@aduan/graphql-client/pagination";
import { EmptyState, ErrorNotice, Loading, LoadMore } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QUEUE_PAGE_SIZE, VerificationQueueQuery } from "../graphql";
import { QueueItem } from "./queue-item";

export function VerificationQueue() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(VerificationQueueQuery, {
    variables: { first: QUEUE_PAGE_SIZE },
  });
  const connection = data?.reports;
  const more = useLoadMore(connection?.pageInfo, fetchMore);

  let content: ReactNode;
  if (!connection) {
    content = error ? (
      <ErrorNotice
        title={t("queue.loadError")}
        code={describeError(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <Loading />
    );
  } else if (connection.edges.length === 0) {
    content = <EmptyState title={t("queue.empty")} />;
  } else {
    content = (
      <>
        <ul className="ad-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <QueueItem report={node} />
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
    <section className="ad-stack">
      <div>
        <div className="ad-spread">
          <h1>{t("queue.heading")}</h1>
          {connection ? <p className="ad-meta">{t("queue.count", { count: connection.totalCount })}</p> : null}
        </div>
        <p className="ad-meta">{t("queue.intro")}</p>
      </div>
      {content}
    </section>
  );
}
