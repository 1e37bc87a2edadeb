import crypto from "node:crypto";
import { z } from "zod";
import { encrypt } from "../common/crypto";
import { EventType } from "../common/enums";
import { forbidden, notFound, unauthenticated, userError } from "../common/errors";
import { decodeId } from "../common/ids";
import { query, sql } from "../common/sql";
import { validate } from "../common/validation";
import { isAdmin, isAgencyAdmin, type Viewer } from "../common/viewer";
import type { Context } from "../context";
import type { CreateWebhookInput, UpdateWebhookInput } from "./webhook.types";

const KNOWN_EVENTS = new Set<string>(Object.values(EventType));

/**
 * Who manages webhooks: admins all of them, agency admins their own agency's. Everyone else is refused outright:
 * FORBIDDEN (signed in) or UNAUTHENTICATED.
 */
export function webhookScope(viewer: Viewer): { agencyId?: number } {
  if (!viewer.userId) throw unauthenticated();
  if (isAdmin(viewer)) return {};
  if (isAgencyAdmin(viewer) && viewer.agencyId != null) return { agencyId: viewer.agencyId };
  throw forbidden("Only admins and agency admins manage webhooks");
}

/** A webhook the viewer manages, or NOT_FOUND (another agency's webhook is not revealed). */
export async function requireWebhook(ctx: Context, webhookId: string, field: string, allowDeleted = false) {
  const scope = webhookScope(ctx.viewer);
  const key = decodeId(webhookId, "Webhook", field);
  const [w] = await query<{ id: number }>(
    ctx.em,
    sql`select id from webhook where id = ${key}
      and (${scope.agencyId ?? null}::int is null or agency_id = ${scope.agencyId ?? null}::int)
      ${allowDeleted ? sql`` : sql`and deleted_at is null`}`,
  );
  if (!w) throw notFound("No such webhook");
  return w.id;
}

const url = (production: boolean) =>
  z
    .string()
    .trim()
    .max(2000, "The URL must be at most 2000 characters")
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "Enter an http:// or https:// URL")
    .refine((u) => !production || !URL.canParse(u) || new URL(u).protocol === "https:", "Use an https:// URL");

const eventTypes = z
  .array(z.string())
  .max(50, "At most 50 event types")
  .transform((a) => [...new Set(a)])
  .superRefine((types, c) => {
    const unknown = types.filter((t) => !KNOWN_EVENTS.has(t));
    if (unknown.length) c.addIssue({ code: "custom", message: `Unknown event types: ${unknown.join(", ")}` });
  });

const description = z.string().trim().max(500, "The description must be at most 500 characters");

const newSecret = () => `whsec_${crypto.randomBytes(32).toString("base64url")}`;

export async function createWebhook(
  ctx: Context,
  input: CreateWebhookInput,
): Promise<{ webhookId: number; secret: string }> {
  const scope = webhookScope(ctx.viewer);
  let agencyId = input.agencyId ? decodeId(input.agencyId, "Agency", "input.agencyId") : null;
  if (scope.agencyId !== undefined) {
    // An agency admin's webhooks are always their agency's: they may not subscribe to everyone's events.
    if (agencyId != null && agencyId !== scope.agencyId)
      throw forbidden("Agency admins manage their own agency's webhooks");
    agencyId = scope.agencyId;
  }
  const v = validate(
    z.object({
      url: url(ctx.config.NODE_ENV === "production"),
      description: description.nullish(),
      eventTypes: eventTypes.nullish(),
    }),
    input,
  );
  if (agencyId != null) {
    const [a] = await query(ctx.em, sql`select 1 from agency where id = ${agencyId}`);
    if (!a) throw userError("NOT_FOUND", "No such agency", ["input", "agencyId"]);
  }
  const secret = newSecret();
  const [row] = await query<{ id: number }>(
    ctx.em,
    sql`insert into webhook (url, description, secret_sealed, event_types, agency_id, created_by)
      values (${v.url}, ${v.description || null}, ${encrypt(ctx.config.keys, secret)}, ${v.eventTypes ?? []}::text[],
        ${agencyId}, ${ctx.viewer.userId}) returning id`,
  );
  return { webhookId: row.id, secret };
}

export async function updateWebhook(ctx: Context, input: UpdateWebhookInput): Promise<number> {
  const id = await requireWebhook(ctx, input.webhookId, "input.webhookId");
  const v = validate(
    z.object({
      url: url(ctx.config.NODE_ENV === "production").nullish(),
      description: description.nullish(),
      eventTypes: eventTypes.nullish(),
      active: z.boolean().nullish(),
    }),
    input,
  );
  // Omitted (or null) fields stay as they are; an empty description clears it.
  await query(
    ctx.em,
    sql`update webhook set url = coalesce(${v.url ?? null}, url),
      description = case when ${v.description ?? null}::text is null then description else nullif(${v.description ?? null}::text, '') end,
      event_types = coalesce(${v.eventTypes ?? null}::text[], event_types),
      active = coalesce(${v.active ?? null}::boolean, active), updated_at = now()
      where id = ${id}`,
  );
  return id;
}

/** Soft: the webhook stops and leaves the lists; its delivery log stays readable. */
export async function deleteWebhook(ctx: Context, webhookId: string): Promise<number> {
  const id = await requireWebhook(ctx, webhookId, "input.webhookId");
  await query(ctx.em, sql`update webhook set active = false, deleted_at = now(), updated_at = now() where id = ${id}`);
  return id;
}

/** A new secret, shown once; deliveries from now on are signed with it. */
export async function rotateWebhookSecret(
  ctx: Context,
  webhookId: string,
): Promise<{ webhookId: number; secret: string }> {
  const id = await requireWebhook(ctx, webhookId, "input.webhookId");
  const secret = newSecret();
  await query(
    ctx.em,
    sql`update webhook set secret_sealed = ${encrypt(ctx.config.keys, secret)}, updated_at = now() where id = ${id}`,
  );
  return { webhookId: id, secret };
}
