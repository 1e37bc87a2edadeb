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
    "\n  fragment InboxDisposition on Disposition {\n    id\n    status\n    dueAt\n    overdue\n    escalation\n    createdAt\n    agency {\n      id\n      name\n    }\n    report {\n      id\n      trackingId\n      title\n      kind\n      status\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InboxDispositionFragmentDoc,
    "\n  query AgencyInbox($first: Int!, $after: String, $filter: DispositionFilter, $orderBy: DispositionOrder) {\n    dispositions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxDisposition\n        }\n      }\n    }\n  }\n": typeof types.AgencyInboxDocument,
    "\n  subscription DispositionUpdates {\n    dispositionUpdates {\n      ...InboxDisposition\n    }\n  }\n": typeof types.DispositionUpdatesDocument,
    "\n  query InboxCategories {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.InboxCategoriesDocument,
    "\n  query InboxRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.InboxRegionsDocument,
    "\n  mutation AcceptDisposition($input: DispositionActionInput!) {\n    acceptDisposition(input: $input) {\n      disposition {\n        id\n        status\n        acceptedAt\n        report {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AcceptDispositionDocument,
};
const documents: Documents = {
    "\n  fragment InboxDisposition on Disposition {\n    id\n    status\n    dueAt\n    overdue\n    escalation\n    createdAt\n    agency {\n      id\n      name\n    }\n    report {\n      id\n      trackingId\n      title\n      kind\n      status\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.InboxDispositionFragmentDoc,
    "\n  query AgencyInbox($first: Int!, $after: String, $filter: DispositionFilter, $orderBy: DispositionOrder) {\n    dispositions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxDisposition\n        }\n      }\n    }\n  }\n": types.AgencyInboxDocument,
    "\n  subscription DispositionUpdates {\n    dispositionUpdates {\n      ...InboxDisposition\n    }\n  }\n": types.DispositionUpdatesDocument,
    "\n  query InboxCategories {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n": types.InboxCategoriesDocument,
    "\n  query InboxRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n": types.InboxRegionsDocument,
    "\n  mutation AcceptDisposition($input: DispositionActionInput!) {\n    acceptDisposition(input: $input) {\n      disposition {\n        id\n        status\n        acceptedAt\n        report {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AcceptDispositionDocument,
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
export function graphql(source: "\n  fragment InboxDisposition on Disposition {\n    id\n    status\n    dueAt\n    overdue\n    escalation\n    createdAt\n    agency {\n      id\n      name\n    }\n    report {\n      id\n      trackingId\n      title\n      kind\n      status\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InboxDisposition on Disposition {\n    id\n    status\n    dueAt\n    overdue\n    escalation\n    createdAt\n    agency {\n      id\n      name\n    }\n    report {\n      id\n      trackingId\n      title\n      kind\n      status\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyInbox($first: Int!, $after: String, $filter: DispositionFilter, $orderBy: DispositionOrder) {\n    dispositions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxDisposition\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyInbox($first: Int!, $after: String, $filter: DispositionFilter, $orderBy: DispositionOrder) {\n    dispositions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxDisposition\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DispositionUpdates {\n    dispositionUpdates {\n      ...InboxDisposition\n    }\n  }\n"): (typeof documents)["\n  subscription DispositionUpdates {\n    dispositionUpdates {\n      ...InboxDisposition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCategories {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxCategories {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query InboxRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptDisposition($input: DispositionActionInput!) {\n    acceptDisposition(input: $input) {\n      disposition {\n        id\n        status\n        acceptedAt\n        report {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptDisposition($input: DispositionActionInput!) {\n    acceptDisposition(input: $input) {\n      disposition {\n        id\n        status\n        acceptedAt\n        report {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;