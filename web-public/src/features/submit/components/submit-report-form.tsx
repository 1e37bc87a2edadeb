import { describeError } from "@aduan/graphql-client/errors";
import { Button, ErrorNotice, Loading, Notice, TextField } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useCallback, useEffect, useId, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  BODY_LIMITS,
  clearDraft,
  type FieldError,
  type FieldErrors,
  type FieldName,
  type FormValues,
  firstInvalid,
  initialState,
  isAnonymous,
  isWhistleblowing,
  KINDS,
  loadDraft,
  localToday,
  mapUserErrors,
  reducer,
  regionCodeOf,
  saveDraft,
  TITLE_LIMITS,
  toInput,
  validate,
} from "../form-state";
import { SubmitCategoriesQuery, SubmitReportMutation } from "../graphql";
import { useSubmitTexts } from "../i18n";
import type { uploadFile } from "../upload";
import { AttachmentsField } from "./attachments-field";
import { Field } from "./fields";
import { RegionPicker } from "./region-picker";
import { SimilarReports } from "./similar-reports";
import { SubmitSuccess, type Submitted } from "./submit-success";

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === "undefined" ? true : navigator.onLine !== false));
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/** Where a field's message sends the focus. */
const FOCUS_NAME: Partial<Record<FieldName, string>> = { location: "locationButton" };

/**
 * "Buat laporan": the whole submission, from the kind of report to the tracking ID and the one-time access code.
 * The draft (with its idempotency key) is kept in localStorage, so a reload or a dropped connection loses nothing
 * and a retry after a lost answer returns the same report instead of a second one.
 */
export function SubmitReport(props: SubmitReportProps) {
  const ready = useSubmitTexts();
  return ready ? <SubmitReportForm {...props} /> : <Loading />;
}

interface SubmitReportProps {
  /** Replaces the XMLHttpRequest upload (tests). */
  upload?: typeof uploadFile;
  /** The signed-in citizen: the report is theirs ("my reports"), and their account's name and email stand in. */
  account?: { name: string } | null;
}

function SubmitReportForm({ upload, account = null }: SubmitReportProps) {
  const signedIn = account !== null;
  const { t } = useTranslation("submit");
  const storage = browserStorage();
  const [state, dispatch] = useReducer(reducer, null, () => initialState(storage ? loadDraft(storage) : null));
  const { values, errors } = state;
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FieldErrors | null>(null);
  const [locating, setLocating] = useState(false);
  const online = useOnline();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const ids = useId();
  const [submitReport, { loading }] = useMutation(SubmitReportMutation, { fetchPolicy: "no-cache" });
  const categories = useQuery(SubmitCategoriesQuery);

  // The draft follows every change; the success screen has already cleared it.
  useEffect(() => {
    if (storage && !submitted) saveDraft(storage, state);
  }, [storage, state, submitted]);

  // After a failed check, the first field with a problem gets the focus (its message is read with it).
  useEffect(() => {
    if (!focusRequest) return;
    const field = firstInvalid(focusRequest);
    if (!field || field === "form") {
      summaryRef.current?.focus();
      return;
    }
    const name = FOCUS_NAME[field] ?? field;
    formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
  }, [focusRequest]);

  const message = (e?: FieldError) =>
    e ? ("key" in e ? t(`errors.${e.key}` as "errors.kindRequired", e.values ?? {}) : e.text) : undefined;
  const set = <K extends keyof FormValues>(field: K, value: FormValues[K]) => dispatch({ type: "set", field, value });
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);

  function showErrors(next: FieldErrors) {
    dispatch({ type: "errors", errors: next });
    setFocusRequest(next);
  }

  async function send(event?: FormEvent) {
    event?.preventDefault();
    setFailure(null);
    if (uploading) {
      showErrors({ attachments: { text: t("waitForUploads") } });
      return;
    }
    const problems = validate(values, { signedIn, today: localToday() });
    if (Object.keys(problems).length) {
      showErrors(problems);
      return;
    }
    dispatch({ type: "errors", errors: {} });
    try {
      const result = await submitReport({ variables: { input: toInput(values, state.idempotencyKey) } });
      const payload = result.data?.submitReport;
      if (!payload) throw new Error("no payload");
      if (payload.userErrors.length) {
        showErrors(mapUserErrors(payload.userErrors));
        return;
      }
      if (!payload.trackingId || !payload.accessCode) throw new Error("no tracking ID");
      if (storage) clearDraft(storage);
      setSubmitted({
        trackingId: payload.trackingId,
        accessCode: payload.accessCode,
        submittedAt: payload.report?.createdAt ?? new Date().toISOString(),
      });
    } catch (error) {
      // The draft and its idempotency key stay: sending again cannot make a second report.
      setFailure(describeError(error));
    }
  }

  function locate() {
    if (!navigator.geolocation) {
      showErrors({ ...errors, location: { key: "locationDenied" } });
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const round = (n: number) => Math.round(n * 1e6) / 1e6;
        set("location", { lat: round(position.coords.latitude), lng: round(position.coords.longitude) });
      },
      () => {
        setLocating(false);
        dispatch({ type: "errors", errors: { ...errors, location: { key: "locationDenied" } } });
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  function discard() {
    if (storage) clearDraft(storage);
    dispatch({ type: "reset" });
  }

  if (submitted) {
    return (
      <SubmitSuccess
        submitted={submitted}
        onAnother={() => {
          setSubmitted(null);
          dispatch({ type: "reset" });
        }}
      />
    );
  }

  const whistle = isWhistleblowing(values);
  const anonymous = isAnonymous(values);
  const confidential = values.confidential || whistle;
  const privacyKey = anonymous ? (confidential ? "both" : "anonymous") : confidential ? "confidential" : "none";
  const errorCount = Object.keys(errors).length;
  const kindError = message(errors.kind);
  const today = localToday();

  return (
    <section className="ad-section ad-stack" aria-labelledby={`${ids}-heading`}>
      <title>{t("pageTitle")}</title>
      <div className="ad-page-intro">
        <h1 id={`${ids}-heading`}>{t("heading")}</h1>
        <p className="ad-meta">{t("intro")}</p>
      </div>
      {state.restored ? (
        <Notice
          tone="info"
          action={
            <Button variant="secondary" onClick={discard}>
              {t("draftDiscard")}
            </Button>
          }
        >
          <p>{t("draftRestored")}</p>
        </Notice>
      ) : null}
      {!online ? <Notice tone="warning">{t("offline")}</Notice> : null}
      <form ref={formRef} className="ad-card ad-stack" onSubmit={send} noValidate>
        <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
          {errorCount ? (
            <Notice tone="danger" title={t("errorSummary")}>
              {errors.form ? <p>{message(errors.form)}</p> : null}
            </Notice>
          ) : null}
        </div>

        <fieldset
          className={kindError ? "ad-field ad-field--invalid" : "ad-field"}
          style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
          aria-describedby={kindError ? `${ids}-kind-error` : undefined}
        >
          <legend className="ad-field__label">{t("kind")}</legend>
          <div className="ad-stack">
            {KINDS.map((kind) => (
              <div key={kind} className="ad-row" style={{ alignItems: "flex-start", flexWrap: "nowrap" }}>
                <input
                  type="radio"
                  id={`${ids}-kind-${kind}`}
                  name="kind"
                  value={kind}
                  checked={values.kind === kind}
                  onChange={() => dispatch({ type: "kind", kind })}
                  aria-describedby={`${ids}-kind-${kind}-hint`}
                  aria-invalid={kindError ? true : undefined}
                  style={{ width: 24, height: 24, marginTop: 2, flex: "none" }}
                />
                <div style={{ flex: 1, minWidth: 0 }}>
                  <label htmlFor={`${ids}-kind-${kind}`} style={{ fontWeight: 600 }}>
                    {t(`kinds.${kind}`)}
                  </label>
                  <p className="ad-field__hint" id={`${ids}-kind-${kind}-hint`}>
                    {t(`kindHints.${kind}`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
          {kindError ? (
            <p className="ad-field__error" id={`${ids}-kind-error`}>
              {kindError}
            </p>
          ) : null}
        </fieldset>

        <TextField
          name="title"
          label={t("title")}
          hint={t("titleHint")}
          error={message(errors.title)}
          value={values.title}
          maxLength={TITLE_LIMITS[1]}
          autoComplete="off"
          required
          onChange={(e) => set("title", e.currentTarget.value)}
        />
        <SimilarReports title={values.title} regionCode={regionCodeOf(values)} />

        <Field label={t("body")} hint={t("bodyHint", { min: BODY_LIMITS[0] })} error={message(errors.body)}>
          {(props) => (
            <textarea
              {...props}
              className="ad-input"
              name="body"
              rows={6}
              required
              maxLength={BODY_LIMITS[1]}
              value={values.body}
              onChange={(e) => set("body", e.currentTarget.value)}
            />
          )}
        </Field>

        <Field label={`${t("category")} (${t("optional")})`} error={message(errors.categoryId)}>
          {(props) => (
            <select
              {...props}
              className="ad-input"
              name="categoryId"
              value={values.categoryId}
              onChange={(e) => set("categoryId", e.currentTarget.value)}
            >
              <option value="">{t("categoryNone")}</option>
              {(categories.data?.categories ?? []).map((c) =>
                c.children.length ? (
                  <optgroup key={c.id} label={c.name}>
                    <option value={c.id}>{c.name}</option>
                    {c.children.map((child) => (
                      <option key={child.id} value={child.id}>
                        {child.name}
                      </option>
                    ))}
                  </optgroup>
                ) : (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ),
              )}
            </select>
          )}
        </Field>

        <RegionPicker
          provinceCode={values.provinceCode}
          regencyCode={values.regencyCode}
          districtCode={values.districtCode}
          error={message(errors.region)}
          onProvince={(code) => dispatch({ type: "province", code })}
          onRegency={(code) => dispatch({ type: "regency", code })}
          onDistrict={(code) => dispatch({ type: "district", code })}
        />

        <div className={errors.location ? "ad-field ad-field--invalid" : "ad-field"}>
          <p className="ad-field__label" id={`${ids}-location`}>
            {t("location")} ({t("optional")})
          </p>
          <p className="ad-field__hint">{t("locationHint")}</p>
          {values.location ? (
            <div className="ad-row" style={{ flexWrap: "wrap" }}>
              <span>{t("locationSet", { lat: values.location.lat, lng: values.location.lng })}</span>
              <Button variant="ghost" name="locationButton" onClick={() => set("location", null)}>
                {t("locationRemove")}
              </Button>
            </div>
          ) : (
            <Button variant="secondary" name="locationButton" busy={locating} onClick={locate}>
              {locating ? t("locationFinding") : t("locationUse")}
            </Button>
          )}
          {errors.location ? (
            <p className="ad-field__error" role="alert">
              {message(errors.location)}
            </p>
          ) : null}
        </div>

        <TextField
          name="incidentDate"
          type="date"
          label={`${t("incidentDate")} (${t("optional")})`}
          error={message(errors.incidentDate)}
          value={values.incidentDate}
          max={today}
          min="1945-08-17"
          onChange={(e) => set("incidentDate", e.currentTarget.value)}
        />

        <fieldset className="ad-stack" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend className="ad-field__label">{t("privacy")}</legend>
          {whistle ? <Notice tone="info">{t("whistleForced")}</Notice> : null}
          {(
            [
              ["anonymous", anonymous, "anonymous", "anonymousHint"],
              ["confidential", confidential, "confidential", "confidentialHint"],
            ] as const
          ).map(([field, checked, label, hint]) => (
            <div key={field} className="ad-row" style={{ alignItems: "flex-start", flexWrap: "nowrap" }}>
              <input
                type="checkbox"
                id={`${ids}-${field}`}
                name={field}
                checked={checked}
                disabled={whistle}
                aria-describedby={`${ids}-${field}-hint`}
                onChange={(e) => set(field, e.currentTarget.checked)}
                style={{ width: 24, height: 24, marginTop: 2, flex: "none" }}
              />
              <div style={{ flex: 1, minWidth: 0 }}>
                <label htmlFor={`${ids}-${field}`} style={{ fontWeight: 600 }}>
                  {t(label)}
                </label>
                <p className="ad-field__hint" id={`${ids}-${field}-hint`}>
                  {t(hint)}
                </p>
              </div>
            </div>
          ))}
          <p className="ad-notice ad-notice--info" style={{ margin: 0 }} aria-live="polite">
            {t(`privacySummary.${privacyKey}`)}
          </p>
        </fieldset>

        <fieldset className="ad-stack" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend className="ad-field__label">{t("reporterHeading")}</legend>
          <p className="ad-field__hint">{anonymous ? t("contactAnonymousIntro") : t("reporterIntro")}</p>
          {account ? (
            <p className="ad-notice ad-notice--info" style={{ margin: 0 }}>
              {t(anonymous ? "accountAnonymous" : "account", { name: account.name })}
            </p>
          ) : null}
          {anonymous ? null : (
            <TextField
              name="name"
              label={signedIn ? `${t("name")} (${t("optional")})` : t("name")}
              error={message(errors.name)}
              value={values.name}
              autoComplete="name"
              required={!signedIn}
              onChange={(e) => set("name", e.currentTarget.value)}
            />
          )}
          <TextField
            name="email"
            type="email"
            label={`${t("email")}${anonymous || signedIn ? ` (${t("optional")})` : ""}`}
            error={message(errors.email)}
            value={values.email}
            autoComplete="email"
            inputMode="email"
            onChange={(e) => set("email", e.currentTarget.value)}
          />
          <TextField
            name="phone"
            type="tel"
            label={`${t("phone")}${anonymous || signedIn ? ` (${t("optional")})` : ""}`}
            hint={t("phoneHint")}
            error={message(errors.phone)}
            value={values.phone}
            autoComplete="tel"
            inputMode="tel"
            onChange={(e) => set("phone", e.currentTarget.value)}
          />
        </fieldset>

        <AttachmentsField
          attachments={values.attachments}
          error={message(errors.attachments)}
          upload={upload}
          onAdd={(attachment) => dispatch({ type: "addAttachment", attachment })}
          onRemove={(id) => dispatch({ type: "removeAttachment", id })}
          onBusyChange={onBusyChange}
        />

        <div aria-live="assertive">
          {failure === "NETWORK" ? (
            <Notice tone="danger">
              <p>{t("networkError")}</p>
            </Notice>
          ) : failure ? (
            <ErrorNotice code={failure} />
          ) : null}
        </div>
        <p className="ad-meta">{t("draftSaved")}</p>
        <Button type="submit" busy={loading}>
          {loading ? t("submitting") : failure ? t("retry") : t("submit")}
        </Button>
      </form>
    </section>
  );
}
