import { Loading } from "@aduan/ui/components";
import { lazy, Suspense } from "react";

// The tracking page (and the WebSocket client it subscribes with) loads only when someone opens /track/:trackingId.
const TrackPage = lazy(() => import("../../pages/track-page"));

export function TrackRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <TrackPage />
    </Suspense>
  );
}
