import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type CommonMessages, commonId } from "../i18n/common.id";
import { Button } from "./button";
import { Notice } from "./notice";

type ErrorCode = keyof CommonMessages["errors"];
const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(commonId.errors, code);

/** Turns an error code (the API's, or NETWORK / UNKNOWN) into a sentence in the reader's language. */
export function useErrorText(): (code: string, serverMessage?: string | null) => string {
  const { t } = useTranslation("common");
  return (code, serverMessage) => (isErrorCode(code) ? t(`errors.${code}`) : serverMessage || t("errors.UNKNOWN"));
}

/** A failed load, with a retry button when there is something to retry. */
export function ErrorNotice({ code, title, onRetry }: { code: string; title?: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation("common");
  const errorText = useErrorText();
  return (
    <Notice
      tone="danger"
      title={title}
      action={
        onRetry ? (
          <Button variant="secondary" onClick={onRetry}>
            {t("retry")}
          </Button>
        ) : undefined
      }
    >
      <p>{errorText(code)}</p>
    </Notice>
  );
}
