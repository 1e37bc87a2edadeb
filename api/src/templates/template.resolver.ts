import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { runMutation } from "../common/mutation";
import type { Context } from "../context";
import * as templates from "./template.service";
import {
  CreateMessageTemplateInput,
  DeleteMessageTemplatePayload,
  MessageTemplateIdInput,
  MessageTemplateKind,
  MessageTemplatePayload,
  MessageTemplateType,
  type TemplateRow,
  UpdateMessageTemplateInput,
} from "./template.types";

/** Saved replies (agencies) and rejection texts (national); the service checks who may read and manage them. */
@Resolver(() => MessageTemplateType)
export class TemplateResolver {
  @Query(() => [MessageTemplateType], {
    description:
      "REPLY: the agency staff's own agency's and its parents' (agencyId: one agency of their subtree; admins: any). " +
      "REJECTION: verifiers and admins. Sorted by title.",
  })
  messageTemplates(
    @Ctx() ctx: Context,
    @Arg("kind", () => MessageTemplateKind) kind: MessageTemplateKind,
    @Arg("agencyId", () => ID, { nullable: true }) agencyId?: string | null,
  ) {
    return templates.listTemplates(ctx, kind, agencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "The agency of a REPLY template." })
  agency(@Root() t: TemplateRow, @Ctx() ctx: Context) {
    return t.agencyId ? ctx.loaders.agency.load(t.agencyId) : null;
  }

  @Mutation(() => MessageTemplatePayload, {
    description: "REPLY: agency admins (their agency or its units) and admins; REJECTION: admins.",
  })
  createMessageTemplate(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateMessageTemplateInput) input: CreateMessageTemplateInput,
  ) {
    return runMutation(
      async () => ({ template: await templates.templateByKey(ctx.em, await templates.createTemplate(ctx, input)) }),
      { template: null },
    );
  }

  @Mutation(() => MessageTemplatePayload)
  updateMessageTemplate(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateMessageTemplateInput) input: UpdateMessageTemplateInput,
  ) {
    return runMutation(
      async () => ({ template: await templates.templateByKey(ctx.em, await templates.updateTemplate(ctx, input)) }),
      { template: null },
    );
  }

  @Mutation(() => DeleteMessageTemplatePayload)
  deleteMessageTemplate(
    @Ctx() ctx: Context,
    @Arg("input", () => MessageTemplateIdInput) input: MessageTemplateIdInput,
  ) {
    return runMutation(async () => ({ deletedTemplateId: await templates.deleteTemplate(ctx, input.templateId) }), {
      deletedTemplateId: null,
    });
  }
}
