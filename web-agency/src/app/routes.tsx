import { Route, Switch } from "wouter";
import { InboxPage } from "../pages/inbox-page";
import { NotFoundPage } from "../pages/not-found-page";

/** Pages for a signed-in agency user. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={InboxPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
