import { NavLink, PageBoundary } from "@aduan/ui/components";
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Route, Switch } from "wouter";
import { useIsAgencyAdmin } from "../features/common/roles";
import { NotFoundPage } from "../pages/not-found-page";

// Each page loads on demand: the table, dialogs, toasts and charts stay out of the first download.
const InboxPage = lazy(() => import("../pages/inbox-page"));
const ReportPage = lazy(() => import("../pages/report-page"));
const DashboardPage = lazy(() => import("../pages/dashboard-page"));
const TemplatesPage = lazy(() => import("../pages/templates-page"));
const StaffPage = lazy(() => import("../pages/staff-page"));
const UnitsPage = lazy(() => import("../pages/units-page"));

/** Pages for a signed-in agency user. */
export function AppRoutes() {
  const { t } = useTranslation();
  const isAdmin = useIsAgencyAdmin();
  return (
    <>
      <nav aria-label={t("nav.label")} className="ad-row">
        <NavLink href="/">{t("nav.inbox")}</NavLink>
        <NavLink href="/dashboard">{t("nav.dashboard")}</NavLink>
        {isAdmin ? (
          <>
            <NavLink href="/templates">{t("nav.templates")}</NavLink>
            <NavLink href="/staff">{t("nav.staff")}</NavLink>
            <NavLink href="/units">{t("nav.units")}</NavLink>
          </>
        ) : null}
      </nav>
      <PageBoundary>
        <Switch>
          <Route path="/" component={InboxPage} />
          <Route path="/dispositions/:id" component={ReportPage} />
          <Route path="/dashboard" component={DashboardPage} />
          <Route path="/templates" component={TemplatesPage} />
          <Route path="/staff" component={StaffPage} />
          <Route path="/units" component={UnitsPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </PageBoundary>
    </>
  );
}
