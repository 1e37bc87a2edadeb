import { Route, Switch } from "wouter";
import { StatisticsRoute } from "../features/statistics/statistics-route";
import { SubmitRoute } from "../features/submit/submit-route";
import { TrackRoute } from "../features/tracking/track-route";
import { HomePage } from "../pages/home-page";
import { NotFoundPage } from "../pages/not-found-page";

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/lapor" component={SubmitRoute} />
      <Route path="/statistik" component={StatisticsRoute} />
      <Route path="/track/:trackingId" component={TrackRoute} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
