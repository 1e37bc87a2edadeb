import { graphql } from "../../gql";
import type { AgencyInboxQueryVariables } from "../../gql/graphql";

export const INBOX_PAGE_SIZE = 50;

export const AgencyInboxQuery = graphql(`
  query AgencyInbox($first: Int!, $after: String, $filter: DispositionFilter, $orderBy: DispositionOrder) {
    dispositions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          dueAt
          overdue
          agency {
            id
            name
          }
          report {
            id
            trackingId
            title
            status
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
  }
`);

export type InboxView = "open" | "all";

/** "Needs action": dispositions the agency still has to accept, work on or approve, the nearest deadline first. */
export function inboxVariables(view: InboxView): AgencyInboxQueryVariables {
  return view === "open"
    ? {
        first: INBOX_PAGE_SIZE,
        filter: { statuses: ["PENDING", "ACCEPTED", "AWAITING_APPROVAL"] },
        orderBy: { field: "DUE_AT", direction: "ASC" },
      }
    : { first: INBOX_PAGE_SIZE, orderBy: { field: "CREATED_AT", direction: "DESC" } };
}
