import { useConnectionList } from "@aduan/graphql-client/pagination";
import { ConnectionList, Segmented } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AgencyInboxQuery, type InboxView, inboxVariables } from "../graphql";
import { DispositionCard } from "./disposition-card";

/** The agency's dispositions (its units' too): what needs action first, nearest deadline on top. */
export function Inbox() {
  const { t } = useTranslation();
  const [view, setView] = useState<InboxView>("open");
  const query = useQuery(AgencyInboxQuery, { variables: inboxVariables(view) });
  const connection = query.data?.dispositions;
  const list = useConnectionList(connection, query);

  const content = (
    <ConnectionList
      {...list}
      errorTitle={t("inbox.loadError")}
      emptyTitle={view === "open" ? t("inbox.emptyOpen") : t("inbox.emptyAll")}
      renderItem={(disposition) => <DispositionCard disposition={disposition} />}
    />
  );

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
