import { describeError } from "@aduan/graphql-client/errors";
import { useConnectionList } from "@aduan/graphql-client/pagination";
import {
  Button,
  Chip,
  ConnectionList,
  Dialog,
  ErrorNotice,
  Loading,
  Notice,
  notify,
  TextField,
} from "@aduan/ui/components";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAdminTranslation } from "../../admin/i18n";
import { type PlacedErrors, useFormMutation } from "../../common/user-errors";
import { CreateStaffDialog, InitialPasswordDialog } from "../../staff/components/staff-admin";
import type { UnitFieldsFragment } from "../gql/graphql";
import { AgencyUnitsQuery, CreateUnitMutation, OwnAgencyQuery, UNITS_PAGE, UpdateUnitMutation } from "../graphql";

export type Unit = UnitFieldsFragment;

/** What the dialog is for: a new unit under `parent`, or changes to `unit`. */
export type UnitEditing = { mode: "create"; parent: { id: string; name: string } } | { mode: "edit"; unit: Unit };

const NAME_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = ["name", "contactEmail"] as const;
type Field = (typeof FIELDS)[number];

/**
 * The agency admin's agency and the tree of its units, one level loaded at a time: add units (and units of units),
 * rename them, set their contact email and whether operators' responses wait for an admin's approval. The API
 * allows agency admins exactly this (kind, region and moves stay with national admins).
 */
export function UnitsAdmin({ agency }: { agency: { id: string; name: string } }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useTranslation("common");
  const own = useQuery(OwnAgencyQuery, { variables: { id: agency.id } });
  const [editing, setEditing] = useState<UnitEditing | null>(null);
  const [staffFor, setStaffFor] = useState<{ id: string; name: string } | null>(null);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const ownAgency = own.data?.node?.__typename === "Agency" ? own.data.node : null;

  return (
    <section className="ad-stack">
      <h1>{t("units.heading")}</h1>
      <p className="ad-meta">{t("units.intro")}</p>
      <section aria-labelledby="units-own" className="ad-stack">
        <h2 id="units-own">{t("units.own")}</h2>
        {ownAgency ? (
          <div className="ad-card">
            <UnitSummary unit={ownAgency} />
            <div className="ad-row">
              <Button
                variant="secondary"
                aria-label={t("units.editLabel", { name: ownAgency.name })}
                onClick={() => setEditing({ mode: "edit", unit: ownAgency })}
              >
                {t("units.edit")}
              </Button>
              <Button onClick={() => setEditing({ mode: "create", parent: ownAgency })}>{t("units.create")}</Button>
            </div>
          </div>
        ) : own.error ? (
          <ErrorNotice
            title={t("units.agencyLoadError")}
            code={describeError(own.error)}
            onRetry={() => void own.refetch()}
          />
        ) : (
          <Loading label={tc("loading")} />
        )}
      </section>
      <section aria-labelledby="units-tree" className="ad-stack">
        <h2 id="units-tree">{t("units.tree", { name: ownAgency?.name ?? agency.name })}</h2>
        <UnitList parentId={agency.id} onEdit={setEditing} onAddStaff={setStaffFor} />
      </section>
      {editing ? (
        <UnitDialog
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            notify(message, { id: "units" });
          }}
        />
      ) : null}
      {staffFor ? (
        <CreateStaffDialog
          key={staffFor.id}
          open
          onOpenChange={(open) => !open && setStaffFor(null)}
          agency={staffFor}
          onCreated={(name, password) => {
            setStaffFor(null);
            setCreated({ name, password });
          }}
        />
      ) : null}
      <InitialPasswordDialog created={created} onClose={() => setCreated(null)} />
    </section>
  );
}

/** A unit's name, contact and approval setting. */
function UnitSummary({ unit }: { unit: Unit }) {
  const { t } = useAdminTranslation();
  return (
    <div className="ad-spread">
      <div>
        <strong>{unit.name}</strong>
        <br />
        <span className="ad-meta">
          {unit.contactEmail ? t("units.contact", { email: unit.contactEmail }) : t("units.noContact")}
        </span>
      </div>
      <Chip tone={unit.requiresApproval ? "info" : "neutral"}>
        {t(unit.requiresApproval ? "units.approval.on" : "units.approval.off")}
      </Chip>
    </div>
  );
}

interface UnitActions {
  onEdit(editing: UnitEditing): void;
  /** A staff account for this unit (or one of its own units). */
  onAddStaff(unit: { id: string; name: string }): void;
}

/** One level of the tree: the units of `parentId`, each with its actions and its own units on demand. */
export function UnitList({ parentId, ...actions }: { parentId: string } & UnitActions) {
  const { t } = useAdminTranslation();
  const query = useQuery(AgencyUnitsQuery, {
    variables: { parentId, first: UNITS_PAGE },
    fetchPolicy: "cache-and-network",
  });
  const list = useConnectionList(query.data?.agencies, query);
  return (
    <ConnectionList
      {...list}
      errorTitle={t("units.loadError")}
      emptyTitle={t("units.empty")}
      renderItem={(unit) => <UnitNode unit={unit} {...actions} />}
    />
  );
}

function UnitNode({ unit, ...actions }: { unit: Unit } & UnitActions) {
  const { onEdit, onAddStaff } = actions;
  const { t } = useAdminTranslation();
  const [expanded, setExpanded] = useState(false);
  const childrenId = useId();
  return (
    <div className="ad-card">
      <UnitSummary unit={unit} />
      <div className="ad-row">
        <Button
          variant="secondary"
          aria-label={t("units.editLabel", { name: unit.name })}
          onClick={() => onEdit({ mode: "edit", unit })}
        >
          {t("units.edit")}
        </Button>
        <Button
          variant="secondary"
          aria-label={t("units.createUnderLabel", { name: unit.name })}
          onClick={() => {
            setExpanded(true);
            onEdit({ mode: "create", parent: unit });
          }}
        >
          {t("units.createUnder")}
        </Button>
        <Button
          variant="secondary"
          aria-label={t("units.addStaffLabel", { name: unit.name })}
          onClick={() => onAddStaff(unit)}
        >
          {t("units.addStaff")}
        </Button>
        <Button
          variant="ghost"
          aria-expanded={expanded}
          aria-controls={expanded ? childrenId : undefined}
          aria-label={t(expanded ? "units.hideUnitsLabel" : "units.showUnitsLabel", { name: unit.name })}
          onClick={() => setExpanded((open) => !open)}
        >
          {t(expanded ? "units.hideUnits" : "units.showUnits")}
        </Button>
      </div>
      {expanded ? (
        <section
          id={childrenId}
          aria-label={t("units.tree", { name: unit.name })}
          style={{ paddingInlineStart: "var(--ad-space-4)", borderInlineStart: "2px solid var(--ad-color-border)" }}
        >
          <UnitList parentId={unit.id} {...actions} />
        </section>
      ) : null}
    </div>
  );
}

/** Create a unit under a parent, or change a unit's (or the own agency's) name, contact and approval setting. */
export function UnitDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: UnitEditing;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useAdminTranslation();
  const initial = editing.mode === "edit" ? editing.unit : null;
  const [name, setName] = useState(initial?.name ?? "");
  const [contactEmail, setContactEmail] = useState(initial?.contactEmail ?? "");
  const [requiresApproval, setRequiresApproval] = useState(initial?.requiresApproval ?? false);
  const [errors, setErrors] = useState<PlacedErrors<Field>>({ fields: {}, form: null });
  const [create, created] = useMutation(CreateUnitMutation);
  const [update, updated] = useMutation(UpdateUnitMutation);
  const approvalHintId = useId();
  const client = useApolloClient();
  const run = useFormMutation(FIELDS, {
    "name:INVALID": t("units.form.nameTooLong", { count: NAME_MAX }),
    "contactEmail:INVALID": t("units.form.emailInvalid"),
    "parentId:NOT_FOUND": t("units.form.parentGone"),
  });

  function check(): PlacedErrors<Field> {
    const fields: PlacedErrors<Field>["fields"] = {};
    const trimmed = name.trim();
    if (!trimmed) fields.name = t("units.form.nameRequired");
    else if (trimmed.length > NAME_MAX) fields.name = t("units.form.nameTooLong", { count: NAME_MAX });
    if (contactEmail.trim() && !EMAIL.test(contactEmail.trim())) fields.contactEmail = t("units.form.emailInvalid");
    return { fields, form: null };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = check();
    if (Object.keys(problems.fields).length) return setErrors(problems);
    const values = { name: name.trim(), contactEmail: contactEmail.trim() || null, requiresApproval };
    const failure = await run(async () =>
      editing.mode === "create"
        ? (await create({ variables: { input: { ...values, kind: "UNIT", parentId: editing.parent.id } } })).data
            ?.createAgency
        : (await update({ variables: { input: { agencyId: editing.unit.id, ...values } } })).data?.updateAgency,
    );
    if (failure) return setErrors(failure);
    if (editing.mode === "create")
      // The parent's list (shown now or when expanded) lists the new unit in its place by name.
      await client
        .query({
          query: AgencyUnitsQuery,
          variables: { parentId: editing.parent.id, first: UNITS_PAGE },
          fetchPolicy: "network-only",
        })
        .catch(() => undefined);
    onSaved(t(editing.mode === "create" ? "units.created" : "units.updated", { name: values.name }));
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={
        editing.mode === "create" ? t("units.form.createTitle") : t("units.form.editTitle", { name: editing.unit.name })
      }
      description={
        editing.mode === "create"
          ? t("units.form.createDescription", { parent: editing.parent.name })
          : t("units.form.editDescription")
      }
    >
      <form className="ad-stack" onSubmit={submit} noValidate>
        <TextField
          label={t("units.form.name")}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          error={errors.fields.name}
        />
        <TextField
          label={t("units.form.contactEmail")}
          type="email"
          value={contactEmail}
          autoComplete="off"
          onChange={(event) => setContactEmail(event.target.value)}
          error={errors.fields.contactEmail}
        />
        <div className="ad-row" style={{ alignItems: "flex-start", flexWrap: "nowrap" }}>
          <input
            type="checkbox"
            id={`${approvalHintId}-input`}
            checked={requiresApproval}
            aria-describedby={approvalHintId}
            onChange={(event) => setRequiresApproval(event.currentTarget.checked)}
          />
          <div>
            <label htmlFor={`${approvalHintId}-input`}>{t("units.form.requiresApproval")}</label>
            <p className="ad-meta" id={approvalHintId}>
              {t("units.form.requiresApprovalHint")}
            </p>
          </div>
        </div>
        {errors.form ? <Notice tone="danger">{errors.form}</Notice> : null}
        <Button type="submit" busy={created.loading || updated.loading}>
          {t(editing.mode === "create" ? "units.form.create" : "units.form.save")}
        </Button>
      </form>
    </Dialog>
  );
}
