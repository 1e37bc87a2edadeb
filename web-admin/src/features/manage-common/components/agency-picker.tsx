import { TextField } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useDeferredValue, useState } from "react";
import { AgencySearchQuery } from "../graphql";
import { useManageTranslation } from "../i18n";
import { ChoiceField } from "./choice-field";

export interface PickedAgency {
  id: string;
  name: string;
}

/**
 * Chooses one agency among thousands: a search field narrows the list of a native select (both library fields,
 * labelled and usable from the keyboard and on a phone). The current choice always stays in the list.
 */
export function AgencyPicker({
  label,
  value,
  onChange,
  error,
  noneLabel,
  excludeId,
}: {
  label: string;
  value: PickedAgency | null;
  onChange(agency: PickedAgency | null): void;
  error?: string | null;
  /** The choice "no agency" (omitted: an agency must be chosen). */
  noneLabel?: string;
  /** An agency that may not be chosen (e.g. the one being edited, as its own parent). */
  excludeId?: string;
}) {
  const { t } = useManageTranslation();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const found = useQuery(AgencySearchQuery, { variables: { search: deferred || null, first: 20 } });
  const results = (found.data?.agencies.nodes ?? []).filter((agency) => agency.id !== excludeId);
  const options = [
    ...(noneLabel || !value ? [{ value: "", label: noneLabel ?? t("picker.choose") }] : []),
    ...(value && !results.some((agency) => agency.id === value.id) ? [{ value: value.id, label: value.name }] : []),
    ...results.map((agency) => ({
      value: agency.id,
      label: agency.parent ? `${agency.name} (${agency.parent.name})` : agency.name,
    })),
  ];
  return (
    <fieldset className="ad-field ad-agency-picker">
      <legend className="ad-field__label">{label}</legend>
      <TextField
        label={t("picker.search")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        hint={found.loading ? t("picker.searching") : t("picker.found", { count: results.length })}
      />
      <ChoiceField
        label={t("picker.agency")}
        value={value?.id ?? ""}
        options={options}
        error={error}
        onChange={(event) => {
          const id = event.target.value;
          if (!id) return onChange(null);
          const picked = results.find((agency) => agency.id === id);
          onChange(picked ? { id, name: picked.name } : value);
        }}
      />
    </fieldset>
  );
}
