import { DispositionStatus, ReportStatus } from "../common/enums";

/** Which report statuses each action may start from (DESIGN.md's lifecycle table). */
export const ALLOWED_FROM = {
  verify: [ReportStatus.SUBMITTED],
  requestInformation: [ReportStatus.SUBMITTED],
  reject: [ReportStatus.SUBMITTED, ReportStatus.AWAITING_INFORMATION],
  merge: [ReportStatus.SUBMITTED, ReportStatus.AWAITING_INFORMATION],
  confirm: [ReportStatus.RESPONDED],
  dispute: [ReportStatus.RESPONDED],
  message: [
    ReportStatus.SUBMITTED,
    ReportStatus.AWAITING_INFORMATION,
    ReportStatus.DISPOSED,
    ReportStatus.IN_PROGRESS,
    ReportStatus.RESPONDED,
  ],
} as const satisfies Record<string, readonly ReportStatus[]>;

/** Which disposition statuses each agency action may start from. */
export const DISPOSITION_FROM = {
  accept: [DispositionStatus.PENDING],
  return: [DispositionStatus.PENDING, DispositionStatus.ACCEPTED],
  forward: [DispositionStatus.ACCEPTED],
  respond: [DispositionStatus.ACCEPTED],
  approve: [DispositionStatus.AWAITING_APPROVAL],
} as const satisfies Record<string, readonly DispositionStatus[]>;

/** Dispositions that no longer take part in handling. */
const INACTIVE = new Set([DispositionStatus.RETURNED, DispositionStatus.FORWARDED, DispositionStatus.CLOSED]);

export const isActiveDisposition = (s: DispositionStatus) => !INACTIVE.has(s);

/**
 * The report's status that its dispositions imply (several agencies, DESIGN.md): SUBMITTED when every one was
 * returned; RESPONDED when every active one has responded; IN_PROGRESS once one is accepted (and it stays so while
 * a forward is pending); DISPOSED while every open one is PENDING.
 */
export function deriveStatus(current: ReportStatus, dispositions: readonly DispositionStatus[]): ReportStatus {
  const active = dispositions.filter(isActiveDisposition);
  if (active.length === 0) return ReportStatus.SUBMITTED;
  if (active.every((s) => s === DispositionStatus.RESPONDED)) return ReportStatus.RESPONDED;
  if (current === ReportStatus.IN_PROGRESS || current === ReportStatus.RESPONDED) return ReportStatus.IN_PROGRESS;
  if (active.some((s) => s !== DispositionStatus.PENDING)) return ReportStatus.IN_PROGRESS;
  return ReportStatus.DISPOSED;
}

export function describeStatus(s: ReportStatus): string {
  return s.toLowerCase().replace(/_/g, " ");
}
