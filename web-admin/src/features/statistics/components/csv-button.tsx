import { Button } from "@aduan/ui/components";
import { useStatsTranslation } from "../i18n";
import { type CsvColumn, downloadCsv, toCsv } from "../view-state";

/** Downloads what a view shows as CSV (the same rows and columns as its table). */
export function CsvButton<T>({
  view,
  filename,
  columns,
  rows,
}: {
  /** The view's name in the button's accessible name ("Unduh peringkat provinsi sebagai CSV"). */
  view: string;
  filename: string;
  columns: readonly CsvColumn<T>[];
  rows: readonly T[];
}) {
  const { t } = useStatsTranslation();
  return (
    <Button
      variant="secondary"
      aria-label={t("csvLabel", { view })}
      disabled={rows.length === 0}
      onClick={() => downloadCsv(filename, toCsv(columns, rows))}
    >
      {t("csv")}
    </Button>
  );
}
