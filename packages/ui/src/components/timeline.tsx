import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n";
import { type CommonMessages, commonId } from "../i18n/common.id";
import type { ReportStatus } from "./chip";

export type AuthorRole = keyof CommonMessages["authorRole"];
type KnownEventType = keyof CommonMessages["eventType"];

export interface TimelineEntry {
  id: string;
  /** One of the API's event types; a type without a label yet is shown by the status it led to. */
  type: string;
  status: ReportStatus;
  createdAt: string;
  actorRole: AuthorRole;
  note?: string | null;
}

function isKnownEventType(type: string): type is KnownEventType {
  return Object.hasOwn(commonId.eventType, type);
}

export function Timeline({ entries, label }: { entries: readonly TimelineEntry[]; label: string }) {
  const { t } = useTranslation("common");
  const format = useFormat();
  return (
    <ol className="ad-timeline" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className="ad-timeline__item">
          <p className="ad-timeline__title">
            {isKnownEventType(entry.type) ? t(`eventType.${entry.type}`) : t(`reportStatus.${entry.status}`)}
          </p>
          <p className="ad-timeline__meta">
            <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
            {" · "}
            {t(`authorRole.${entry.actorRole}`)}
          </p>
          {entry.note ? <p className="ad-timeline__note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
