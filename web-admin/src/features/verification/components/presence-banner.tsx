import { usePresence } from "@aduan/graphql-client/presence";
import { Notice } from "@aduan/ui/components";
import { ReportViewersSubscription, ViewReportMutation } from "../graphql";
import { useVerificationTranslation } from "../i18n";

export { HEARTBEAT_MS } from "@aduan/graphql-client/presence";

const DOCUMENTS = { viewReport: ViewReportMutation, reportViewers: ReportViewersSubscription };

/** Tells the verifier when colleagues have the same report open (and tells them in turn, by a heartbeat). */
export function PresenceBanner({ reportId }: { reportId: string }) {
  const { t } = useVerificationTranslation();
  const viewers = usePresence(reportId, DOCUMENTS);

  if (!viewers.length) return null;
  return (
    <Notice tone="warning">
      {t("desk.presence", { names: viewers.map((v) => v.name).join(", "), count: viewers.length })}
    </Notice>
  );
}
