import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { StatsFormat } from "../format";
import type { Headline } from "../shape";

/** The period's totals: reports, resolved, confirmed vs closed in silence, median first response. */
export function HeadlineStats({ data, format }: { data: Headline; format: StatsFormat }) {
  const { t } = useTranslation();
  const headingId = useId();
  const none = t("stats.none");
  const share = (value: number | null) => (value == null ? none : format.percent(value));
  const items = [
    {
      label: t("stats.headline.reports"),
      value: format.number(data.reports),
    },
    {
      label: t("stats.headline.resolved"),
      value: format.number(data.resolved),
      hint: data.reports
        ? t("stats.headline.resolvedHint", { share: format.percent(data.resolved / data.reports) })
        : undefined,
    },
    {
      label: t("stats.headline.confirmed"),
      value: share(data.confirmedShare),
      hint: t("stats.headline.confirmedHint"),
    },
    {
      label: t("stats.headline.autoClosed"),
      value: share(data.autoClosedShare),
      hint: t("stats.headline.autoClosedHint"),
    },
    {
      label: t("stats.headline.firstResponse"),
      value: data.medianFirstResponseHours == null ? none : format.duration(data.medianFirstResponseHours),
      hint: t("stats.headline.firstResponseHint"),
    },
  ];
  return (
    <section className="ad-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("stats.headline.heading")}</h2>
      <dl className="ad-stats-tiles">
        {items.map((item) => (
          <div key={item.label} className="ad-stats-tile">
            <dt>{item.label}</dt>
            <dd className="ad-stats-tile__value">{item.value}</dd>
            {item.hint ? <dd className="ad-meta">{item.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
