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
    "\n  fragment QueueReport on Report {\n    id\n    trackingId\n    title\n    body\n    kind\n    status\n    channel\n    createdAt\n    dueAt\n    overdue\n    anonymous\n    confidential\n    category {\n      id\n      name\n    }\n    region {\n      id\n      code\n      name\n    }\n  }\n": typeof types.QueueReportFragmentDoc,
    "\n  query VerificationQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { statuses: [SUBMITTED] }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n        }\n      }\n    }\n  }\n": typeof types.VerificationQueueDocument,
    "\n  query ReturnedReports($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { returned: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n          dispositions {\n            id\n            status\n            returnReason\n            createdAt\n            agency {\n              id\n              name\n            }\n          }\n          timeline {\n            id\n            type\n            status\n            createdAt\n            actorRole\n            note\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReturnedReportsDocument,
    "\n  subscription VerificationQueueUpdates {\n    verificationQueueUpdates {\n      ...QueueReport\n    }\n  }\n": typeof types.VerificationQueueUpdatesDocument,
    "\n  query VerifyCategories {\n    categories {\n      id\n      name\n      routingHint\n      defaultAgency {\n        id\n        name\n      }\n      children {\n        id\n        name\n        routingHint\n        defaultAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VerifyCategoriesDocument,
    "\n  query VerifyAgencies($search: String, $regionCode: String, $first: Int) {\n    agencies(search: $search, regionCode: $regionCode, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.VerifyAgenciesDocument,
    "\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      status\n      createdAt\n    }\n  }\n": typeof types.SimilarReportsDocument,
    "\n  query RejectionTemplates {\n    messageTemplates(kind: REJECTION) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.RejectionTemplatesDocument,
    "\n  fragment ReportActionResult on ReportPayload {\n    report {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n    }\n  }\n": typeof types.ReportActionResultFragmentDoc,
    "\n  mutation VerifyReport($input: VerifyReportInput!) {\n    verifyReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": typeof types.VerifyReportDocument,
    "\n  mutation RejectReport($input: RejectReportInput!) {\n    rejectReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": typeof types.RejectReportDocument,
    "\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": typeof types.RequestInformationDocument,
    "\n  mutation MergeReport($input: MergeReportInput!) {\n    mergeReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": typeof types.MergeReportDocument,
    "\n  mutation ViewReport($input: ViewReportInput!) {\n    viewReport(input: $input) {\n      viewers {\n        userId\n        name\n        lastSeenAt\n      }\n    }\n  }\n": typeof types.ViewReportDocument,
    "\n  subscription ReportViewers($reportId: ID!) {\n    reportViewers(reportId: $reportId) {\n      userId\n      name\n      lastSeenAt\n    }\n  }\n": typeof types.ReportViewersDocument,
};
const documents: Documents = {
    "\n  fragment QueueReport on Report {\n    id\n    trackingId\n    title\n    body\n    kind\n    status\n    channel\n    createdAt\n    dueAt\n    overdue\n    anonymous\n    confidential\n    category {\n      id\n      name\n    }\n    region {\n      id\n      code\n      name\n    }\n  }\n": types.QueueReportFragmentDoc,
    "\n  query VerificationQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { statuses: [SUBMITTED] }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n        }\n      }\n    }\n  }\n": types.VerificationQueueDocument,
    "\n  query ReturnedReports($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { returned: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n          dispositions {\n            id\n            status\n            returnReason\n            createdAt\n            agency {\n              id\n              name\n            }\n          }\n          timeline {\n            id\n            type\n            status\n            createdAt\n            actorRole\n            note\n          }\n        }\n      }\n    }\n  }\n": types.ReturnedReportsDocument,
    "\n  subscription VerificationQueueUpdates {\n    verificationQueueUpdates {\n      ...QueueReport\n    }\n  }\n": types.VerificationQueueUpdatesDocument,
    "\n  query VerifyCategories {\n    categories {\n      id\n      name\n      routingHint\n      defaultAgency {\n        id\n        name\n      }\n      children {\n        id\n        name\n        routingHint\n        defaultAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VerifyCategoriesDocument,
    "\n  query VerifyAgencies($search: String, $regionCode: String, $first: Int) {\n    agencies(search: $search, regionCode: $regionCode, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.VerifyAgenciesDocument,
    "\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      status\n      createdAt\n    }\n  }\n": types.SimilarReportsDocument,
    "\n  query RejectionTemplates {\n    messageTemplates(kind: REJECTION) {\n      id\n      title\n      body\n    }\n  }\n": types.RejectionTemplatesDocument,
    "\n  fragment ReportActionResult on ReportPayload {\n    report {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n    }\n  }\n": types.ReportActionResultFragmentDoc,
    "\n  mutation VerifyReport($input: VerifyReportInput!) {\n    verifyReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": types.VerifyReportDocument,
    "\n  mutation RejectReport($input: RejectReportInput!) {\n    rejectReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": types.RejectReportDocument,
    "\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": types.RequestInformationDocument,
    "\n  mutation MergeReport($input: MergeReportInput!) {\n    mergeReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n": types.MergeReportDocument,
    "\n  mutation ViewReport($input: ViewReportInput!) {\n    viewReport(input: $input) {\n      viewers {\n        userId\n        name\n        lastSeenAt\n      }\n    }\n  }\n": types.ViewReportDocument,
    "\n  subscription ReportViewers($reportId: ID!) {\n    reportViewers(reportId: $reportId) {\n      userId\n      name\n      lastSeenAt\n    }\n  }\n": types.ReportViewersDocument,
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
export function graphql(source: "\n  fragment QueueReport on Report {\n    id\n    trackingId\n    title\n    body\n    kind\n    status\n    channel\n    createdAt\n    dueAt\n    overdue\n    anonymous\n    confidential\n    category {\n      id\n      name\n    }\n    region {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment QueueReport on Report {\n    id\n    trackingId\n    title\n    body\n    kind\n    status\n    channel\n    createdAt\n    dueAt\n    overdue\n    anonymous\n    confidential\n    category {\n      id\n      name\n    }\n    region {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { statuses: [SUBMITTED] }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationQueue($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { statuses: [SUBMITTED] }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnedReports($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { returned: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n          dispositions {\n            id\n            status\n            returnReason\n            createdAt\n            agency {\n              id\n              name\n            }\n          }\n          timeline {\n            id\n            type\n            status\n            createdAt\n            actorRole\n            note\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReturnedReports($first: Int!, $after: String) {\n    reports(first: $first, after: $after, filter: { returned: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QueueReport\n          dispositions {\n            id\n            status\n            returnReason\n            createdAt\n            agency {\n              id\n              name\n            }\n          }\n          timeline {\n            id\n            type\n            status\n            createdAt\n            actorRole\n            note\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VerificationQueueUpdates {\n    verificationQueueUpdates {\n      ...QueueReport\n    }\n  }\n"): (typeof documents)["\n  subscription VerificationQueueUpdates {\n    verificationQueueUpdates {\n      ...QueueReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCategories {\n    categories {\n      id\n      name\n      routingHint\n      defaultAgency {\n        id\n        name\n      }\n      children {\n        id\n        name\n        routingHint\n        defaultAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyCategories {\n    categories {\n      id\n      name\n      routingHint\n      defaultAgency {\n        id\n        name\n      }\n      children {\n        id\n        name\n        routingHint\n        defaultAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAgencies($search: String, $regionCode: String, $first: Int) {\n    agencies(search: $search, regionCode: $regionCode, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAgencies($search: String, $regionCode: String, $first: Int) {\n    agencies(search: $search, regionCode: $regionCode, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query SimilarReports($text: String!, $regionCode: String, $first: Int) {\n    similarReports(text: $text, regionCode: $regionCode, first: $first) {\n      id\n      trackingId\n      title\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RejectionTemplates {\n    messageTemplates(kind: REJECTION) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  query RejectionTemplates {\n    messageTemplates(kind: REJECTION) {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportActionResult on ReportPayload {\n    report {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ReportActionResult on ReportPayload {\n    report {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyReport($input: VerifyReportInput!) {\n    verifyReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyReport($input: VerifyReportInput!) {\n    verifyReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReport($input: RejectReportInput!) {\n    rejectReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReport($input: RejectReportInput!) {\n    rejectReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeReport($input: MergeReportInput!) {\n    mergeReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"): (typeof documents)["\n  mutation MergeReport($input: MergeReportInput!) {\n    mergeReport(input: $input) {\n      ...ReportActionResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewReport($input: ViewReportInput!) {\n    viewReport(input: $input) {\n      viewers {\n        userId\n        name\n        lastSeenAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewReport($input: ViewReportInput!) {\n    viewReport(input: $input) {\n      viewers {\n        userId\n        name\n        lastSeenAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportViewers($reportId: ID!) {\n    reportViewers(reportId: $reportId) {\n      userId\n      name\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  subscription ReportViewers($reportId: ID!) {\n    reportViewers(reportId: $reportId) {\n      userId\n      name\n      lastSeenAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;