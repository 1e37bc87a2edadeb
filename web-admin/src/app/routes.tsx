import { Route, Switch } from "wouter";
import { NotFoundPage } from "../pages/not-found-page";
import { QueuePage } from "../pages/queue-page";

/** Pages for a signed-in verifier or admin. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={QueuePage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
