import { Field, ObjectType } from "type-graphql";
import { AuthorRole, MessageVisibility } from "../common/enums";
import { Node } from "../common/node";
import { ConnectionType } from "../common/pagination";

export interface MessageRow {
  __typename: "Message";
  id: string;
  key: number;
  reportId: number;
  body: string;
  authorRole: AuthorRole;
  staffName: string | null;
  agencyName: string | null;
  visibility: MessageVisibility;
  createdAt: Date;
  /** The viewer may see staff names (handling agency or verifier). */
  can_internal: boolean;
}

@ObjectType("Message", { implements: Node, simpleResolvers: true })
export class MessageType extends Node {
  @Field()
  body!: string;

  @Field(() => AuthorRole)
  authorRole!: AuthorRole;

  @Field(() => MessageVisibility)
  visibility!: MessageVisibility;

  @Field()
  createdAt!: Date;
}

export const MessageConnection = ConnectionType("Message", MessageType);
