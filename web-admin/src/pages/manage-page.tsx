import "../features/manage-common/manage.css";
import { Loading, Toaster } from "@aduan/ui/components";
import { type ComponentType, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Redirect, Route, Switch, useRoute } from "wouter";
import { useManageTranslation } from "../features/manage-common/i18n";
import { NotFoundPage } from "./not-found-page";

const AgencyAdmin = lazy(() =>
  import("../features/manage-agencies/components/agency-admin").then((m) => ({ default: m.AgencyAdmin })),
);
const CategoryAdmin = lazy(() =>
  import("../features/manage-categories/components/category-admin").then((m) => ({ default: m.CategoryAdmin })),
);
const UserAdmin = lazy(() =>
  import("../features/manage-users/components/user-admin").then((m) => ({ default: m.UserAdmin })),
);
const CalendarAdmin = lazy(() =>
  import("../features/manage-service-levels/components/calendar-admin").then((m) => ({ default: m.CalendarAdmin })),
);
const WebhookAdmin = lazy(() =>
  import("../features/manage-webhooks/components/webhook-admin").then((m) => ({ default: m.WebhookAdmin })),
);

type Section = "agencies" | "categories" | "users" | "calendar" | "webhooks";
const SECTIONS: readonly { path: string; section: Section; component: ComponentType }[] = [
  { path: "/instansi", section: "agencies", component: AgencyAdmin },
  { path: "/kategori", section: "categories", component: CategoryAdmin },
  { path: "/pengguna", section: "users", component: UserAdmin },
  { path: "/kalender", section: "calendar", component: CalendarAdmin },
  { path: "/webhook", section: "webhooks", component: WebhookAdmin },
];

function SectionLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

function SectionPage({ section, component: Component }: { section: Section; component: ComponentType }) {
  const { t } = useManageTranslation();
  return (
    <>
      <title>{t("documentTitle", { section: t(`nav.${section}`) })}</title>
      <Component />
    </>
  );
}

/** Platform management for national admins (/kelola/…): its own sub-navigation, each section loaded on demand. */
export default function ManagePage() {
  const { t } = useManageTranslation();
  const { t: ta } = useTranslation();
  const { t: tc } = useTranslation("common");
  return (
    <div className="ad-stack ad-manage">
      <Toaster label={ta("notices")} />
      <h1>{t("heading")}</h1>
      <nav aria-label={t("nav.label")} className="ad-row">
        {SECTIONS.map(({ path, section }) => (
          <SectionLink key={section} href={path}>
            {t(`nav.${section}`)}
          </SectionLink>
        ))}
      </nav>
      <Suspense fallback={<Loading label={tc("loading")} />}>
        <Switch>
          <Route path="/">
            <Redirect to="/instansi" replace />
          </Route>
          {SECTIONS.map(({ path, section, component }) => (
            <Route key={section} path={path}>
              <SectionPage section={section} component={component} />
            </Route>
          ))}
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </div>
  );
}
