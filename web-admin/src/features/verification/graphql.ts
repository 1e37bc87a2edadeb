import { graphql } from "../../gql";

export const QUEUE_PAGE_SIZE = 50;

/** New reports waiting for a verifier, the nearest verification deadline first. */
export const VerificationQueueQuery = graphql(`
  query VerificationQueue($first: Int!, $after: String) {
    reports(first: $first, after: $after, filter: { statuses: [SUBMITTED] }, orderBy: { field: DUE_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          trackingId
          title
          kind
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
            name
          }
        }
      }
    }
  }
`);
