import { graphql } from "./gql";
import type { NotificationChannel, NotificationFilter, NotificationStatus } from "./gql/graphql";

export const OUTBOX_PAGE_SIZE = 50;

/** The notification outbox (admins), newest first: what the platform sent or would send, to whom (masked). */
export const NotificationOutboxQuery = graphql(`
  query NotificationOutbox($filter: NotificationFilter, $first: Int!, $after: String) {
    notifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          createdAt
          sentAt
          status
          channel
          audience
          recipient
          subject
          body
          attempts
          lastError
          transport
          report {
            id
            trackingId
          }
        }
      }
    }
  }
`);

export const NOTIFICATION_STATUSES: NotificationStatus[] = ["QUEUED", "SENT", "LOGGED", "FAILED"];
export const NOTIFICATION_CHANNELS: NotificationChannel[] = ["EMAIL", "SMS"];

export interface OutboxFilters {
  status: NotificationStatus | "";
  channel: NotificationChannel | "";
  /** One report's notifications: its global ID and tracking ID (shown). */
  report: { id: string; trackingId: string } | null;
}

export const EMPTY_OUTBOX_FILTERS: OutboxFilters = { status: "", channel: "", report: null };

export function outboxFilter(filters: OutboxFilters): NotificationFilter {
  const filter: NotificationFilter = {};
  if (filters.status) filter.status = filters.status;
  if (filters.channel) filter.channel = filters.channel;
  if (filters.report) filter.reportId = filters.report.id;
  return filter;
}
