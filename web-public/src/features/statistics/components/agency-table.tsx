import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatsFormat } from "../format";
import {
  type AgencyRow,
  type AgencySort,
  type AgencySortKey,
  DEFAULT_AGENCY_SORT,
  FIRST_DIRECTION,
  sortAgencyRows,
} from "../shape";

/** The agency league: median first response, service-level compliance and its sample, sortable by any column. */
export function AgencyTable({ rows, format }: { rows: AgencyRow[]; format: StatsFormat }) {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const noteId = useId();
  const [sort, setSort] = useState<AgencySort>(DEFAULT_AGENCY_SORT);
  const sorted = sortAgencyRows(rows, sort);
  const none = t("stats.none");

  const columns: { key: AgencySortKey; label: string; numeric: boolean }[] = [
    { key: "name", label: t("stats.agency.name"), numeric: false },
    { key: "medianFirstResponseHours", label: t("stats.agency.firstResponse"), numeric: true },
    { key: "slaCompliance", label: t("stats.agency.slaCompliance"), numeric: true },
    { key: "sample", label: t("stats.agency.sample"), numeric: true },
  ];
  const sortBy = (key: AgencySortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: FIRST_DIRECTION[key] },
    );

  return (
    <section className="ad-section ad-stats-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("stats.agency.heading")}</h2>
      {rows.length === 0 ? (
        <p className="ad-meta">{t("stats.agency.empty")}</p>
      ) : (
        <>
          <p id={noteId} className="ad-meta">
            {t("stats.agency.caption")}
          </p>
          {/* A named, focusable region: keyboard users can scroll the table sideways on a narrow screen. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          {/* biome-ignore lint/a11y/useSemanticElements: a wrapper, not a section of the page's outline */}
          <div className="ad-stats-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="ad-stats-table" aria-describedby={noteId}>
              <caption id={captionId} className="ad-visually-hidden">
                {t("stats.agency.table")}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={sort.key === column.key ? sort.direction : undefined}
                      className={column.numeric ? "ad-stats-num" : undefined}
                    >
                      <button type="button" className="ad-stats-sort" onClick={() => sortBy(column.key)}>
                        {column.label}
                        <span className="ad-stats-sort__icon" aria-hidden="true">
                          {sort.key !== column.key ? "↕" : sort.direction === "ascending" ? "▲" : "▼"}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sorted.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    <td className="ad-stats-num">
                      {row.medianFirstResponseHours == null ? none : format.duration(row.medianFirstResponseHours)}
                    </td>
                    <td className="ad-stats-num">
                      {row.slaCompliance == null ? none : format.percent(row.slaCompliance)}
                    </td>
                    <td className="ad-stats-num">{format.number(row.sample)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
