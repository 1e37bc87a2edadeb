import { graphql } from "./gql";

/** The filters' choices: the category tree's first two levels and the provinces. */
export const BrowseOptionsQuery = graphql(`
  query BrowseOptions {
    categories {
      id
      name
      children {
        id
        name
      }
    }
    regions(level: PROVINCE) {
      id
      code
      name
    }
  }
`);

export const RegenciesQuery = graphql(`
  query BrowseRegencies($province: String!) {
    regions(parentCode: $province) {
      id
      code
      name
    }
  }
`);

/** What the support panel shows: the count, whether the viewer supports it, and whether it can be supported. */
export const ReportSupportQuery = graphql(`
  query ReportSupport($trackingId: String!) {
    trackReport(trackingId: $trackingId) {
      id
      supportCount
      viewerHasSupported
      confidential
      verifiedAt
    }
  }
`);

export const SupportReportMutation = graphql(`
  mutation SupportReport($input: SupportReportInput!) {
    supportReport(input: $input) {
      report {
        id
        supportCount
        viewerHasSupported
      }
      userErrors {
        code
        message
      }
    }
  }
`);
