import { useConnectionList } from "@aduan/graphql-client/pagination";
import { Chip, ConnectionTable, type DataTableColumn, type Tone } from "@aduan/ui/components";
import { createFormatters } from "@aduan/ui/format";
import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useManageTranslation } from "../../manage-common/i18n";
import type { ManageWebhookDeliveriesQuery, WebhookDeliveryStatus } from "../gql/graphql";
import { WebhookDeliveriesQuery } from "../graphql";

type Delivery = ManageWebhookDeliveriesQuery["webhookDeliveries"]["edges"][number]["node"];
const TONES: Record<WebhookDeliveryStatus, Tone> = { DELIVERED: "success", PENDING: "warning", FAILED: "danger" };

/** One webhook's delivery log, newest first: status, attempts, the receiver's last answer. */
export function WebhookDeliveries({ webhook }: { webhook: { id: string; url: string } }) {
  const { t, i18n } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const deliveries = useQuery(WebhookDeliveriesQuery, { variables: { webhookId: webhook.id, first: 25 } });

  const columns = useMemo<DataTableColumn<Delivery>[]>(() => {
    const format = createFormatters(i18n.language);
    const eventLabel = (type: string) => {
      const key = `eventType.${type}`;
      return i18n.exists(key, { ns: "common" }) ? tc(key as "eventType.SUBMITTED") : type;
    };
    return [
      {
        id: "time",
        header: t("deliveries.column.time"),
        cell: (d) => <time dateTime={d.createdAt}>{format.dateTime(d.createdAt)}</time>,
      },
      { id: "event", header: t("deliveries.column.event"), cell: (d) => eventLabel(d.eventType) },
      {
        id: "status",
        header: t("deliveries.column.status"),
        cell: (d) => <Chip tone={TONES[d.status]}>{t(`deliveries.status.${d.status}`)}</Chip>,
      },
      { id: "attempts", header: t("deliveries.column.attempts"), cell: (d) => format.number(d.attempts) },
      {
        id: "answer",
        header: t("deliveries.column.answer"),
        cell: (d) =>
          [
            d.lastStatusCode != null ? `HTTP ${d.lastStatusCode}` : null,
            d.lastError,
            d.nextAttemptAt ? t("deliveries.next", { time: format.dateTime(d.nextAttemptAt) }) : null,
          ]
            .filter(Boolean)
            .join(" · ") || "—",
      },
    ];
  }, [t, tc, i18n]);

  const deliveriesList = useConnectionList(deliveries.data?.webhookDeliveries, deliveries);
  return (
    <section className="ad-stack" aria-labelledby={`deliveries-${webhook.id}`}>
      <h3 id={`deliveries-${webhook.id}`}>{t("deliveries.heading", { url: webhook.url })}</h3>
      <ConnectionTable
        {...deliveriesList}
        errorTitle={t("deliveries.loadError")}
        emptyTitle={t("deliveries.empty")}
        loadingLabel={tc("loading")}
        caption={t("deliveries.heading", { url: webhook.url })}
        columns={columns}
        dense
      />
    </section>
  );
}
