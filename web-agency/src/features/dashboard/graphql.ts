import { JAKARTA_OFFSET_MS } from "@aduan/ui/format";
import { graphql } from "./gql";

export const AgencyDashboardQuery = graphql(`
  query AgencyDashboard($agencyIds: [ID!], $from: DateTime, $to: DateTime) {
    viewer {
      id
      agency {
        id
        name
      }
    }
    open: dispositions(first: 0, filter: { statuses: [PENDING, ACCEPTED, AWAITING_APPROVAL] }) {
      totalCount
    }
    overdue: dispositions(first: 0, filter: { statuses: [PENDING, ACCEPTED, AWAITING_APPROVAL], overdue: true }) {
      totalCount
    }
    overall: statistics(filter: { agencyIds: $agencyIds, from: $from, to: $to }) {
      buckets {
        medianFirstResponseHours
        averageRating
      }
    }
    statistics(filter: { agencyIds: $agencyIds, from: $from, to: $to }, groupBy: [MONTH]) {
      total
      buckets {
        key {
          period
        }
        count
        dispositionCount
        medianFirstResponseHours
        slaCompliance
        averageRating
      }
    }
  }
`);

/** The twelve months up to `now`: from the first day of the month eleven months back. */
export function lastTwelveMonths(now: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1) - JAKARTA_OFFSET_MS);
  return { from: from.toISOString(), to: now.toISOString() };
}
