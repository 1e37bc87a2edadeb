import { AppShell } from "@aduan/ui/components";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import type { i18n as I18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { Router } from "wouter";
import { StatisticsNavLink } from "../features/statistics/components/statistics-nav-link";
import { AppRoutes } from "./routes";

/** The app's base path without its trailing slash ("" at the root), for the router. */
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

export function App({ client, i18n }: { client: ApolloClient; i18n: I18n }) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <Router base={base}>
          <AppShell homeHref={import.meta.env.BASE_URL} actions={<StatisticsNavLink />}>
            <AppRoutes />
          </AppShell>
        </Router>
      </I18nextProvider>
    </ApolloProvider>
  );
}
