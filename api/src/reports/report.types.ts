import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { AuthorRole, Channel, ReportKind, ReportStatus, Resolution } from "../common/enums";
import { Node } from "../common/node";
import { ConnectionType } from "../common/pagination";
import type { ReportAccess } from "./report.policy";

/** A report as the read path loads it: plain columns plus the viewer's access flags (report.policy.ts). */
export interface ReportRow extends ReportAccess {
  __typename: "Report";
  id: string;
  key: number;
  trackingId: string;
  kind: ReportKind;
  title: string;
  body?: string;
  status: ReportStatus;
  channel: Channel;
  anonymous: boolean;
  confidential: boolean;
  categoryId: number | null;
  regionCode: string | null;
  lat: number | null;
  lng: number | null;
  incidentDate: Date | null;
  supportCount: number;
  resolution: Resolution | null;
  duplicateOfId: number | null;
  createdAt: Date;
  verifiedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  dueAt: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}

@ObjectType({ simpleResolvers: true, description: "The person behind a report, as far as the viewer may see it." })
export class Reporter {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class Rating {
  @Field(() => Int)
  score!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType("Report", { implements: Node, simpleResolvers: true })
export class ReportType extends Node {
  @Field()
  trackingId!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Channel)
  channel!: Channel;

  @Field()
  anonymous!: boolean;

  @Field()
  confidential!: boolean;

  @Field(() => Int)
  supportCount!: number;

  @Field(() => Resolution, { nullable: true })
  resolution!: Resolution | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  firstResponseAt!: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;
}

export const ReportConnection = ConnectionType("Report", ReportType);

export interface EventRow {
  __typename: "ReportEvent";
  id: string;
  key: string;
  reportId: number;
  type: string;
  fromStatus: ReportStatus | null;
  status: ReportStatus;
  actorRole: AuthorRole;
  actorName: string | null;
  note: string | null;
  createdAt: Date;
}

@ObjectType("ReportEvent", { implements: Node, simpleResolvers: true })
export class ReportEventType extends Node {
  @Field({ description: "One of the event types in DESIGN.md." })
  type!: string;

  @Field(() => ReportStatus, { nullable: true })
  fromStatus!: ReportStatus | null;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => AuthorRole)
  actorRole!: AuthorRole;

  @Field(() => String, {
    nullable: true,
    description: "Staff member's name, for staff viewers only; never a reporter's.",
  })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}
