import type { ReactNode } from "react";

export interface DataColumn<T> {
  header: string;
  cell(row: T): ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/**
 * A chart's figures as a table: what screen readers read instead of the drawing (the chart itself is hidden from
 * them). Visually hidden unless `visible`.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  visible = false,
}: {
  caption: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  visible?: boolean;
}) {
  const table = (
    <table className={visible ? "ad-stats-table" : undefined}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, i) =>
              i === 0 ? (
                <th key={column.header} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={column.numeric ? "ad-stats-num" : undefined}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  // A table box does not clip its overflow: hidden, it sits in a clipped block, or its unwrapped rows would widen the
  // page on a phone.
  return visible ? table : <div className="ad-visually-hidden">{table}</div>;
}
