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
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      trackingId\n      accessCode\n      report {\n        id\n        createdAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  query SubmitRegions($level: RegionLevel, $parentCode: String) {\n    regions(level: $level, parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.SubmitRegionsDocument,
    "\n  query SubmitCategories {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SubmitCategoriesDocument,
    "\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      supportCount\n      viewerHasSupported\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SimilarReportsDocument,
};
const documents: Documents = {
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      trackingId\n      accessCode\n      report {\n        id\n        createdAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SubmitReportDocument,
    "\n  query SubmitRegions($level: RegionLevel, $parentCode: String) {\n    regions(level: $level, parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n": types.SubmitRegionsDocument,
    "\n  query SubmitCategories {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n": types.SubmitCategoriesDocument,
    "\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      supportCount\n      viewerHasSupported\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.SimilarReportsDocument,
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
export function graphql(source: "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      trackingId\n      accessCode\n      report {\n        id\n        createdAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      trackingId\n      accessCode\n      report {\n        id\n        createdAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmitRegions($level: RegionLevel, $parentCode: String) {\n    regions(level: $level, parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SubmitRegions($level: RegionLevel, $parentCode: String) {\n    regions(level: $level, parentCode: $parentCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmitCategories {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmitCategories {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      supportCount\n      viewerHasSupported\n      region {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      supportCount\n      viewerHasSupported\n      region {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;