import { describeError } from "@aduan/graphql-client/errors";
import { Button, Dialog, EmptyState, ErrorNotice, Loading, notify } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useManageTranslation } from "../../manage-common/i18n";
import { CategoriesQuery } from "../graphql";
import { CategoryForm } from "./category-form";
import { CategoryTree, flatten } from "./category-tree";

/** Categories for national admins: the tree beside the chosen category's form; new ones at the top or under it. */
export function CategoryAdmin() {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const categories = useQuery(CategoriesQuery);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  // Choosing a category moves focus to its form (on a phone it is below the tree).
  useEffect(() => {
    if (selectedId) detailHeading.current?.focus();
  }, [selectedId]);
  /** The new category's parent: "" for a top-level one; undefined while the dialog is closed. */
  const [creatingUnder, setCreatingUnder] = useState<string | undefined>(undefined);
  const tree = categories.data?.categories ?? [];
  const selected = flatten(tree).find(({ node }) => node.id === selectedId)?.node;
  const parentName = flatten(tree).find(({ node }) => node.id === creatingUnder)?.node.name;

  return (
    <section className="ad-stack" aria-labelledby="categories-heading">
      <div className="ad-spread">
        <h2 id="categories-heading">{t("categories.heading")}</h2>
        <Button variant="secondary" onClick={() => setCreatingUnder("")}>
          {t("categories.newTopLevel")}
        </Button>
      </div>
      <p className="ad-meta">{t("categories.intro")}</p>
      {categories.error ? (
        <ErrorNotice
          title={t("categories.loadError")}
          code={describeError(categories.error)}
          onRetry={() => void categories.refetch()}
        />
      ) : !categories.data ? (
        <Loading label={tc("loading")} />
      ) : !tree.length ? (
        <EmptyState title={t("categories.empty")} />
      ) : (
        <div className="ad-report-grid">
          <CategoryTree categories={tree} selectedId={selectedId} onSelect={setSelectedId} />
          {selected ? (
            <div className="ad-card ad-stack ad-manage-detail">
              <div className="ad-spread">
                <h2 ref={detailHeading} tabIndex={-1}>
                  {selected.name}
                </h2>
                <Button variant="secondary" onClick={() => setCreatingUnder(selected.id)}>
                  {t("categories.newChild")}
                </Button>
              </div>
              <CategoryForm
                key={selected.id}
                tree={tree}
                category={selected}
                onSaved={(saved) => notify(t("categories.saved", { name: saved.name }))}
              />
            </div>
          ) : (
            <p className="ad-meta">{t("categories.chooseOne")}</p>
          )}
        </div>
      )}
      <Dialog
        open={creatingUnder !== undefined}
        onOpenChange={(open) => {
          if (!open) setCreatingUnder(undefined);
        }}
        title={parentName ? t("categories.newChildOf", { name: parentName }) : t("categories.newTopLevel")}
      >
        {creatingUnder !== undefined ? (
          <CategoryForm
            tree={tree}
            parentId={creatingUnder}
            onSaved={(saved) => {
              setCreatingUnder(undefined);
              setSelectedId(saved.id);
              notify(t("categories.created", { name: saved.name }));
            }}
            onCancel={() => setCreatingUnder(undefined)}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
