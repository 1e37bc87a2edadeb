import { StatisticsDashboard } from "../features/statistics/components/statistics-dashboard";
import { useStatsTranslation } from "../features/statistics/i18n";

/** Lazy: the charting library loads only with this page. */
export default function StatisticsPage() {
  const { t } = useStatsTranslation();
  return (
    <>
      <title>{t("title")}</title>
      <StatisticsDashboard />
    </>
  );
}
