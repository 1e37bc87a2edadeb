import { graphql } from "./gql";

export const QUEUE_PAGE_SIZE = 50;

export const QueueReportFragment = graphql(`
  fragment QueueReport on Report {
    id
    trackingId
    title
    body
    kind
    status
    channel
    createdAt
    dueAt
    overdue
    anonymous
    confidential
    category {
      id
      name
    }
    region {
      id
      code
      name
    }
  }
`);

/** New reports waiting for a verifier, oldest first (the 3-working-day deadline runs from submission). */
export const VerificationQueueQuery = graphql(`
  query VerificationQueue($first: Int!, $after: String) {
    reports(first: $first, after: $after, filter: { statuses: [SUBMITTED] }, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...QueueReport
        }
      }
    }
  }
`);

/**
 * Reports back with the verifiers because every agency they went to returned them (not their authority), oldest
 * first: each with its dispositions' return reasons, to route again with the desk's own form.
 */
export const ReturnedReportsQuery = graphql(`
  query ReturnedReports($first: Int!, $after: String) {
    reports(first: $first, after: $after, filter: { returned: true }, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...QueueReport
          dispositions {
            id
            status
            returnReason
            createdAt
            agency {
              id
              name
            }
          }
          timeline {
            id
            type
            status
            createdAt
            actorRole
            note
          }
        }
      }
    }
  }
`);

/** Reports as they arrive in (or leave) the queue. */
export const VerificationQueueUpdatesSubscription = graphql(`
  subscription VerificationQueueUpdates {
    verificationQueueUpdates {
      ...QueueReport
    }
  }
`);

export const VerifyCategoriesQuery = graphql(`
  query VerifyCategories {
    categories {
      id
      name
      routingHint
      defaultAgency {
        id
        name
      }
      children {
        id
        name
        routingHint
        defaultAgency {
          id
          name
        }
      }
    }
  }
`);

export const VerifyAgenciesQuery = graphql(`
  query VerifyAgencies($search: String, $regionCode: String, $first: Int) {
    agencies(search: $search, regionCode: $regionCode, first: $first) {
      edges {
        cursor
        node {
          id
          name
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

export const SimilarReportsQuery = graphql(`
  query SimilarReports($text: String!, $regionCode: String, $first: Int) {
    similarReports(text: $text, regionCode: $regionCode, first: $first) {
      id
      trackingId
      title
      status
      createdAt
    }
  }
`);

export const RejectionTemplatesQuery = graphql(`
  query RejectionTemplates {
    messageTemplates(kind: REJECTION) {
      id
      title
      body
    }
  }
`);

/** What every desk action (verify, reject, ask for information, merge) answers: the report's new status or why not. */
export const ReportActionResultFragment = graphql(`
  fragment ReportActionResult on ReportPayload {
    report {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
`);

export const VerifyReportMutation = graphql(`
  mutation VerifyReport($input: VerifyReportInput!) {
    verifyReport(input: $input) {
      ...ReportActionResult
    }
  }
`);

export const RejectReportMutation = graphql(`
  mutation RejectReport($input: RejectReportInput!) {
    rejectReport(input: $input) {
      ...ReportActionResult
    }
  }
`);

export const RequestInformationMutation = graphql(`
  mutation RequestInformation($input: RequestInformationInput!) {
    requestInformation(input: $input) {
      ...ReportActionResult
    }
  }
`);

export const MergeReportMutation = graphql(`
  mutation MergeReport($input: MergeReportInput!) {
    mergeReport(input: $input) {
      ...ReportActionResult
    }
  }
`);

export const ViewReportMutation = graphql(`
  mutation ViewReport($input: ViewReportInput!) {
    viewReport(input: $input) {
      viewers {
        userId
        name
        lastSeenAt
      }
    }
  }
`);

export const ReportViewersSubscription = graphql(`
  subscription ReportViewers($reportId: ID!) {
    reportViewers(reportId: $reportId) {
      userId
      name
      lastSeenAt
    }
  }
`);
