import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DispositionStatus, ReportKind } from "../common/enums";
import { Node } from "../common/node";
import { ConnectionType } from "../common/pagination";
import { OrderDirection } from "../reports/report.inputs";
import type { ReportRow } from "../reports/report.types";

export interface DispositionRow {
  __typename: "Disposition";
  id: string;
  key: number;
  reportId: number;
  agencyId: number;
  fromAgencyId: number | null;
  parentId: number | null;
  status: DispositionStatus;
  instruction: string | null;
  returnReason: string | null;
  draftBody: string | null;
  dueAt: Date;
  createdAt: Date;
  acceptedAt: Date | null;
  respondedAt: Date | null;
  /** Escalation for the current deadline (0 none, 1 agency admins, 2 national admins; see service-levels/). */
  escalationLevel: number;
  escalatedAt: Date | null;
  /** Level 1 only: when the national admins are told if it is still overdue. */
  escalateNationalAt: Date | null;
  /** The viewer may see instructions, return reasons and drafts (handling agency or verifier). */
  can_internal: boolean;
  /** The report, when the query that loaded the disposition joined it in (the inbox). */
  reportRow?: ReportRow;
}

@ObjectType("Disposition", { implements: Node, simpleResolvers: true })
export class DispositionType extends Node {
  @Field(() => DispositionStatus)
  status!: DispositionStatus;

  @Field()
  dueAt!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;
}

/** How far an overdue disposition has been escalated for its current deadline. */
export enum DispositionEscalation {
  NONE = "NONE",
  AGENCY_ADMINS = "AGENCY_ADMINS",
  NATIONAL_ADMINS = "NATIONAL_ADMINS",
}
registerEnumType(DispositionEscalation, {
  name: "DispositionEscalation",
  description: "Overdue dispositions go to the agency's admins first, then to the national admins.",
});
export const ESCALATION_BY_LEVEL = [
  DispositionEscalation.NONE,
  DispositionEscalation.AGENCY_ADMINS,
  DispositionEscalation.NATIONAL_ADMINS,
] as const;

export const DispositionConnection = ConnectionType("Disposition", DispositionType);

export enum DispositionOrderField {
  DUE_AT = "DUE_AT",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(DispositionOrderField, { name: "DispositionOrderField" });

@InputType()
export class DispositionFilter {
  @Field(() => [DispositionStatus], { nullable: true }) statuses?: DispositionStatus[];
  @Field(() => Boolean, { nullable: true }) overdue?: boolean;
  @Field(() => [ReportKind], { nullable: true }) kinds?: ReportKind[];
  @Field(() => [ID], { nullable: true }) categoryIds?: string[];
  @Field(() => [String], { nullable: true }) regionCodes?: string[];
  @Field(() => [ID], {
    nullable: true,
    description: "For verifiers and admins; agency staff always see their own agency and its units.",
  })
  agencyIds?: string[];
  @Field(() => String, {
    nullable: true,
    description: "Words in the title or body, or a tracking ID (any case, dashes optional) for its report.",
  })
  search?: string;
  @Field(() => [DispositionEscalation], {
    nullable: true,
    description: "Only dispositions at these escalation levels (for their current deadline).",
  })
  escalations?: DispositionEscalation[];
}

@InputType()
export class DispositionOrder {
  @Field(() => DispositionOrderField) field!: DispositionOrderField;
  @Field(() => OrderDirection) direction!: OrderDirection;
}

@InputType()
export class DispositionActionInput {
  @Field(() => ID) dispositionId!: string;
}

@InputType()
export class ReturnDispositionInput {
  @Field(() => ID) dispositionId!: string;
  @Field() reason!: string;
}

@InputType()
export class ForwardDispositionInput {
  @Field(() => ID) dispositionId!: string;
  @Field(() => ID) toAgencyId!: string;
  @Field(() => String, { nullable: true }) instruction?: string;
}

@InputType()
export class RespondInput {
  @Field(() => ID) dispositionId!: string;
  @Field() body!: string;
  @Field(() => [ID], { nullable: true }) attachmentIds?: string[];
}
