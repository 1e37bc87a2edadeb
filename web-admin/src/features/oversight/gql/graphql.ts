/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Overdue dispositions go to the agency's admins first, then to the national admins. */
export type DispositionEscalation =
  | 'AGENCY_ADMINS'
  | 'NATIONAL_ADMINS'
  | 'NONE';

export type DispositionFilter = {
  /** For verifiers and admins; agency staff always see their own agency and its units. */
  agencyIds?: Array<string | number> | null | undefined;
  categoryIds?: Array<string | number> | null | undefined;
  /** Only dispositions at these escalation levels (for their current deadline). */
  escalations?: Array<DispositionEscalation> | null | undefined;
  kinds?: Array<ReportKind> | null | undefined;
  overdue?: boolean | null | undefined;
  regionCodes?: Array<string> | null | undefined;
  /** Words in the title or body, or a tracking ID (any case, dashes optional) for its report. */
  search?: string | null | undefined;
  statuses?: Array<DispositionStatus> | null | undefined;
};

export type DispositionStatus =
  | 'ACCEPTED'
  | 'AWAITING_APPROVAL'
  | 'CLOSED'
  | 'FORWARDED'
  | 'PENDING'
  | 'RESPONDED'
  | 'RETURNED';

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

export type OverdueDispositionsQueryVariables = Exact<{
  filter: DispositionFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type OverdueDispositionsQuery = { __typename: 'Query', dispositions: { __typename: 'DispositionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DispositionEdge', cursor: string, node: { __typename: 'Disposition', id: string, status: DispositionStatus, createdAt: string, dueAt: string, overdue: boolean, escalation: DispositionEscalation | null, escalatedAt: string | null, nationalEscalationDueAt: string | null, agency: { __typename: 'Agency', id: string, name: string }, report: { __typename: 'Report', id: string, trackingId: string, title: string | null, status: ReportStatus, category: { __typename: 'Category', id: string, name: string } | null, region: { __typename: 'Region', id: string, name: string } | null } } }> } };

export type OversightAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightAgenciesQuery = { __typename: 'Query', agencies: { __typename: 'AgencyConnection', edges: Array<{ __typename: 'AgencyEdge', cursor: string, node: { __typename: 'Agency', id: string, name: string } }> } };


export const OverdueDispositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueDispositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nationalEscalationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueDispositionsQuery, OverdueDispositionsQueryVariables>;
export const OversightAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topLevel"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OversightAgenciesQuery, OversightAgenciesQueryVariables>;