import { graphql } from "./gql";

/** Every figure the statistics API has for a bucket, and every part of its key (the dashboards chart any of them). */
export const StatisticsFiguresFragment = graphql(`
  fragment StatisticsFigures on StatisticsBucket {
    key {
      period
      kind
      channel
      status
      category {
        id
        name
      }
      agency {
        id
        name
      }
      province {
        id
        code
        name
      }
      regency {
        id
        code
        name
      }
    }
    count
    resolvedCount
    confirmedCount
    autoClosedCount
    dispositionCount
    medianFirstResponseHours
    medianResolutionHours
    slaCompliance
    averageRating
  }
`);

/** The chosen view: the filter, grouped by the chosen dimensions (one or two). */
export const StatisticsExploreQuery = graphql(`
  query StatisticsExplore($filter: StatisticsFilter!, $groupBy: [StatisticsDimension!]!) {
    statistics(filter: $filter, groupBy: $groupBy) {
      total
      buckets {
        ...StatisticsFigures
      }
    }
  }
`);

/** The dashboard's fixed views over the same filter: the totals, the provinces and the agency league. */
export const StatisticsOverviewQuery = graphql(`
  query StatisticsOverview($filter: StatisticsFilter!) {
    totals: statistics(filter: $filter) {
      total
      buckets {
        ...StatisticsFigures
      }
    }
    byProvince: statistics(filter: $filter, groupBy: [PROVINCE]) {
      buckets {
        ...StatisticsFigures
      }
    }
    byAgency: statistics(filter: $filter, groupBy: [AGENCY]) {
      buckets {
        ...StatisticsFigures
      }
    }
  }
`);

/** What the filters offer: categories (tree), provinces and top-level agencies. */
export const StatisticsOptionsQuery = graphql(`
  query StatisticsOptions {
    categories {
      id
      name
      children {
        id
        name
      }
    }
    regions {
      id
      code
      name
    }
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
