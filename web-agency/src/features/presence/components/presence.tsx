import { useMutation, useSubscription } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ReportViewersSubscription, ViewReportMutation } from "../graphql";

/** How often the console tells the API the report is still open (an entry lapses after 45 s). */
export const HEARTBEAT_MS = 20_000;

interface Viewer {
  userId: string;
  name: string;
}

/**
 * Tells colleagues this report is open (a heartbeat while mounted, "leaving" when it closes) and names the ones who
 * have it open too, so two operators do not answer the same report. Announced politely.
 */
export function Presence({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [viewers, setViewers] = useState<readonly Viewer[]>([]);
  const [viewReport] = useMutation(ViewReportMutation);

  useSubscription(ReportViewersSubscription, {
    variables: { reportId },
    onData: ({ data }) => {
      if (data.data) setViewers(data.data.reportViewers);
    },
  });

  useEffect(() => {
    let active = true;
    const beat = (leaving?: boolean) =>
      viewReport({ variables: { input: leaving ? { reportId, leaving } : { reportId } } }).then(
        (result) => {
          if (active && !leaving && result.data) setViewers(result.data.viewReport.viewers);
        },
        () => {}, // presence is a courtesy: a missed heartbeat only lapses
      );
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const leave = () => void beat(true);
    window.addEventListener("pagehide", leave);
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [reportId, viewReport]);

  const names = [...new Set(viewers.map((viewer) => viewer.name))];
  return (
    <p className="ad-meta" aria-live="polite">
      {names.length ? <strong>{t("presence.alsoViewing", { names: names.join(", ") })}</strong> : null}
    </p>
  );
}
