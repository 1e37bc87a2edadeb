import { Button, TextField } from "@aduan/ui/components";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { saveAccessCode } from "../access-code-store";
import { normalizeAccessCode, normalizeTrackingId } from "../tracking-id";

interface FieldErrors {
  trackingId?: string;
  accessCode?: string;
}

/**
 * "Lacak laporan": a tracking ID (and the reporter's access code, if they have it) opens the report's tracking page.
 * The code goes to this tab's sessionStorage, never into the address.
 */
export function TrackReport() {
  const { t } = useTranslation();
  const headingId = useId();
  const [, navigate] = useLocation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const trackingIdRef = useRef<HTMLInputElement>(null);
  const accessCodeRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
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
    if (accessCode) saveAccessCode(trackingId, accessCode);
    navigate(`/track/${trackingId}`);
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
        <Button type="submit">{t("track.submit")}</Button>
      </form>
    </section>
  );
}
