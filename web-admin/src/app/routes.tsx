import { useSession } from "@aduan/graphql-client/session";
import { NavLink, PageBoundary } from "@aduan/ui/components";
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Route, Switch } from "wouter";
import { NotFoundPage } from "../pages/not-found-page";

// Each page loads on demand: the table, dialogs and toasts stay out of the first download.
const QueuePage = lazy(() => import("../pages/queue-page"));
const AuditPage = lazy(() => import("../pages/audit-page"));
const TemplatesPage = lazy(() => import("../pages/templates-page"));
// Platform management for admins (/kelola/…), with its own sub-navigation.
const ManagePage = lazy(() => import("../pages/manage-page"));
// National oversight: the returned queue, overdue dispositions, statistics (with the charting library), the outbox.
const ReturnedPage = lazy(() => import("../pages/returned-page"));
const OverduePage = lazy(() => import("../pages/overdue-page"));
const StatisticsPage = lazy(() => import("../pages/statistics-page"));
const OutboxPage = lazy(() => import("../pages/outbox-page"));

/** Verifiers and admins use the whole portal; an analyst only the statistics (the API authorises every request). */
export function isDeskUser(roles: readonly string[]): boolean {
  return roles.includes("ADMIN") || roles.includes("VERIFIER");
}

/** An analyst's portal: the statistics pages only. */
function AnalystRoutes() {
  const { t } = useTranslation();
  return (
    <>
      <nav aria-label={t("nav.label")} className="ad-row">
        <NavLink href="/">{t("oversightNav.statistics")}</NavLink>
      </nav>
      <PageBoundary>
        <Switch>
          <Route path="/" component={StatisticsPage} />
          <Route path="/statistics" component={StatisticsPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </PageBoundary>
    </>
  );
}

/** Pages for a signed-in verifier or admin (or analyst). */
export function AppRoutes() {
  const { t } = useTranslation();
  const { state } = useSession();
  const isAdmin = state.status === "signedIn" && state.user.roles.includes("ADMIN");
  if (state.status === "signedIn" && !isDeskUser(state.user.roles)) return <AnalystRoutes />;
  return (
    <>
      <nav aria-label={t("nav.label")} className="ad-row">
        <NavLink href="/">{t("nav.queue")}</NavLink>
        <NavLink href="/audit">{t("nav.audit")}</NavLink>
        {isAdmin ? <NavLink href="/templates">{t("nav.templates")}</NavLink> : null}
        {isAdmin ? (
          <NavLink href="/kelola" nested>
            {t("nav.manage")}
          </NavLink>
        ) : null}
        <NavLink href="/returned">{t("oversightNav.returned")}</NavLink>
        <NavLink href="/overdue">{t("oversightNav.overdue")}</NavLink>
        <NavLink href="/statistics">{t("oversightNav.statistics")}</NavLink>
        {isAdmin ? <NavLink href="/outbox">{t("oversightNav.outbox")}</NavLink> : null}
      </nav>
      <PageBoundary>
        <Switch>
          <Route path="/" component={QueuePage} />
          <Route path="/audit" component={AuditPage} />
          {isAdmin ? <Route path="/templates" component={TemplatesPage} /> : null}
          {isAdmin ? <Route path="/kelola" nest component={ManagePage} /> : null}
          <Route path="/returned" component={ReturnedPage} />
          <Route path="/overdue" component={OverduePage} />
          <Route path="/statistics" component={StatisticsPage} />
          {isAdmin ? <Route path="/outbox" component={OutboxPage} /> : null}
          <Route component={NotFoundPage} />
        </Switch>
      </PageBoundary>
    </>
  );
}
