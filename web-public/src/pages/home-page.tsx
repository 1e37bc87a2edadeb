import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { PublicReportList } from "../features/public-reports/components/public-report-list";
import { TrackReport } from "../features/tracking/components/track-report";

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle")}</title>
      <div className="ad-page-intro">
        <h1>{t("home.heading")}</h1>
        <p className="ad-meta">{t("home.intro")}</p>
      </div>
      <div className="ad-card ad-stack">
        <p>{t("submitCta.hint")}</p>
        <Link href="/lapor" className="ad-button ad-button--primary">
          {t("submitCta.label")}
        </Link>
      </div>
      <TrackReport />
      <PublicReportList />
    </>
  );
}
