import { useSession } from "@aduan/graphql-client/session";
import { Button, ErrorNotice, Loading, Notice } from "@aduan/ui/components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useAccountTranslation } from "../features/account/i18n";
import { signInHref } from "../features/account/return-to";
import { PublicSession } from "../features/account/session";
import { PublicReportList } from "../features/public-reports/components/public-report-list";

/** The signed-in citizen's reports, verified or not, each opening its tracking page. */
const MINE = { filter: { mine: true } };

/** `/laporan-saya`: the reports sent while signed in, and signing out. */
export default function MyReportsPage() {
  return (
    <PublicSession>
      <MyReports />
    </PublicSession>
  );
}

function MyReports() {
  const { t } = useAccountTranslation();
  const { t: tc } = useTranslation("common");
  const { state, signOut } = useSession();

  let content: ReactNode;
  switch (state.status) {
    case "checking":
      content = <Loading label={t("checking")} />;
      break;
    case "unavailable":
      content = <ErrorNotice title={t("unavailable")} code="NETWORK" onRetry={state.retry} />;
      break;
    case "signedOut":
      content = (
        <Notice
          tone={state.reason ? "warning" : "info"}
          action={
            <Link href={signInHref("/laporan-saya")} className="ad-button ad-button--primary">
              {t("nav.signIn")}
            </Link>
          }
        >
          {state.reason === "SESSION_EXPIRED" ? tc("errors.SESSION_EXPIRED") : t("myReports.signInNeeded")}
        </Notice>
      );
      break;
    case "signedIn":
      content = (
        <>
          <div className="ad-spread">
            <p className="ad-meta">{t("myReports.signedInAs", { name: state.user.name })}</p>
            <Button variant="secondary" onClick={() => void signOut()}>
              {tc("signOut")}
            </Button>
          </div>
          <PublicReportList
            variables={MINE}
            link="track"
            heading={t("myReports.listHeading")}
            emptyTitle={t("myReports.empty")}
            emptyBody={
              <>
                <p>{t("myReports.emptyHint")}</p>
                <Link href="/lapor" className="ad-button ad-button--primary">
                  {t("myReports.newReport")}
                </Link>
              </>
            }
          />
        </>
      );
      break;
  }

  return (
    <div className="ad-stack">
      <title>{t("myReports.documentTitle")}</title>
      <div className="ad-page-intro">
        <h1>{t("myReports.heading")}</h1>
        <p className="ad-meta">{t("myReports.intro")}</p>
      </div>
      {content}
    </div>
  );
}
