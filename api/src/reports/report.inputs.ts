import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { Channel, MessageVisibility, RejectionReason, ReportKind, ReportStatus } from "../common/enums";
import { GeoPointInput } from "./report.types";

export enum ReportOrderField {
  CREATED_AT = "CREATED_AT",
  DUE_AT = "DUE_AT",
  SUPPORT_COUNT = "SUPPORT_COUNT",
}
export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(ReportOrderField, { name: "ReportOrderField" });
registerEnumType(OrderDirection, { name: "OrderDirection" });

@InputType()
export class ReportFilter {
  @Field(() => [ReportKind], { nullable: true }) kinds?: ReportKind[];
  @Field(() => [ReportStatus], { nullable: true }) statuses?: ReportStatus[];
  @Field(() => [ID], { nullable: true }) categoryIds?: string[];
  @Field(() => [ID], { nullable: true }) agencyIds?: string[];
  @Field(() => [String], { nullable: true }) regionCodes?: string[];
  @Field(() => [Channel], { nullable: true }) channels?: Channel[];
  @Field(() => Boolean, { nullable: true }) overdue?: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Words in the title or body, or a tracking ID (any case, dashes optional) for its report.",
  })
  search?: string;
  @Field(() => Date, { nullable: true }) createdAfter?: Date;
  @Field(() => Date, { nullable: true }) createdBefore?: Date;
  @Field(() => Boolean, { nullable: true, description: "Only the signed-in viewer's own reports." }) mine?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: reports back in the verifiers' queue because every agency returned them (not their authority); false: the others.",
  })
  returned?: boolean;
}

@InputType()
export class ReportOrder {
  @Field(() => ReportOrderField) field!: ReportOrderField;
  @Field(() => OrderDirection) direction!: OrderDirection;
}

@InputType()
export class ReporterInput {
  @Field(() => String, { nullable: true, description: "Required when the report is not anonymous." }) name?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
}

@InputType()
export class SubmitReportInput {
  @Field(() => ReportKind) kind!: ReportKind;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true }) categoryId?: string;
  @Field(() => String, { nullable: true }) regionCode?: string;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput;
  @Field(() => Date, { nullable: true }) incidentDate?: Date;
  @Field() anonymous!: boolean;
  @Field() confidential!: boolean;
  @Field(() => ReporterInput, {
    nullable: true,
    description: "Needed when not signed in and not anonymous; optional contact for anonymous reporters.",
  })
  reporter?: ReporterInput;
  @Field(() => [ID], { nullable: true }) attachmentIds?: string[];
  @Field(() => Channel, { nullable: true }) channel?: Channel;
  @Field(() => String, { nullable: true }) idempotencyKey?: string;
}

@InputType()
export class VerifyReportInput {
  @Field(() => ID) reportId!: string;
  @Field(() => String, {
    nullable: true,
    description: "A clearer title written by the verifier; the reporter's original stays in the timeline.",
  })
  title?: string;
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind;
  @Field(() => ID) categoryId!: string;
  @Field(() => [ID]) agencyIds!: string[];
  @Field(() => String, { nullable: true }) instruction?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Make the report confidential (staff can raise privacy, never lower it).",
  })
  confidential?: boolean;
}

@InputType()
export class RequestInformationInput {
  @Field(() => ID) reportId!: string;
  @Field() question!: string;
}

@InputType()
export class RejectReportInput {
  @Field(() => ID) reportId!: string;
  @Field() reason!: string;
  @Field(() => RejectionReason, { nullable: true }) reasonCode?: RejectionReason;
}

@InputType()
export class MergeReportInput {
  @Field(() => ID) reportId!: string;
  @Field(() => ID) intoReportId!: string;
}

@InputType()
export class PostMessageInput {
  @Field(() => ID, { nullable: true }) reportId?: string;
  @Field(() => String, { nullable: true }) trackingId?: string;
  @Field(() => String, { nullable: true }) accessCode?: string;
  @Field() body!: string;
  @Field(() => MessageVisibility) visibility!: MessageVisibility;
  @Field(() => [ID], { nullable: true }) attachmentIds?: string[];
}

@InputType()
export class ConfirmResolutionInput {
  @Field() trackingId!: string;
  @Field(() => String, { nullable: true }) accessCode?: string;
  @Field(() => Int) score!: number;
  @Field(() => String, { nullable: true }) comment?: string;
}

@InputType()
export class DisputeResolutionInput {
  @Field() trackingId!: string;
  @Field(() => String, { nullable: true }) accessCode?: string;
  @Field() reason!: string;
}

@InputType()
export class SupportReportInput {
  @Field(() => ID) reportId!: string;
}

@InputType()
export class SetReportPrivacyInput {
  @Field(() => ID, { nullable: true }) reportId?: string;
  @Field(() => String, { nullable: true }) trackingId?: string;
  @Field(() => String, { nullable: true }) accessCode?: string;
  @Field(() => Boolean, { nullable: true }) anonymous?: boolean;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean;
}
