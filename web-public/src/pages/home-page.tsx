import { Loading } from "@aduan/ui/components";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { TrackReport } from "../features/tracking/components/track-report";

// Below the fold on a phone: the list (and Apollo's query hooks) load after the first screen, not in the entry.
const PublicReportList = lazy(() =>
  import("../features/public-reports/components/public-report-list").then((m) => ({ default: m.PublicReportList })),
);

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
      <Suspense fallback={<Loading />}>
        <PublicReportList
          intro={
            <p>
              <Link href="/laporan">{t("reports.browseAll")}</Link>
            </p>
          }
        />
      </Suspense>
    </>
  );
}
