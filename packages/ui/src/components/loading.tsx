import { useTranslation } from "react-i18next";

/** A spinner with a text that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation("common");
  return (
    <div className="ad-loading" role="status">
      <span className="ad-spinner" aria-hidden="true" />
      <span>{label ?? t("loading")}</span>
    </div>
  );
}
