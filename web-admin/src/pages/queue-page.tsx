import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { VerificationQueue } from "../features/verification/components/verification-queue";

export default function QueuePage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.queue")}</title>
      <VerificationQueue />
      <Toaster label={t("notices")} />
    </>
  );
}
