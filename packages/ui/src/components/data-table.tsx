import { type ColumnDef, flexRender, type RowData, tableFeatures, useTable } from "@tanstack/react-table";
import { type KeyboardEvent, type ReactNode, useMemo, useRef } from "react";
import { cx } from "./cx";

export type SortDirection = "asc" | "desc";

export interface DataTableColumn<T extends RowData> {
  id: string;
  header: string;
  cell(row: T): ReactNode;
  /** The column can be sorted by clicking its header (sorting itself is the caller's, e.g. on the server). */
  sortable?: boolean;
  className?: string;
}

export interface DataTableSort {
  columnId: string;
  direction: SortDirection;
}

export interface DataTableProps<T extends RowData> {
  /** The table's accessible name (its caption, visually hidden). */
  caption: string;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[];
  getRowId(row: T): string;
  /** Tighter rows for people who work through many items. */
  dense?: boolean;
  sort?: DataTableSort | null;
  onSortChange?(sort: DataTableSort): void;
  /** Ids of selected rows; with onSelectionChange, a checkbox column for bulk actions. */
  selected?: ReadonlySet<string>;
  onSelectionChange?(selected: Set<string>): void;
  /** Names a row's checkbox, e.g. "Select ADU-7K3M-9QX1". */
  rowLabel?(row: T): string;
  /** Label of the select-all checkbox. */
  selectAllLabel?: string;
  /** Enter on a focused row (or a click on it) opens it. */
  onRowOpen?(row: T): void;
  /** Id of the row that has keyboard focus (roving tabindex); the caller may move it (e.g. by shortcuts). */
  activeRowId?: string | null;
  onActiveRowChange?(id: string): void;
}

const features = tableFeatures({});

/**
 * A thin, accessible table over @tanstack/react-table: sortable headers announce their order (aria-sort), rows
 * are one tab stop (arrow keys or j/k move between them, Enter opens), and an optional checkbox column selects rows.
 */
export function DataTable<T extends RowData>({
  caption,
  columns,
  rows,
  getRowId,
  dense = false,
  sort,
  onSortChange,
  selected,
  onSelectionChange,
  rowLabel,
  selectAllLabel,
  onRowOpen,
  activeRowId,
  onActiveRowChange,
}: DataTableProps<T>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const columnDefs = useMemo<ColumnDef<typeof features, T>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: () => column.header,
        cell: (context) => column.cell(context.row.original),
      })),
    [columns],
  );
  const table = useTable({ features, columns: columnDefs, data: rows, getRowId: (row: T) => getRowId(row) });
  const selectable = Boolean(onSelectionChange);
  const allIds = rows.map(getRowId);
  const selectedCount = selected ? allIds.filter((id) => selected.has(id)).length : 0;
  const focusedId = activeRowId && allIds.includes(activeRowId) ? activeRowId : (allIds[0] ?? null);

  function focusRow(id: string) {
    onActiveRowChange?.(id);
    const rowElements = body.current?.querySelectorAll<HTMLElement>("[data-row-id]") ?? [];
    Array.from(rowElements)
      .find((element) => element.dataset.rowId === id)
      ?.focus();
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: T, index: number) {
    if (event.target !== event.currentTarget) return;
    const next =
      event.key === "ArrowDown" || event.key === "j" ? 1 : event.key === "ArrowUp" || event.key === "k" ? -1 : 0;
    if (next) {
      const id = allIds[index + next];
      if (id) focusRow(id);
      event.preventDefault();
    } else if (event.key === "Enter" && onRowOpen) {
      onRowOpen(row);
      event.preventDefault();
    } else if (event.key === " " && onSelectionChange) {
      toggle(getRowId(row));
      event.preventDefault();
    }
  }

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectionChange?.(next);
  }

  return (
    <div className="ad-table-wrap">
      <table className={cx("ad-table", dense && "ad-table--dense")}>
        <caption className="ad-visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selectable ? (
                <th scope="col" className="ad-table__check">
                  <input
                    type="checkbox"
                    aria-label={selectAllLabel}
                    checked={rows.length > 0 && selectedCount === rows.length}
                    ref={(input) => {
                      if (input) input.indeterminate = selectedCount > 0 && selectedCount < rows.length;
                    }}
                    onChange={(event) => onSelectionChange?.(new Set(event.target.checked ? allIds : []))}
                  />
                </th>
              ) : null}
              {group.headers.map((header, i) => {
                const column = columns[i];
                const direction = sort?.columnId === column.id ? sort.direction : null;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={column.className}
                    aria-sort={
                      column.sortable
                        ? direction === "asc"
                          ? "ascending"
                          : direction === "desc"
                            ? "descending"
                            : "none"
                        : undefined
                    }
                  >
                    {column.sortable && onSortChange ? (
                      <button
                        type="button"
                        className="ad-table__sort"
                        onClick={() =>
                          onSortChange({ columnId: column.id, direction: direction === "asc" ? "desc" : "asc" })
                        }
                      >
                        {label}
                        <span aria-hidden="true">
                          {direction === "asc" ? " ▲" : direction === "desc" ? " ▼" : " ↕"}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {table.getRowModel().rows.map((row, index) => {
            const id = row.id;
            const isSelected = selected?.has(id) ?? false;
            return (
              <tr
                key={id}
                data-row-id={id}
                tabIndex={id === focusedId ? 0 : -1}
                aria-selected={selectable ? isSelected : undefined}
                className={cx("ad-table__row", isSelected && "ad-table__row--selected")}
                onFocus={(event) => {
                  if (event.target === event.currentTarget && id !== activeRowId) onActiveRowChange?.(id);
                }}
                onKeyDown={(event) => onRowKeyDown(event, row.original, index)}
                onDoubleClick={() => onRowOpen?.(row.original)}
              >
                {selectable ? (
                  <td className="ad-table__check">
                    <input
                      type="checkbox"
                      aria-label={rowLabel?.(row.original) ?? id}
                      checked={isSelected}
                      onChange={() => toggle(id)}
                    />
                  </td>
                ) : null}
                {row.getAllCells().map((cell, i) => (
                  <td key={cell.id} className={columns[i].className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
