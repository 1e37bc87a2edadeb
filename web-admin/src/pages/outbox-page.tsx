import { NotificationOutbox } from "../features/notifications/components/notification-outbox";
import { useOutboxTranslation } from "../features/notifications/i18n";

export default function OutboxPage() {
  const { t } = useOutboxTranslation();
  return (
    <>
      <title>{t("title")}</title>
      <NotificationOutbox />
    </>
  );
}
