import { describeError } from "@aduan/graphql-client/errors";
import { Button, ErrorNotice, Loading, Notice, TextField } from "@aduan/ui/components";
import { useLazyQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TrackReportQuery } from "../graphql";
import { normalizeAccessCode, normalizeTrackingId } from "../tracking-id";
import { TrackedReport } from "./tracked-report";

interface FieldErrors {
  trackingId?: string;
  accessCode?: string;
}

/** "Lacak laporan": a tracking ID (and the reporter's access code, if they have it) to the report's status and timeline. */
export function TrackReport() {
  const { t } = useTranslation();
  const headingId = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [searched, setSearched] = useState<{ trackingId: string; withAccessCode: boolean } | null>(null);
  const trackingIdRef = useRef<HTMLInputElement>(null);
  const accessCodeRef = useRef<HTMLInputElement>(null);
  // The access code is a secret and opens the reporter's view: that view is never written to the shared cache
  // (a kiosk or a shared phone) and the code never goes in the address bar.
  const [track, result] = useLazyQuery(TrackReportQuery, { fetchPolicy: "no-cache" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rawTrackingId = String(form.get("trackingId") ?? "").trim();
    const rawAccessCode = String(form.get("accessCode") ?? "").trim();
    const trackingId = normalizeTrackingId(rawTrackingId);
    const accessCode = rawAccessCode ? normalizeAccessCode(rawAccessCode) : null;
    const next: FieldErrors = {};
    if (!rawTrackingId) next.trackingId = t("track.trackingIdRequired");
    else if (!trackingId) next.trackingId = t("track.trackingIdInvalid");
    if (rawAccessCode && !accessCode) next.accessCode = t("track.accessCodeInvalid");
    setErrors(next);
    if (!trackingId || next.accessCode) {
      (next.trackingId ? trackingIdRef : accessCodeRef).current?.focus();
      return;
    }
    if (trackingIdRef.current) trackingIdRef.current.value = trackingId;
    setSearched({ trackingId, withAccessCode: accessCode !== null });
    // Errors show from `result` below.
    await track({ variables: accessCode ? { trackingId, accessCode } : { trackingId } }).catch(() => undefined);
  }

  let outcome: ReactNode = null;
  if (result.loading) outcome = <Loading label={t("track.submitting")} />;
  else if (result.error) outcome = <ErrorNotice title={t("track.loadError")} code={describeError(result.error)} />;
  else if (result.data && searched) {
    outcome = result.data.trackReport ? (
      <TrackedReport
        report={result.data.trackReport}
        accessCodeRejected={searched.withAccessCode && !result.data.trackReport.viewerIsReporter}
      />
    ) : (
      <Notice tone="warning">{t("track.notFound", { trackingId: searched.trackingId })}</Notice>
    );
  }

  return (
    <section className="ad-section ad-stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t("track.heading")}</h2>
        <p className="ad-meta">{t("track.intro")}</p>
      </div>
      <form className="ad-card ad-stack" onSubmit={submit} noValidate>
        <TextField
          ref={trackingIdRef}
          name="trackingId"
          label={t("track.trackingId")}
          hint={t("track.trackingIdHint")}
          error={errors.trackingId}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
        />
        <TextField
          ref={accessCodeRef}
          name="accessCode"
          label={t("track.accessCode")}
          hint={t("track.accessCodeHint")}
          error={errors.accessCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
        />
        <Button type="submit" busy={result.loading}>
          {t("track.submit")}
        </Button>
      </form>
      <div aria-live="polite">{outcome}</div>
    </section>
  );
}
