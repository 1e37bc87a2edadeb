import { useParams } from "wouter";
import { TrackReport } from "../features/tracking/components/track-report";
import { TrackingView } from "../features/tracking/components/tracking-view";
import { useTrackingTranslation } from "../features/tracking/i18n";
import { normalizeTrackingId } from "../features/tracking/tracking-id";
import "../features/tracking/tracking.css";

/** `/track/:trackingId`: a report's status, timeline and dialogue, live; the reporter's view with the access code. */
export default function TrackPage() {
  const { t } = useTrackingTranslation();
  const params = useParams<{ trackingId: string }>();
  const trackingId = normalizeTrackingId(decodeURIComponent(params.trackingId ?? ""));
  return (
    <>
      <title>{t("documentTitle", { trackingId: trackingId ?? "" })}</title>
      {trackingId ? (
        // A new tracking ID starts afresh (its own access code, events and subscription).
        <TrackingView key={trackingId} trackingId={trackingId} />
      ) : (
        <>
          <h1>{t("heading")}</h1>
          <p role="alert">{t("trackingIdInvalid")}</p>
          <TrackReport />
        </>
      )}
    </>
  );
}
