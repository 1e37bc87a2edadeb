import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node";

export interface AttachmentRow {
  __typename: "Attachment";
  id: string;
  key: string;
  reportId: number | null;
  messageId: number | null;
  fileName: string;
  contentType: string;
  size: number;
}

@ObjectType("Attachment", { implements: Node, simpleResolvers: true })
export class AttachmentType extends Node {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  size!: number;
}
