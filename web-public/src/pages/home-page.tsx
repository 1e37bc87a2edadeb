import { useTranslation } from "react-i18next";
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
      <TrackReport />
      <PublicReportList />
    </>
  );
}
