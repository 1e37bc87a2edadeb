import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { Button, Notice } from "@aduan/ui/components";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ApproveResponseMutation } from "../graphql";
import { useReportTranslation } from "../i18n";

/**
 * A response an operator drafted, held until an agency admin approves it (the reporter sees nothing before).
 * Only agency admins get the button.
 */
export function ApprovalPanel({
  dispositionId,
  draft,
  canApprove,
  onDone,
}: {
  dispositionId: string;
  draft: string | null;
  canApprove: boolean;
  onDone(message: string): void;
}) {
  const { t } = useReportTranslation();
  const [approve, { loading }] = useMutation(ApproveResponseMutation);
  const [error, setError] = useState<string | null>(null);
  const run = useMutationError();

  async function onApprove() {
    const failure = await run(
      async () => (await approve({ variables: { input: { dispositionId } } })).data?.approveResponse,
    );
    setError(failure);
    if (!failure) onDone(t("approval.done"));
  }

  return (
    <div className="ad-stack">
      <h3>{t("approval.heading")}</h3>
      <p className="ad-meta">{t(canApprove ? "approval.hintAdmin" : "approval.hintOperator")}</p>
      <blockquote className="ad-card ad-prewrap">{draft ?? "—"}</blockquote>
      {canApprove ? (
        <Button busy={loading} onClick={() => void onApprove()}>
          {t("approval.approve")}
        </Button>
      ) : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </div>
  );
}
