import { Button, Notice, SelectField, TextField } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  activeFilterCount,
  type BrowseFilters,
  NO_FILTERS,
  PUBLIC_STATUSES,
  REPORT_KINDS,
  SEARCH_MAX,
  withFilter,
} from "../filters";
import { BrowseOptionsQuery, RegenciesQuery } from "../graphql";
import { useBrowseTranslation } from "../i18n";

type Option = { value: string; label: string };

/**
 * The browse page's filters. A choice applies at once; the search words when the form is sent. `filters` comes from
 * the address and `onChange` puts the new ones there, so what is shown is always what a shared link shows.
 */
export function ReportFilters({
  filters,
  onChange,
}: {
  filters: BrowseFilters;
  onChange(filters: BrowseFilters): void;
}) {
  const { t } = useBrowseTranslation();
  const { t: tc } = useTranslation("common");
  const headingId = useId();
  const options = useQuery(BrowseOptionsQuery);
  const regencies = useQuery(RegenciesQuery, {
    variables: { province: filters.province ?? "" },
    skip: !filters.province,
  });
  const [search, setSearch] = useState(filters.search);
  // The address changed the search (back button, "clear"): show its words.
  const [shownSearch, setShownSearch] = useState(filters.search);
  if (shownSearch !== filters.search) {
    setShownSearch(filters.search);
    setSearch(filters.search);
  }

  const set = <K extends keyof BrowseFilters>(key: K, value: BrowseFilters[K]) =>
    onChange(withFilter(filters, key, value));
  const orNull = (value: string) => value || null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set("search", search.trim());
  }

  const categories = (options.data?.categories ?? []).flatMap((c) => [
    { value: c.id, label: c.name },
    ...c.children.map((child) => ({ value: child.id, label: `${c.name} › ${child.name}` })),
  ]);
  const provinces = (options.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name }));
  const regencyOptions = (filters.province ? (regencies.data?.regions ?? []) : []).map((r) => ({
    value: r.code,
    label: r.name,
  }));
  const active = activeFilterCount(filters);
  /** "Any" first; a shared link's choice shows (as "Loading…") before the choices have loaded. */
  const choices = (any: string, options: Option[], current: string | null = null): Option[] => [
    { value: "", label: any },
    ...(current && !options.some((o) => o.value === current) ? [{ value: current, label: tc("loading") }] : []),
    ...options,
  ];

  return (
    <form className="ad-card ad-stack br-filters" onSubmit={submit} aria-labelledby={headingId}>
      <div className="ad-spread">
        <h2 id={headingId}>{t("filters.heading")}</h2>
        {active ? <p className="ad-meta">{t("filters.active", { count: active })}</p> : null}
      </div>
      <div className="br-search">
        <TextField
          label={t("filters.search")}
          hint={t("filters.searchHint")}
          name="search"
          type="search"
          value={search}
          maxLength={SEARCH_MAX}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t("filters.searchSubmit")}
        </Button>
      </div>
      <div className="br-grid">
        <SelectField
          label={t("filters.kind")}
          value={filters.kind ?? ""}
          onChange={(event) => set("kind", orNull(event.target.value) as BrowseFilters["kind"])}
          options={choices(
            t("filters.anyKind"),
            REPORT_KINDS.map((kind) => ({ value: kind, label: tc(`reportKind.${kind}`) })),
          )}
        />
        <SelectField
          label={t("filters.category")}
          value={filters.categoryId ?? ""}
          onChange={(event) => set("categoryId", orNull(event.target.value))}
          options={choices(t("filters.anyCategory"), categories, filters.categoryId)}
        />
        <SelectField
          label={t("filters.status")}
          value={filters.status ?? ""}
          onChange={(event) => set("status", orNull(event.target.value) as BrowseFilters["status"])}
          options={choices(
            t("filters.anyStatus"),
            PUBLIC_STATUSES.map((status) => ({ value: status, label: tc(`reportStatus.${status}`) })),
          )}
        />
        <SelectField
          label={t("filters.province")}
          value={filters.province ?? ""}
          onChange={(event) => set("province", orNull(event.target.value))}
          options={choices(t("filters.anyProvince"), provinces, filters.province)}
        />
        <SelectField
          label={t("filters.regency")}
          value={filters.regency ?? ""}
          disabled={!filters.province}
          onChange={(event) => set("regency", orNull(event.target.value))}
          options={choices(t("filters.anyRegency"), regencyOptions, filters.regency)}
        />
        <SelectField
          label={t("filters.sort")}
          value={filters.sort}
          onChange={(event) => set("sort", event.target.value === "supported" ? "supported" : "newest")}
          options={[
            { value: "newest", label: t("filters.sortNewest") },
            { value: "supported", label: t("filters.sortSupported") },
          ]}
        />
      </div>
      {options.error ? <Notice tone="warning">{t("filters.optionsError")}</Notice> : null}
      {active ? (
        <div>
          <Button variant="ghost" onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}>
            {t("filters.clear")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
