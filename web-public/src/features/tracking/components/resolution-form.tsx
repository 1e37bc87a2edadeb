import { describeError } from "@aduan/graphql-client/errors";
import { Button, ErrorNotice, Segmented, useErrorText } from "@aduan/ui/components";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useRef, useState } from "react";
import { ConfirmResolutionMutation, DisputeResolutionMutation } from "../graphql";
import { useTrackingTranslation } from "../i18n";
import { TextArea } from "./text-area";

/** The API's limits (api/src/reports/report.service.ts): a dispute reason of 10 to 2,000 characters. */
export const REASON_MIN = 10;
export const REASON_MAX = 2_000;
export const COMMENT_MAX = 2_000;

type Choice = "confirm" | "dispute";

interface Props {
  trackingId: string;
  /** Null for the signed-in account the report was sent from (the API knows it by its session). */
  accessCode: string | null;
  onChanged(): void;
}

/** Once the agencies have responded: confirm with a 1-5 rating, or dispute the response with a reason. */
export function ResolutionForm(props: Props) {
  const { t } = useTrackingTranslation();
  const headingId = useId();
  const [choice, setChoice] = useState<Choice>("confirm");
  return (
    <section className="ad-card ad-stack tr-resolution" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t("resolve.heading")}</h2>
        <p className="ad-meta">{t("resolve.intro")}</p>
      </div>
      <Segmented<Choice>
        label={t("resolve.heading")}
        options={[
          { value: "confirm", label: t("resolve.confirmTab") },
          { value: "dispute", label: t("resolve.disputeTab") },
        ]}
        value={choice}
        onChange={setChoice}
      />
      {choice === "confirm" ? <ConfirmForm {...props} /> : <DisputeForm {...props} />}
    </section>
  );
}

function ConfirmForm({ trackingId, accessCode, onChanged }: Props) {
  const { t } = useTrackingTranslation();
  const errorText = useErrorText();
  const ratingId = useId();
  const firstStarRef = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [errors, setErrors] = useState<{ score?: string; comment?: string }>({});
  const [confirm, { loading, error }] = useMutation(ConfirmResolutionMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const score = Number(form.get("score"));
    const comment = String(form.get("comment") ?? "").trim();
    const next: typeof errors = {};
    if (!Number.isInteger(score) || score < 1 || score > 5) next.score = t("resolve.scoreRequired");
    if (comment.length > COMMENT_MAX) next.comment = t("resolve.commentTooLong", { max: COMMENT_MAX });
    setErrors(next);
    if (next.score) return firstStarRef.current?.focus();
    if (next.comment) return commentRef.current?.focus();
    const result = await confirm({
      variables: { input: { trackingId, accessCode, score, comment: comment || null } },
    }).catch(() => null);
    const userError = result?.data?.confirmResolution.userErrors[0];
    if (userError) setErrors({ score: errorText(userError.code, userError.message) });
    else if (result?.data?.confirmResolution.report) onChanged();
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate>
      <fieldset
        className={`tr-rating${errors.score ? " ad-field--invalid" : ""}`}
        aria-describedby={errors.score ? `${ratingId}-error` : undefined}
      >
        <legend className="ad-field__label">{t("resolve.score")}</legend>
        <div className="tr-rating__options">
          {[1, 2, 3, 4, 5].map((score) => (
            <label key={score} className="tr-rating__option">
              <input
                ref={score === 1 ? firstStarRef : undefined}
                type="radio"
                name="score"
                value={score}
                aria-invalid={errors.score ? true : undefined}
              />
              <span aria-hidden="true">{score}</span>
              <span className="ad-visually-hidden">{t(`resolve.scoreLabel.${score as 1 | 2 | 3 | 4 | 5}`)}</span>
            </label>
          ))}
        </div>
        <p className="ad-field__hint">{t("resolve.scoreHint")}</p>
        {errors.score ? (
          <p className="ad-field__error" id={`${ratingId}-error`}>
            {errors.score}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        ref={commentRef}
        name="comment"
        label={t("resolve.comment")}
        error={errors.comment}
        maxLength={COMMENT_MAX + 100}
        rows={3}
      />
      {error ? <ErrorNotice title={t("resolve.failed")} code={describeError(error)} /> : null}
      <div>
        <Button type="submit" busy={loading}>
          {t("resolve.confirmSubmit")}
        </Button>
      </div>
    </form>
  );
}

function DisputeForm({ trackingId, accessCode, onChanged }: Props) {
  const { t } = useTrackingTranslation();
  const errorText = useErrorText();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [dispute, { loading, error }] = useMutation(DisputeResolutionMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    let problem: string | null = null;
    if (!reason) problem = t("resolve.reasonRequired");
    else if (reason.length < REASON_MIN) problem = t("resolve.reasonTooShort", { min: REASON_MIN });
    else if (reason.length > REASON_MAX) problem = t("resolve.reasonTooLong", { max: REASON_MAX });
    setReasonError(problem);
    if (problem) return reasonRef.current?.focus();
    const result = await dispute({ variables: { input: { trackingId, accessCode, reason } } }).catch(() => null);
    const userError = result?.data?.disputeResolution.userErrors[0];
    if (userError) {
      setReasonError(errorText(userError.code, userError.message));
      reasonRef.current?.focus();
    } else if (result?.data?.disputeResolution.report) onChanged();
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate>
      <TextArea
        ref={reasonRef}
        name="reason"
        label={t("resolve.reason")}
        hint={t("resolve.reasonHint")}
        error={reasonError}
        maxLength={REASON_MAX + 100}
        required
      />
      {error ? <ErrorNotice title={t("resolve.failed")} code={describeError(error)} /> : null}
      <div>
        <Button type="submit" variant="secondary" busy={loading}>
          {t("resolve.disputeSubmit")}
        </Button>
      </div>
    </form>
  );
}
