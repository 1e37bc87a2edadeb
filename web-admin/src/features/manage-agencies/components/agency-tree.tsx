import { describeError } from "@aduan/graphql-client/errors";
import { useLoadMore } from "@aduan/graphql-client/pagination";
import { Button, Chip, ErrorNotice, Loading, LoadMore, TextField } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { useManageTranslation } from "../../manage-common/i18n";
import type { ManagedAgencyFieldsFragment } from "../gql/graphql";
import { AgenciesQuery } from "../graphql";

export type ManagedAgency = ManagedAgencyFieldsFragment;

interface TreeProps {
  selectedId: string | null;
  onSelect(agency: ManagedAgency): void;
}

const PAGE = 50;

/**
 * The agency tree: top-level agencies first, each one's units loaded when it is opened (agencies(parentId)); a
 * search shows matching agencies anywhere in the tree as a flat list. Nested lists with disclosure buttons
 * (aria-expanded), so screen readers announce the levels and every control is a plain button.
 */
export function AgencyTree({ selectedId, onSelect }: TreeProps) {
  const { t } = useManageTranslation();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  return (
    <nav className="ad-stack" aria-label={t("agencies.treeLabel")}>
      <TextField
        label={t("agencies.search")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {deferred ? (
        <AgencyLevel search={deferred} selectedId={selectedId} onSelect={onSelect} flat />
      ) : (
        <AgencyLevel topLevel selectedId={selectedId} onSelect={onSelect} />
      )}
    </nav>
  );
}

/** One level of the tree (the top, a parent's units) or the search results. */
function AgencyLevel({
  parentId,
  topLevel,
  search,
  flat = false,
  selectedId,
  onSelect,
}: TreeProps & { parentId?: string; topLevel?: boolean; search?: string; flat?: boolean }) {
  const { t } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const level = useQuery(AgenciesQuery, {
    variables: { parentId: parentId ?? null, topLevel: topLevel ?? null, search: search ?? null, first: PAGE },
  });
  const more = useLoadMore(level.data?.agencies.pageInfo, level.fetchMore);
  if (level.error)
    return (
      <ErrorNotice
        title={t("agencies.loadError")}
        code={describeError(level.error)}
        onRetry={() => void level.refetch()}
      />
    );
  if (!level.data) return <Loading label={tc("loading")} />;
  const agencies = level.data.agencies.edges.map((edge) => edge.node);
  if (!agencies.length)
    return (
      <p className="ad-meta">
        {search ? t("agencies.noMatch") : parentId ? t("agencies.noUnits") : t("agencies.none")}
      </p>
    );
  return (
    <>
      <ul className="ad-tree">
        {agencies.map((agency) => (
          <AgencyNode key={agency.id} agency={agency} selectedId={selectedId} onSelect={onSelect} flat={flat} />
        ))}
      </ul>
      <LoadMore
        hasMore={more.hasMore}
        busy={more.loading}
        errorCode={more.error ? describeError(more.error) : null}
        onLoadMore={() => void more.loadMore()}
      />
    </>
  );
}

function AgencyNode({ agency, selectedId, onSelect, flat }: TreeProps & { agency: ManagedAgency; flat: boolean }) {
  const { t } = useManageTranslation();
  const [open, setOpen] = useState(false);
  const unitsId = `agency-units-${agency.id}`;
  return (
    <li>
      <div className="ad-tree-row">
        {flat ? null : (
          <Button
            variant="ghost"
            aria-expanded={open}
            aria-controls={open ? unitsId : undefined}
            aria-label={t(open ? "agencies.collapse" : "agencies.expand", { name: agency.name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          </Button>
        )}
        <Button
          variant="ghost"
          aria-current={agency.id === selectedId ? "true" : undefined}
          onClick={() => onSelect(agency)}
        >
          {agency.name}
        </Button>
        {flat && agency.parent ? <span className="ad-meta">{agency.parent.name}</span> : null}
        {agency.connected ? <Chip tone="success">{t("agencies.connected")}</Chip> : null}
      </div>
      {open ? (
        <div id={unitsId}>
          <AgencyLevel parentId={agency.id} selectedId={selectedId} onSelect={onSelect} />
        </div>
      ) : null}
    </li>
  );
}
