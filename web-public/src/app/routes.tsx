import { PageBoundary } from "@aduan/ui/components";
import { lazy } from "react";
import { Route, Switch } from "wouter";
import { StatisticsRoute } from "../features/statistics/statistics-route";
import { SubmitRoute } from "../features/submit/submit-route";
import { TrackRoute } from "../features/tracking/track-route";
import { HomePage } from "../pages/home-page";
import { NotFoundPage } from "../pages/not-found-page";

// Each loads (with its documents, texts and styles) only when someone opens it.
const BrowsePage = lazy(() => import("../pages/browse-page"));
const ReportPage = lazy(() => import("../pages/report-page"));
const SignInPage = lazy(() => import("../pages/sign-in-page"));
const SignUpPage = lazy(() => import("../pages/sign-up-page"));
const MyReportsPage = lazy(() => import("../pages/my-reports-page"));

export function AppRoutes() {
  return (
    <PageBoundary>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/lapor" component={SubmitRoute} />
        <Route path="/laporan" component={BrowsePage} />
        <Route path="/laporan/:trackingId" component={ReportPage} />
        <Route path="/laporan-saya" component={MyReportsPage} />
        <Route path="/masuk" component={SignInPage} />
        <Route path="/daftar" component={SignUpPage} />
        <Route path="/statistik" component={StatisticsRoute} />
        <Route path="/track/:trackingId" component={TrackRoute} />
        <Route component={NotFoundPage} />
      </Switch>
    </PageBoundary>
  );
}
