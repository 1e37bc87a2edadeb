import { useTranslation } from "react-i18next";
import { AuditLog } from "../features/audit/components/audit-log";

export default function AuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.audit")}</title>
      <AuditLog />
    </>
  );
}
