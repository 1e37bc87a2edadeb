import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { Button, Chip, Notice, Segmented, TextArea } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MessageVisibility } from "../gql/graphql";
import { PostMessageMutation } from "../graphql";
import { useReportTranslation } from "../i18n";

export interface DialogueMessage {
  id: string;
  body: string;
  visibility: MessageVisibility;
  authorRole: string;
  authorName?: string | null;
  createdAt: string;
}

/**
 * The conversation on a report: public replies the reporter reads, and internal notes only staff see, told apart
 * at a glance; the composer's switch says which one is being written.
 */
export function Dialogue({
  reportId,
  messages,
  onPosted,
}: {
  reportId: string;
  messages: readonly DialogueMessage[];
  onPosted(): void;
}) {
  const { t } = useReportTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const [visibility, setVisibility] = useState<MessageVisibility>("INTERNAL");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [post, { loading }] = useMutation(PostMessageMutation);
  const run = useMutationError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setInvalid(true);
    setInvalid(false);
    const failure = await run(
      async () => (await post({ variables: { input: { reportId, visibility, body: body.trim() } } })).data?.postMessage,
    );
    setError(failure);
    if (!failure) {
      setBody("");
      onPosted();
    }
  }

  return (
    <section className="ad-stack" aria-labelledby="dialogue-heading">
      <h2 id="dialogue-heading">{t("report.dialogue.heading")}</h2>
      {messages.length ? (
        <ol className="ad-messages">
          {messages.map((message) => (
            <li
              key={message.id}
              className={message.visibility === "INTERNAL" ? "ad-card ad-message--internal" : "ad-card"}
            >
              <div className="ad-spread">
                <Chip tone={message.visibility === "INTERNAL" ? "warning" : "info"}>
                  {t(`report.dialogue.visibility.${message.visibility}`)}
                </Chip>
                <span className="ad-meta">
                  {message.authorName ?? tc(`authorRole.${message.authorRole as "REPORTER"}`)} ·{" "}
                  <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                </span>
              </div>
              <p className="ad-prewrap">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="ad-meta">{t("report.dialogue.empty")}</p>
      )}
      <form className="ad-stack" onSubmit={submit} noValidate>
        <Segmented
          label={t("report.dialogue.kind")}
          value={visibility}
          onChange={setVisibility}
          options={[
            { value: "INTERNAL", label: t("report.dialogue.visibility.INTERNAL") },
            { value: "PUBLIC", label: t("report.dialogue.visibility.PUBLIC") },
          ]}
        />
        <p className="ad-meta">{t(`report.dialogue.hint.${visibility}`)}</p>
        <TextArea
          label={t(`report.dialogue.label.${visibility}`)}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={invalid ? t("report.dialogue.required") : null}
        />
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" busy={loading}>
          {t(`report.dialogue.submit.${visibility}`)}
        </Button>
      </form>
    </section>
  );
}
