import { graphql } from "./gql";
import type { DispositionEscalation, DispositionFilter } from "./gql/graphql";

export const OVERDUE_PAGE_SIZE = 50;

/** Open dispositions past their deadline, across every agency, soonest due first, with their escalation state. */
export const OverdueDispositionsQuery = graphql(`
  query OverdueDispositions($filter: DispositionFilter!, $first: Int!, $after: String) {
    dispositions(filter: $filter, first: $first, after: $after, orderBy: { field: DUE_AT, direction: ASC }) {
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
          createdAt
          dueAt
          overdue
          escalation
          escalatedAt
          nationalEscalationDueAt
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

/** The top-level agencies, to filter by (a filter includes the agency's units). */
export const OversightAgenciesQuery = graphql(`
  query OversightAgencies {
    agencies(topLevel: true, first: 100) {
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`);

export const ESCALATIONS: DispositionEscalation[] = ["NONE", "AGENCY_ADMINS", "NATIONAL_ADMINS"];

export interface OverdueFilters {
  /** An agency's global ID, or "" for all. */
  agencyId: string;
  /** An escalation level, or "" for any. */
  escalation: DispositionEscalation | "";
  /** Words of the report, or its tracking ID. */
  search: string;
}

export const EMPTY_OVERDUE_FILTERS: OverdueFilters = { agencyId: "", escalation: "", search: "" };

/** The API's filter for the list's choices: always overdue (open and past the deadline). */
export function overdueFilter(filters: OverdueFilters): DispositionFilter {
  const filter: DispositionFilter = { overdue: true };
  if (filters.agencyId) filter.agencyIds = [filters.agencyId];
  if (filters.escalation) filter.escalations = [filters.escalation];
  if (filters.search.trim()) filter.search = filters.search.trim();
  return filter;
}
