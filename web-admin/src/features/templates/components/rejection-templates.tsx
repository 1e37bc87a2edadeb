import { describeError } from "@aduan/graphql-client/errors";
import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { Button, EmptyState, ErrorNotice, Loading, Notice, TextArea, TextField } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RejectionTemplatesQuery } from "../../verification/graphql";
import { useVerificationTranslation } from "../../verification/i18n";
import {
  CreateRejectionTemplateMutation,
  DeleteRejectionTemplateMutation,
  UpdateRejectionTemplateMutation,
} from "../graphql";
import { useTemplatesTranslation } from "../i18n";

const refetchQueries = [{ query: RejectionTemplatesQuery }];

/** Admins keep the national rejection reasons verifiers pick from (the API refuses anyone else). */
export function RejectionTemplates() {
  const { t } = useTemplatesTranslation();
  const { t: tDesk } = useVerificationTranslation();
  const { t: tc } = useTranslation("common");
  const templates = useQuery(RejectionTemplatesQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [create, creating] = useMutation(CreateRejectionTemplateMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateRejectionTemplateMutation, { refetchQueries });
  const [remove] = useMutation(DeleteRejectionTemplateMutation, { refetchQueries });
  const run = useMutationError();

  function reset() {
    setEditing(null);
    setTitle("");
    setBody("");
    setInvalid(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || body.trim().length < 10) return setInvalid(true);
    setInvalid(false);
    const failure = await run(async () =>
      editing
        ? (await update({ variables: { input: { templateId: editing, title: title.trim(), body: body.trim() } } })).data
            ?.updateMessageTemplate
        : (await create({ variables: { input: { kind: "REJECTION", title: title.trim(), body: body.trim() } } })).data
            ?.createMessageTemplate,
    );
    setError(failure);
    if (!failure) {
      setStatus(t(editing ? "updated" : "created", { title: title.trim() }));
      reset();
    }
  }

  async function del(id: string, name: string) {
    const failure = await run(
      async () => (await remove({ variables: { input: { templateId: id } } })).data?.deleteMessageTemplate,
    );
    setError(failure);
    if (!failure) setStatus(t("deleted", { title: name }));
  }

  const list = templates.data?.messageTemplates;
  return (
    <section className="ad-stack">
      <h1>{t("heading")}</h1>
      <p className="ad-meta">{t("intro")}</p>
      {status ? <Notice tone="success">{status}</Notice> : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
      {templates.error ? (
        <ErrorNotice
          title={t("loadError")}
          code={describeError(templates.error)}
          onRetry={() => void templates.refetch()}
        />
      ) : !list ? (
        <Loading label={tc("loading")} />
      ) : !list.length ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="ad-stack">
          {list.map((template) => (
            <li key={template.id} className="ad-card ad-stack">
              <h2 className="ad-card__title">{template.title}</h2>
              <p>{template.body}</p>
              <div className="ad-row">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setEditing(template.id);
                    setTitle(template.title);
                    setBody(template.body);
                  }}
                  aria-label={t("editOne", { title: template.title })}
                >
                  {t("edit")}
                </Button>
                <Button
                  variant="ghost"
                  onClick={() => void del(template.id, template.title)}
                  aria-label={t("deleteOne", { title: template.title })}
                >
                  {t("delete")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form className="ad-stack ad-card" onSubmit={submit} noValidate aria-labelledby="template-form-heading">
        <h2 id="template-form-heading">{t(editing ? "editHeading" : "newHeading")}</h2>
        <TextField
          label={t("title")}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={invalid && !title.trim() ? t("titleMissing") : null}
        />
        <TextArea
          label={t("body")}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={invalid && body.trim().length < 10 ? tDesk("desk.tooShort", { count: 10 }) : null}
        />
        <div className="ad-row">
          <Button type="submit" busy={creating.loading || updating.loading}>
            {t(editing ? "save" : "create")}
          </Button>
          {editing ? (
            <Button variant="ghost" onClick={reset}>
              {t("cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
