import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { runMutation } from "../common/mutation";
import type { Context } from "../context";
import { listDeliveries, listWebhooks, webhookByKey } from "./webhook.queries";
import * as webhooks from "./webhook.service";
import {
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookConnection,
  WebhookDeliveryConnection,
  WebhookIdInput,
  WebhookPayload,
  type WebhookRow,
  WebhookSecretPayload,
  WebhookType,
} from "./webhook.types";

/** Admins manage every webhook, agency admins their own agency's; the service checks, not the client. */
@Resolver(() => WebhookType)
export class WebhookResolver {
  @Query(() => WebhookConnection, { description: "Admins: all webhooks; agency admins: their agency's." })
  webhooks(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true }) last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
    @Arg("includeDeleted", () => Boolean, { nullable: true }) includeDeleted?: boolean,
  ) {
    const scope = webhooks.webhookScope(ctx.viewer);
    return listWebhooks(ctx.em, { ...scope, includeDeleted: includeDeleted ?? false }, { first, after, last, before });
  }

  @Query(() => WebhookDeliveryConnection, { description: "A webhook's delivery log, newest first." })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg("webhookId", () => ID) webhookId: string,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("last", () => Int, { nullable: true }) last?: number,
    @Arg("before", () => String, { nullable: true }) before?: string,
  ) {
    const id = await webhooks.requireWebhook(ctx, webhookId, "webhookId", true);
    return listDeliveries(ctx.em, id, { first, after, last, before });
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "Set: only this agency's events." })
  agency(@Root() w: WebhookRow, @Ctx() ctx: Context) {
    return w.agencyId ? ctx.loaders.agency.load(w.agencyId) : null;
  }

  @Mutation(() => WebhookSecretPayload)
  createWebhook(@Ctx() ctx: Context, @Arg("input", () => CreateWebhookInput) input: CreateWebhookInput) {
    return runMutation(
      async () => {
        const { webhookId, secret } = await webhooks.createWebhook(ctx, input);
        return { webhook: await webhookByKey(ctx.em, webhookId), secret };
      },
      { webhook: null, secret: null },
    );
  }

  @Mutation(() => WebhookPayload)
  updateWebhook(@Ctx() ctx: Context, @Arg("input", () => UpdateWebhookInput) input: UpdateWebhookInput) {
    return runMutation(
      async () => ({ webhook: await webhookByKey(ctx.em, await webhooks.updateWebhook(ctx, input)) }),
      {
        webhook: null,
      },
    );
  }

  @Mutation(() => WebhookPayload, { description: "Deactivates the webhook and hides it from lists; the log is kept." })
  deleteWebhook(@Ctx() ctx: Context, @Arg("input", () => WebhookIdInput) input: WebhookIdInput) {
    return runMutation(
      async () => ({ webhook: await webhookByKey(ctx.em, await webhooks.deleteWebhook(ctx, input.webhookId)) }),
      { webhook: null },
    );
  }

  @Mutation(() => WebhookSecretPayload, { description: "A new signing secret, shown once." })
  rotateWebhookSecret(@Ctx() ctx: Context, @Arg("input", () => WebhookIdInput) input: WebhookIdInput) {
    return runMutation(
      async () => {
        const { webhookId, secret } = await webhooks.rotateWebhookSecret(ctx, input.webhookId);
        return { webhook: await webhookByKey(ctx.em, webhookId), secret };
      },
      { webhook: null, secret: null },
    );
  }
}
