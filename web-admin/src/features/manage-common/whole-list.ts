import { describeError } from "@aduan/graphql-client/errors";
import type { ConnectionListState } from "@aduan/graphql-client/pagination";

const nothingMore = () => undefined;

/** ConnectionTable's state for a list useQuery reads whole (no pages): its items, its error and a retry. */
export function wholeList<N>(
  items: N[] | undefined,
  query: { error?: unknown; refetch(): Promise<unknown> },
): ConnectionListState<N> {
  return {
    items,
    errorCode: query.error ? describeError(query.error) : null,
    onRetry: () => void query.refetch().catch(() => undefined),
    hasMore: false,
    loadingMore: false,
    loadMoreErrorCode: null,
    onLoadMore: nothingMore,
  };
}
