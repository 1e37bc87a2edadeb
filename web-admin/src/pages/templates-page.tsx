import { useTranslation } from "react-i18next";
import { RejectionTemplates } from "../features/templates/components/rejection-templates";

export default function TemplatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.templates")}</title>
      <RejectionTemplates />
    </>
  );
}
