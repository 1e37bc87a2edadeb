import { usePresence } from "@aduan/graphql-client/presence";
import { useReportTranslation } from "../../report/i18n";
import { ReportViewersSubscription, ViewReportMutation } from "../graphql";

export { HEARTBEAT_MS } from "@aduan/graphql-client/presence";

const DOCUMENTS = { viewReport: ViewReportMutation, reportViewers: ReportViewersSubscription };

/**
 * Tells colleagues this report is open and names the ones who have it open too, so two operators do not answer the
 * same report. Announced politely.
 */
export function Presence({ reportId }: { reportId: string }) {
  const { t } = useReportTranslation();
  const viewers = usePresence(reportId, DOCUMENTS);
  const names = [...new Set(viewers.map((viewer) => viewer.name))];
  return (
    <p className="ad-meta" aria-live="polite">
      {names.length ? <strong>{t("presence.alsoViewing", { names: names.join(", ") })}</strong> : null}
    </p>
  );
}
