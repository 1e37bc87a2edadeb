import { Field, InputType, ObjectType } from "type-graphql";
import { Role } from "../common/enums";
import { UserError } from "../common/errors";
import { Node } from "../common/node";

export interface UserRow {
  __typename: "User";
  id: string;
  key: number;
  name: string;
  email: string;
  roles: Role[];
  agencyId: number | null;
  /** Set on the user a logIn or signUp just authenticated: that answer may show them their own email. */
  self?: boolean;
}

@ObjectType("User", { implements: Node, simpleResolvers: true })
export class UserType extends Node {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [Role])
  roles!: Role[];
}

@InputType()
export class LogInInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class SignUpInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field() password!: string;
  @Field(() => String, { nullable: true }) phone?: string;
}

@ObjectType({ simpleResolvers: true })
export class AuthPayload {
  @Field(() => String, { nullable: true }) token!: string | null;
  @Field(() => UserType, { nullable: true }) user!: UserRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class LogOutPayload {
  @Field() ok!: boolean;
}
