import { TextField } from "@aduan/ui/components";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { AgencyPicker, type PickedAgency } from "../../manage-common/components/agency-picker";
import { ChoiceField } from "../../manage-common/components/choice-field";
import { FormActions } from "../../manage-common/components/form-actions";
import { EMAIL, useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import type { ManagedUserFieldsFragment, Role } from "../gql/graphql";
import { CreateStaffUserMutation, SetUserRolesMutation } from "../graphql";

export type ManagedUser = ManagedUserFieldsFragment;
export const NATIONAL_ROLES: readonly Role[] = ["VERIFIER", "ADMIN", "ANALYST"];
export const AGENCY_ROLES: readonly Role[] = ["AGENCY_OPERATOR", "AGENCY_ADMIN"];

const CREATE_FIELDS = ["name", "email", "role", "agencyId"] as const;

/** A new staff account: national (verifier, admin, analyst) or of an agency; its password comes back once. */
export function CreateUserForm({
  onCreated,
  onCancel,
}: {
  onCreated(user: ManagedUser, initialPassword: string): void;
  onCancel(): void;
}) {
  const { t } = useManageTranslation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [scope, setScope] = useState<"national" | "agency">("national");
  const [role, setRole] = useState<Role>("VERIFIER");
  const [agency, setAgency] = useState<PickedAgency | null>(null);
  const [checked, setChecked] = useState(false);
  const [create, { loading }] = useMutation(CreateStaffUserMutation, { refetchQueries: ["ManageUsers"] });
  const { errors, run, clear } = useFormErrors(CREATE_FIELDS);

  const nameError = !name.trim()
    ? t("users.form.nameRequired")
    : name.trim().length > 200
      ? t("form.tooLong", { max: 200 })
      : null;
  const emailError = !EMAIL.test(email.trim()) ? t("form.emailInvalid") : null;
  const agencyError = scope === "agency" && !agency ? t("users.form.agencyRequired") : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    clear();
    if (nameError || emailError || agencyError) return;
    const input = {
      name: name.trim(),
      email: email.trim(),
      role,
      agencyId: scope === "agency" ? (agency?.id ?? null) : null,
    };
    const result: { user?: ManagedUser | null; password?: string | null } = {};
    const ok = await run(async () => {
      const payload = (await create({ variables: { input } })).data?.createStaffUser;
      result.user = payload?.user;
      result.password = payload?.initialPassword;
      return payload;
    });
    if (ok && result.user && result.password) onCreated(result.user, result.password);
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate aria-label={t("users.form.heading")}>
      <TextField
        label={t("users.form.name")}
        value={name}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
        error={(checked ? nameError : null) ?? errors.fields.name ?? null}
      />
      <TextField
        label={t("users.form.email")}
        type="email"
        value={email}
        autoComplete="off"
        onChange={(event) => setEmail(event.target.value)}
        error={(checked ? emailError : null) ?? errors.fields.email ?? null}
      />
      <ChoiceField
        label={t("users.form.scope")}
        value={scope}
        onChange={(event) => {
          const next = event.target.value as "national" | "agency";
          setScope(next);
          setRole(next === "national" ? "VERIFIER" : "AGENCY_OPERATOR");
        }}
        options={[
          { value: "national", label: t("users.form.national") },
          { value: "agency", label: t("users.form.agencyStaff") },
        ]}
      />
      <ChoiceField
        label={t("users.form.role")}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        error={errors.fields.role ?? null}
        options={(scope === "national" ? NATIONAL_ROLES : AGENCY_ROLES).map((r) => ({
          value: r,
          label: t(`users.role.${r}`),
        }))}
      />
      {scope === "agency" ? (
        <AgencyPicker
          label={t("users.form.agency")}
          value={agency}
          onChange={setAgency}
          error={(checked ? agencyError : null) ?? errors.fields.agencyId ?? null}
        />
      ) : null}
      <FormActions error={errors.general} busy={loading} submitLabel={t("users.form.create")} onCancel={onCancel} />
    </form>
  );
}

const ROLE_FIELDS = ["userId", "roles"] as const;

/** A user's national roles (agency and citizen roles stay as they are). */
export function RolesForm({ user, onSaved, onCancel }: { user: ManagedUser; onSaved(): void; onCancel(): void }) {
  const { t } = useManageTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles.filter((r) => NATIONAL_ROLES.includes(r)));
  const [save, { loading }] = useMutation(SetUserRolesMutation);
  const { errors, run } = useFormErrors(ROLE_FIELDS);
  const rolesError = errors.fields.roles ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(
      async () => (await save({ variables: { input: { userId: user.id, roles } } })).data?.setUserRoles,
    );
    if (ok) onSaved();
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate aria-label={t("users.roles.heading", { name: user.name })}>
      <fieldset
        className={rolesError ? "ad-field ad-field--invalid" : "ad-field"}
        aria-describedby={rolesError ? "roles-error" : undefined}
      >
        <legend className="ad-field__label">{t("users.roles.legend")}</legend>
        {NATIONAL_ROLES.map((role) => (
          <label key={role} className="ad-row">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
            />
            {t(`users.role.${role}`)}
          </label>
        ))}
        {rolesError ? (
          <p className="ad-field__error" id="roles-error">
            {rolesError}
          </p>
        ) : null}
      </fieldset>
      <FormActions
        error={errors.general ?? errors.fields.userId}
        busy={loading}
        submitLabel={t("form.save")}
        onCancel={onCancel}
      />
    </form>
  );
}
