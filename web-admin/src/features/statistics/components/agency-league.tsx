import { DataTable, type DataTableSort, EmptyState } from "@aduan/ui/components";
import { useId, useMemo, useState } from "react";
import type { StatsFormat } from "../format";
import { useStatsTranslation } from "../i18n";
import { type Bucket, type Metric, sortBuckets } from "../view-state";
import { CsvButton } from "./csv-button";
import { bucketColumns } from "./explorer";

const LEAGUE_METRICS = [
  "slaCompliance",
  "medianFirstResponseHours",
  "dispositionCount",
  "count",
  "resolvedCount",
  "averageRating",
] as const satisfies readonly Metric[];

/** The agency league: deadline compliance and median first response per agency, best compliance first; sortable. */
export function AgencyLeague({
  buckets,
  format,
  filename,
}: {
  buckets: readonly Bucket[];
  format: StatsFormat;
  filename: string;
}) {
  const { t } = useStatsTranslation();
  const headingId = useId();
  const [sort, setSort] = useState<DataTableSort>({ columnId: "slaCompliance", direction: "desc" });
  const columns = useMemo(() => bucketColumns(["AGENCY"], format, t, LEAGUE_METRICS), [format, t]);
  const rows = useMemo(() => {
    const agencies = buckets.filter((b) => b.key.agency);
    if (sort.columnId === "AGENCY") {
      const byName = sortBuckets(agencies, ["AGENCY"], "count", format.label).sort((a, b) =>
        format.label(a.key, "AGENCY").localeCompare(format.label(b.key, "AGENCY"), "id"),
      );
      return sort.direction === "asc" ? byName : byName.reverse();
    }
    const metric = sort.columnId as Metric;
    const ranked = sortBuckets(agencies, ["AGENCY"], metric, format.label);
    if (sort.direction === "desc") return ranked;
    // Ascending: lowest first, buckets without a value still last.
    const valued = ranked.filter((b) => b[metric] != null).reverse();
    return [...valued, ...ranked.filter((b) => b[metric] == null)];
  }, [buckets, sort, format]);

  return (
    <section className="ad-stack ad-card" aria-labelledby={headingId}>
      <div className="ad-spread">
        <h2 id={headingId}>{t("agency.heading")}</h2>
        <CsvButton view={t("agency.view")} filename={filename} columns={columns.map((c) => c.csv)} rows={rows} />
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t("agency.empty")} />
      ) : (
        <>
          <p className="ad-meta">{t("agency.caption")}</p>
          <DataTable
            caption={t("agency.table")}
            columns={columns.map((c) => ({ ...c.table, sortable: true }))}
            rows={rows}
            getRowId={(row) => row.key.agency?.id ?? ""}
            sort={sort}
            onSortChange={setSort}
            dense
          />
        </>
      )}
    </section>
  );
}
