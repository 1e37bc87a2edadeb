import { type SignInFailure, useSession } from "@aduan/graphql-client/session";
import { Notice, SignInForm } from "@aduan/ui/components";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearch } from "wouter";
import { useAccountTranslation } from "../features/account/i18n";
import { RETURN_PARAM, safeReturnPath, signInHref } from "../features/account/return-to";
import { PublicSession } from "../features/account/session";
import "../features/account/account.css";

/** `/masuk?kembali=/laporan/ADU-...`: a citizen signs in and goes back to where they came from. */
export default function SignInPage() {
  return (
    <PublicSession>
      <SignIn />
    </PublicSession>
  );
}

function SignIn() {
  const { t } = useAccountTranslation();
  const { t: tc } = useTranslation("common");
  const { state, signIn } = useSession();
  const [, navigate] = useLocation();
  const returnTo = safeReturnPath(new URLSearchParams(useSearch()).get(RETURN_PARAM));

  useEffect(() => {
    if (state.status === "signedIn") navigate(returnTo, { replace: true });
  }, [state.status, navigate, returnTo]);

  async function submit(credentials: { email: string; password: string }): Promise<SignInFailure | null> {
    const failure = await signIn(credentials);
    // A staff account: say where it belongs (the code is not one of the shared error codes, so the text shows).
    return failure?.code === "NO_ACCESS" ? { code: "STAFF_ACCOUNT", message: t("signIn.staffAccount") } : failure;
  }

  let notice = null;
  if (state.status === "signedOut" && state.reason === "SESSION_EXPIRED")
    notice = <Notice tone="warning">{tc("errors.SESSION_EXPIRED")}</Notice>;
  else if (returnTo !== "/") notice = <Notice>{t("signIn.returnNotice")}</Notice>;

  return (
    <>
      <title>{t("signIn.documentTitle")}</title>
      <SignInForm heading={t("signIn.heading")} intro={<p>{t("signIn.intro")}</p>} notice={notice} onSubmit={submit} />
      <p className="ac-switch">
        {t("signIn.noAccount")} <Link href={signInHref(returnTo, "/daftar")}>{t("signIn.signUpLink")}</Link>
      </p>
    </>
  );
}
