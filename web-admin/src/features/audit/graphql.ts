import { graphql } from "./gql";
import type { AuditEventFilter } from "./gql/graphql";

export const AUDIT_PAGE_SIZE = 50;

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          type
          createdAt
          actorRole
          note
          internal
          actor {
            id
            name
          }
          agency {
            id
            name
          }
          report {
            id
            trackingId
          }
        }
      }
    }
  }
`);

export interface AuditFilters {
  trackingId: string;
  type: string;
  mine: boolean;
  /** Calendar days (YYYY-MM-DD) in Asia/Jakarta, both inclusive. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = { trackingId: "", type: "", mine: false, from: "", to: "" };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The API's filter for what the form says: days are Jakarta days, "to" includes its whole day. */
export function auditFilter(filters: AuditFilters, viewerId: string | null): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (filters.trackingId.trim()) filter.trackingId = filters.trackingId.trim().toUpperCase();
  if (filters.type) filter.types = [filters.type];
  if (filters.mine && viewerId) filter.actorUserId = viewerId;
  if (filters.from) filter.from = new Date(`${filters.from}T00:00:00+07:00`).toISOString();
  if (filters.to) filter.to = new Date(new Date(`${filters.to}T00:00:00+07:00`).getTime() + DAY_MS).toISOString();
  return filter;
}
