import { useTranslation } from "react-i18next";
import { Inbox } from "../features/inbox/components/inbox";

export function InboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t("documentTitle.inbox")}</title>
      <Inbox />
    </>
  );
}
