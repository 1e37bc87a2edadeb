import { useCallback, useState } from "react";
import { describeError, type ErrorKind } from "./errors";

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * "Load more" for a cursor connection read with useQuery: fetches the page after `pageInfo.endCursor`; the cache's
 * relayStylePagination (cache.ts) appends it to the list already shown.
 */
export function useLoadMore(
  pageInfo: PageInfo | undefined,
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
): { hasMore: boolean; loading: boolean; error: unknown; loadMore(): Promise<void> } {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const endCursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoading(true);
    setError(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [endCursor, fetchMore]);

  return { hasMore: Boolean(endCursor), loading, error, loadMore };
}

interface Connection<N> {
  edges: ReadonlyArray<{ node: N }>;
  pageInfo: PageInfo;
}

interface ConnectionQuery {
  error?: unknown;
  refetch(): Promise<unknown>;
  fetchMore(options: { variables: { after: string } }): Promise<unknown>;
}

/** What @aduan/ui's ConnectionList shows for a cursor connection read with useQuery (its `ConnectionListState`). */
export interface ConnectionListState<N> {
  items: N[] | undefined;
  errorCode: ErrorKind | null;
  onRetry(): void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreErrorCode: ErrorKind | null;
  onLoadMore(): void;
}

/**
 * The state of a paged list from `connection` (undefined until the first page has loaded) and the useQuery result
 * that read it: the nodes, the first page's error with a retry, and "load more" (see useLoadMore).
 */
export function useConnectionList<N>(
  connection: Connection<N> | null | undefined,
  { error, refetch, fetchMore }: ConnectionQuery,
): ConnectionListState<N> {
  const more = useLoadMore(connection?.pageInfo, fetchMore);
  return {
    items: connection?.edges.map(({ node }) => node),
    errorCode: error ? describeError(error) : null,
    onRetry: () => void refetch().catch(() => undefined),
    hasMore: more.hasMore,
    loadingMore: more.loading,
    loadMoreErrorCode: more.error ? describeError(more.error) : null,
    onLoadMore: () => void more.loadMore(),
  };
}
