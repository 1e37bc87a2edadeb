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
    "\n  query Holidays($previous: Int!, $current: Int!, $next: Int!) {\n    previous: holidays(year: $previous) {\n      date\n    }\n    current: holidays(year: $current) {\n      date\n    }\n    next: holidays(year: $next) {\n      date\n    }\n  }\n": typeof types.HolidaysDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query SessionViewer {\n    viewer {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  mutation SessionLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        ...SessionUser\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SessionLogInDocument,
    "\n  mutation SessionLogOut {\n    logOut {\n      ok\n    }\n  }\n": typeof types.SessionLogOutDocument,
};
const documents: Documents = {
    "\n  query Holidays($previous: Int!, $current: Int!, $next: Int!) {\n    previous: holidays(year: $previous) {\n      date\n    }\n    current: holidays(year: $current) {\n      date\n    }\n    next: holidays(year: $next) {\n      date\n    }\n  }\n": types.HolidaysDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    agency {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query SessionViewer {\n    viewer {\n      ...SessionUser\n    }\n  }\n": types.SessionViewerDocument,
    "\n  mutation SessionLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        ...SessionUser\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SessionLogInDocument,
    "\n  mutation SessionLogOut {\n    logOut {\n      ok\n    }\n  }\n": types.SessionLogOutDocument,
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
export function graphql(source: "\n  query Holidays($previous: Int!, $current: Int!, $next: Int!) {\n    previous: holidays(year: $previous) {\n      date\n    }\n    current: holidays(year: $current) {\n      date\n    }\n    next: holidays(year: $next) {\n      date\n    }\n  }\n"): (typeof documents)["\n  query Holidays($previous: Int!, $current: Int!, $next: Int!) {\n    previous: holidays(year: $previous) {\n      date\n    }\n    current: holidays(year: $current) {\n      date\n    }\n    next: holidays(year: $next) {\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionViewer {\n    viewer {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query SessionViewer {\n    viewer {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        ...SessionUser\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        ...SessionUser\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogOut {\n    logOut {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SessionLogOut {\n    logOut {\n      ok\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;