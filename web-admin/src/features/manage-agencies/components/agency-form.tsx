import { TextField } from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { AgencyPicker, type PickedAgency } from "../../manage-common/components/agency-picker";
import { ChoiceField } from "../../manage-common/components/choice-field";
import { FormActions } from "../../manage-common/components/form-actions";
import { EMAIL, useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import type { AgencyKind } from "../gql/graphql";
import { CreateAgencyMutation, RegionsQuery, UpdateAgencyMutation } from "../graphql";
import type { ManagedAgency } from "./agency-tree";

export const AGENCY_KINDS: readonly AgencyKind[] = [
  "MINISTRY",
  "INSTITUTION",
  "PROVINCE",
  "REGENCY",
  "STATE_ENTERPRISE",
  "UNIT",
];
const FIELDS = [
  "agencyId",
  "name",
  "kind",
  "parentId",
  "regionCode",
  "contactEmail",
  "connected",
  "requiresApproval",
] as const;

/**
 * Creates an agency (top-level, or a unit of `parent`) or edits `agency`: name, kind, parent, region, whether its
 * own system is connected, contact email, whether responses need approval. One mutation per save: on an error
 * nothing is stored and the form keeps what was typed.
 */
export function AgencyForm({
  agency,
  parent: initialParent,
  onSaved,
  onCancel,
}: {
  agency?: ManagedAgency;
  parent?: PickedAgency | null;
  onSaved(agency: ManagedAgency): void;
  onCancel?(): void;
}) {
  const { t } = useManageTranslation();
  const [name, setName] = useState(agency?.name ?? "");
  const [kind, setKind] = useState<AgencyKind | "">(agency?.kind ?? (initialParent ? "UNIT" : ""));
  const [parent, setParent] = useState<PickedAgency | null>(agency ? (agency.parent ?? null) : (initialParent ?? null));
  const code = agency?.region?.code ?? "";
  const [province, setProvince] = useState(code.split(".")[0] ?? "");
  const [regency, setRegency] = useState(code.includes(".") ? code : "");
  const [email, setEmail] = useState(agency?.contactEmail ?? "");
  const [connected, setConnected] = useState(agency?.connected ?? false);
  const [requiresApproval, setRequiresApproval] = useState(agency?.requiresApproval ?? false);
  const [checked, setChecked] = useState(false);
  const provinces = useQuery(RegionsQuery, { variables: { parentCode: null } });
  const regencies = useQuery(RegionsQuery, { variables: { parentCode: province }, skip: !province });
  const [create, creating] = useMutation(CreateAgencyMutation, { refetchQueries: ["ManageAgencies"] });
  const [update, updating] = useMutation(UpdateAgencyMutation, { refetchQueries: ["ManageAgencies"] });
  const { errors, run, clear } = useFormErrors(FIELDS);
  const idPrefix = agency ? `agency-${agency.id}` : "agency-new";

  const nameError = !name.trim()
    ? t("agencies.form.nameRequired")
    : name.trim().length > 200
      ? t("form.tooLong", { max: 200 })
      : null;
  const kindError = !kind ? t("agencies.form.kindRequired") : null;
  const emailError = email.trim() && !EMAIL.test(email.trim()) ? t("form.emailInvalid") : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    clear();
    if (nameError || kindError || emailError || !kind) return;
    const fields = {
      name: name.trim(),
      kind,
      parentId: parent?.id ?? null,
      regionCode: regency || province || null,
      contactEmail: email.trim() || null,
      connected,
      requiresApproval,
    };
    const result: { saved?: ManagedAgency | null } = {};
    const ok = await run(async () => {
      const payload = agency
        ? (await update({ variables: { input: { agencyId: agency.id, ...fields } } })).data?.updateAgency
        : (await create({ variables: { input: fields } })).data?.createAgency;
      result.saved = payload?.agency;
      return payload;
    });
    if (ok && result.saved) onSaved(result.saved);
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>
        {agency
          ? t("agencies.form.editHeading")
          : initialParent
            ? t("agencies.form.unitHeading", { parent: initialParent.name })
            : t("agencies.form.newHeading")}
      </h3>
      <TextField
        label={t("agencies.form.name")}
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        error={(checked ? nameError : null) ?? errors.fields.name ?? null}
      />
      <ChoiceField
        label={t("agencies.form.kind")}
        value={kind}
        onChange={(event) => setKind(event.target.value as AgencyKind | "")}
        error={(checked ? kindError : null) ?? errors.fields.kind ?? null}
        options={[
          { value: "", label: t("agencies.form.chooseKind") },
          ...AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencies.kind.${k}`) })),
        ]}
      />
      <AgencyPicker
        label={t("agencies.form.parent")}
        value={parent}
        onChange={setParent}
        noneLabel={t("agencies.form.noParent")}
        excludeId={agency?.id}
        error={errors.fields.parentId ?? null}
      />
      <div className="ad-filters">
        <ChoiceField
          label={t("agencies.form.province")}
          value={province}
          onChange={(event) => {
            setProvince(event.target.value);
            setRegency("");
          }}
          error={errors.fields.regionCode ?? null}
          options={[
            { value: "", label: t("agencies.form.noRegion") },
            ...(provinces.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
        <ChoiceField
          label={t("agencies.form.regency")}
          value={regency}
          disabled={!province}
          onChange={(event) => setRegency(event.target.value)}
          options={[
            { value: "", label: t("agencies.form.wholeProvince") },
            ...(regencies.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
      </div>
      <TextField
        label={t("agencies.form.contactEmail")}
        type="email"
        value={email}
        hint={t("agencies.form.contactHint")}
        onChange={(event) => setEmail(event.target.value)}
        error={(checked ? emailError : null) ?? errors.fields.contactEmail ?? null}
      />
      <label className="ad-check">
        <input type="checkbox" checked={connected} onChange={(event) => setConnected(event.target.checked)} />
        {t("agencies.form.connected")}
      </label>
      {errors.fields.connected ? <p className="ad-field__error">{errors.fields.connected}</p> : null}
      <label className="ad-check">
        <input
          type="checkbox"
          checked={requiresApproval}
          onChange={(event) => setRequiresApproval(event.target.checked)}
        />
        {t("agencies.form.requiresApproval")}
      </label>
      {errors.fields.requiresApproval ? <p className="ad-field__error">{errors.fields.requiresApproval}</p> : null}
      <FormActions
        error={errors.general ?? errors.fields.agencyId}
        busy={creating.loading || updating.loading}
        submitLabel={agency ? t("form.save") : t("agencies.form.create")}
        onCancel={onCancel}
      />
    </form>
  );
}
