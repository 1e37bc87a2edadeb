import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AttachmentType } from "../attachments/attachment.types";
import { AuthorRole } from "../common/enums";
import { isStaff } from "../common/viewer";
import type { Context } from "../context";
import { type MessageRow, MessageType } from "./message.types";

@Resolver(() => MessageType)
export class MessageResolver {
  /** Staff see the person; others see the agency. A reporter's message never carries a name. */
  @FieldResolver(() => String, { nullable: true })
  authorName(@Root() m: MessageRow, @Ctx() ctx: Context) {
    if (m.authorRole === AuthorRole.REPORTER || m.authorRole === AuthorRole.SYSTEM) return null;
    if (m.can_internal && isStaff(ctx.viewer)) return m.staffName;
    return m.agencyName ?? (m.authorRole === AuthorRole.AGENCY ? null : "Verifikator Aduan");
  }

  @FieldResolver(() => [AttachmentType])
  attachments(@Root() m: MessageRow, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfMessage.load(m.key);
  }
}
