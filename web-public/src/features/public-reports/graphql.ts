import { graphql } from "./gql";

export const PUBLIC_REPORTS_PAGE_SIZE = 20;

export const PublicReportsQuery = graphql(`
  query PublicReports($first: Int!, $after: String) {
    reports(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
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
          status
          createdAt
          supportCount
          category {
            id
            name
          }
          region {
            id
            name
          }
          agencies {
            id
            name
          }
        }
      }
    }
  }
`);
