import { TextArea, TextField } from "@aduan/ui/components";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { EVENT_TYPES } from "../../audit/components/audit-log";
import { AgencyPicker, type PickedAgency } from "../../manage-common/components/agency-picker";
import { FormActions } from "../../manage-common/components/form-actions";
import { useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import type { ManagedWebhookFieldsFragment } from "../gql/graphql";
import { CreateWebhookMutation, UpdateWebhookMutation } from "../graphql";

export type ManagedWebhook = ManagedWebhookFieldsFragment;
const FIELDS = ["url", "description", "eventTypes", "agencyId", "active", "webhookId"] as const;

/** What is wrong with a receiver's address, or null (the API also insists on https in production). */
export function urlProblem(value: string): "required" | "invalid" | "tooLong" | null {
  const url = value.trim();
  if (!url) return "required";
  if (url.length > 2000) return "tooLong";
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? null : "invalid";
}

/**
 * Creates a webhook (its secret comes back once, to `onCreated`) or edits one: address, description, which event
 * types (none ticked: all), for new ones the agency whose events it gets, and whether it is active.
 */
export function WebhookForm({
  webhook,
  onCreated,
  onSaved,
  onCancel,
}: {
  webhook?: ManagedWebhook;
  onCreated?(webhook: ManagedWebhook, secret: string): void;
  onSaved?(webhook: ManagedWebhook): void;
  onCancel(): void;
}) {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const [url, setUrl] = useState(webhook?.url ?? "");
  const [description, setDescription] = useState(webhook?.description ?? "");
  const [events, setEvents] = useState<string[]>(webhook?.eventTypes ?? []);
  const [agency, setAgency] = useState<PickedAgency | null>(null);
  const [active, setActive] = useState(webhook?.active ?? true);
  const [checked, setChecked] = useState(false);
  const [create, creating] = useMutation(CreateWebhookMutation, { refetchQueries: ["ManageWebhooks"] });
  const [update, updating] = useMutation(UpdateWebhookMutation);
  const { errors, run, clear } = useFormErrors(FIELDS);
  const problem = urlProblem(url);
  const descriptionError = description.trim().length > 500 ? t("form.tooLong", { max: 500 }) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    clear();
    if (problem || descriptionError) return;
    const result: { webhook?: ManagedWebhook | null; secret?: string | null } = {};
    const ok = await run(async () => {
      if (webhook) {
        const payload = (
          await update({
            variables: {
              input: {
                webhookId: webhook.id,
                url: url.trim(),
                description: description.trim(),
                eventTypes: events,
                active,
              },
            },
          })
        ).data?.updateWebhook;
        result.webhook = payload?.webhook;
        return payload;
      }
      const payload = (
        await create({
          variables: {
            input: {
              url: url.trim(),
              description: description.trim() || null,
              eventTypes: events,
              agencyId: agency?.id ?? null,
            },
          },
        })
      ).data?.createWebhook;
      result.webhook = payload?.webhook;
      result.secret = payload?.secret;
      return payload;
    });
    if (!ok || !result.webhook) return;
    if (webhook) onSaved?.(result.webhook);
    else if (result.secret) onCreated?.(result.webhook, result.secret);
  }

  const eventsError = errors.fields.eventTypes ?? null;
  return (
    <form
      className="ad-stack"
      onSubmit={submit}
      noValidate
      aria-label={webhook ? t("webhooks.editTitle") : t("webhooks.newTitle")}
    >
      <TextField
        label={t("webhooks.form.url")}
        type="url"
        value={url}
        hint={t("webhooks.form.urlHint")}
        onChange={(event) => setUrl(event.target.value)}
        error={
          (checked && problem ? t(`webhooks.form.url_${problem}`, { max: 2000 }) : null) ?? errors.fields.url ?? null
        }
      />
      <TextArea
        label={t("webhooks.form.description")}
        value={description}
        rows={2}
        onChange={(event) => setDescription(event.target.value)}
        error={(checked ? descriptionError : null) ?? errors.fields.description ?? null}
      />
      <fieldset
        className={eventsError ? "ad-field ad-field--invalid ad-picker" : "ad-field ad-picker"}
        aria-describedby={eventsError ? "webhook-events-error" : undefined}
      >
        <legend className="ad-field__label">{t("webhooks.form.events")}</legend>
        <p className="ad-field__hint">{t("webhooks.form.eventsHint")}</p>
        {EVENT_TYPES.map((type) => (
          <label key={type} className="ad-row">
            <input
              type="checkbox"
              checked={events.includes(type)}
              onChange={(event) =>
                setEvents(event.target.checked ? [...events, type] : events.filter((e) => e !== type))
              }
            />
            {tc(`eventType.${type}`)}
          </label>
        ))}
        {eventsError ? (
          <p className="ad-field__error" id="webhook-events-error">
            {eventsError}
          </p>
        ) : null}
      </fieldset>
      {webhook ? (
        <label className="ad-check">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          {t("webhooks.form.active")}
        </label>
      ) : (
        <AgencyPicker
          label={t("webhooks.form.agency")}
          value={agency}
          onChange={setAgency}
          noneLabel={t("webhooks.form.everyAgency")}
          error={errors.fields.agencyId ?? null}
        />
      )}
      <FormActions
        error={errors.general ?? errors.fields.webhookId}
        busy={creating.loading || updating.loading}
        submitLabel={webhook ? t("form.save") : t("webhooks.form.create")}
        onCancel={onCancel}
      />
    </form>
  );
}
