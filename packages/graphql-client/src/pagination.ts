import { useCallback, useState } from "react";

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
