import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { ErrorNotice } from "./error-notice";
import { LoadMore } from "./load-more";
import { Loading } from "./loading";

/** Where a paged list stands: what has loaded (undefined until the first page has), and its "load more" state. */
export interface ConnectionListState<T> {
  items: readonly T[] | undefined;
  /** Why the first page failed to load, as an error code; null while it loads or once it has. */
  errorCode: string | null;
  onRetry(): void;
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "load more" failed, as an error code. */
  loadMoreErrorCode: string | null;
  onLoadMore(): void;
}

export interface ConnectionListProps<T extends { id: string }> extends ConnectionListState<T> {
  /** The title of the notice shown when the first page failed to load. */
  errorTitle: ReactNode;
  /** The title shown when the list is empty, and what else to say then. */
  emptyTitle: ReactNode;
  emptyBody?: ReactNode;
  renderItem(item: T): ReactNode;
}

/** A paged list: a spinner, the error with a retry, the empty state, or the items with a "load more" button. */
export function ConnectionList<T extends { id: string }>({
  items,
  errorCode,
  onRetry,
  hasMore,
  loadingMore,
  loadMoreErrorCode,
  onLoadMore,
  errorTitle,
  emptyTitle,
  emptyBody,
  renderItem,
}: ConnectionListProps<T>) {
  if (!items) return errorCode ? <ErrorNotice title={errorTitle} code={errorCode} onRetry={onRetry} /> : <Loading />;
  if (items.length === 0) return <EmptyState title={emptyTitle}>{emptyBody}</EmptyState>;
  return (
    <>
      <ul className="ad-list">
        {items.map((item) => (
          <li key={item.id}>{renderItem(item)}</li>
        ))}
      </ul>
      <LoadMore hasMore={hasMore} busy={loadingMore} errorCode={loadMoreErrorCode} onLoadMore={onLoadMore} />
    </>
  );
}
