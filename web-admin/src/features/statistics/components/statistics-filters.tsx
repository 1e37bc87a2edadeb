import { Button, SelectField, TextField } from "@aduan/ui/components";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StatisticsOptionsQuery } from "../graphql";
import { useStatsTranslation } from "../i18n";
import { CHANNELS, filterErrors, KINDS, STATUSES, type StatsFilters } from "../view-state";

/** The filters every view of the page shares: time range, kind, category, province, agency, channel, status. */
export function StatisticsFilters({
  filters,
  onChange,
  onReset,
}: {
  filters: StatsFilters;
  onChange(filters: StatsFilters): void;
  onReset(): void;
}) {
  const { t } = useStatsTranslation();
  const { t: tc } = useTranslation("common");
  const options = useQuery(StatisticsOptionsQuery);
  const errors = filterErrors(filters);
  // Open on a wide screen; on a phone the figures come first, the filters a tap away.
  const [open, setOpen] = useState(() => globalThis.matchMedia?.("(min-width: 40rem)").matches ?? true);
  const any = { value: "", label: t("filter.any") };
  const set = <K extends keyof StatsFilters>(key: K, value: StatsFilters[K]) => onChange({ ...filters, [key]: value });
  const categories = (options.data?.categories ?? []).flatMap((category) => [
    { value: category.id, label: category.name },
    ...category.children.map((child) => ({ value: child.id, label: `${category.name} › ${child.name}` })),
  ]);
  const active = (Object.keys(filters) as (keyof StatsFilters)[]).filter(
    (key) => key !== "from" && key !== "to" && filters[key],
  ).length;
  return (
    <details className="ad-card" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="ad-field__label">
        {t("filter.label")}
        {active ? ` · ${t("filter.active", { count: active })}` : ""}
      </summary>
      <form className="ad-filters" aria-label={t("filter.label")} onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t("filter.from")}
          type="date"
          value={filters.from}
          onChange={(event) => set("from", event.target.value)}
        />
        <TextField
          label={t("filter.to")}
          type="date"
          value={filters.to}
          onChange={(event) => set("to", event.target.value)}
          error={errors.to ? t("filter.toBeforeFrom") : null}
        />
        <SelectField
          label={t("filter.kind")}
          value={filters.kind}
          onChange={(event) => set("kind", event.target.value as StatsFilters["kind"])}
          options={[any, ...KINDS.map((kind) => ({ value: kind, label: tc(`reportKind.${kind}`) }))]}
        />
        <SelectField
          label={t("filter.category")}
          value={filters.categoryId}
          onChange={(event) => set("categoryId", event.target.value)}
          options={[any, ...categories]}
        />
        <SelectField
          label={t("filter.region")}
          value={filters.regionCode}
          onChange={(event) => set("regionCode", event.target.value)}
          options={[any, ...(options.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name }))]}
        />
        <SelectField
          label={t("filter.agency")}
          value={filters.agencyId}
          onChange={(event) => set("agencyId", event.target.value)}
          options={[
            any,
            ...(options.data?.agencies.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })),
          ]}
        />
        <SelectField
          label={t("filter.channel")}
          value={filters.channel}
          onChange={(event) => set("channel", event.target.value as StatsFilters["channel"])}
          options={[any, ...CHANNELS.map((channel) => ({ value: channel, label: tc(`channel.${channel}`) }))]}
        />
        <SelectField
          label={t("filter.status")}
          value={filters.status}
          onChange={(event) => set("status", event.target.value as StatsFilters["status"])}
          options={[any, ...STATUSES.map((status) => ({ value: status, label: tc(`reportStatus.${status}`) }))]}
        />
        <Button variant="secondary" onClick={onReset}>
          {t("filter.reset")}
        </Button>
      </form>
    </details>
  );
}
