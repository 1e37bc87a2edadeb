import { useTranslation } from "react-i18next";
import { Button } from "./button";
import { ErrorNotice } from "./error-notice";

/** The button under a paged list, with what went wrong loading the last page. */
export function LoadMore({
  hasMore,
  busy,
  errorCode,
  onLoadMore,
}: {
  hasMore: boolean;
  busy: boolean;
  errorCode?: string | null;
  onLoadMore(): void;
}) {
  const { t } = useTranslation("common");
  return (
    <>
      {errorCode ? <ErrorNotice code={errorCode} /> : null}
      {hasMore ? (
        <p className="ad-center">
          <Button variant="secondary" busy={busy} onClick={onLoadMore}>
            {t("loadMore")}
          </Button>
        </p>
      ) : null}
    </>
  );
}
