import { useSession } from "@aduan/graphql-client/session";
import { Link, useLocation, useSearch } from "wouter";
import { useAccountTranslation } from "../i18n";
import { signInHref } from "../return-to";
import { PublicSession } from "../session";

/** The header's account link: "My reports" when signed in, else "Sign in" (coming back to this page). */
export default function AccountNav() {
  return (
    <PublicSession>
      <AccountLink />
    </PublicSession>
  );
}

function AccountLink() {
  const { t } = useAccountTranslation();
  const { state } = useSession();
  const [location] = useLocation();
  const search = useSearch();
  if (state.status === "checking") return null;
  if (state.status === "signedIn")
    return (
      <Link
        href="/laporan-saya"
        className="ad-button ad-button--ghost"
        aria-current={location === "/laporan-saya" ? "page" : undefined}
      >
        {t("nav.myReports")}
      </Link>
    );
  const here = location === "/masuk" || location === "/daftar" ? "/" : `${location}${search ? `?${search}` : ""}`;
  return (
    <Link
      href={signInHref(here)}
      className="ad-button ad-button--ghost"
      aria-current={location === "/masuk" ? "page" : undefined}
    >
      {t("nav.signIn")}
    </Link>
  );
}
