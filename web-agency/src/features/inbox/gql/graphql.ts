/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type DispositionActionInput = {
  dispositionId: string | number;
};

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

export type DispositionOrder = {
  direction: OrderDirection;
  field: DispositionOrderField;
};

export type DispositionOrderField =
  | 'CREATED_AT'
  | 'DUE_AT';

export type DispositionStatus =
  | 'ACCEPTED'
  | 'AWAITING_APPROVAL'
  | 'CLOSED'
  | 'FORWARDED'
  | 'PENDING'
  | 'RESPONDED'
  | 'RETURNED';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

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

export type InboxDispositionFragment = { __typename: 'Disposition', id: string, status: DispositionStatus, dueAt: string, overdue: boolean, escalation: DispositionEscalation | null, createdAt: string, agency: { __typename: 'Agency', id: string, name: string }, report: { __typename: 'Report', id: string, trackingId: string, title: string | null, kind: ReportKind | null, status: ReportStatus, category: { __typename: 'Category', id: string, name: string } | null, region: { __typename: 'Region', id: string, name: string } | null } };

export type AgencyInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DispositionFilter | null | undefined;
  orderBy?: DispositionOrder | null | undefined;
}>;


export type AgencyInboxQuery = { __typename: 'Query', dispositions: { __typename: 'DispositionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DispositionEdge', cursor: string, node: { __typename: 'Disposition', id: string, status: DispositionStatus, dueAt: string, overdue: boolean, escalation: DispositionEscalation | null, createdAt: string, agency: { __typename: 'Agency', id: string, name: string }, report: { __typename: 'Report', id: string, trackingId: string, title: string | null, kind: ReportKind | null, status: ReportStatus, category: { __typename: 'Category', id: string, name: string } | null, region: { __typename: 'Region', id: string, name: string } | null } } }> } };

export type DispositionUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DispositionUpdatesSubscription = { __typename: 'Subscription', dispositionUpdates: { __typename: 'Disposition', id: string, status: DispositionStatus, dueAt: string, overdue: boolean, escalation: DispositionEscalation | null, createdAt: string, agency: { __typename: 'Agency', id: string, name: string }, report: { __typename: 'Report', id: string, trackingId: string, title: string | null, kind: ReportKind | null, status: ReportStatus, category: { __typename: 'Category', id: string, name: string } | null, region: { __typename: 'Region', id: string, name: string } | null } } };

export type InboxCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxCategoriesQuery = { __typename: 'Query', categories: Array<{ __typename: 'Category', id: string, name: string, parent: { __typename: 'Category', id: string } | null }> };

export type InboxRegionsQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;


export type InboxRegionsQuery = { __typename: 'Query', regions: Array<{ __typename: 'Region', id: string, code: string, name: string }> };

export type AcceptDispositionMutationVariables = Exact<{
  input: DispositionActionInput;
}>;


export type AcceptDispositionMutation = { __typename: 'Mutation', acceptDisposition: { __typename: 'DispositionPayload', disposition: { __typename: 'Disposition', id: string, status: DispositionStatus, acceptedAt: string | null, report: { __typename: 'Report', id: string, status: ReportStatus } } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export const InboxDispositionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxDisposition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disposition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InboxDispositionFragment, unknown>;
export const AgencyInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxDisposition"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxDisposition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disposition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyInboxQuery, AgencyInboxQueryVariables>;
export const DispositionUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DispositionUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispositionUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxDisposition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxDisposition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disposition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DispositionUpdatesSubscription, DispositionUpdatesSubscriptionVariables>;
export const InboxCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InboxCategoriesQuery, InboxCategoriesQueryVariables>;
export const InboxRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxRegionsQuery, InboxRegionsQueryVariables>;
export const AcceptDispositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptDisposition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDisposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptDispositionMutation, AcceptDispositionMutationVariables>;