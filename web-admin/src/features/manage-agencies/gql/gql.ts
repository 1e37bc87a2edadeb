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
    "\n  fragment ManagedAgencyFields on Agency {\n    id\n    name\n    kind\n    connected\n    contactEmail\n    requiresApproval\n    region {\n      id\n      code\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.ManagedAgencyFieldsFragmentDoc,
    "\n  query ManageAgencies($parentId: ID, $topLevel: Boolean, $search: String, $first: Int!, $after: String) {\n    agencies(parentId: $parentId, topLevel: $topLevel, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedAgencyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ManageAgenciesDocument,
    "\n  query ManageRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ManageRegionsDocument,
    "\n  mutation ManageCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageCreateAgencyDocument,
    "\n  mutation ManageUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageUpdateAgencyDocument,
};
const documents: Documents = {
    "\n  fragment ManagedAgencyFields on Agency {\n    id\n    name\n    kind\n    connected\n    contactEmail\n    requiresApproval\n    region {\n      id\n      code\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n": types.ManagedAgencyFieldsFragmentDoc,
    "\n  query ManageAgencies($parentId: ID, $topLevel: Boolean, $search: String, $first: Int!, $after: String) {\n    agencies(parentId: $parentId, topLevel: $topLevel, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedAgencyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ManageAgenciesDocument,
    "\n  query ManageRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n": types.ManageRegionsDocument,
    "\n  mutation ManageCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageCreateAgencyDocument,
    "\n  mutation ManageUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageUpdateAgencyDocument,
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
export function graphql(source: "\n  fragment ManagedAgencyFields on Agency {\n    id\n    name\n    kind\n    connected\n    contactEmail\n    requiresApproval\n    region {\n      id\n      code\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ManagedAgencyFields on Agency {\n    id\n    name\n    kind\n    connected\n    contactEmail\n    requiresApproval\n    region {\n      id\n      code\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageAgencies($parentId: ID, $topLevel: Boolean, $search: String, $first: Int!, $after: String) {\n    agencies(parentId: $parentId, topLevel: $topLevel, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedAgencyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ManageAgencies($parentId: ID, $topLevel: Boolean, $search: String, $first: Int!, $after: String) {\n    agencies(parentId: $parentId, topLevel: $topLevel, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ManagedAgencyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ManageRegions($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...ManagedAgencyFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;