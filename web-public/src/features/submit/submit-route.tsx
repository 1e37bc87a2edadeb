import { Loading } from "@aduan/ui/components";
import { lazy, Suspense } from "react";

// The form, its uploads and its texts' logic load only when someone opens /lapor.
const SubmitPage = lazy(() => import("../../pages/submit-page"));

export function SubmitRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <SubmitPage />
    </Suspense>
  );
}
