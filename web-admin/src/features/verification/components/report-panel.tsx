import { WorkingDayCountdown } from "@aduan/graphql-client/deadlines";
import { useMutationError } from "@aduan/graphql-client/mutation-error";
import { Button, Notice, SelectField, TextArea, TextField } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { QueueReportFragment, ReportKind } from "../gql/graphql";
import {
  MergeReportMutation,
  SimilarReportsQuery,
  VerifyAgenciesQuery,
  VerifyCategoriesQuery,
  VerifyReportMutation,
} from "../graphql";
import { useVerificationTranslation } from "../i18n";
import { RejectDialog, RequestInformationDialog } from "./action-dialogs";
import { PresenceBanner } from "./presence-banner";

export const KINDS: ReportKind[] = [
  "COMPLAINT",
  "INFORMATION_REQUEST",
  "SUGGESTION",
  "WHISTLEBLOWING",
  "PRIORITY_PROGRAM",
];

interface PickedAgency {
  id: string;
  name: string;
  parent?: { name: string } | null;
}

export interface ReportPanelProps {
  report: QueueReportFragment;
  /** The report left the queue (verified, rejected, merged or postponed): the message says how. */
  onDone(message: string): void;
  onClose(): void;
  /** What the verifier should know besides the report itself (e.g. why agencies returned it), above the form. */
  aside?: ReactNode;
}

/**
 * One report from the queue: read it, see similar reports (merge a duplicate), and verify and dispose it in one
 * step, reject it or ask the reporter for more. Ctrl+Enter verifies, Alt+R rejects, Alt+I asks, Alt+M goes to the
 * similar reports, Escape goes back to the queue.
 */
export function ReportPanel({ report, onDone, onClose, aside }: ReportPanelProps) {
  const { t } = useVerificationTranslation();
  const { t: tc } = useTranslation("common");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const similarRef = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(report.title ?? "");
  const [kind, setKind] = useState<ReportKind>(report.kind ?? "COMPLAINT");
  const [categoryId, setCategoryId] = useState(report.category?.id ?? "");
  const [agencies, setAgencies] = useState<PickedAgency[]>([]);
  const [instruction, setInstruction] = useState("");
  const [invalid, setInvalid] = useState<"category" | "agencies" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"reject" | "ask" | null>(null);
  const [verify, { loading }] = useMutation(VerifyReportMutation);
  const run = useMutationError();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function togglePicked(agency: PickedAgency) {
    setAgencies((list) =>
      list.some((a) => a.id === agency.id) ? list.filter((a) => a.id !== agency.id) : [...list, agency],
    );
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!categoryId) return setInvalid("category");
    if (!agencies.length) return setInvalid("agencies");
    setInvalid(null);
    const failure = await run(
      async () =>
        (
          await verify({
            variables: {
              input: {
                reportId: report.id,
                title: title.trim() && title.trim() !== report.title ? title.trim() : null,
                kind,
                categoryId,
                agencyIds: agencies.map((a) => a.id),
                instruction: instruction.trim() || null,
              },
            },
          })
        ).data?.verifyReport,
    );
    setError(failure);
    if (!failure)
      onDone(
        t("desk.verify.done", { trackingId: report.trackingId, agencies: agencies.map((a) => a.name).join(", ") }),
      );
  }

  function onShortcut(event: KeyboardEvent<HTMLElement>) {
    if (dialog) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
    else if (event.altKey && event.code === "KeyR") setDialog("reject");
    else if (event.altKey && event.code === "KeyI") setDialog("ask");
    else if (event.altKey && event.code === "KeyM") similarRef.current?.focus();
    else if (event.key === "Escape") onClose();
    else return;
    event.preventDefault();
  }

  return (
    <section className="ad-stack ad-card" aria-labelledby={`${report.id}-heading`} onKeyDown={onShortcut}>
      <div className="ad-spread">
        <h2 id={`${report.id}-heading`} ref={headingRef} tabIndex={-1}>
          {report.title ?? tc("hiddenTitle")}
        </h2>
        <Button variant="ghost" onClick={onClose}>
          {t("desk.back")}
        </Button>
      </div>
      <PresenceBanner reportId={report.id} />
      <p className="ad-meta">
        <span className="ad-mono">{report.trackingId}</span> ·{" "}
        {[report.category?.name, report.region?.name, tc(`channel.${report.channel}`)].filter(Boolean).join(" · ")}{" "}
        {report.dueAt ? <WorkingDayCountdown dueAt={report.dueAt} overdue={report.overdue} /> : null}
      </p>
      {report.body ? <p className="ad-report-body">{report.body}</p> : null}
      {aside}
      <SimilarReports report={report} headingRef={similarRef} onMerged={onDone} />
      <form ref={formRef} className="ad-stack" onSubmit={submit} noValidate aria-label={t("desk.verify.heading")}>
        <h3>{t("desk.verify.heading")}</h3>
        <TextField label={t("desk.verify.title")} value={title} onChange={(event) => setTitle(event.target.value)} />
        <SelectField
          label={t("desk.verify.kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as ReportKind)}
          options={KINDS.map((value) => ({ value, label: tc(`reportKind.${value}`) }))}
        />
        <CategoryField
          value={categoryId}
          onChange={setCategoryId}
          error={invalid === "category" ? t("desk.verify.pickCategory") : null}
        />
        <AgencyPicker
          regionCode={report.region?.code ?? null}
          categoryId={categoryId}
          picked={agencies}
          onToggle={togglePicked}
          error={invalid === "agencies" ? t("desk.verify.pickAgency") : null}
        />
        <TextArea
          label={t("desk.verify.instruction")}
          value={instruction}
          onChange={(event) => setInstruction(event.target.value)}
        />
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <div className="ad-row">
          <Button type="submit" busy={loading}>
            {t("desk.verify.submit")}
          </Button>
          <Button variant="secondary" onClick={() => setDialog("reject")}>
            {t("desk.reject.open")}
          </Button>
          <Button variant="secondary" onClick={() => setDialog("ask")}>
            {t("desk.ask.open")}
          </Button>
        </div>
      </form>
      <p className="ad-meta">{t("desk.shortcuts")}</p>
      <RejectDialog
        open={dialog === "reject"}
        onOpenChange={(open) => setDialog(open ? "reject" : null)}
        reportId={report.id}
        onDone={onDone}
      />
      <RequestInformationDialog
        open={dialog === "ask"}
        onOpenChange={(open) => setDialog(open ? "ask" : null)}
        reportId={report.id}
        onDone={onDone}
      />
    </section>
  );
}

function CategoryField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(id: string): void;
  error: string | null;
}) {
  const { t } = useVerificationTranslation();
  const categories = useQuery(VerifyCategoriesQuery);
  const options = (categories.data?.categories ?? []).flatMap((category) => [
    { value: category.id, label: category.name, hint: category.routingHint },
    ...category.children.map((child) => ({
      value: child.id,
      label: `${category.name} › ${child.name}`,
      hint: child.routingHint,
    })),
  ]);
  const hint = options.find((option) => option.value === value)?.hint;
  return (
    <div className="ad-stack">
      <SelectField
        label={t("desk.verify.category")}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        options={[{ value: "", label: t("desk.verify.noCategory") }, ...options]}
        aria-invalid={error ? true : undefined}
      />
      {hint ? <p className="ad-meta">{t("desk.verify.routingHint", { hint })}</p> : null}
      {error ? <p className="ad-field__error">{error}</p> : null}
    </div>
  );
}

/** Choose one or more agencies: the category's default and the region's agencies suggested, any by search. */
export function AgencyPicker({
  regionCode,
  categoryId,
  picked,
  onToggle,
  error,
}: {
  regionCode: string | null;
  categoryId: string;
  picked: readonly PickedAgency[];
  onToggle(agency: PickedAgency): void;
  error: string | null;
}) {
  const { t } = useVerificationTranslation();
  const [search, setSearch] = useState("");
  const categories = useQuery(VerifyCategoriesQuery);
  const regional = useQuery(VerifyAgenciesQuery, {
    variables: { regionCode, first: 8 },
    skip: !regionCode,
  });
  const term = search.trim();
  const found = useQuery(VerifyAgenciesQuery, { variables: { search: term, first: 15 }, skip: term.length < 2 });
  const defaultAgency = useMemo(() => {
    for (const category of categories.data?.categories ?? []) {
      if (category.id === categoryId) return category.defaultAgency;
      const child = category.children.find((c) => c.id === categoryId);
      if (child) return child.defaultAgency ?? category.defaultAgency;
    }
    return null;
  }, [categories.data, categoryId]);
  const suggested = dedupe<PickedAgency>([
    ...(defaultAgency ? [defaultAgency] : []),
    ...(regional.data?.agencies.edges.map((e) => e.node) ?? []),
  ]);
  const results = found.data?.agencies.edges.map((e) => e.node) ?? [];
  const groups = [
    { key: "suggested", label: t("desk.agencies.suggested"), agencies: suggested },
    ...(term.length >= 2 ? [{ key: "results", label: t("desk.agencies.results"), agencies: results }] : []),
    {
      key: "picked",
      label: t("desk.agencies.picked", { count: picked.length }),
      agencies: picked.filter((p) => !suggested.some((s) => s.id === p.id) && !results.some((r) => r.id === p.id)),
    },
  ];
  return (
    <div className="ad-stack">
      <TextField
        label={t("desk.agencies.search")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the search field searches; it never submits the verification by accident.
          if (event.key === "Enter" && !event.ctrlKey && !event.metaKey) event.preventDefault();
        }}
      />
      {groups.map((group) =>
        group.key === "picked" && group.agencies.length === 0 ? null : (
          <fieldset key={group.key} className="ad-picker">
            <legend className="ad-field__label">{group.label}</legend>
            {group.agencies.length === 0 ? (
              <p className="ad-meta">
                {regional.loading || found.loading ? t("desk.agencies.searching") : t("desk.agencies.none")}
              </p>
            ) : (
              group.agencies.map((agency) => (
                <label key={agency.id} className="ad-row">
                  <input
                    type="checkbox"
                    checked={picked.some((p) => p.id === agency.id)}
                    onChange={() => onToggle({ id: agency.id, name: agency.name })}
                  />
                  <span>
                    {agency.name}
                    {agency.parent ? <span className="ad-meta"> · {agency.parent.name}</span> : null}
                    {defaultAgency?.id === agency.id ? (
                      <span className="ad-meta"> · {t("desk.agencies.default")}</span>
                    ) : null}
                  </span>
                </label>
              ))
            )}
          </fieldset>
        ),
      )}
      {error ? (
        <p className="ad-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

function SimilarReports({
  report,
  headingRef,
  onMerged,
}: {
  report: QueueReportFragment;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onMerged(message: string): void;
}) {
  const { t } = useVerificationTranslation();
  const { t: tc } = useTranslation("common");
  const headingId = useId();
  // The API matches every word and the title's likeness: the title alone finds duplicates best.
  const text = (report.title ?? report.body ?? "").trim().slice(0, 200);
  const similar = useQuery(SimilarReportsQuery, {
    variables: { text, regionCode: report.region?.code ?? null, first: 6 },
    skip: text.length < 3,
  });
  const [merge, { loading }] = useMutation(MergeReportMutation);
  const run = useMutationError();
  const [error, setError] = useState<string | null>(null);
  const others = (similar.data?.similarReports ?? []).filter((other) => other.id !== report.id).slice(0, 5);

  async function mergeInto(other: { id: string; trackingId: string }) {
    const failure = await run(
      async () =>
        (await merge({ variables: { input: { reportId: report.id, intoReportId: other.id } } })).data?.mergeReport,
    );
    setError(failure);
    if (!failure) onMerged(t("desk.merge.done", { trackingId: report.trackingId, into: other.trackingId }));
  }

  return (
    <section className="ad-stack" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("desk.merge.heading")}
      </h3>
      {others.length === 0 ? (
        <p className="ad-meta">{similar.loading ? t("desk.merge.searching") : t("desk.merge.none")}</p>
      ) : (
        <ul className="ad-stack">
          {others.map((other) => (
            <li key={other.id} className="ad-spread">
              <span>
                {other.title ?? tc("hiddenTitle")} <span className="ad-meta ad-mono">{other.trackingId}</span>{" "}
                <span className="ad-meta">{tc(`reportStatus.${other.status}`)}</span>
              </span>
              <Button variant="secondary" busy={loading} onClick={() => void mergeInto(other)}>
                {t("desk.merge.into", { trackingId: other.trackingId })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </section>
  );
}
