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
    "\n  query ReplyTemplates {\n    messageTemplates(kind: REPLY) {\n      id\n      title\n      body\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReplyTemplatesDocument,
    "\n  mutation CreateReplyTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateReplyTemplateDocument,
    "\n  mutation UpdateReplyTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateReplyTemplateDocument,
    "\n  mutation DeleteReplyTemplate($input: MessageTemplateIdInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.DeleteReplyTemplateDocument,
};
const documents: Documents = {
    "\n  query ReplyTemplates {\n    messageTemplates(kind: REPLY) {\n      id\n      title\n      body\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.ReplyTemplatesDocument,
    "\n  mutation CreateReplyTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateReplyTemplateDocument,
    "\n  mutation UpdateReplyTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.UpdateReplyTemplateDocument,
    "\n  mutation DeleteReplyTemplate($input: MessageTemplateIdInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.DeleteReplyTemplateDocument,
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
export function graphql(source: "\n  query ReplyTemplates {\n    messageTemplates(kind: REPLY) {\n      id\n      title\n      body\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplyTemplates {\n    messageTemplates(kind: REPLY) {\n      id\n      title\n      body\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReplyTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReplyTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReplyTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReplyTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        id\n        title\n        body\n        updatedAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReplyTemplate($input: MessageTemplateIdInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteReplyTemplate($input: MessageTemplateIdInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;