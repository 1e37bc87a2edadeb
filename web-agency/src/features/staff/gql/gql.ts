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
    "\n  query AgencyStaff($agencyId: ID!) {\n    agencyStaff(agencyId: $agencyId, includeUnits: true) {\n      id\n      name\n      email\n      roles\n      disabled\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgencyStaffDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      initialPassword\n      user {\n        id\n        name\n        email\n        roles\n        disabled\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SetUserDisabledDocument,
};
const documents: Documents = {
    "\n  query AgencyStaff($agencyId: ID!) {\n    agencyStaff(agencyId: $agencyId, includeUnits: true) {\n      id\n      name\n      email\n      roles\n      disabled\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.AgencyStaffDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      initialPassword\n      user {\n        id\n        name\n        email\n        roles\n        disabled\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SetUserDisabledDocument,
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
export function graphql(source: "\n  query AgencyStaff($agencyId: ID!) {\n    agencyStaff(agencyId: $agencyId, includeUnits: true) {\n      id\n      name\n      email\n      roles\n      disabled\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyStaff($agencyId: ID!) {\n    agencyStaff(agencyId: $agencyId, includeUnits: true) {\n      id\n      name\n      email\n      roles\n      disabled\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      initialPassword\n      user {\n        id\n        name\n        email\n        roles\n        disabled\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      initialPassword\n      user {\n        id\n        name\n        email\n        roles\n        disabled\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;