import { Loading } from "@aduan/ui/components";
import { lazy, Suspense } from "react";

// recharts and the page's styles load only when someone opens /statistik.
const StatisticsPage = lazy(() => import("../../pages/statistics-page"));

export function StatisticsRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <StatisticsPage />
    </Suspense>
  );
}
