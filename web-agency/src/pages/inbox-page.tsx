import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { Inbox } from "../features/inbox/components/inbox";

export default function InboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.inbox")}</title>
      <Inbox />
      <Toaster label={t("notices")} />
    </>
  );
}
