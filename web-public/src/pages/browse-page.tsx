import { useEffect, useMemo } from "react";
import { useLocation, useSearch } from "wouter";
import { ReportFilters } from "../features/browse/components/report-filters";
import {
  type BrowseFilters,
  parseFilters,
  rememberList,
  serializeFilters,
  toReportVariables,
} from "../features/browse/filters";
import { useBrowseTranslation } from "../features/browse/i18n";
import { PublicReportList } from "../features/public-reports/components/public-report-list";
import "../features/browse/browse.css";

/** `/laporan?jenis=...`: public reports, filtered and sorted as the address says, a page at a time. */
export default function BrowsePage() {
  const { t } = useBrowseTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => parseFilters(search), [search]);
  const variables = useMemo(() => toReportVariables(filters), [filters]);
  useEffect(() => rememberList(serializeFilters(filters)), [filters]);

  function change(next: BrowseFilters) {
    const query = serializeFilters(next);
    navigate(query ? `/laporan?${query}` : "/laporan", { replace: true });
  }

  return (
    <>
      <title>{t("documentTitle")}</title>
      <div className="ad-page-intro">
        <h1>{t("heading")}</h1>
        <p className="ad-meta">{t("intro")}</p>
      </div>
      <ReportFilters filters={filters} onChange={change} />
      <PublicReportList
        variables={variables}
        heading={t("results")}
        emptyTitle={t("empty")}
        emptyBody={<p>{t("emptyHint")}</p>}
      />
    </>
  );
}
