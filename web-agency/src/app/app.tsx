import { type Role, SessionProvider, type TokenStore } from "@aduan/graphql-client/session";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import type { i18n as I18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { Router } from "wouter";
import { Root } from "./root";

/** Who may use the agency portal. */
export const ALLOWED_ROLES: readonly Role[] = ["AGENCY_ADMIN", "AGENCY_OPERATOR"];

/** The app's base path without its trailing slash, for the router. */
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

export function App({ client, i18n, tokens }: { client: ApolloClient; i18n: I18n; tokens: TokenStore }) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <SessionProvider tokens={tokens} allowedRoles={ALLOWED_ROLES}>
          <Router base={base}>
            <Root />
          </Router>
        </SessionProvider>
      </I18nextProvider>
    </ApolloProvider>
  );
}
