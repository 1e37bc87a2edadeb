import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { signedAttachmentPath } from "./attachment.links";
import { type AttachmentRow, AttachmentType } from "./attachment.types";

@Resolver(() => AttachmentType)
export class AttachmentResolver {
  /** A short-lived signed link; attachments only reach here through a parent the viewer may see. */
  @FieldResolver(() => String)
  url(@Root() a: AttachmentRow, @Ctx() ctx: Context) {
    const path = signedAttachmentPath(ctx.config.keys, a.key);
    return ctx.config.PUBLIC_URL ? new URL(path, ctx.config.PUBLIC_URL).toString() : path;
  }
}
