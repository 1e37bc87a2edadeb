import { graphql } from "./gql";

/**
 * Everything the statistics page shows, in one request: each alias asks only for the metrics its chart needs (the
 * API computes only what is selected).
 */
export const PublicStatisticsQuery = graphql(`
  query PublicStatistics($filter: StatisticsFilter!) {
    totals: statistics(filter: $filter) {
      total
      buckets {
        count
        resolvedCount
        confirmedCount
        autoClosedCount
        medianFirstResponseHours
      }
    }
    byKind: statistics(filter: $filter, groupBy: [KIND]) {
      buckets {
        key {
          kind
        }
        count
      }
    }
    byMonth: statistics(filter: $filter, groupBy: [MONTH]) {
      buckets {
        key {
          period
        }
        count
        resolvedCount
      }
    }
    byProvince: statistics(filter: $filter, groupBy: [PROVINCE]) {
      buckets {
        key {
          province {
            id
            code
            name
          }
        }
        count
        resolvedCount
      }
    }
    byAgency: statistics(filter: $filter, groupBy: [AGENCY]) {
      buckets {
        key {
          agency {
            id
            name
          }
        }
        dispositionCount
        medianFirstResponseHours
        slaCompliance
      }
    }
  }
`);
