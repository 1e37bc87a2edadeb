import { graphql } from "./gql";

export const ViewReportMutation = graphql(`
  mutation ViewReport($input: ViewReportInput!) {
    viewReport(input: $input) {
      viewers {
        userId
        name
        lastSeenAt
      }
    }
  }
`);

export const ReportViewersSubscription = graphql(`
  subscription ReportViewers($reportId: ID!) {
    reportViewers(reportId: $reportId) {
      userId
      name
      lastSeenAt
    }
  }
`);
