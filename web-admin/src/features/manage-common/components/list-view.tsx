import { describeError } from "@aduan/graphql-client/errors";
import { useLoadMore } from "@aduan/graphql-client/pagination";
import { DataTable, type DataTableProps, EmptyState, ErrorNotice, Loading, LoadMore } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";

const noMore = async () => undefined;

/**
 * A management list in its states: the load error with a retry, the spinner, the empty state, or the DataTable with
 * "load more" when the connection has a next page (`pageInfo` and `fetchMore` of its useQuery).
 */
export function ListView<T extends object>({
  error,
  onRetry,
  loadError,
  empty,
  rows,
  pageInfo,
  fetchMore,
  ...table
}: Omit<DataTableProps<T>, "rows"> & {
  error: unknown;
  onRetry(): void;
  loadError: string;
  empty: string;
  rows: readonly T[] | undefined;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  fetchMore?(options: { variables: { after: string } }): Promise<unknown>;
}) {
  const { t: tc } = useTranslation("common");
  const more = useLoadMore(pageInfo, fetchMore ?? noMore);
  if (error) return <ErrorNotice title={loadError} code={describeError(error)} onRetry={onRetry} />;
  if (!rows) return <Loading label={tc("loading")} />;
  if (!rows.length) return <EmptyState title={empty} />;
  return (
    <>
      <DataTable rows={rows} {...table} />
      <LoadMore
        hasMore={more.hasMore}
        busy={more.loading}
        errorCode={more.error ? describeError(more.error) : null}
        onLoadMore={() => void more.loadMore()}
      />
    </>
  );
}
