import { WorkingDayCountdown } from "@aduan/graphql-client/deadlines";
import { describeError } from "@aduan/graphql-client/errors";
import { useMutationError } from "@aduan/graphql-client/mutation-error";
import {
  Button,
  Chip,
  DispositionStatusChip,
  ErrorNotice,
  Loading,
  NotFound,
  notify,
  ReportStatusChip,
  Timeline,
} from "@aduan/ui/components";
import { useFormat } from "@aduan/ui/i18n";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useIsAgencyAdmin } from "../../common/roles";
import { AcceptDispositionMutation } from "../../inbox/graphql";
import { Presence } from "../../presence/components/presence";
import { ReplyTemplatesQuery } from "../../templates/graphql";
import { DispositionViewQuery } from "../graphql";
import { useReportTranslation } from "../i18n";
import { ForwardDialog, type ReplyTemplate, RespondDialog, ReturnDialog } from "./action-dialogs";
import { ApprovalPanel } from "./approval";
import { Dialogue } from "./dialogue";

type OpenDialog = "forward" | "return" | "respond" | null;

/** One disposition and its report, as far as the agency may see it, with what the operator can do next. */
export function ReportView({
  dispositionId,
  initialAction = null,
  templates,
}: {
  dispositionId: string;
  initialAction?: OpenDialog;
  /** Saved replies offered in the respond dialog. */
  templates?: readonly ReplyTemplate[];
}) {
  const { t } = useReportTranslation();
  const { t: tc } = useTranslation("common");
  const format = useFormat();
  const query = useQuery(DispositionViewQuery, { variables: { id: dispositionId } });
  const [dialog, setDialog] = useState<OpenDialog>(initialAction);
  const [accept, { loading: accepting }] = useMutation(AcceptDispositionMutation);
  const [actionError, setActionError] = useState<string | null>(null);
  const run = useMutationError();
  const isAdmin = useIsAgencyAdmin();
  // The agency's saved replies, fetched when the respond dialog first opens (unless given).
  const saved = useQuery(ReplyTemplatesQuery, { skip: templates !== undefined || dialog !== "respond" });
  const replyTemplates = templates ?? saved.data?.messageTemplates;

  if (query.error && !query.data)
    return (
      <ErrorNotice
        title={t("report.loadError")}
        code={describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  if (!query.data) return <Loading label={tc("loading")} />;
  const disposition = query.data.node?.__typename === "Disposition" ? query.data.node : null;
  if (!disposition) return <NotFound homeHref={import.meta.env.BASE_URL} />;
  const { report } = disposition;
  const ownAgencyId = query.data.viewer?.agency?.id ?? null;

  function done(message: string) {
    notify(message, { id: "action" });
    setActionError(null);
    void query.refetch();
  }

  async function onAccept() {
    const failure = await run(
      async () => (await accept({ variables: { input: { dispositionId } } })).data?.acceptDisposition,
    );
    setActionError(failure);
    if (!failure) done(t("actions.accept.done"));
  }

  const status = disposition.status;
  const messages = report.messages.edges.map((edge) => edge.node);

  return (
    <article className="ad-stack">
      <p>
        <Link href="/">{t("report.back")}</Link>
      </p>
      <header className="ad-stack">
        <div className="ad-row">
          <span className="ad-mono">{report.trackingId}</span>
          <ReportStatusChip status={report.status} />
          <DispositionStatusChip status={status} />
          <WorkingDayCountdown
            dueAt={disposition.dueAt}
            overdue={disposition.overdue}
            escalation={disposition.escalation}
          />
          {report.confidential ? <Chip tone="warning">{tc("badge.confidential")}</Chip> : null}
        </div>
        <h1>{report.title ?? tc("hiddenTitle")}</h1>
        <p className="ad-meta">
          {[report.kind ? tc(`reportKind.${report.kind}`) : null, report.category?.name, report.region?.name]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <Presence reportId={report.id} />
      </header>

      <section className="ad-card ad-stack" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t("report.actions")}</h2>
        {disposition.instruction ? (
          <p>
            <strong>{t("report.instruction")}</strong> {disposition.instruction}
          </p>
        ) : null}
        <div className="ad-row">
          {status === "PENDING" ? (
            <Button busy={accepting} onClick={() => void onAccept()}>
              {t("actions.accept.button")}
            </Button>
          ) : null}
          {status === "ACCEPTED" ? (
            <>
              <Button onClick={() => setDialog("respond")}>{t("actions.respond.button")}</Button>
              <Button variant="secondary" onClick={() => setDialog("forward")}>
                {t("actions.forward.button")}
              </Button>
            </>
          ) : null}
          {status === "PENDING" || status === "ACCEPTED" ? (
            <Button variant="secondary" onClick={() => setDialog("return")}>
              {t("actions.return.button")}
            </Button>
          ) : null}
        </div>
        {status === "AWAITING_APPROVAL" ? (
          <ApprovalPanel
            dispositionId={dispositionId}
            draft={disposition.draftResponse ?? null}
            canApprove={isAdmin}
            onDone={done}
          />
        ) : null}
        {status !== "PENDING" && status !== "ACCEPTED" && status !== "AWAITING_APPROVAL" ? (
          <p className="ad-meta">{t("report.noActions")}</p>
        ) : null}
        {actionError ? (
          <p role="alert" className="ad-field__error">
            {actionError}
          </p>
        ) : null}
      </section>

      <div className="ad-report-grid">
        <div className="ad-stack">
          <section className="ad-stack" aria-labelledby="content-heading">
            <h2 id="content-heading">{t("report.content")}</h2>
            {report.body ? <p className="ad-prewrap">{report.body}</p> : <p className="ad-meta">{tc("hiddenTitle")}</p>}
            <dl className="ad-facts">
              <dt>{t("report.submittedAt")}</dt>
              <dd>{format.dateTime(report.createdAt)}</dd>
              {report.incidentDate ? (
                <>
                  <dt>{t("report.incidentDate")}</dt>
                  <dd>{format.date(report.incidentDate)}</dd>
                </>
              ) : null}
              <dt>{t("report.reporter")}</dt>
              <dd>
                {report.anonymous ? (
                  tc("badge.anonymous")
                ) : report.reporter ? (
                  [report.reporter.name, report.reporter.email, report.reporter.phone].filter(Boolean).join(" · ")
                ) : (
                  <span className="ad-meta">{t("report.reporterHidden")}</span>
                )}
              </dd>
            </dl>
          </section>
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t("report.attachments")}</h2>
            {report.attachments.length ? (
              <ul>
                {report.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={file.url}>{file.fileName}</a>{" "}
                    <span className="ad-meta">({format.number(Math.ceil(file.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="ad-meta">{t("report.noAttachments")}</p>
            )}
          </section>
          <Dialogue reportId={report.id} messages={messages} onPosted={() => void query.refetch()} />
        </div>
        <div className="ad-stack">
          <section aria-labelledby="chain-heading">
            <h2 id="chain-heading">{t("report.chain")}</h2>
            <ol className="ad-timeline">
              {report.dispositions.map((item) => (
                <li key={item.id} className="ad-timeline__item">
                  <p className="ad-timeline__title">
                    {item.fromAgency
                      ? t("report.chainFrom", { from: item.fromAgency.name, to: item.agency.name })
                      : item.agency.name}
                  </p>
                  <p className="ad-timeline__meta">
                    <DispositionStatusChip status={item.status} />{" "}
                    <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
                  </p>
                  {item.instruction ? <p className="ad-timeline__note">{item.instruction}</p> : null}
                  {item.returnReason ? <p className="ad-timeline__note">{item.returnReason}</p> : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("report.timeline")}</h2>
            <Timeline label={t("report.timeline")} entries={report.timeline} />
          </section>
        </div>
      </div>

      <ForwardDialog
        open={dialog === "forward"}
        onOpenChange={(open) => setDialog(open ? "forward" : null)}
        dispositionId={dispositionId}
        ownAgencyId={ownAgencyId}
        onDone={done}
      />
      <ReturnDialog
        open={dialog === "return"}
        onOpenChange={(open) => setDialog(open ? "return" : null)}
        dispositionId={dispositionId}
        onDone={done}
      />
      <RespondDialog
        open={dialog === "respond" && status === "ACCEPTED"}
        onOpenChange={(open) => setDialog(open ? "respond" : null)}
        dispositionId={dispositionId}
        templates={replyTemplates}
        onDone={done}
      />
    </article>
  );
}
