import { Field, ID, InputType, ObjectType } from "type-graphql";
import { AuthorRole, ReportStatus } from "../common/enums";
import { ConnectionType } from "../common/pagination";
import type { UserRow } from "../users/user.types";
import { UserType } from "../users/user.types";

export interface AuditEventRow {
  /** The ReportEvent's global ID. */
  id: string;
  key: string;
  reportId: number;
  agencyId: number | null;
  type: string;
  fromStatus: ReportStatus | null;
  status: ReportStatus;
  actorRole: AuthorRole;
  actor: UserRow | null;
  note: string | null;
  internal: boolean;
  createdAt: Date;
}

@ObjectType("AuditEvent", {
  simpleResolvers: true,
  description:
    "A ReportEvent as the audit log shows it to verifiers and admins: with the staff member who acted. Reporter and " +
    "system events have no actor, by design (reporters are never linked to their events).",
})
export class AuditEventType {
  @Field(() => ID, { description: "The ReportEvent's ID." })
  id!: string;

  @Field()
  type!: string;

  @Field(() => ReportStatus, { nullable: true })
  fromStatus!: ReportStatus | null;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => AuthorRole)
  actorRole!: AuthorRole;

  @Field(() => UserType, { nullable: true, description: "The staff member who acted; null for reporter and system." })
  actor!: UserRow | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: "Internal events (instructions, return reasons, drafts) are hidden from reporters." })
  internal!: boolean;

  @Field()
  createdAt!: Date;
}

export const AuditEventConnection = ConnectionType("AuditEvent", AuditEventType);

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  reportId?: string | null;

  @Field(() => String, { nullable: true, description: "The report's tracking ID, as people type it." })
  trackingId?: string | null;

  @Field(() => ID, { nullable: true, description: "Events by this staff member." })
  actorUserId?: string | null;

  @Field(() => [String], { nullable: true, description: "ReportEvent types; empty or omitted: all." })
  types?: string[] | null;

  @Field(() => Date, { nullable: true, description: "Inclusive." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Exclusive." })
  to?: Date | null;
}
