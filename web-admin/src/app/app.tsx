import { type Role, StaffApp, type TokenStore } from "@aduan/graphql-client/session";
import type { ApolloClient } from "@apollo/client";
import type { i18n as I18n } from "i18next";
import { Root } from "./root";

/** Who may use the verification portal: verifiers and admins, and analysts (the statistics pages only). */
export const ALLOWED_ROLES: readonly Role[] = ["ADMIN", "VERIFIER", "ANALYST"];

export function App(props: { client: ApolloClient; i18n: I18n; tokens: TokenStore }) {
  return (
    <StaffApp {...props} allowedRoles={ALLOWED_ROLES} base={import.meta.env.BASE_URL}>
      <Root />
    </StaffApp>
  );
}
