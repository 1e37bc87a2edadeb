import { graphql } from "./gql";

export const PUBLIC_REPORTS_PAGE_SIZE = 20;

/** Reports the viewer may see (public ones; with `filter.mine`, their own), newest first unless `orderBy` says otherwise. */
export const PublicReportsQuery = graphql(`
  query PublicReports($first: Int!, $after: String, $filter: ReportFilter, $orderBy: ReportOrder) {
    reports(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
