import { describeError } from "@aduan/graphql-client/errors";
import { Button, ErrorNotice, Loading, Notice, TextField } from "@aduan/ui/components";
import { useQuery, useSubscription } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { forgetAccessCode, loadAccessCode, saveAccessCode } from "../access-code-store";
import { ReportEventsSubscription, TrackReportQuery } from "../graphql";
import { useTrackingTranslation } from "../i18n";
import { type LiveEvent, withLiveEvents } from "../live";
import { normalizeAccessCode } from "../tracking-id";
import { TrackedReport } from "./tracked-report";

function useOnline(): boolean {
  const [online, setOnline] = useState(() => globalThis.navigator?.onLine ?? true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

export interface TrackingViewProps {
  trackingId: string;
  /**
   * "track" (the default): the tracking page, where the access code opens the reporter's view. "public": a public
   * report's page (opened from the list): no access code form, a link to the tracking page for its reporter instead.
   */
  variant?: "track" | "public";
  /** Shown under the report's status, e.g. its support count and button. */
  aside?: ReactNode;
}

/**
 * The tracking page's content: the report as the viewer may see it, kept current over the `reportEvents`
 * subscription (no reload), and the reporter's actions once the access code has opened their view.
 */
export function TrackingView({ trackingId, variant = "track", aside }: TrackingViewProps) {
  const { t } = useTrackingTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [accessCode, setAccessCode] = useState(() => (variant === "track" ? loadAccessCode(trackingId) : null));
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const online = useOnline();
  const variables = accessCode ? { trackingId, accessCode } : { trackingId };
  // The reporter's view is never written to the shared cache (a kiosk, a shared phone).
  const query = useQuery(TrackReportQuery, { variables, fetchPolicy: "no-cache", notifyOnNetworkStatusChange: false });
  const { refetch } = query;
  const subscription = useSubscription(ReportEventsSubscription, {
    variables,
    onData: ({ data }) => {
      const event = data.data?.reportEvents;
      if (!event) return;
      setEvents((previous) => (previous.some((e) => e.id === event.id) ? previous : [...previous, event]));
      void refetch().catch(() => undefined); // messages, dispositions and deadlines that came with the event
    },
  });

  // Back online: catch up on what happened while the connection was down (graphql-ws resubscribes by itself).
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) void refetch().catch(() => undefined);
    wasOnline.current = online;
  }, [online, refetch]);

  const report = query.data?.trackReport ? withLiveEvents(query.data.trackReport, events) : null;
  const rejected = Boolean(accessCode && report && !report.viewerIsReporter);

  // A code that did not open the reporter's view is not kept.
  useEffect(() => {
    if (rejected) forgetAccessCode(trackingId);
  }, [rejected, trackingId]);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function openWithCode(code: string) {
    saveAccessCode(trackingId, code);
    setEvents([]);
    setAccessCode(code);
  }

  function closeReporterView() {
    forgetAccessCode(trackingId);
    setEvents([]);
    setAccessCode(null);
  }

  const live = online && !subscription.error;
  let content = null;
  if (query.loading && !query.data) content = <Loading label={t("loading")} />;
  else if (query.error && !query.data)
    content = (
      <ErrorNotice
        title={t("loadError")}
        code={describeError(query.error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  else if (!report) content = <Notice tone="warning">{t("notFound", { trackingId })}</Notice>;
  else
    content = (
      <>
        {rejected ? <Notice tone="warning">{t("accessCodeRejected")}</Notice> : null}
        {report.viewerIsReporter ? null : variant === "track" ? (
          <AccessCodeForm onCode={openWithCode} />
        ) : (
          <p>
            <Link href={`/track/${trackingId}`}>{t("reporterLink")}</Link>
          </p>
        )}
        <TrackedReport
          report={report}
          accessCode={report.viewerIsReporter ? accessCode : null}
          onChanged={() => void refetch().catch(() => undefined)}
          aside={aside}
        />
        {report.viewerIsReporter && accessCode ? (
          <div>
            <Button variant="ghost" onClick={closeReporterView}>
              {t("closeReporterView")}
            </Button>
          </div>
        ) : null}
      </>
    );

  return (
    <div className="ad-stack">
      <div className="ad-page-intro">
        <h1 ref={headingRef} tabIndex={-1}>
          {t("resultHeading", { trackingId })}
        </h1>
        <p className={`tr-live tr-live--${live ? "on" : "off"}`} role="status">
          <span className="tr-live__dot" aria-hidden="true" />
          {live ? t("live.on") : t("live.off")}
          {subscription.error && online ? (
            <Button variant="ghost" onClick={() => subscription.restart()}>
              {t("live.reconnect")}
            </Button>
          ) : null}
        </p>
      </div>
      {content}
    </div>
  );
}

/** Opens the reporter's view: the access code stays in this tab, never in the address. */
function AccessCodeForm({ onCode }: { onCode(code: string): void }) {
  const { t } = useTrackingTranslation();
  const headingId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get("accessCode") ?? "").trim();
    const code = normalizeAccessCode(raw);
    if (!code) {
      setError(raw ? t("accessCodeInvalid") : t("accessCodeRequired"));
      fieldRef.current?.focus();
      return;
    }
    setError(null);
    onCode(code);
  }

  return (
    <form className="ad-card ad-stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t("openHeading")}</h2>
      <TextField
        ref={fieldRef}
        name="accessCode"
        label={t("accessCodeLabel")}
        hint={t("accessCodeHint")}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
      />
      <div>
        <Button type="submit">{t("open")}</Button>
      </div>
    </form>
  );
}
