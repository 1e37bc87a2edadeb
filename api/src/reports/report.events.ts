import type { EntityManager } from "@mikro-orm/postgresql";
import { AuthorRole, type EventType, ReportStatus } from "../common/enums";
import { isAdmin, isVerifier, type Viewer } from "../common/viewer";
import type { Report } from "./report.entity";
import { ReportEvent } from "./report-event.entity";

export interface EventInput {
  type: EventType;
  fromStatus?: ReportStatus | null;
  status: ReportStatus;
  actorRole: AuthorRole;
  actorUserId?: number | null;
  dispositionId?: number | null;
  agencyId?: number | null;
  note?: string | null;
  internal?: boolean;
}

/** The role a staff viewer acts in, for events and messages. */
export function staffRole(viewer: Viewer): AuthorRole {
  if (isAdmin(viewer)) return AuthorRole.ADMIN;
  if (isVerifier(viewer)) return AuthorRole.VERIFIER;
  return AuthorRole.AGENCY;
}

/**
 * Appends a ReportEvent in the caller's transaction. Reporter actions never carry a user ID (anonymity holds even
 * in the audit log); the database refuses it too.
 */
export function recordEvent(em: EntityManager, report: Report, e: EventInput): ReportEvent {
  return em.create(ReportEvent, {
    report,
    type: e.type,
    fromStatus: e.fromStatus ?? null,
    status: e.status,
    actorRole: e.actorRole,
    actorUserId:
      e.actorRole === AuthorRole.REPORTER || e.actorRole === AuthorRole.SYSTEM ? null : (e.actorUserId ?? null),
    dispositionId: e.dispositionId ?? null,
    agencyId: e.agencyId ?? null,
    note: e.note ?? null,
    internal: e.internal ?? false,
    createdAt: new Date(),
  });
}
