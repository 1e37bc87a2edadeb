import { useTranslation } from "react-i18next";
import { StatisticsView } from "../features/statistics/components/statistics-view";
import "../features/statistics/statistics.css";

/** /statistik: lazy, so the charting library loads only here. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("stats.title")}</title>
      <div className="ad-page-intro">
        <h1>{t("stats.heading")}</h1>
        <p className="ad-meta">{t("stats.intro")}</p>
      </div>
      <StatisticsView />
    </>
  );
}
