import type { ReactNode } from "react";
import type { ConnectionListState } from "./connection-list";
import { DataTable, type DataTableProps } from "./data-table";
import { EmptyState } from "./empty-state";
import { ErrorNotice } from "./error-notice";
import { LoadMore } from "./load-more";
import { Loading } from "./loading";

export interface ConnectionTableProps<T extends { id: string }>
  extends ConnectionListState<T>,
    Omit<DataTableProps<T>, "rows" | "getRowId"> {
  /** The title of the notice shown when the first page failed to load. */
  errorTitle: ReactNode;
  /** The title shown when the list is empty. */
  emptyTitle: ReactNode;
  /** The spinner's accessible label while the first page loads. */
  loadingLabel?: string;
}

/**
 * A paged table (ConnectionList's counterpart for DataTable): a spinner, the error with a retry, the empty state, or
 * the rows with a "load more" button.
 */
export function ConnectionTable<T extends { id: string }>({
  items,
  errorCode,
  onRetry,
  hasMore,
  loadingMore,
  loadMoreErrorCode,
  onLoadMore,
  errorTitle,
  emptyTitle,
  loadingLabel,
  ...table
}: ConnectionTableProps<T>) {
  if (errorCode) return <ErrorNotice title={errorTitle} code={errorCode} onRetry={onRetry} />;
  if (!items) return <Loading label={loadingLabel} />;
  if (items.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <div>
      <DataTable {...table} rows={items} getRowId={(row) => row.id} />
      <LoadMore hasMore={hasMore} busy={loadingMore} errorCode={loadMoreErrorCode} onLoadMore={onLoadMore} />
    </div>
  );
}
