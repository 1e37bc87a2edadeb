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
    "\n  fragment StatisticsFigures on StatisticsBucket {\n    key {\n      period\n      kind\n      channel\n      status\n      category {\n        id\n        name\n      }\n      agency {\n        id\n        name\n      }\n      province {\n        id\n        code\n        name\n      }\n      regency {\n        id\n        code\n        name\n      }\n    }\n    count\n    resolvedCount\n    confirmedCount\n    autoClosedCount\n    dispositionCount\n    medianFirstResponseHours\n    medianResolutionHours\n    slaCompliance\n    averageRating\n  }\n": typeof types.StatisticsFiguresFragmentDoc,
    "\n  query StatisticsExplore($filter: StatisticsFilter!, $groupBy: [StatisticsDimension!]!) {\n    statistics(filter: $filter, groupBy: $groupBy) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n": typeof types.StatisticsExploreDocument,
    "\n  query StatisticsOverview($filter: StatisticsFilter!) {\n    totals: statistics(filter: $filter) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byProvince: statistics(filter: $filter, groupBy: [PROVINCE]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byAgency: statistics(filter: $filter, groupBy: [AGENCY]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n": typeof types.StatisticsOverviewDocument,
    "\n  query StatisticsOptions {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n    regions {\n      id\n      code\n      name\n    }\n    agencies(topLevel: true, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StatisticsOptionsDocument,
};
const documents: Documents = {
    "\n  fragment StatisticsFigures on StatisticsBucket {\n    key {\n      period\n      kind\n      channel\n      status\n      category {\n        id\n        name\n      }\n      agency {\n        id\n        name\n      }\n      province {\n        id\n        code\n        name\n      }\n      regency {\n        id\n        code\n        name\n      }\n    }\n    count\n    resolvedCount\n    confirmedCount\n    autoClosedCount\n    dispositionCount\n    medianFirstResponseHours\n    medianResolutionHours\n    slaCompliance\n    averageRating\n  }\n": types.StatisticsFiguresFragmentDoc,
    "\n  query StatisticsExplore($filter: StatisticsFilter!, $groupBy: [StatisticsDimension!]!) {\n    statistics(filter: $filter, groupBy: $groupBy) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n": types.StatisticsExploreDocument,
    "\n  query StatisticsOverview($filter: StatisticsFilter!) {\n    totals: statistics(filter: $filter) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byProvince: statistics(filter: $filter, groupBy: [PROVINCE]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byAgency: statistics(filter: $filter, groupBy: [AGENCY]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n": types.StatisticsOverviewDocument,
    "\n  query StatisticsOptions {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n    regions {\n      id\n      code\n      name\n    }\n    agencies(topLevel: true, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StatisticsOptionsDocument,
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
export function graphql(source: "\n  fragment StatisticsFigures on StatisticsBucket {\n    key {\n      period\n      kind\n      channel\n      status\n      category {\n        id\n        name\n      }\n      agency {\n        id\n        name\n      }\n      province {\n        id\n        code\n        name\n      }\n      regency {\n        id\n        code\n        name\n      }\n    }\n    count\n    resolvedCount\n    confirmedCount\n    autoClosedCount\n    dispositionCount\n    medianFirstResponseHours\n    medianResolutionHours\n    slaCompliance\n    averageRating\n  }\n"): (typeof documents)["\n  fragment StatisticsFigures on StatisticsBucket {\n    key {\n      period\n      kind\n      channel\n      status\n      category {\n        id\n        name\n      }\n      agency {\n        id\n        name\n      }\n      province {\n        id\n        code\n        name\n      }\n      regency {\n        id\n        code\n        name\n      }\n    }\n    count\n    resolvedCount\n    confirmedCount\n    autoClosedCount\n    dispositionCount\n    medianFirstResponseHours\n    medianResolutionHours\n    slaCompliance\n    averageRating\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsExplore($filter: StatisticsFilter!, $groupBy: [StatisticsDimension!]!) {\n    statistics(filter: $filter, groupBy: $groupBy) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsExplore($filter: StatisticsFilter!, $groupBy: [StatisticsDimension!]!) {\n    statistics(filter: $filter, groupBy: $groupBy) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsOverview($filter: StatisticsFilter!) {\n    totals: statistics(filter: $filter) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byProvince: statistics(filter: $filter, groupBy: [PROVINCE]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byAgency: statistics(filter: $filter, groupBy: [AGENCY]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsOverview($filter: StatisticsFilter!) {\n    totals: statistics(filter: $filter) {\n      total\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byProvince: statistics(filter: $filter, groupBy: [PROVINCE]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n    byAgency: statistics(filter: $filter, groupBy: [AGENCY]) {\n      buckets {\n        ...StatisticsFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsOptions {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n    regions {\n      id\n      code\n      name\n    }\n    agencies(topLevel: true, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsOptions {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n    regions {\n      id\n      code\n      name\n    }\n    agencies(topLevel: true, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;