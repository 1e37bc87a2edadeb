import { describeError } from "@aduan/graphql-client/errors";
import { Button, ErrorNotice, Notice, useErrorText } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PostReplyMutation } from "../graphql";
import { useTrackingTranslation } from "../i18n";
import { TextArea } from "./text-area";
import type { TrackedReportData } from "./tracked-report";

const MAX_MESSAGE = 10_000;
/** Where the API takes messages (api/src/reports/report.lifecycle.ts): not once resolved, rejected or merged. */
const OPEN_FOR_MESSAGES: readonly string[] = [
  "SUBMITTED",
  "AWAITING_INFORMATION",
  "DISPOSED",
  "IN_PROGRESS",
  "RESPONDED",
];

/** The dialogue with the verifiers and the agencies, and the reporter's reply (an answer when they asked for more). */
export function Conversation({
  report,
  accessCode,
  onChanged,
}: {
  report: TrackedReportData;
  accessCode: string | null;
  onChanged(): void;
}) {
  const { t } = useTrackingTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const errorText = useErrorText();
  const headingId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [post, { loading, error: requestError }] = useMutation(PostReplyMutation);
  const answering = report.status === "AWAITING_INFORMATION";
  const open = OPEN_FOR_MESSAGES.includes(report.status);
  const canReply = report.viewerIsReporter && open;
  const messages = report.messages.nodes;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get("body") ?? "").trim();
    setSent(false);
    if (!body) {
      setError(t(answering ? "reply.answerRequired" : "reply.required"));
      fieldRef.current?.focus();
      return;
    }
    setError(null);
    const result = await post({
      variables: { input: { trackingId: report.trackingId, accessCode, body, visibility: "PUBLIC" } },
    }).catch(() => null);
    const userError = result?.data?.postMessage.userErrors[0];
    if (userError) {
      setError(errorText(userError.code, userError.message));
      fieldRef.current?.focus();
    } else if (result?.data?.postMessage.message) {
      form.reset();
      setSent(true);
      onChanged();
    }
  }

  return (
    <section className="ad-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("messages.heading")}</h2>
      {messages.length === 0 ? (
        <p className="ad-meta">{t("messages.empty")}</p>
      ) : (
        <ol className="tr-messages" aria-label={t("messages.heading")}>
          {messages.map((message) => (
            <li
              key={message.id}
              className={`tr-message tr-message--${message.authorRole === "REPORTER" ? "mine" : "theirs"}`}
            >
              <p className="ad-timeline__meta">
                <span className="tr-message__author">
                  {message.authorRole === "REPORTER"
                    ? t("messages.you")
                    : (message.authorName ?? tc(`authorRole.${message.authorRole}`))}
                </span>
                {" · "}
                <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
              </p>
              <p className="ad-prewrap">{message.body}</p>
              {message.attachments.length > 0 ? (
                <ul className="tr-files">
                  {message.attachments.map((file) => (
                    <li key={file.id}>
                      <a href={file.url} target="_blank" rel="noreferrer">
                        {file.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {report.viewerIsReporter && !open ? <p className="ad-meta">{t("messages.closed")}</p> : null}
      {canReply ? (
        <form className="ad-stack" onSubmit={submit} noValidate>
          {answering ? <Notice tone="warning">{t("reply.answerIntro")}</Notice> : null}
          <TextArea
            ref={fieldRef}
            name="body"
            label={t(answering ? "reply.answerLabel" : "reply.label")}
            hint={t("reply.hint")}
            error={error}
            maxLength={MAX_MESSAGE}
            required
          />
          <div aria-live="polite">
            {requestError ? <ErrorNotice title={t("reply.failed")} code={describeError(requestError)} /> : null}
            {sent ? <Notice tone="success">{t("reply.sent")}</Notice> : null}
          </div>
          <div>
            <Button type="submit" busy={loading}>
              {t(answering ? "reply.answerSubmit" : "reply.submit")}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
