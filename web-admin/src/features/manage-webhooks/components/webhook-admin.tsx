import { useConnectionList } from "@aduan/graphql-client/pagination";
import { Button, Chip, ConnectionTable, type DataTableColumn, Dialog, Notice, notify } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { OneTimeSecret } from "../../manage-common/components/one-time-secret";
import { useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import { DeleteWebhookMutation, RotateWebhookSecretMutation, WebhooksQuery } from "../graphql";
import { WebhookDeliveries } from "./webhook-deliveries";
import { type ManagedWebhook, WebhookForm } from "./webhook-form";

const FIELDS = ["webhookId"] as const;

/** Webhooks for national admins: list, create (secret shown once), edit, rotate the secret, delete, delivery log. */
export function WebhookAdmin() {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const webhooks = useQuery(WebhooksQuery, { variables: { first: 50 } });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ManagedWebhook | null>(null);
  const [confirming, setConfirming] = useState<{ action: "rotate" | "delete"; webhook: ManagedWebhook } | null>(null);
  const [secret, setSecret] = useState<{ url: string; value: string } | null>(null);
  const [logOf, setLogOf] = useState<ManagedWebhook | null>(null);
  const [rotate, rotating] = useMutation(RotateWebhookSecretMutation);
  const [remove, removing] = useMutation(DeleteWebhookMutation, { refetchQueries: ["ManageWebhooks"] });
  const confirm = useFormErrors(FIELDS);

  const columns = useMemo<DataTableColumn<ManagedWebhook>[]>(
    () => [
      {
        id: "url",
        header: t("webhooks.column.url"),
        cell: (w) => (
          <>
            <span className="ad-mono ad-secret">{w.url}</span>
            {w.description ? (
              <>
                <br />
                <span className="ad-meta">{w.description}</span>
              </>
            ) : null}
          </>
        ),
      },
      {
        id: "events",
        header: t("webhooks.column.events"),
        cell: (w) =>
          w.eventTypes.length ? t("webhooks.eventCount", { count: w.eventTypes.length }) : t("webhooks.allEvents"),
      },
      { id: "agency", header: t("webhooks.column.agency"), cell: (w) => w.agency?.name ?? t("webhooks.everyAgency") },
      {
        id: "status",
        header: t("webhooks.column.status"),
        cell: (w) =>
          w.active ? (
            <Chip tone="success">{t("webhooks.active")}</Chip>
          ) : (
            <Chip tone="neutral">{t("webhooks.paused")}</Chip>
          ),
      },
      {
        id: "actions",
        header: t("webhooks.column.actions"),
        cell: (w) => (
          <span className="ad-row">
            <Button
              variant="secondary"
              aria-label={t("webhooks.editOne", { url: w.url })}
              onClick={() => setEditing(w)}
            >
              {t("webhooks.edit")}
            </Button>
            <Button variant="ghost" aria-label={t("webhooks.logOne", { url: w.url })} onClick={() => setLogOf(w)}>
              {t("webhooks.log")}
            </Button>
            <Button
              variant="ghost"
              aria-label={t("webhooks.rotateOne", { url: w.url })}
              onClick={() => setConfirming({ action: "rotate", webhook: w })}
            >
              {t("webhooks.rotate")}
            </Button>
            <Button
              variant="ghost"
              aria-label={t("webhooks.deleteOne", { url: w.url })}
              onClick={() => setConfirming({ action: "delete", webhook: w })}
            >
              {t("webhooks.delete")}
            </Button>
          </span>
        ),
      },
    ],
    [t],
  );

  async function confirmed() {
    if (!confirming) return;
    const { action, webhook } = confirming;
    const input = { webhookId: webhook.id };
    const result: { secret?: string | null } = {};
    const ok = await confirm.run(async () => {
      if (action === "delete") return (await remove({ variables: { input } })).data?.deleteWebhook;
      const payload = (await rotate({ variables: { input } })).data?.rotateWebhookSecret;
      result.secret = payload?.secret;
      return payload;
    });
    if (!ok) return;
    setConfirming(null);
    if (action === "delete") {
      if (logOf?.id === webhook.id) setLogOf(null);
      notify(t("webhooks.deleted", { url: webhook.url }));
    } else if (result.secret) setSecret({ url: webhook.url, value: result.secret });
  }

  const webhooksList = useConnectionList(webhooks.data?.webhooks, webhooks);
  return (
    <section className="ad-stack" aria-labelledby="webhooks-heading">
      <div className="ad-spread">
        <h2 id="webhooks-heading">{t("webhooks.heading")}</h2>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          {t("webhooks.new")}
        </Button>
      </div>
      <p className="ad-meta">{t("webhooks.intro")}</p>
      <ConnectionTable
        {...webhooksList}
        errorTitle={t("webhooks.loadError")}
        emptyTitle={t("webhooks.empty")}
        loadingLabel={tc("loading")}
        caption={t("webhooks.caption")}
        columns={columns}
        dense
      />
      {logOf ? <WebhookDeliveries key={logOf.id} webhook={logOf} /> : null}
      <Dialog open={creating} onOpenChange={setCreating} title={t("webhooks.newTitle")}>
        {creating ? (
          <WebhookForm
            onCreated={(webhook, value) => {
              setCreating(false);
              setSecret({ url: webhook.url, value });
            }}
            onCancel={() => setCreating(false)}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={editing != null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        title={t("webhooks.editTitle")}
      >
        {editing ? (
          <WebhookForm
            webhook={editing}
            onSaved={(webhook) => {
              setEditing(null);
              notify(t("webhooks.saved", { url: webhook.url }));
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={confirming != null}
        onOpenChange={(open) => {
          if (!open) {
            setConfirming(null);
            confirm.clear();
          }
        }}
        title={confirming?.action === "delete" ? t("webhooks.confirmDelete") : t("webhooks.confirmRotate")}
        description={
          confirming
            ? t(confirming.action === "delete" ? "webhooks.confirmDeleteText" : "webhooks.confirmRotateText", {
                url: confirming.webhook.url,
              })
            : undefined
        }
      >
        <div className="ad-stack">
          {confirm.errors.general || confirm.errors.fields.webhookId ? (
            <Notice tone="danger">{confirm.errors.general ?? confirm.errors.fields.webhookId}</Notice>
          ) : null}
          <div className="ad-row">
            <Button busy={rotating.loading || removing.loading} onClick={() => void confirmed()}>
              {confirming?.action === "delete" ? t("webhooks.delete") : t("webhooks.rotate")}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setConfirming(null);
                confirm.clear();
              }}
            >
              {t("form.cancel")}
            </Button>
          </div>
        </div>
      </Dialog>
      <OneTimeSecret
        title={t("webhooks.secretTitle")}
        label={t("webhooks.secretLabel")}
        description={t("webhooks.secretDescription", { url: secret?.url ?? "" })}
        value={secret?.value ?? null}
        onClose={() => setSecret(null)}
      />
    </section>
  );
}
