import { AppShell, Button, ErrorNotice, Loading, Notice, SignInForm, useErrorText } from "@aduan/ui/components";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import type { i18n as I18n } from "i18next";
import type { ComponentType, ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { Router } from "wouter";
import { type Role, SessionProvider, type SignedOutReason, useSession } from "./session";
import type { TokenStore } from "./token-store";

export interface StaffAppProps {
  client: ApolloClient;
  i18n: I18n;
  tokens: TokenStore;
  /** Who may use the portal: anyone else is signed out with NO_ACCESS. */
  allowedRoles: readonly Role[];
  /** The app's base path (Vite's BASE_URL), with or without its trailing slash. */
  base: string;
  children: ReactNode;
}

/** A staff portal's providers: Apollo, the app's texts, the session and a router under the app's base path. */
export function StaffApp({ client, i18n, tokens, allowedRoles, base, children }: StaffAppProps) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <SessionProvider tokens={tokens} allowedRoles={allowedRoles}>
          <Router base={base.replace(/\/$/, "")}>{children}</Router>
        </SessionProvider>
      </I18nextProvider>
    </ApolloProvider>
  );
}

/**
 * The staff portals' sign-in page, with the heading and intro of the app's own messages (`signIn.heading`,
 * `signIn.intro`, `documentTitle.signIn`) and why a session ended, if it did.
 */
export function StaffSignInPage({ reason }: { reason: SignedOutReason | null }) {
  // The keys are in each staff portal's own messages, whose types this package cannot see.
  const t = useTranslation().t as unknown as (
    key: "documentTitle.signIn" | "signIn.heading" | "signIn.intro",
  ) => string;
  const errorText = useErrorText();
  const { signIn } = useSession();
  return (
    <>
      <title>{t("documentTitle.signIn")}</title>
      <SignInForm
        heading={t("signIn.heading")}
        intro={<p>{t("signIn.intro")}</p>}
        notice={reason ? <Notice tone="warning">{errorText(reason)}</Notice> : null}
        onSubmit={signIn}
      />
    </>
  );
}

export interface StaffRootProps {
  /** Where the portal's name in the header links to (the app's base path). */
  homeHref: string;
  /** The page shown to someone signed out, told why when the session ended or lacked access (default: StaffSignInPage). */
  signInPage?: ComponentType<{ reason: SignedOutReason | null }>;
  /** The portal's pages, shown once signed in. */
  children: ReactNode;
}

/**
 * The header, with the portal's name (the `area` text of the app's own messages), and, depending on the session, the
 * sign-in page or the portal's pages.
 */
export function StaffRoot({ homeHref, signInPage: SignInPage = StaffSignInPage, children }: StaffRootProps) {
  // The key is in each staff portal's own messages, whose types this package (and web-public) cannot see.
  const appText = useTranslation().t as unknown as (key: "area") => string;
  const { t } = useTranslation("common");
  const { state, signOut } = useSession();

  let body: ReactNode;
  let actions: ReactNode = null;
  switch (state.status) {
    case "checking":
      body = <Loading label={t("session.checking")} />;
      break;
    case "unavailable":
      body = <ErrorNotice title={t("session.unavailable")} code="NETWORK" onRetry={state.retry} />;
      break;
    case "signedOut":
      body = <SignInPage reason={state.reason} />;
      break;
    case "signedIn":
      body = children;
      actions = (
        <>
          <span className="ad-user" title={state.user.agency?.name ?? undefined}>
            {state.user.name}
          </span>
          <Button variant="ghost" onClick={() => void signOut()}>
            {t("signOut")}
          </Button>
        </>
      );
      break;
  }

  return (
    <AppShell area={appText("area")} homeHref={homeHref} actions={actions}>
      {body}
    </AppShell>
  );
}
