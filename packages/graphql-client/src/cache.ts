import { InMemoryCache, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

/**
 * Types implementing the `Node` interface, so fragments on `Node` match from the cache. cache.test.ts compares
 * this list with schema.graphql.
 */
export const possibleTypes: Record<string, string[]> = {
  Node: [
    "Agency",
    "Attachment",
    "Category",
    "Disposition",
    "Message",
    "Notification",
    "Region",
    "Report",
    "ReportEvent",
    "User",
    "Webhook",
    "WebhookDelivery",
  ],
};

/**
 * Cursor connections are cached per filter and order, and `fetchMore({ variables: { after } })` appends pages.
 * relayStylePagination merges `edges` (and keeps `pageInfo` and `totalCount`): page through connections by
 * selecting `edges { cursor node { ... } }`, not `nodes`, which would only hold the last page.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      reports: relayStylePagination(["filter", "orderBy"]),
      dispositions: relayStylePagination(["filter", "orderBy"]),
      agencies: relayStylePagination(["parentId", "regionCode", "search", "topLevel"]),
      users: relayStylePagination(["filter"]),
      webhooks: relayStylePagination(["includeDeleted"]),
      webhookDeliveries: relayStylePagination(["webhookId"]),
    },
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies, possibleTypes });
}
