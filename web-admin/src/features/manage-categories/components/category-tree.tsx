import { Button } from "@aduan/ui/components";
import { useEffect, useState } from "react";
import { useManageTranslation } from "../../manage-common/i18n";
import type { ManagedCategoryFieldsFragment } from "../gql/graphql";

/** A category with its subcategories (as deep as the query reads). */
export type CategoryNode = ManagedCategoryFieldsFragment & { children?: readonly CategoryNode[] };

/** Every category with its depth, in tree order (parents before their children). */
export function flatten(nodes: readonly CategoryNode[], depth = 0): { node: CategoryNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children ?? [], depth + 1)]);
}

/** The ids of a category and everything under it. */
export function subtreeIds(node: CategoryNode): string[] {
  return [node.id, ...(node.children ?? []).flatMap(subtreeIds)];
}

/** The category tree as nested lists with disclosure buttons; choosing a category opens it for editing. */
export function CategoryTree({
  categories,
  selectedId,
  onSelect,
}: {
  categories: readonly CategoryNode[];
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const { t } = useManageTranslation();
  return (
    <nav aria-label={t("categories.treeLabel")}>
      <ul className="ad-tree">
        {categories.map((category) => (
          <CategoryItem key={category.id} category={category} selectedId={selectedId} onSelect={onSelect} />
        ))}
      </ul>
    </nav>
  );
}

function CategoryItem({
  category,
  selectedId,
  onSelect,
}: {
  category: CategoryNode;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const { t } = useManageTranslation();
  const children = category.children ?? [];
  const [open, setOpen] = useState(false);
  // A branch holding the chosen category opens, so a new subcategory is visible where it was added.
  const holdsSelected = selectedId != null && subtreeIds(category).slice(1).includes(selectedId);
  useEffect(() => {
    if (holdsSelected) setOpen(true);
  }, [holdsSelected]);
  const listId = `category-children-${category.id}`;
  return (
    <li>
      <div className="ad-tree-row">
        {children.length ? (
          <Button
            variant="ghost"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            aria-label={t(open ? "categories.collapse" : "categories.expand", { name: category.name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          </Button>
        ) : null}
        <Button
          variant="ghost"
          aria-current={category.id === selectedId ? "true" : undefined}
          onClick={() => onSelect(category.id)}
        >
          {category.name}
        </Button>
        {category.defaultAgency ? <span className="ad-meta">→ {category.defaultAgency.name}</span> : null}
      </div>
      {open && children.length ? (
        <ul className="ad-tree" id={listId}>
          {children.map((child) => (
            <CategoryItem key={child.id} category={child} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
