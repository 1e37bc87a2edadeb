import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ReportKind } from "../common/enums";
import { UserError } from "../common/errors";
import { type DispositionRow, DispositionType } from "../dispositions/disposition.types";
import { ServiceLevelStep } from "./service-levels";

export interface HolidayRow {
  date: string;
  name: string;
}

@ObjectType("Holiday", {
  simpleResolvers: true,
  description: "A national holiday (hari libur nasional): not a working day for any deadline.",
})
export class HolidayType {
  @Field({ description: "The day in the Asia/Jakarta calendar, YYYY-MM-DD." })
  date!: string;

  @Field()
  name!: string;
}

export interface ServiceLevelRow {
  id: string;
  key: number;
  step: ServiceLevelStep;
  kind: ReportKind | null;
  agencyId: number | null;
  workingDays: number;
  updatedAt: Date;
}

@ObjectType("ServiceLevel", {
  simpleResolvers: true,
  description:
    "A stored working-day setting. Where several apply, the most specific wins: the agency's own (kind, then any " +
    "kind), else its parent agency's, and so on up; then any agency for the kind; then the national default. " +
    "Steps without a stored row use their built-in default (see ServiceLevelStep).",
})
export class ServiceLevelType {
  @Field(() => ID)
  id!: string;

  @Field(() => ServiceLevelStep)
  step!: ServiceLevelStep;

  @Field(() => ReportKind, { nullable: true, description: "Null: every kind." })
  kind!: ReportKind | null;

  @Field(() => Int)
  workingDays!: number;

  @Field()
  updatedAt!: Date;
}

@InputType()
export class SetHolidayInput {
  @Field({ description: "YYYY-MM-DD (Asia/Jakarta)." }) date!: string;
  @Field() name!: string;
}

@InputType()
export class RemoveHolidayInput {
  @Field({ description: "YYYY-MM-DD (Asia/Jakarta)." }) date!: string;
}

@InputType()
export class SetServiceLevelInput {
  @Field(() => ServiceLevelStep) step!: ServiceLevelStep;
  @Field(() => ReportKind, { nullable: true, description: "Omit for every kind." }) kind?: ReportKind | null;
  @Field(() => ID, { nullable: true, description: "Omit for every agency (the national setting)." })
  agencyId?: string | null;
  @Field(() => Int, { description: "1 to 60 working days." }) workingDays!: number;
}

@InputType()
export class RemoveServiceLevelInput {
  @Field(() => ServiceLevelStep) step!: ServiceLevelStep;
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
}

@InputType()
export class ExtendDispositionInput {
  @Field(() => ID) dispositionId!: string;
  @Field({
    description: "Why more time is needed; shown to the reporter with the new deadline (10 to 2000 characters).",
  })
  reason!: string;
}

@ObjectType({ simpleResolvers: true })
export class SetHolidayPayload {
  @Field(() => HolidayType, { nullable: true }) holiday!: HolidayRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class RemoveHolidayPayload {
  @Field(() => HolidayType, { nullable: true, description: "The holiday that was removed." })
  holiday!: HolidayRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class SetServiceLevelPayload {
  @Field(() => ServiceLevelType, { nullable: true }) serviceLevel!: ServiceLevelRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class RemoveServiceLevelPayload {
  @Field(() => ServiceLevelType, { nullable: true, description: "The setting that was removed." })
  serviceLevel!: ServiceLevelRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class ExtendDispositionPayload {
  @Field(() => DispositionType, { nullable: true }) disposition!: DispositionRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
