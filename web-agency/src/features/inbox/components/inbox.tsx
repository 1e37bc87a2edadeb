import { describeError } from "@aduan/graphql-client/errors";
import { useLoadMore } from "@aduan/graphql-client/pagination";
import { EmptyState, ErrorNotice, Loading, LoadMore, Segmented } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { AgencyInboxQuery, type InboxView, inboxVariables } from "../graphql";
import { DispositionCard } from "./disposition-card";

/** The agency's dispositions (its units' too): what needs action first, nearest deadline on top. */
export function Inbox() {
  const { t } = useTranslation();
  const [view, setView] = useState<InboxView>("open");
  const { data, error, refetch, fetchMore } = useQuery(AgencyInboxQuery, { variables: inboxVariables(view) });
  const connection = data?.dispositions;
  const more = useLoadMore(connection?.pageInfo, fetchMore);

  let content: ReactNode;
  if (!connection) {
    content = error ? (
      <ErrorNotice
        title={t("inbox.loadError")}
        code={describeError(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <Loading />
    );
  } else if (connection.edges.length === 0) {
    content = <EmptyState title={view === "open" ? t("inbox.emptyOpen") : t("inbox.emptyAll")} />;
  } else {
    content = (
      <>
        <ul className="ad-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <DispositionCard disposition={node} />
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
      <div className="ad-spread">
        <h1>{t("inbox.heading")}</h1>
        {connection ? <p className="ad-meta">{t("inbox.count", { count: connection.totalCount })}</p> : null}
      </div>
      <Segmented
        label={t("inbox.view")}
        value={view}
        onChange={setView}
        options={[
          { value: "open", label: t("inbox.viewOpen") },
          { value: "all", label: t("inbox.viewAll") },
        ]}
      />
      {content}
    </section>
  );
}
