/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ManagedWebhookFields on Webhook {\n    id\n    url\n    description\n    eventTypes\n    active\n    createdAt\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.ManagedWebhookFieldsFragmentDoc,
    "\n  query ManageWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedWebhookFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ManageWebhooksDocument,
    "\n  query ManageWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attempts\n          createdAt\n          deliveredAt\n          lastStatusCode\n          lastError\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ManageWebhookDeliveriesDocument,
    "\n  mutation ManageCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageCreateWebhookDocument,
    "\n  mutation ManageUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageUpdateWebhookDocument,
    "\n  mutation ManageRotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageRotateWebhookSecretDocument,
    "\n  mutation ManageDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input) {\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageDeleteWebhookDocument,
};
const documents: Documents = {
    "\n  fragment ManagedWebhookFields on Webhook {\n    id\n    url\n    description\n    eventTypes\n    active\n    createdAt\n    agency {\n      id\n      name\n    }\n  }\n": types.ManagedWebhookFieldsFragmentDoc,
    "\n  query ManageWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedWebhookFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ManageWebhooksDocument,
    "\n  query ManageWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attempts\n          createdAt\n          deliveredAt\n          lastStatusCode\n          lastError\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ManageWebhookDeliveriesDocument,
    "\n  mutation ManageCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageCreateWebhookDocument,
    "\n  mutation ManageUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageUpdateWebhookDocument,
    "\n  mutation ManageRotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageRotateWebhookSecretDocument,
    "\n  mutation ManageDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input) {\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageDeleteWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedWebhookFields on Webhook {\n    id\n    url\n    description\n    eventTypes\n    active\n    createdAt\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ManagedWebhookFields on Webhook {\n    id\n    url\n    description\n    eventTypes\n    active\n    createdAt\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedWebhookFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ManageWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedWebhookFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attempts\n          createdAt\n          deliveredAt\n          lastStatusCode\n          lastError\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ManageWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attempts\n          createdAt\n          deliveredAt\n          lastStatusCode\n          lastError\n          nextAttemptAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      webhook {\n        ...ManagedWebhookFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageRotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input) {\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input) {\n      webhook {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;