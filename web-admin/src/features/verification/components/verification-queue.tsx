import { useConnectionList } from "@aduan/graphql-client/pagination";
import { ConnectionList } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { QUEUE_PAGE_SIZE, VerificationQueueQuery } from "../graphql";
import { QueueItem } from "./queue-item";

export function VerificationQueue() {
  const { t } = useTranslation();
  const query = useQuery(VerificationQueueQuery, {
    variables: { first: QUEUE_PAGE_SIZE },
  });
  const connection = query.data?.reports;
  const list = useConnectionList(connection, query);

  const content = (
    <ConnectionList
      {...list}
      errorTitle={t("queue.loadError")}
      emptyTitle={t("queue.empty")}
      renderItem={(report) => <QueueItem report={report} />}
    />
  );

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
