import { useTranslation } from "react-i18next";
import { Link, useRoute } from "wouter";

/** The header's link to the public statistics (marked as the current page there). */
export function StatisticsNavLink() {
  const { t } = useTranslation();
  const [current] = useRoute("/statistik");
  return (
    <Link href="/statistik" className="ad-button ad-button--ghost" aria-current={current ? "page" : undefined}>
      {t("stats.nav")}
    </Link>
  );
}
