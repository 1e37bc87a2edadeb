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
    "\n  fragment UnitFields on Agency {\n    id\n    name\n    kind\n    requiresApproval\n    contactEmail\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query OwnAgency($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.OwnAgencyDocument,
    "\n  query AgencyUnits($parentId: ID!, $first: Int, $after: String) {\n    agencies(parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UnitFields\n        }\n      }\n    }\n  }\n": typeof types.AgencyUnitsDocument,
    "\n  mutation CreateUnit($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateUnitDocument,
};
const documents: Documents = {
    "\n  fragment UnitFields on Agency {\n    id\n    name\n    kind\n    requiresApproval\n    contactEmail\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query OwnAgency($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...UnitFields\n      }\n    }\n  }\n": types.OwnAgencyDocument,
    "\n  query AgencyUnits($parentId: ID!, $first: Int, $after: String) {\n    agencies(parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UnitFields\n        }\n      }\n    }\n  }\n": types.AgencyUnitsDocument,
    "\n  mutation CreateUnit($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.UpdateUnitDocument,
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
export function graphql(source: "\n  fragment UnitFields on Agency {\n    id\n    name\n    kind\n    requiresApproval\n    contactEmail\n  }\n"): (typeof documents)["\n  fragment UnitFields on Agency {\n    id\n    name\n    kind\n    requiresApproval\n    contactEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnAgency($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...UnitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnAgency($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...UnitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyUnits($parentId: ID!, $first: Int, $after: String) {\n    agencies(parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UnitFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyUnits($parentId: ID!, $first: Int, $after: String) {\n    agencies(parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UnitFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...UnitFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;