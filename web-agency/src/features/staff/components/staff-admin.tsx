import { describeError } from "@aduan/graphql-client/errors";
import { useMutationError } from "@aduan/graphql-client/mutation-error";
import {
  Button,
  Chip,
  DataTable,
  type DataTableColumn,
  Dialog,
  EmptyState,
  ErrorNotice,
  Loading,
  Notice,
  notify,
  SelectField,
  TextField,
} from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAdminTranslation } from "../../admin/i18n";
import { type PlacedErrors, useFormMutation } from "../../common/user-errors";
import { AgencyPickerQuery } from "../../report/graphql";
import type { AgencyStaffQuery as AgencyStaffData, Role } from "../gql/graphql";
import { AgencyStaffQuery, CreateStaffUserMutation, SetUserDisabledMutation } from "../graphql";

type StaffUser = AgencyStaffData["agencyStaff"][number];

const AGENCY_ROLES = ["AGENCY_OPERATOR", "AGENCY_ADMIN"] as const satisfies readonly Role[];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const STAFF_FIELDS = ["name", "email"] as const;
type StaffField = (typeof STAFF_FIELDS)[number];

/** The staff of the admin's agency and its units: create accounts, disable or enable them. */
export function StaffAdmin({ agency, selfId }: { agency: { id: string; name: string }; selfId?: string }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useTranslation("common");
  const query = useQuery(AgencyStaffQuery, { variables: { agencyId: agency.id } });
  const [setDisabled] = useMutation(SetUserDisabledMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const run = useMutationError();

  const columns = useMemo<DataTableColumn<StaffUser>[]>(() => {
    async function toggle(user: StaffUser) {
      const disabled = !user.disabled;
      setBusyId(user.id);
      const failure = await run(
        async () => (await setDisabled({ variables: { input: { userId: user.id, disabled } } })).data?.setUserDisabled,
      );
      setBusyId(null);
      notify(failure ?? t(disabled ? "staff.disabledDone" : "staff.enabledDone", { name: user.name }), {
        id: "staff",
      });
    }
    return [
      {
        id: "person",
        header: t("staff.column.person"),
        cell: (row) => (
          <>
            <strong>{row.name}</strong>
            <br />
            <span className="ad-meta">{[row.email, row.agency?.name].filter(Boolean).join(" · ")}</span>
          </>
        ),
      },
      {
        id: "status",
        header: t("staff.column.status"),
        cell: (row) => (
          <>
            {row.roles
              .filter((role): role is (typeof AGENCY_ROLES)[number] => (AGENCY_ROLES as readonly Role[]).includes(role))
              .map((role) => t(`staff.role.${role}`))
              .join(", ")}
            <br />
            <Chip tone={row.disabled ? "warning" : "success"}>
              {t(row.disabled ? "staff.disabled" : "staff.active")}
            </Chip>
            <br />
            {row.id === selfId ? null : (
              <Button
                variant="ghost"
                busy={busyId === row.id}
                aria-label={t(row.disabled ? "staff.enableLabel" : "staff.disableLabel", { name: row.name })}
                onClick={() => void toggle(row)}
              >
                {t(row.disabled ? "staff.enable" : "staff.disable")}
              </Button>
            )}
          </>
        ),
      },
    ];
  }, [t, busyId, run, setDisabled, selfId]);

  let content: ReactNode;
  if (query.error && !query.data)
    content = (
      <ErrorNotice
        title={t("staff.loadError")}
        code={describeError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  else if (!query.data) content = <Loading label={tc("loading")} />;
  else if (!query.data.agencyStaff.length) content = <EmptyState title={t("staff.empty")} />;
  else
    content = (
      <DataTable caption={t("staff.caption")} columns={columns} rows={query.data.agencyStaff} getRowId={(r) => r.id} />
    );

  return (
    <section className="ad-stack">
      <div className="ad-spread">
        <h1>{t("staff.heading")}</h1>
        <Button onClick={() => setCreating(true)}>{t("staff.create")}</Button>
      </div>
      <p className="ad-meta">{t("staff.intro")}</p>
      {content}
      <CreateStaffDialog
        open={creating}
        onOpenChange={setCreating}
        agency={agency}
        onCreated={(name, password) => {
          setCreating(false);
          setCreated({ name, password });
          void query.refetch();
        }}
      />
      <InitialPasswordDialog created={created} onClose={() => setCreated(null)} />
    </section>
  );
}

/** A new agency account: name, email, the agency or one of its units, and the role. */
export function CreateStaffDialog({
  open,
  onOpenChange,
  agency,
  onCreated,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  agency: { id: string; name: string };
  onCreated(name: string, initialPassword: string): void;
}) {
  const { t } = useAdminTranslation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [agencyId, setAgencyId] = useState(agency.id);
  const [role, setRole] = useState<Role>("AGENCY_OPERATOR");
  const [invalid, setInvalid] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors<StaffField>>({ fields: {}, form: null });
  const units = useQuery(AgencyPickerQuery, { variables: { parentId: agency.id, first: 100 }, skip: !open });
  const [create, { loading }] = useMutation(CreateStaffUserMutation);
  const run = useFormMutation(STAFF_FIELDS, {
    "email:EMAIL_TAKEN": t("staff.form.emailTaken"),
    "email:INVALID": t("staff.form.emailInvalid"),
  });

  const nameError = invalid && !name.trim() ? t("staff.form.nameRequired") : (errors.fields.name ?? null);
  const emailError =
    invalid && !EMAIL.test(email.trim()) ? t("staff.form.emailInvalid") : (errors.fields.email ?? null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !EMAIL.test(email.trim())) return setInvalid(true);
    setInvalid(false);
    let password: string | null = null;
    const failure = await run(async () => {
      const payload = (
        await create({ variables: { input: { name: name.trim(), email: email.trim(), agencyId, role } } })
      ).data?.createStaffUser;
      password = payload?.initialPassword ?? null;
      return payload;
    });
    setErrors(failure ?? { fields: {}, form: null });
    if (!failure && password) {
      onCreated(name.trim(), password);
      setName("");
      setEmail("");
      setRole("AGENCY_OPERATOR");
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("staff.form.title")}
      description={t("staff.form.description")}
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <TextField
          label={t("staff.form.name")}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          error={nameError}
        />
        <TextField
          label={t("staff.form.email")}
          type="email"
          value={email}
          autoComplete="off"
          onChange={(event) => setEmail(event.target.value)}
          error={emailError}
        />
        <SelectField
          label={t("staff.form.agency")}
          value={agencyId}
          onChange={(event) => setAgencyId(event.target.value)}
          options={[
            { value: agency.id, label: agency.name },
            ...(units.data?.agencies.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })),
          ]}
        />
        <SelectField
          label={t("staff.form.role")}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          options={AGENCY_ROLES.map((value) => ({ value, label: t(`staff.role.${value}`) }))}
        />
        {errors.form ? <Notice tone="danger">{errors.form}</Notice> : null}
        <Button type="submit" busy={loading}>
          {t("staff.form.submit")}
        </Button>
      </form>
    </Dialog>
  );
}

/** The generated initial password, shown once: closing the dialog forgets it. */
export function InitialPasswordDialog({
  created,
  onClose,
}: {
  created: { name: string; password: string } | null;
  onClose(): void;
}) {
  const { t } = useAdminTranslation();
  const [copied, setCopied] = useState<string | null>(null);

  async function copy(password: string) {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(t("staff.password.copied"));
    } catch {
      setCopied(t("staff.password.copyFailed"));
    }
  }

  return (
    <Dialog
      open={created !== null}
      onOpenChange={(open) => {
        if (!open) {
          setCopied(null);
          onClose();
        }
      }}
      title={t("staff.password.title")}
      description={created ? t("staff.password.description", { name: created.name }) : undefined}
    >
      {created ? (
        <div className="ad-stack">
          <TextField label={t("staff.password.label")} value={created.password} readOnly className="ad-mono" />
          <div className="ad-row">
            <Button variant="secondary" onClick={() => void copy(created.password)}>
              {t("staff.password.copy")}
            </Button>
            <Button
              onClick={() => {
                setCopied(null);
                onClose();
              }}
            >
              {t("staff.password.close")}
            </Button>
          </div>
          <p className="ad-meta" aria-live="polite">
            {copied}
          </p>
        </div>
      ) : (
        <span />
      )}
    </Dialog>
  );
}
