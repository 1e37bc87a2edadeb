import { Notice } from "@aduan/ui/components";
import { Link, useParams } from "wouter";
import { PublicSession } from "../features/account/session";
import { SupportPanel } from "../features/browse/components/support-panel";
import { lastListHref } from "../features/browse/filters";
import { useBrowseTranslation } from "../features/browse/i18n";
import { TrackingView } from "../features/tracking/components/tracking-view";
import { useTrackingTranslation } from "../features/tracking/i18n";
import { normalizeTrackingId } from "../features/tracking/tracking-id";
import "../features/tracking/tracking.css";

/**
 * `/laporan/:trackingId`: a public report opened from the list: its content, status, timeline and the dialogue as the
 * public may see them (live), and its support.
 */
export default function ReportPage() {
  const { t } = useTrackingTranslation();
  const { t: tb } = useBrowseTranslation();
  const params = useParams<{ trackingId: string }>();
  const trackingId = normalizeTrackingId(decodeURIComponent(params.trackingId ?? ""));
  return (
    <PublicSession>
      <title>{t("documentTitle", { trackingId: trackingId ?? "" })}</title>
      <p>
        <Link href={lastListHref()}>{tb("back")}</Link>
      </p>
      {trackingId ? (
        <TrackingView
          key={trackingId}
          trackingId={trackingId}
          variant="public"
          aside={<SupportPanel trackingId={trackingId} />}
        />
      ) : (
        <Notice tone="warning">{tb("invalid")}</Notice>
      )}
    </PublicSession>
  );
}
