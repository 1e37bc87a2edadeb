import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { useIsAgencyAdmin } from "../features/common/roles";
import { TemplatesAdmin } from "../features/templates/components/templates-admin";
import { NotFoundPage } from "./not-found-page";

export default function TemplatesPage() {
  const { t } = useTranslation();
  if (!useIsAgencyAdmin()) return <NotFoundPage />;
  return (
    <>
      <title>{t("documentTitle.templates")}</title>
      <TemplatesAdmin />
      <Toaster label={t("notices")} />
    </>
  );
}
