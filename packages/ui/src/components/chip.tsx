import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CommonMessages } from "../i18n/common.id";
import { cx } from "./cx";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";
export type ReportStatus = keyof CommonMessages["reportStatus"];
export type DispositionStatus = keyof CommonMessages["dispositionStatus"];

export function Chip({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={cx("ad-chip", `ad-chip--${tone}`)}>{children}</span>;
}

const REPORT_TONES: Record<ReportStatus, Tone> = {
  SUBMITTED: "info",
  AWAITING_INFORMATION: "warning",
  DISPOSED: "info",
  IN_PROGRESS: "info",
  RESPONDED: "success",
  RESOLVED: "success",
  REJECTED: "neutral",
  MERGED: "neutral",
};

const DISPOSITION_TONES: Record<DispositionStatus, Tone> = {
  PENDING: "warning",
  ACCEPTED: "info",
  AWAITING_APPROVAL: "warning",
  RESPONDED: "success",
  RETURNED: "neutral",
  FORWARDED: "neutral",
  CLOSED: "neutral",
};

export function ReportStatusChip({ status }: { status: ReportStatus }) {
  const { t } = useTranslation("common");
  return <Chip tone={REPORT_TONES[status]}>{t(`reportStatus.${status}`)}</Chip>;
}

export function DispositionStatusChip({ status }: { status: DispositionStatus }) {
  const { t } = useTranslation("common");
  return <Chip tone={DISPOSITION_TONES[status]}>{t(`dispositionStatus.${status}`)}</Chip>;
}
