import { Notice } from "@aduan/ui/components";
import { useMutation, useSubscription } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ReportViewersSubscription, ViewReportMutation } from "../graphql";

export const HEARTBEAT_MS = 20_000;

interface Viewer {
  userId: string;
  name: string;
}

/** Tells the verifier when colleagues have the same report open (and tells them in turn, by a heartbeat). */
export function PresenceBanner({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [viewers, setViewers] = useState<readonly Viewer[]>([]);
  const [view] = useMutation(ViewReportMutation);

  useEffect(() => {
    let stopped = false;
    const beat = (leaving = false) =>
      view({ variables: { input: { reportId, leaving } } })
        .then((result) => {
          if (!stopped && result.data) setViewers(result.data.viewReport.viewers);
        })
        .catch(() => undefined);
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      void beat(true);
    };
  }, [reportId, view]);

  useSubscription(ReportViewersSubscription, {
    variables: { reportId },
    onData: ({ data }) => {
      if (data.data) setViewers(data.data.reportViewers);
    },
  });

  if (!viewers.length) return null;
  return (
    <Notice tone="warning">
      {t("desk.presence", { names: viewers.map((v) => v.name).join(", "), count: viewers.length })}
    </Notice>
  );
}
