import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { AuthorRole, ReportStatus } from "../common/enums";
import { Report } from "./report.entity";

/**
 * Append-only audit log: the database refuses UPDATE and DELETE (trigger in the first migration).
 * Carries IDs and statuses only: never reporter data, never a reporter's user ID.
 */
@Entity({ tableName: "report_event" })
export class ReportEvent {
  @PrimaryKey({ type: "bigint" })
  id!: string;

  @ManyToOne(() => Report)
  report!: Rel<Report>;

  @Property({ type: "text" })
  type!: string;

  @Enum({ items: () => ReportStatus, nullable: true })
  fromStatus?: ReportStatus | null;

  @Enum({ items: () => ReportStatus })
  status!: ReportStatus;

  @Enum({ items: () => AuthorRole })
  actorRole!: AuthorRole;

  /** Staff only; null for reporters and the system. */
  @Property({ type: "integer", nullable: true })
  actorUserId?: number | null;

  @Property({ type: "integer", nullable: true })
  dispositionId?: number | null;

  @Property({ type: "integer", nullable: true })
  agencyId?: number | null;

  /** A reason or question (rejection, information request, return, merge target). */
  @Property({ type: "text", nullable: true })
  note?: string | null;

  /** Staff-only events (instructions, return reasons, drafts, internal notes). */
  @Property({ type: "boolean" })
  internal: boolean = false;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
