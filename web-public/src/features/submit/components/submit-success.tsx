import { Button, Notice } from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { copyText, downloadText, receiptText } from "../receipt";

export interface Submitted {
  trackingId: string;
  accessCode: string;
  submittedAt: string;
}

const bigCode = {
  fontSize: "1.5rem",
  fontWeight: 700,
  letterSpacing: "0.06em",
  wordBreak: "break-all",
  margin: 0,
} as const;

/** The tracking ID and the one-time access code, large, with copy buttons and a receipt to download. */
export function SubmitSuccess({ submitted, onAnother }: { submitted: Submitted; onAnother(): void }) {
  const { t } = useTranslation("submit");
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const date = format.dateTime(submitted.submittedAt);
  async function copy(what: string, value: string) {
    setCopied((await copyText(value)) ? t("success.copied", { what }) : t("success.copyFailed"));
  }
  function download() {
    const trackUrl = new URL(import.meta.env.BASE_URL, window.location.origin).toString();
    const text = receiptText(
      {
        heading: t("success.receiptHeading"),
        trackingId: t("success.trackingId"),
        accessCode: t("success.accessCode"),
        submittedAt: t("success.submittedAt"),
        howToTrack: t("success.howToTrack"),
        warning: t("success.warning"),
      },
      { trackingId: submitted.trackingId, accessCode: submitted.accessCode, date, trackUrl },
    );
    downloadText(t("success.fileName", { trackingId: submitted.trackingId }), text);
  }

  const codes = [
    { label: t("success.trackingId"), value: submitted.trackingId, testId: "tracking-id" },
    { label: t("success.accessCode"), value: submitted.accessCode, testId: "access-code" },
  ];
  return (
    <section className="ad-section ad-stack" aria-labelledby="submit-success-heading">
      <title>{t("pageTitle")}</title>
      <div>
        <h1 id="submit-success-heading" ref={heading} tabIndex={-1}>
          {t("success.heading")}
        </h1>
        <p className="ad-meta">{t("success.intro")}</p>
      </div>
      <Notice tone="warning">{t("success.warning")}</Notice>
      <dl className="ad-card ad-stack" style={{ margin: 0 }}>
        {codes.map((c) => (
          <div key={c.testId} className="ad-stack">
            <dt className="ad-field__label">{c.label}</dt>
            <dd style={{ margin: 0 }} className="ad-stack">
              <p className="ad-mono" style={bigCode} data-testid={c.testId}>
                {c.value}
              </p>
              <Button variant="secondary" onClick={() => copy(c.label, c.value)}>
                {t("success.copy", { what: c.label })}
              </Button>
            </dd>
          </div>
        ))}
        <div>
          <dt className="ad-field__label">{t("success.submittedAt")}</dt>
          <dd style={{ margin: 0 }}>{date}</dd>
        </div>
      </dl>
      <p aria-live="polite" className="ad-meta">
        {copied}
      </p>
      <div className="ad-stack">
        <Button onClick={download}>{t("success.download")}</Button>
        <Link href={`/track/${submitted.trackingId}`} className="ad-button ad-button--secondary">
          {t("success.track")}
        </Link>
        <Button variant="ghost" onClick={onAnother}>
          {t("success.another")}
        </Button>
      </div>
    </section>
  );
}
