import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { AgencyRow } from "../agencies/agency.types";
import { AgencyType } from "../agencies/agency.types";
import type { CategoryRow } from "../categories/category.types";
import { CategoryType } from "../categories/category.types";
import { AgencyKind } from "../common/enums";
import { UserError } from "../common/errors";

@InputType()
export class CreateAgencyInput {
  @Field() name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
  @Field(() => ID, { nullable: true, description: "The agency this one is a unit of." }) parentId?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true }) connected?: boolean | null;
  @Field(() => Boolean, { nullable: true }) requiresApproval?: boolean | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}

@InputType({ description: "Omitted fields stay as they are; null clears parentId, regionCode and contactEmail." })
export class UpdateAgencyInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true }) connected?: boolean | null;
  @Field(() => Boolean, { nullable: true }) requiresApproval?: boolean | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}

@InputType()
export class CreateCategoryInput {
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: "Guidance for verifiers on where such reports go." })
  routingHint?: string | null;
  @Field(() => ID, { nullable: true, description: "The agency verifiers are offered first." })
  defaultAgencyId?: string | null;
}

@InputType({ description: "Omitted fields stay as they are; null clears parentId, routingHint and defaultAgencyId." })
export class UpdateCategoryInput {
  @Field(() => ID) categoryId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) routingHint?: string | null;
  @Field(() => ID, { nullable: true }) defaultAgencyId?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class AgencyPayload {
  @Field(() => AgencyType, { nullable: true }) agency!: AgencyRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class CategoryPayload {
  @Field(() => CategoryType, { nullable: true }) category!: CategoryRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
