import { describeError } from "@aduan/graphql-client/errors";
import { useMutationError } from "@aduan/graphql-client/mutation-error";
import {
  Button,
  DataTable,
  type DataTableColumn,
  Dialog,
  EmptyState,
  ErrorNotice,
  Loading,
  Notice,
  notify,
  TextArea,
  TextField,
} from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAdminTranslation } from "../../admin/i18n";
import type { ReplyTemplatesQuery as ReplyTemplatesData } from "../gql/graphql";
import {
  CreateReplyTemplateMutation,
  DeleteReplyTemplateMutation,
  ReplyTemplatesQuery,
  UpdateReplyTemplateMutation,
} from "../graphql";

type Template = ReplyTemplatesData["messageTemplates"][number];

/** Editing an existing template, or writing a new one (null id). */
type Editing = { id: string | null; title: string; body: string } | null;

/** The agency admin's saved replies: list, create, edit, delete (after a confirmation). */
export function TemplatesAdmin() {
  const { t } = useAdminTranslation();
  const { t: tc } = useTranslation("common");
  const query = useQuery(ReplyTemplatesQuery);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);

  const columns = useMemo<DataTableColumn<Template>[]>(
    () => [
      {
        id: "template",
        header: t("templates.column.template"),
        cell: (row) => (
          <>
            <strong>{row.title}</strong>
            {row.agency ? <span className="ad-meta"> · {row.agency.name}</span> : null}
            <br />
            <span className="ad-meta">{row.body.length > 120 ? `${row.body.slice(0, 120)}…` : row.body}</span>
          </>
        ),
      },
      {
        id: "actions",
        header: t("templates.column.actions"),
        cell: (row) => (
          <div className="ad-row">
            <Button
              variant="secondary"
              aria-label={t("templates.editLabel", { title: row.title })}
              onClick={() => setEditing({ id: row.id, title: row.title, body: row.body })}
            >
              {t("templates.edit")}
            </Button>
            <Button
              variant="ghost"
              aria-label={t("templates.deleteLabel", { title: row.title })}
              onClick={() => setDeleting(row)}
            >
              {t("templates.delete")}
            </Button>
          </div>
        ),
      },
    ],
    [t],
  );

  let content: React.ReactNode;
  if (query.error && !query.data)
    content = (
      <ErrorNotice
        title={t("templates.loadError")}
        code={describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  else if (!query.data) content = <Loading label={tc("loading")} />;
  else if (!query.data.messageTemplates.length) content = <EmptyState title={t("templates.empty")} />;
  else
    content = (
      <DataTable
        caption={t("templates.caption")}
        columns={columns}
        rows={query.data.messageTemplates}
        getRowId={(row) => row.id}
      />
    );

  return (
    <section className="ad-stack">
      <div className="ad-spread">
        <h1>{t("templates.heading")}</h1>
        <Button onClick={() => setEditing({ id: null, title: "", body: "" })}>{t("templates.create")}</Button>
      </div>
      <p className="ad-meta">{t("templates.intro")}</p>
      {content}
      {editing ? (
        <TemplateDialog
          key={editing.id ?? "new"}
          initial={editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            notify(message, { id: "template" });
            void query.refetch();
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteTemplateDialog
          template={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            notify(t("templates.deleted"), { id: "template" });
            void query.refetch();
          }}
        />
      ) : null}
    </section>
  );
}

function TemplateDialog({
  initial,
  onClose,
  onSaved,
}: {
  initial: NonNullable<Editing>;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useAdminTranslation();
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [create, created] = useMutation(CreateReplyTemplateMutation);
  const [update, updated] = useMutation(UpdateReplyTemplateMutation);
  const run = useMutationError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || !body.trim()) return setInvalid(true);
    setInvalid(false);
    const input = { title: title.trim(), body: body.trim() };
    const failure = await run(async () =>
      initial.id
        ? (await update({ variables: { input: { templateId: initial.id, ...input } } })).data?.updateMessageTemplate
        : (await create({ variables: { input: { kind: "REPLY", ...input } } })).data?.createMessageTemplate,
    );
    setError(failure);
    if (!failure) onSaved(t(initial.id ? "templates.updated" : "templates.created"));
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t(initial.id ? "templates.form.editTitle" : "templates.form.createTitle")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <TextField
          label={t("templates.form.title")}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={invalid && !title.trim() ? t("templates.form.titleRequired") : null}
        />
        <TextArea
          label={t("templates.form.body")}
          value={body}
          rows={6}
          onChange={(event) => setBody(event.target.value)}
          error={invalid && !body.trim() ? t("templates.form.bodyRequired") : null}
        />
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" busy={created.loading || updated.loading}>
          {t("templates.form.save")}
        </Button>
      </form>
    </Dialog>
  );
}

function DeleteTemplateDialog({
  template,
  onClose,
  onDeleted,
}: {
  template: Template;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useAdminTranslation();
  const [remove, { loading }] = useMutation(DeleteReplyTemplateMutation);
  const [error, setError] = useState<string | null>(null);
  const run = useMutationError();

  async function confirm() {
    const failure = await run(
      async () => (await remove({ variables: { input: { templateId: template.id } } })).data?.deleteMessageTemplate,
    );
    setError(failure);
    if (!failure) onDeleted();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("templates.confirm.title")}
      description={t("templates.confirm.description", { title: template.title })}
    >
      <div className="ad-stack">
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <div className="ad-row">
          <Button busy={loading} onClick={() => void confirm()}>
            {t("templates.confirm.confirm")}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t("templates.confirm.cancel")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
