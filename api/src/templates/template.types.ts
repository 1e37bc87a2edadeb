import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../common/errors";

export enum MessageTemplateKind {
  REPLY = "REPLY",
  REJECTION = "REJECTION",
}
registerEnumType(MessageTemplateKind, {
  name: "MessageTemplateKind",
  valuesConfig: {
    REPLY: { description: "An agency's saved reply: its staff read them, its agency admins manage them." },
    REJECTION: { description: "A national rejection reason text: verifiers read them, admins manage them." },
  },
});

export interface TemplateRow {
  id: string;
  key: number;
  kind: MessageTemplateKind;
  title: string;
  body: string;
  agencyId: number | null;
  updatedAt: Date;
}

@ObjectType("MessageTemplate", { simpleResolvers: true, description: "Saved text for replies and rejections." })
export class MessageTemplateType {
  @Field(() => ID)
  id!: string;

  @Field(() => MessageTemplateKind)
  kind!: MessageTemplateKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field()
  updatedAt!: Date;
}

@InputType()
export class CreateMessageTemplateInput {
  @Field(() => MessageTemplateKind)
  kind!: MessageTemplateKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: "REPLY only: the agency (default: the agency admin's own). REJECTION templates have none.",
  })
  agencyId?: string | null;
}

@InputType()
export class UpdateMessageTemplateInput {
  @Field(() => ID)
  templateId!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;
}

@InputType()
export class MessageTemplateIdInput {
  @Field(() => ID)
  templateId!: string;
}

@ObjectType({ simpleResolvers: true })
export class MessageTemplatePayload {
  @Field(() => MessageTemplateType, { nullable: true }) template!: TemplateRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class DeleteMessageTemplatePayload {
  @Field(() => ID, { nullable: true }) deletedTemplateId!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
