import "reflect-metadata";
import { createPubSub } from "@graphql-yoga/subscription";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { AgencyAdminResolver, CategoryAdminResolver } from "./admin/admin.resolver";
import { AgencyResolver } from "./agencies/agency.resolver";
import { AttachmentResolver } from "./attachments/attachment.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { CategoryResolver } from "./categories/category.resolver";
import { NodeResolver } from "./common/node.resolver";
import { DispositionResolver } from "./dispositions/disposition.resolver";
import { LiveResolver } from "./live/live.resolver";
import { MessageResolver } from "./messages/message.resolver";
import { NotificationResolver } from "./notifications/notification.resolver";
import { PresenceResolver } from "./presence/presence.resolver";
import { RegionResolver } from "./regions/region.resolver";
import { ReportMutations } from "./reports/report.mutations";
import { ReportResolver } from "./reports/report.resolver";
import { ReportEventResolver } from "./reports/report-event.resolver";
import { ServiceLevelResolver } from "./service-levels/service-level.resolver";
import { SimilarResolver } from "./similar/similar.resolver";
import { StaffResolver } from "./staff/staff.resolver";
import { StatisticsResolver } from "./statistics/statistics.resolver";
import { TemplateResolver } from "./templates/template.resolver";
import { UserResolver } from "./users/user.resolver";
import { WebhookResolver } from "./webhooks/webhook.resolver";

export const resolvers = [
  NodeResolver,
  ReportResolver,
  ReportMutations,
  ReportEventResolver,
  DispositionResolver,
  MessageResolver,
  AttachmentResolver,
  AgencyResolver,
  CategoryResolver,
  RegionResolver,
  UserResolver,
  WebhookResolver,
  NotificationResolver,
  LiveResolver,
  StatisticsResolver,
  ServiceLevelResolver,
  SimilarResolver,
  AuditResolver,
  TemplateResolver,
  StaffResolver,
  PresenceResolver,
  AgencyAdminResolver,
  CategoryAdminResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/**
 * One schema per process (type-graphql metadata is global). Every object type is declared with
 * `simpleResolvers: true`: plain property fields use graphql-js's default resolver instead of type-graphql's
 * middleware wrapper (we use no middlewares; access rules live in field resolvers and SQL), which is most of the
 * per-field cost on a 50-row inbox.
 */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: false,
    // The contract's DateTime (type-graphql 2 would call it DateTimeISO).
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // type-graphql insists on a PubSub; every subscription here brings its own `subscribe` (live/live.resolver.ts).
    pubSub: createPubSub(),
  });
  return built;
}

/** schema.graphql as committed: sorted, so diffs stay readable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
