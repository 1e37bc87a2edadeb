import { useSession } from "@aduan/graphql-client/session";
import { AppShell, Button, ErrorNotice, Loading } from "@aduan/ui/components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SignInPage } from "../pages/sign-in-page";
import { AppRoutes } from "./routes";

/** The header and, depending on the session, the sign-in form or the app's pages. */
export function Root() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation("common");
  const { state, signOut } = useSession();

  let body: ReactNode;
  let actions: ReactNode = null;
  switch (state.status) {
    case "checking":
      body = <Loading label={tc("session.checking")} />;
      break;
    case "unavailable":
      body = <ErrorNotice title={tc("session.unavailable")} code="NETWORK" onRetry={state.retry} />;
      break;
    case "signedOut":
      body = <SignInPage reason={state.reason} />;
      break;
    case "signedIn":
      body = <AppRoutes />;
      actions = (
        <>
          <span className="ad-user" title={state.user.agency?.name ?? undefined}>
            {state.user.name}
          </span>
          <Button variant="ghost" onClick={() => void signOut()}>
            {tc("signOut")}
          </Button>
        </>
      );
      break;
  }

  return (
    <AppShell area={t("area")} homeHref={import.meta.env.BASE_URL} actions={actions}>
      {body}
    </AppShell>
  );
}
