import { AppShell, NavLink } from "@aduan/ui/components";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import type { i18n as I18n } from "i18next";
import { lazy, Suspense } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { Router } from "wouter";
import { AppRoutes } from "./routes";

/** The base path without its trailing slash ("" at the root), for the router. */
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

// The account link knows who is signed in: the session code comes after the first page, not in the entry.
const AccountNav = lazy(() => import("../features/account/components/account-nav"));

function Navigation() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("nav.label")} className="ad-row">
      <NavLink href="/laporan" nested className="ad-button ad-button--ghost">
        {t("nav.browse")}
      </NavLink>
      <NavLink href="/statistik" className="ad-button ad-button--ghost">
        {t("stats.nav")}
      </NavLink>
      <Suspense fallback={null}>
        <AccountNav />
      </Suspense>
    </nav>
  );
}

export function App({ client, i18n }: { client: ApolloClient; i18n: I18n }) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <Router base={base}>
          <AppShell homeHref={import.meta.env.BASE_URL} actions={<Navigation />}>
            <AppRoutes />
          </AppShell>
        </Router>
      </I18nextProvider>
    </ApolloProvider>
  );
}
