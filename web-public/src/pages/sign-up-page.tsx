import { useSession } from "@aduan/graphql-client/session";
import { useEffect, useId } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { SignUpForm } from "../features/account/components/sign-up-form";
import { useAccountTranslation } from "../features/account/i18n";
import { RETURN_PARAM, safeReturnPath, signInHref } from "../features/account/return-to";
import { PublicSession } from "../features/account/session";
import "../features/account/account.css";

/** `/daftar?kembali=...`: a new citizen account, signed in at once, then back to where they came from. */
export default function SignUpPage() {
  return (
    <PublicSession>
      <SignUp />
    </PublicSession>
  );
}

function SignUp() {
  const { t } = useAccountTranslation();
  const { state } = useSession();
  const [, navigate] = useLocation();
  const returnTo = safeReturnPath(new URLSearchParams(useSearch()).get(RETURN_PARAM));
  const signedIn = state.status === "signedIn";
  const headingId = useId();

  useEffect(() => {
    if (signedIn) navigate(returnTo, { replace: true });
  }, [signedIn, navigate, returnTo]);

  return (
    <>
      <title>{t("signUp.documentTitle")}</title>
      <section className="ad-signin" aria-labelledby={headingId}>
        <h1 id={headingId}>{t("signUp.heading")}</h1>
        <p className="ad-signin__intro">{t("signUp.intro")}</p>
        <SignUpForm onSignedUp={() => navigate(returnTo, { replace: true })} />
      </section>
      <p className="ac-switch">
        {t("signUp.haveAccount")} <Link href={signInHref(returnTo)}>{t("signUp.signInLink")}</Link>
      </p>
    </>
  );
}
