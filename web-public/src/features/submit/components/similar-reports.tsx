import { describeError } from "@aduan/graphql-client/errors";
import { Button, Notice } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SimilarReportsQuery, SupportReportMutation } from "../graphql";

export const SIMILAR_MIN_CHARS = 3;
export const SIMILAR_DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function SupportButton({ reportId, supported }: { reportId: string; supported: boolean }) {
  const { t } = useTranslation("submit");
  const [support, { loading }] = useMutation(SupportReportMutation);
  const [outcome, setOutcome] = useState<"signIn" | "failed" | "done" | null>(supported ? "done" : null);
  async function click() {
    try {
      const result = await support({ variables: { input: { reportId } } });
      const payload = result.data?.supportReport;
      if (payload?.userErrors.length)
        setOutcome(payload.userErrors[0].code === "UNAUTHENTICATED" ? "signIn" : "failed");
      else setOutcome("done");
    } catch (error) {
      setOutcome(describeError(error) === "UNAUTHENTICATED" ? "signIn" : "failed");
    }
  }
  if (outcome === "done") return <p className="ad-meta">{t("supported")}</p>;
  return (
    <div className="ad-stack">
      <Button variant="secondary" busy={loading} onClick={click}>
        {t("support")}
      </Button>
      {outcome === "signIn" ? <Notice tone="info">{t("supportSignIn")}</Notice> : null}
      {outcome === "failed" ? <Notice tone="danger">{t("supportFailed")}</Notice> : null}
    </div>
  );
}

/** Public reports like the one being written (debounced, from three characters), each with "support this one". */
export function SimilarReports({ title, regionCode }: { title: string; regionCode: string | null }) {
  const { t } = useTranslation("submit");
  const headingId = useId();
  const text = useDebounced(title.trim(), SIMILAR_DEBOUNCE_MS);
  const skip = text.length < SIMILAR_MIN_CHARS;
  const { data } = useQuery(SimilarReportsQuery, {
    variables: regionCode ? { text, regionCode, first: 5 } : { text, first: 5 },
    skip,
  });
  const reports = skip ? [] : (data?.similarReports ?? []);
  return (
    <div aria-live="polite">
      {reports.length ? (
        <section className="ad-card ad-stack" aria-labelledby={headingId}>
          <h2 id={headingId} className="ad-card__title">
            {t("similarHeading")}
          </h2>
          <p className="ad-meta">{t("similarIntro")}</p>
          <ul className="ad-stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {reports.map((r) => (
              <li key={r.id} className="ad-stack">
                <div>
                  <strong>{r.title}</strong>
                  <p className="ad-meta">
                    <span className="ad-mono">{r.trackingId}</span>
                    {r.region ? ` · ${r.region.name}` : ""} · {t("similarSupports", { count: r.supportCount })}
                  </p>
                </div>
                <SupportButton reportId={r.id} supported={r.viewerHasSupported} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
