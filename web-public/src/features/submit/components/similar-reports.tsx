import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { SimilarReportsQuery } from "../graphql";

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

/**
 * "Support this one instead": the report's public page, where a signed-in citizen supports it (and someone signed out
 * signs in and comes back). The draft of this form stays, so coming back here loses nothing.
 */
function SupportLink({ trackingId, titleId, supported }: { trackingId: string; titleId: string; supported: boolean }) {
  const { t } = useTranslation("submit");
  if (supported) return <p className="ad-meta">{t("supported")}</p>;
  return (
    <div>
      <Link href={`/laporan/${trackingId}`} className="ad-button ad-button--secondary" aria-describedby={titleId}>
        {t("support")}
      </Link>
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
                  <strong id={`${headingId}-${r.id}`}>{r.title}</strong>
                  <p className="ad-meta">
                    <span className="ad-mono">{r.trackingId}</span>
                    {r.region ? ` · ${r.region.name}` : ""} · {t("similarSupports", { count: r.supportCount })}
                  </p>
                </div>
                <SupportLink
                  trackingId={r.trackingId}
                  titleId={`${headingId}-${r.id}`}
                  supported={r.viewerHasSupported}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
