/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Channel =
  | 'API'
  | 'COUNTER'
  | 'EMAIL'
  | 'MOBILE'
  | 'SMS'
  | 'TWITTER'
  | 'WEB';

export type ReportKind =
  | 'COMPLAINT'
  | 'INFORMATION_REQUEST'
  | 'PRIORITY_PROGRAM'
  | 'SUGGESTION'
  | 'WHISTLEBLOWING';

export type ReportStatus =
  | 'AWAITING_INFORMATION'
  | 'DISPOSED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'REJECTED'
  | 'RESOLVED'
  | 'RESPONDED'
  | 'SUBMITTED';

export type StatisticsFilter = {
  agencyIds?: Array<string | number> | null | undefined;
  categoryIds?: Array<string | number> | null | undefined;
  channels?: Array<Channel> | null | undefined;
  from?: string | null | undefined;
  kinds?: Array<ReportKind> | null | undefined;
  regionCodes?: Array<string> | null | undefined;
  statuses?: Array<ReportStatus> | null | undefined;
  to?: string | null | undefined;
};

export type PublicStatisticsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;


export type PublicStatisticsQuery = { __typename: 'Query', totals: { __typename: 'Statistics', total: number, buckets: Array<{ __typename: 'StatisticsBucket', count: number, resolvedCount: number, confirmedCount: number, autoClosedCount: number, medianFirstResponseHours: number | null }> }, byKind: { __typename: 'Statistics', buckets: Array<{ __typename: 'StatisticsBucket', count: number, key: { __typename: 'StatisticsKey', kind: ReportKind | null } }> }, byMonth: { __typename: 'Statistics', buckets: Array<{ __typename: 'StatisticsBucket', count: number, resolvedCount: number, key: { __typename: 'StatisticsKey', period: string | null } }> }, byProvince: { __typename: 'Statistics', buckets: Array<{ __typename: 'StatisticsBucket', count: number, resolvedCount: number, key: { __typename: 'StatisticsKey', province: { __typename: 'Region', id: string, code: string, name: string } | null } }> }, byAgency: { __typename: 'Statistics', buckets: Array<{ __typename: 'StatisticsBucket', dispositionCount: number, medianFirstResponseHours: number | null, slaCompliance: number | null, key: { __typename: 'StatisticsKey', agency: { __typename: 'Agency', id: string, name: string } | null } }> } };


export const PublicStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"totals"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"autoClosedCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseHours"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byKind"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MONTH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byProvince"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVINCE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byAgency"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispositionCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"slaCompliance"}}]}}]}}]}}]} as unknown as DocumentNode<PublicStatisticsQuery, PublicStatisticsQueryVariables>;