import { describeError } from "@aduan/graphql-client/errors";
import { useSession } from "@aduan/graphql-client/session";
import { Button, ErrorNotice, Notice } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { Link } from "wouter";
import { signInHref } from "../../account/return-to";
import { ReportSupportQuery, SupportReportMutation } from "../graphql";
import { useBrowseTranslation } from "../i18n";

/**
 * A public report's support: how many back it, and "support this report" for a signed-in citizen (once per
 * account: the API counts a second one as nothing, and the button is gone once the viewer supports it). Someone
 * signed out is sent to sign in and comes back here. Needs a PublicSession above it; shows nothing for a report
 * that cannot be supported (not verified yet, or confidential).
 */
export function SupportPanel({ trackingId }: { trackingId: string }) {
  const { t } = useBrowseTranslation();
  const headingId = useId();
  const { state } = useSession();
  const signedIn = state.status === "signedIn";
  // Asked again when the session changes: whether the viewer supports it depends on who they are.
  const query = useQuery(ReportSupportQuery, {
    variables: { trackingId },
    fetchPolicy: "cache-and-network",
    skip: state.status === "checking",
  });
  const [support, mutation] = useMutation(SupportReportMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const report = query.data?.trackReport;

  if (!report) {
    return query.error ? (
      <ErrorNotice
        title={t("support.loadError")}
        code={describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    ) : null;
  }
  if (!report.verifiedAt || report.confidential) return null;

  async function click() {
    if (!report) return;
    setFailure(null);
    try {
      const result = await support({ variables: { input: { reportId: report.id } } });
      const problem = result.data?.supportReport.userErrors[0];
      if (problem) setFailure(problem.message);
    } catch (error) {
      // An expired session signs out (the client forgets the token) and the sign-in link shows instead.
      const code = describeError(error);
      if (code !== "UNAUTHENTICATED") setFailure(t("support.failed"));
    }
  }

  let action = null;
  if (report.viewerHasSupported) action = <Notice tone="success">{t("support.supported")}</Notice>;
  else if (signedIn)
    action = (
      <div>
        <Button busy={mutation.loading} onClick={() => void click()}>
          {t("support.button")}
        </Button>
      </div>
    );
  else if (state.status === "signedOut")
    action = (
      <>
        <p className="ad-meta">{t("support.signInHint")}</p>
        <div>
          <Link href={signInHref(`/laporan/${trackingId}`)} className="ad-button ad-button--secondary">
            {t("support.signIn")}
          </Link>
        </div>
      </>
    );

  return (
    <section className="ad-card ad-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("support.heading")}</h2>
      <p aria-live="polite" data-testid="support-count">
        {t("support.count", { count: report.supportCount })}
      </p>
      {action}
      {failure ? <Notice tone="danger">{failure}</Notice> : null}
    </section>
  );
}
