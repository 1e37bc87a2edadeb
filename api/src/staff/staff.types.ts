import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Role } from "../common/enums";
import { UserError } from "../common/errors";
import { ConnectionType } from "../common/pagination";
import { type UserRow, UserType } from "../users/user.types";

@InputType()
export class CreateStaffUserInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The agency or unit the account works for; omitted (admins only) for national staff.",
  })
  agencyId?: string | null;
  @Field(() => Role, {
    description: "AGENCY_OPERATOR or AGENCY_ADMIN with an agency; VERIFIER, ADMIN or ANALYST without one.",
  })
  role!: Role;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or the email." })
  search?: string | null;
  @Field(() => [Role], { nullable: true, description: "Users with any of these roles." })
  roles?: Role[] | null;
  @Field(() => ID, { nullable: true, description: "Staff of this agency (not of its units)." })
  agencyId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "true: only disabled accounts; false: only active ones." })
  disabled?: boolean | null;
}

export const UserConnection = ConnectionType("User", UserType);

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
