import { Button, ConnectionTable, type DataTableColumn, notify, TextField } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceField } from "../../manage-common/components/choice-field";
import { FormActions } from "../../manage-common/components/form-actions";
import { useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import { wholeList } from "../../manage-common/whole-list";
import type { ManageServiceLevelsQuery, ReportKind, ServiceLevelStep } from "../gql/graphql";
import { RemoveServiceLevelMutation, ServiceLevelsQuery, SetServiceLevelMutation } from "../graphql";

type Setting = ManageServiceLevelsQuery["serviceLevels"][number];

export const STEPS: readonly ServiceLevelStep[] = [
  "VERIFICATION",
  "FOLLOW_UP",
  "INFORMATION_EXTENSION",
  "REPLY_WINDOW",
  "ESCALATION_NATIONAL",
];
export const KINDS: readonly ReportKind[] = [
  "COMPLAINT",
  "INFORMATION_REQUEST",
  "SUGGESTION",
  "WHISTLEBLOWING",
  "PRIORITY_PROGRAM",
];
/** The API's ceiling (the legal limit for a complete report). */
export const MAX_WORKING_DAYS = 60;

/** What is wrong with typed working days, or null. */
export function workingDaysProblem(value: string): "required" | "whole" | "range" | null {
  if (!value.trim()) return "required";
  if (!/^\d+$/.test(value.trim())) return "whole";
  const days = Number(value);
  return days < 1 || days > MAX_WORKING_DAYS ? "range" : null;
}

const FIELDS = ["step", "kind", "agencyId", "workingDays"] as const;

/**
 * The stored service levels of one scope (the national settings, or one agency's overrides): each editable in
 * place, removable (the next less specific one applies), and a form to add one.
 */
export function ServiceLevelSettings({ agency }: { agency?: { id: string; name: string } }) {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const settings = useQuery(ServiceLevelsQuery, { variables: { agencyId: agency?.id ?? null } });
  const own = settings.data?.serviceLevels.filter((s) => (s.agency?.id ?? null) === (agency?.id ?? null));
  const settingsList = wholeList(own, settings);
  const steps = agency ? STEPS.filter((step) => step !== "VERIFICATION") : STEPS;
  const headingId = agency ? `sla-${agency.id}` : "sla-national";
  const Heading = agency ? "h3" : "h2";

  const columns = useMemo<DataTableColumn<Setting>[]>(
    () => [
      { id: "step", header: t("sla.column.step"), cell: (s) => t(`sla.step.${s.step}`) },
      {
        id: "kind",
        header: t("sla.column.kind"),
        cell: (s) => (s.kind ? tc(`reportKind.${s.kind}`) : t("sla.anyKind")),
      },
      { id: "days", header: t("sla.column.workingDays"), cell: (s) => <WorkingDaysEditor setting={s} /> },
      { id: "remove", header: t("sla.column.actions"), cell: (s) => <RemoveSetting setting={s} /> },
    ],
    [t, tc],
  );

  return (
    <section className="ad-stack" aria-labelledby={headingId}>
      {/* In an agency's details (under its name's h2) one level lower than on the calendar page. */}
      <Heading id={headingId}>
        {agency ? t("sla.agencyHeading", { name: agency.name }) : t("sla.nationalHeading")}
      </Heading>
      <p className="ad-meta">{agency ? t("sla.agencyIntro") : t("sla.nationalIntro")}</p>
      <ConnectionTable
        {...settingsList}
        errorTitle={t("sla.loadError")}
        emptyTitle={agency ? t("sla.agencyEmpty") : t("sla.nationalEmpty")}
        loadingLabel={tc("loading")}
        caption={agency ? t("sla.agencyHeading", { name: agency.name }) : t("sla.nationalHeading")}
        columns={columns}
        dense
      />
      <AddSetting agencyId={agency?.id} steps={steps} />
    </section>
  );
}

function settingKey(s: Setting) {
  return { step: s.step, kind: s.kind ?? null, agencyId: s.agency?.id ?? null };
}

/** The working days of one stored setting, changed in place. */
function WorkingDaysEditor({ setting }: { setting: Setting }) {
  const { t } = useManageTranslation();
  const [days, setDays] = useState(String(setting.workingDays));
  const [checked, setChecked] = useState(false);
  const [save, { loading }] = useMutation(SetServiceLevelMutation, { refetchQueries: ["ManageServiceLevels"] });
  const { errors, run } = useFormErrors(FIELDS);
  const problem = workingDaysProblem(days);
  const label = t("sla.daysFor", {
    step: t(`sla.step.${setting.step}`),
    kind: setting.kind ? t(`sla.kindShort.${setting.kind}`) : t("sla.anyKind"),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (problem) return;
    const ok = await run(
      async () =>
        (await save({ variables: { input: { ...settingKey(setting), workingDays: Number(days) } } })).data
          ?.setServiceLevel,
    );
    if (ok) notify(t("sla.saved", { label, count: Number(days) }));
  }

  return (
    <form className="ad-row" onSubmit={submit} noValidate>
      <TextField
        label={label}
        inputMode="numeric"
        value={days}
        onChange={(event) => setDays(event.target.value)}
        error={
          (checked && problem ? t(`sla.days.${problem}`, { max: MAX_WORKING_DAYS }) : null) ??
          errors.fields.workingDays ??
          errors.general
        }
      />
      <Button type="submit" variant="secondary" busy={loading} disabled={days === String(setting.workingDays)}>
        {t("sla.save")}
      </Button>
    </form>
  );
}

function RemoveSetting({ setting }: { setting: Setting }) {
  const { t } = useManageTranslation();
  const [remove, { loading }] = useMutation(RemoveServiceLevelMutation, { refetchQueries: ["ManageServiceLevels"] });
  const { errors, run } = useFormErrors(FIELDS);
  const label = `${t(`sla.step.${setting.step}`)}, ${setting.kind ? t(`sla.kindShort.${setting.kind}`) : t("sla.anyKind")}`;
  return (
    <div className="ad-stack">
      <Button
        variant="ghost"
        busy={loading}
        aria-label={t("sla.removeOne", { label })}
        onClick={async () => {
          const ok = await run(
            async () => (await remove({ variables: { input: settingKey(setting) } })).data?.removeServiceLevel,
          );
          if (ok) notify(t("sla.removed", { label }));
        }}
      >
        {t("sla.remove")}
      </Button>
      {errors.general ? <p className="ad-field__error">{errors.general}</p> : null}
    </div>
  );
}

/** Stores a new setting (or changes the one with the same step, kind and agency). */
function AddSetting({ agencyId, steps }: { agencyId?: string; steps: readonly ServiceLevelStep[] }) {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const [step, setStep] = useState<ServiceLevelStep | "">("");
  const [kind, setKind] = useState<ReportKind | "">("");
  const [days, setDays] = useState("");
  const [checked, setChecked] = useState(false);
  const [save, { loading }] = useMutation(SetServiceLevelMutation, { refetchQueries: ["ManageServiceLevels"] });
  const { errors, run, clear } = useFormErrors(FIELDS);
  const formId = agencyId ? `sla-add-${agencyId}` : "sla-add-national";
  const Heading = agencyId ? "h4" : "h3";
  const daysProblem = workingDaysProblem(days);
  const stepError = checked && !step ? t("sla.stepRequired") : (errors.fields.step ?? null);
  const kindError =
    checked && step === "INFORMATION_EXTENSION" && kind && kind !== "INFORMATION_REQUEST"
      ? t("sla.extensionKind")
      : (errors.fields.kind ?? null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    clear();
    if (!step || daysProblem || (step === "INFORMATION_EXTENSION" && kind && kind !== "INFORMATION_REQUEST")) return;
    const input = { step, kind: kind || null, agencyId: agencyId ?? null, workingDays: Number(days) };
    const ok = await run(async () => (await save({ variables: { input } })).data?.setServiceLevel);
    if (ok) {
      notify(t("sla.added"));
      setStep("");
      setKind("");
      setDays("");
      setChecked(false);
    }
  }

  return (
    <form className="ad-card ad-stack" onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`}>
      <Heading id={`${formId}-heading`}>{t("sla.addHeading")}</Heading>
      <div className="ad-filters">
        <ChoiceField
          label={t("sla.column.step")}
          value={step}
          error={stepError}
          onChange={(event) => setStep(event.target.value as ServiceLevelStep | "")}
          options={[
            { value: "", label: t("sla.chooseStep") },
            ...steps.map((s) => ({ value: s, label: t(`sla.step.${s}`) })),
          ]}
        />
        <ChoiceField
          label={t("sla.column.kind")}
          value={kind}
          error={kindError}
          onChange={(event) => setKind(event.target.value as ReportKind | "")}
          options={[
            { value: "", label: t("sla.anyKind") },
            ...KINDS.map((k) => ({ value: k, label: tc(`reportKind.${k}`) })),
          ]}
        />
        <TextField
          label={t("sla.column.workingDays")}
          inputMode="numeric"
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={
            checked && daysProblem
              ? t(`sla.days.${daysProblem}`, { max: MAX_WORKING_DAYS })
              : (errors.fields.workingDays ?? errors.fields.agencyId ?? null)
          }
        />
      </div>
      {step ? <p className="ad-meta">{t(`sla.stepHint.${step}`)}</p> : null}
      <FormActions error={errors.general} busy={loading} submitLabel={t("sla.add")} />
    </form>
  );
}
