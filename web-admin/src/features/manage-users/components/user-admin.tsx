import { useConnectionList } from "@aduan/graphql-client/pagination";
import {
  Button,
  Chip,
  ConnectionTable,
  type DataTableColumn,
  Dialog,
  Notice,
  notify,
  TextField,
} from "@aduan/ui/components";
import { useMutation, useQuery } from "@apollo/client/react";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AgencyPicker, type PickedAgency } from "../../manage-common/components/agency-picker";
import { ChoiceField } from "../../manage-common/components/choice-field";
import { OneTimeSecret } from "../../manage-common/components/one-time-secret";
import { useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import type { Role } from "../gql/graphql";
import { SetUserDisabledMutation, UsersQuery } from "../graphql";
import { AGENCY_ROLES, CreateUserForm, type ManagedUser, NATIONAL_ROLES, RolesForm } from "./user-forms";

const ALL_ROLES: readonly Role[] = [...NATIONAL_ROLES, ...AGENCY_ROLES, "CITIZEN"];
const PAGE = 25;
const DISABLE_FIELDS = ["userId", "disabled"] as const;

/** Accounts for national admins: search and filters, new staff accounts, national roles, disabling. */
export function UserAdmin() {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [status, setStatus] = useState<"" | "active" | "disabled">("");
  const [agency, setAgency] = useState<PickedAgency | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  const filter = {
    search: deferredSearch || null,
    roles: role ? [role] : null,
    disabled: status ? status === "disabled" : null,
    agencyId: agency?.id ?? null,
  };
  const users = useQuery(UsersQuery, { variables: { filter, first: PAGE } });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const [editingRoles, setEditingRoles] = useState<ManagedUser | null>(null);
  const [setDisabled] = useMutation(SetUserDisabledMutation);
  const disabling = useFormErrors(DISABLE_FIELDS);

  const columns = useMemo<DataTableColumn<ManagedUser>[]>(
    () => [
      {
        id: "name",
        header: t("users.column.name"),
        cell: (u) => (
          <>
            <strong>{u.name}</strong>
            <br />
            <span className="ad-meta">{u.email}</span>
          </>
        ),
      },
      {
        id: "roles",
        header: t("users.column.roles"),
        cell: (u) => (
          <span className="ad-row">
            {u.roles.map((r) => (
              <Chip key={r} tone="info">
                {t(`users.role.${r}`)}
              </Chip>
            ))}
          </span>
        ),
      },
      { id: "agency", header: t("users.column.agency"), cell: (u) => u.agency?.name ?? t("users.national") },
      {
        id: "status",
        header: t("users.column.status"),
        cell: (u) =>
          u.disabled ? (
            <Chip tone="danger">{t("users.disabled")}</Chip>
          ) : (
            <Chip tone="success">{t("users.active")}</Chip>
          ),
      },
      {
        id: "actions",
        header: t("users.column.actions"),
        cell: (u) => (
          <span className="ad-row">
            <Button
              variant="secondary"
              aria-label={t("users.editRolesOne", { name: u.name })}
              onClick={() => setEditingRoles(u)}
            >
              {t("users.editRoles")}
            </Button>
            <Button
              variant="ghost"
              aria-label={t(u.disabled ? "users.enableOne" : "users.disableOne", { name: u.name })}
              onClick={async () => {
                const ok = await disabling.run(
                  async () =>
                    (await setDisabled({ variables: { input: { userId: u.id, disabled: !u.disabled } } })).data
                      ?.setUserDisabled,
                );
                if (ok) notify(t(u.disabled ? "users.enabled" : "users.disabledNow", { name: u.name }));
              }}
            >
              {t(u.disabled ? "users.enable" : "users.disable")}
            </Button>
          </span>
        ),
      },
    ],
    [t, setDisabled, disabling.run],
  );

  const usersList = useConnectionList(users.data?.users, users);
  const rows = usersList.items;
  return (
    <section className="ad-stack" aria-labelledby="users-heading">
      <div className="ad-spread">
        <h2 id="users-heading">{t("users.heading")}</h2>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          {t("users.new")}
        </Button>
      </div>
      <form className="ad-filters" aria-label={t("users.filter.label")} onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t("users.filter.search")}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <ChoiceField
          label={t("users.filter.role")}
          value={role}
          onChange={(event) => setRole(event.target.value as Role | "")}
          options={[
            { value: "", label: t("users.filter.anyRole") },
            ...ALL_ROLES.map((r) => ({ value: r, label: t(`users.role.${r}`) })),
          ]}
        />
        <ChoiceField
          label={t("users.filter.status")}
          value={status}
          onChange={(event) => setStatus(event.target.value as "" | "active" | "disabled")}
          options={[
            { value: "", label: t("users.filter.anyStatus") },
            { value: "active", label: t("users.active") },
            { value: "disabled", label: t("users.disabled") },
          ]}
        />
        <AgencyPicker
          label={t("users.filter.agency")}
          value={agency}
          onChange={setAgency}
          noneLabel={t("users.filter.anyAgency")}
        />
      </form>
      {disabling.errors.general || disabling.errors.fields.userId ? (
        <Notice tone="danger">{disabling.errors.general ?? disabling.errors.fields.userId}</Notice>
      ) : null}
      {rows ? (
        <p className="ad-meta" aria-live="polite">
          {t("users.count", { count: users.data?.users.totalCount ?? rows.length })}
        </p>
      ) : null}
      <ConnectionTable
        {...usersList}
        errorTitle={t("users.loadError")}
        emptyTitle={t("users.empty")}
        loadingLabel={tc("loading")}
        caption={t("users.caption")}
        columns={columns}
        dense
      />
      <Dialog open={creating} onOpenChange={setCreating} title={t("users.form.heading")}>
        {creating ? (
          <CreateUserForm
            onCreated={(user, password) => {
              setCreating(false);
              setCreated({ name: user.name, password });
            }}
            onCancel={() => setCreating(false)}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={editingRoles != null}
        onOpenChange={(open) => {
          if (!open) setEditingRoles(null);
        }}
        title={editingRoles ? t("users.roles.heading", { name: editingRoles.name }) : ""}
      >
        {editingRoles ? (
          <RolesForm
            user={editingRoles}
            onSaved={() => {
              notify(t("users.roles.saved", { name: editingRoles.name }));
              setEditingRoles(null);
            }}
            onCancel={() => setEditingRoles(null)}
          />
        ) : null}
      </Dialog>
      <OneTimeSecret
        title={t("users.createdTitle", { name: created?.name ?? "" })}
        label={t("users.initialPassword")}
        description={t("users.createdDescription")}
        value={created?.password ?? null}
        onClose={() => setCreated(null)}
      />
    </section>
  );
}
