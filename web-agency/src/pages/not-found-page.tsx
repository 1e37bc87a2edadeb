import { NotFound } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.notFound")}</title>
      <NotFound homeHref={import.meta.env.BASE_URL} />
    </>
  );
}
