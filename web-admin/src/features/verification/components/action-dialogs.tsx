import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { Button, Dialog, Notice, SelectField, TextArea } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { RejectionTemplatesQuery, RejectReportMutation, RequestInformationMutation } from "../graphql";
import { useVerificationTranslation } from "../i18n";

interface ActionDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  reportId: string;
  onDone(message: string): void;
}

export const TEXT_MIN = 10;

/** Reject with a reason: a template fills the text, which the verifier may still edit. */
export function RejectDialog(props: ActionDialogProps) {
  const { t } = useVerificationTranslation();
  const templates = useQuery(RejectionTemplatesQuery, { skip: !props.open });
  const [templateId, setTemplateId] = useState("");
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(RejectReportMutation);
  const run = useMutationError();
  const list = templates.data?.messageTemplates ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < TEXT_MIN) return setInvalid(true);
    setInvalid(false);
    const failure = await run(
      async () =>
        (await reject({ variables: { input: { reportId: props.reportId, reason: reason.trim() } } })).data
          ?.rejectReport,
    );
    setError(failure);
    if (!failure) {
      props.onOpenChange(false);
      props.onDone(t("desk.reject.done"));
    }
  }

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t("desk.reject.title")}
      description={t("desk.reject.description")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <SelectField
          label={t("desk.reject.template")}
          value={templateId}
          onChange={(event) => {
            setTemplateId(event.target.value);
            const template = list.find((item) => item.id === event.target.value);
            if (template) setReason(template.body);
          }}
          options={[
            { value: "", label: t("desk.reject.noTemplate") },
            ...list.map((item) => ({ value: item.id, label: item.title })),
          ]}
        />
        <TextArea
          label={t("desk.reject.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={invalid ? t("desk.tooShort", { count: TEXT_MIN }) : null}
        />
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" busy={loading}>
          {t("desk.reject.submit")}
        </Button>
      </form>
    </Dialog>
  );
}

/** Ask the reporter for what is missing: the report waits (postponed) until they answer. */
export function RequestInformationDialog(props: ActionDialogProps) {
  const { t } = useVerificationTranslation();
  const [question, setQuestion] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [ask, { loading }] = useMutation(RequestInformationMutation);
  const run = useMutationError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (question.trim().length < TEXT_MIN) return setInvalid(true);
    setInvalid(false);
    const failure = await run(
      async () =>
        (await ask({ variables: { input: { reportId: props.reportId, question: question.trim() } } })).data
          ?.requestInformation,
    );
    setError(failure);
    if (!failure) {
      props.onOpenChange(false);
      props.onDone(t("desk.ask.done"));
    }
  }

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t("desk.ask.title")}
      description={t("desk.ask.description")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <TextArea
          label={t("desk.ask.question")}
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          error={invalid ? t("desk.tooShort", { count: TEXT_MIN }) : null}
        />
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" busy={loading}>
          {t("desk.ask.submit")}
        </Button>
      </form>
    </Dialog>
  );
}
