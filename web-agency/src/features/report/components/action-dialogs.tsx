import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { Button, Dialog, Notice, SelectField, TextArea, TextField } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { AgencyPickerQuery, ForwardDispositionMutation, RespondMutation, ReturnDispositionMutation } from "../graphql";
import { useReportTranslation } from "../i18n";
import { type UploadedFile, uploadFile } from "../upload";

interface ActionDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  dispositionId: string;
  /** Called after the action went through (e.g. to refetch and announce it). */
  onDone(message: string): void;
}

const REASON_MIN = 10;

function FormError({ error }: { error: string | null }) {
  return error ? <Notice tone="danger">{error}</Notice> : null;
}

/** Pick the agency (or one of the operator's units) to forward to: the units first, any agency by search. */
export function AgencyPicker({
  ownAgencyId,
  value,
  onChange,
}: {
  ownAgencyId: string | null;
  value: string | null;
  onChange(id: string, name: string): void;
}) {
  const { t } = useReportTranslation();
  const [search, setSearch] = useState("");
  const name = useId();
  const units = useQuery(AgencyPickerQuery, {
    variables: { parentId: ownAgencyId, first: 50 },
    skip: !ownAgencyId,
  });
  const found = useQuery(AgencyPickerQuery, {
    variables: { search: search.trim(), first: 20 },
    skip: search.trim().length < 2,
  });
  const groups = [
    { label: t("actions.forward.units"), agencies: units.data?.agencies.edges.map((e) => e.node) ?? [] },
    ...(search.trim().length >= 2
      ? [{ label: t("actions.forward.results"), agencies: found.data?.agencies.edges.map((e) => e.node) ?? [] }]
      : []),
  ];
  return (
    <div className="ad-stack">
      <TextField
        label={t("actions.forward.search")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {groups.map((group) => (
        <fieldset key={group.label} className="ad-picker">
          <legend className="ad-field__label">{group.label}</legend>
          {group.agencies.length === 0 ? (
            <p className="ad-meta">
              {units.loading || found.loading ? t("actions.forward.searching") : t("actions.forward.none")}
            </p>
          ) : (
            group.agencies
              .filter((agency) => agency.id !== ownAgencyId)
              .map((agency) => (
                <label key={agency.id} className="ad-row">
                  <input
                    type="radio"
                    name={name}
                    value={agency.id}
                    checked={value === agency.id}
                    onChange={() => onChange(agency.id, agency.name)}
                  />
                  <span>
                    {agency.name}
                    {agency.parent ? <span className="ad-meta"> · {agency.parent.name}</span> : null}
                  </span>
                </label>
              ))
          )}
        </fieldset>
      ))}
    </div>
  );
}

export function ForwardDialog({ ownAgencyId, ...props }: ActionDialogProps & { ownAgencyId: string | null }) {
  const { t } = useReportTranslation();
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [instruction, setInstruction] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [forward, { loading }] = useMutation(ForwardDispositionMutation);
  const run = useMutationError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) return setError(t("actions.forward.pickAgency"));
    const failure = await run(
      async () =>
        (
          await forward({
            variables: {
              input: {
                dispositionId: props.dispositionId,
                toAgencyId: target.id,
                instruction: instruction.trim() || null,
              },
            },
          })
        ).data?.forwardDisposition,
    );
    setError(failure);
    if (!failure) {
      props.onOpenChange(false);
      props.onDone(t("actions.forward.done", { agency: target.name }));
    }
  }

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t("actions.forward.title")}
      description={t("actions.forward.description")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <AgencyPicker
          ownAgencyId={ownAgencyId}
          value={target?.id ?? null}
          onChange={(id, name) => setTarget({ id, name })}
        />
        <TextArea
          label={t("actions.forward.instruction")}
          value={instruction}
          onChange={(event) => setInstruction(event.target.value)}
        />
        <FormError error={error} />
        <Button type="submit" busy={loading}>
          {t("actions.forward.submit")}
        </Button>
      </form>
    </Dialog>
  );
}

export function ReturnDialog(props: ActionDialogProps) {
  const { t } = useReportTranslation();
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [returnDisposition, { loading }] = useMutation(ReturnDispositionMutation);
  const run = useMutationError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < REASON_MIN) return setInvalid(true);
    setInvalid(false);
    const failure = await run(
      async () =>
        (
          await returnDisposition({
            variables: { input: { dispositionId: props.dispositionId, reason: reason.trim() } },
          })
        ).data?.returnDisposition,
    );
    setError(failure);
    if (!failure) {
      props.onOpenChange(false);
      props.onDone(t("actions.return.done"));
    }
  }

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t("actions.return.title")}
      description={t("actions.return.description")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <TextArea
          label={t("actions.return.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={invalid ? t("actions.return.reasonTooShort", { count: REASON_MIN }) : null}
        />
        <FormError error={error} />
        <Button type="submit" busy={loading}>
          {t("actions.return.submit")}
        </Button>
      </form>
    </Dialog>
  );
}

/** A saved reply an agency keeps for common answers. */
export interface ReplyTemplate {
  id: string;
  title: string;
  body: string;
}

const RESPONSE_MIN = 20;

export function RespondDialog({
  templates = [],
  upload = uploadFile,
  ...props
}: ActionDialogProps & { templates?: readonly ReplyTemplate[]; upload?: typeof uploadFile }) {
  const { t } = useReportTranslation();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [respond, { loading }] = useMutation(RespondMutation);
  const run = useMutationError();

  async function addFiles(list: FileList | null) {
    if (!list?.length) return;
    setUploading(true);
    setError(null);
    try {
      const uploaded = await Promise.all(Array.from(list).map((file) => upload(file)));
      setFiles((current) => [...current, ...uploaded]);
    } catch {
      setError(t("actions.respond.uploadFailed"));
    } finally {
      setUploading(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim().length < RESPONSE_MIN) return setInvalid(true);
    setInvalid(false);
    let held = false;
    const failure = await run(async () => {
      const payload = (
        await respond({
          variables: {
            input: { dispositionId: props.dispositionId, body: body.trim(), attachmentIds: files.map((f) => f.id) },
          },
        })
      ).data?.respond;
      held = payload?.disposition?.status === "AWAITING_APPROVAL";
      return payload;
    });
    setError(failure);
    if (!failure) {
      props.onOpenChange(false);
      // With approval required, the API holds the draft until an agency admin publishes it.
      props.onDone(t(held ? "actions.respond.held" : "actions.respond.done"));
    }
  }

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t("actions.respond.title")}
      description={t("actions.respond.description")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        {templates.length ? (
          <SelectField
            label={t("actions.respond.template")}
            value=""
            onChange={(event) => {
              const template = templates.find((item) => item.id === event.target.value);
              if (template) setBody(template.body);
            }}
            options={[
              { value: "", label: t("actions.respond.noTemplate") },
              ...templates.map((template) => ({ value: template.id, label: template.title })),
            ]}
          />
        ) : null}
        <TextArea
          label={t("actions.respond.body")}
          value={body}
          rows={6}
          onChange={(event) => setBody(event.target.value)}
          error={invalid ? t("actions.respond.bodyTooShort", { count: RESPONSE_MIN }) : null}
        />
        <div className="ad-field">
          <label className="ad-field__label" htmlFor={`${props.dispositionId}-files`}>
            {t("actions.respond.attachments")}
          </label>
          <input
            id={`${props.dispositionId}-files`}
            type="file"
            multiple
            onChange={(event) => void addFiles(event.target.files)}
          />
          {files.length ? (
            <ul aria-label={t("actions.respond.attached")}>
              {files.map((file) => (
                <li key={file.id}>{file.fileName}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <FormError error={error} />
        <Button type="submit" busy={loading || uploading}>
          {t("actions.respond.submit")}
        </Button>
      </form>
    </Dialog>
  );
}
