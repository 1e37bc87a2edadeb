import { useTranslation } from "react-i18next";
import { VerificationQueue } from "../features/verification/components/verification-queue";

export function QueuePage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.queue")}</title>
      <VerificationQueue />
    </>
  );
}
