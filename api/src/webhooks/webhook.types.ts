import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../common/errors";
import { Node } from "../common/node";
import { ConnectionType } from "../common/pagination";

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  valuesConfig: {
    PENDING: { description: "Not yet acknowledged; another attempt is scheduled (nextAttemptAt)." },
    DELIVERED: { description: "The receiver answered 2xx." },
    FAILED: { description: "No 2xx answer within the retry window (24 hours), or the webhook was deactivated." },
  },
});

export interface WebhookRow {
  __typename: "Webhook";
  id: string;
  key: number;
  url: string;
  description: string | null;
  eventTypes: string[];
  agencyId: number | null;
  active: boolean;
  createdAt: Date;
  deletedAt: Date | null;
}

@ObjectType("Webhook", {
  implements: Node,
  simpleResolvers: true,
  description:
    "A receiver of report events: POSTed JSON signed with HMAC-SHA256 (x-aduan-signature: t=<unix seconds>,v1=<hex " +
    "HMAC(secret, '<t>.<body>')>), retried with backoff for 24 hours; x-aduan-event-id is the idempotency key.",
})
export class WebhookType extends Node {
  @Field()
  url!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], { description: "Event types delivered (ReportEvent.type); empty means all." })
  eventTypes!: string[];

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "Set when the webhook was deleted; its delivery log is kept." })
  deletedAt!: Date | null;
}

export const WebhookConnection = ConnectionType("Webhook", WebhookType);

export interface WebhookDeliveryRow {
  __typename: "WebhookDelivery";
  id: string;
  key: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  firstAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

@ObjectType("WebhookDelivery", { implements: Node, simpleResolvers: true })
export class WebhookDeliveryType extends Node {
  @Field(() => ID, { description: "The ReportEvent delivered (the x-aduan-event-id header)." })
  eventId!: string;

  @Field()
  eventType!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last answer; null when none came." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  firstAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field()
  createdAt!: Date;
}

export const WebhookDeliveryConnection = ConnectionType("WebhookDelivery", WebhookDeliveryType);

@InputType()
export class CreateWebhookInput {
  @Field({ description: "Where events are POSTed: http(s); https in production." })
  url!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "ReportEvent types to deliver; empty or omitted: all." })
  eventTypes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only events of reports this agency (or a unit) handles, internal ones and content included. Agency admins " +
      "always get their own agency. Omitted by an admin: every report's events but internal ones, with tracking ID " +
      "and content only of publicly listed reports (verified, not confidential).",
  })
  agencyId?: string | null;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  webhookId!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  eventTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class WebhookIdInput {
  @Field(() => ID)
  webhookId!: string;
}

@ObjectType({ simpleResolvers: true })
export class WebhookPayload {
  @Field(() => WebhookType, { nullable: true }) webhook!: WebhookRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
export class WebhookSecretPayload {
  @Field(() => WebhookType, { nullable: true }) webhook!: WebhookRow | null;
  @Field(() => String, {
    nullable: true,
    description: "Shown once: the key of x-aduan-signature. Store it at the receiver; it cannot be read again.",
  })
  secret!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
