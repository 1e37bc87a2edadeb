import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { ReturnedQueue } from "../features/oversight/components/returned-queue";
import { useOversightTranslation } from "../features/oversight/i18n";

export default function ReturnedPage() {
  const { t } = useOversightTranslation();
  const { t: ta } = useTranslation();
  return (
    <>
      <title>{t("returned.title")}</title>
      <ReturnedQueue />
      <Toaster label={ta("notices")} />
    </>
  );
}
