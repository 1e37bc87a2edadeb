import { graphql } from "./gql";

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      trackingId
      accessCode
      report {
        id
        createdAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SubmitRegionsQuery = graphql(`
  query SubmitRegions($level: RegionLevel, $parentCode: String) {
    regions(level: $level, parentCode: $parentCode) {
      id
      code
      name
    }
  }
`);

export const SubmitCategoriesQuery = graphql(`
  query SubmitCategories {
    categories {
      id
      name
      children {
        id
        name
      }
    }
  }
`);

export const SimilarReportsQuery = graphql(`
  query SimilarReports($text: String!, $regionCode: String, $first: Int) {
    similarReports(text: $text, regionCode: $regionCode, first: $first) {
      id
      trackingId
      title
      supportCount
      viewerHasSupported
      region {
        id
        name
      }
    }
  }
`);
