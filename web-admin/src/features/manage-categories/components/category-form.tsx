import { TextArea, TextField } from "@aduan/ui/components";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { AgencyPicker, type PickedAgency } from "../../manage-common/components/agency-picker";
import { ChoiceField } from "../../manage-common/components/choice-field";
import { FormActions } from "../../manage-common/components/form-actions";
import { useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import { CreateCategoryMutation, UpdateCategoryMutation } from "../graphql";
import { type CategoryNode, flatten, subtreeIds } from "./category-tree";

const FIELDS = ["categoryId", "name", "parentId", "defaultAgencyId", "routingHint"] as const;
const MAX_HINT = 1000;

/**
 * Creates a category (top-level or under `parentId`) or edits `category`: its name, its place in the tree (not
 * under itself), the agency verifiers are offered first and the routing hint.
 */
export function CategoryForm({
  tree,
  category,
  parentId: initialParentId,
  onSaved,
  onCancel,
}: {
  tree: readonly CategoryNode[];
  category?: CategoryNode;
  parentId?: string | null;
  onSaved(saved: { id: string; name: string }): void;
  onCancel?(): void;
}) {
  const { t } = useManageTranslation();
  const [name, setName] = useState(category?.name ?? "");
  const [parentId, setParentId] = useState(category ? (category.parent?.id ?? "") : (initialParentId ?? ""));
  const [agency, setAgency] = useState<PickedAgency | null>(category?.defaultAgency ?? null);
  const [hint, setHint] = useState(category?.routingHint ?? "");
  const [checked, setChecked] = useState(false);
  const [create, creating] = useMutation(CreateCategoryMutation, { refetchQueries: ["ManageCategories"] });
  const [update, updating] = useMutation(UpdateCategoryMutation, { refetchQueries: ["ManageCategories"] });
  const { errors, run, clear } = useFormErrors(FIELDS);
  const excluded = category ? subtreeIds(category) : [];
  const idPrefix = category ? `category-${category.id}` : "category-new";

  const nameError = !name.trim()
    ? t("categories.form.nameRequired")
    : name.trim().length > 200
      ? t("form.tooLong", { max: 200 })
      : null;
  const hintError = hint.trim().length > MAX_HINT ? t("form.tooLong", { max: MAX_HINT }) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    clear();
    if (nameError || hintError) return;
    const fields = {
      name: name.trim(),
      parentId: parentId || null,
      defaultAgencyId: agency?.id ?? null,
      routingHint: hint.trim() || null,
    };
    const result: { saved?: { id: string; name: string } | null } = {};
    const ok = await run(async () => {
      const payload = category
        ? (await update({ variables: { input: { categoryId: category.id, ...fields } } })).data?.updateCategory
        : (await create({ variables: { input: fields } })).data?.createCategory;
      result.saved = payload?.category;
      return payload;
    });
    if (ok && result.saved) onSaved(result.saved);
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>
        {category ? t("categories.form.editHeading") : t("categories.form.newHeading")}
      </h3>
      <TextField
        label={t("categories.form.name")}
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        error={(checked ? nameError : null) ?? errors.fields.name ?? null}
      />
      <ChoiceField
        label={t("categories.form.parent")}
        value={parentId}
        onChange={(event) => setParentId(event.target.value)}
        error={errors.fields.parentId ?? null}
        options={[
          { value: "", label: t("categories.form.topLevel") },
          ...flatten(tree)
            .filter(({ node }) => !excluded.includes(node.id))
            .map(({ node, depth }) => ({ value: node.id, label: `${"— ".repeat(depth)}${node.name}` })),
        ]}
      />
      <AgencyPicker
        label={t("categories.form.defaultAgency")}
        value={agency}
        onChange={setAgency}
        noneLabel={t("categories.form.noAgency")}
        error={errors.fields.defaultAgencyId ?? null}
      />
      <TextArea
        label={t("categories.form.routingHint")}
        value={hint}
        onChange={(event) => setHint(event.target.value)}
        error={(checked ? hintError : null) ?? errors.fields.routingHint ?? null}
      />
      <FormActions
        error={errors.general ?? errors.fields.categoryId}
        busy={creating.loading || updating.loading}
        submitLabel={category ? t("form.save") : t("categories.form.create")}
        onCancel={onCancel}
      />
    </form>
  );
}
