import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Role } from "../common/enums";
import { UserError } from "../common/errors";
import { type UserRow, UserType } from "../users/user.types";

@InputType()
export class CreateStaffUserInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => ID, { description: "The agency or unit the account works for." })
  agencyId!: string;
  @Field(() => Role, { description: "AGENCY_OPERATOR or AGENCY_ADMIN." })
  role!: Role;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID) userId!: string;
  @Field() disabled!: boolean;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID) userId!: string;
  @Field(() => [Role], {
    description: "The national roles the user should have (VERIFIER, ADMIN, ANALYST); their other roles are kept.",
  })
  roles!: Role[];
}

@ObjectType({ simpleResolvers: true })
export class CreateStaffUserPayload {
  @Field(() => UserType, { nullable: true }) user!: UserRow | null;
  @Field(() => String, {
    nullable: true,
    description: "Shown once: hand it to the person, who signs in with it. It cannot be read again.",
  })
  initialPassword!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class StaffUserPayload {
  @Field(() => UserType, { nullable: true }) user!: UserRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
