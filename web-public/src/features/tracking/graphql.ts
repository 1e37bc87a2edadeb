import { graphql } from "../../gql";

export const TrackReportQuery = graphql(`
  query TrackReport($trackingId: String!, $accessCode: String) {
    trackReport(trackingId: $trackingId, accessCode: $accessCode) {
      id
      trackingId
      title
      body
      status
      resolution
      createdAt
      viewerIsReporter
      category {
        id
        name
      }
      region {
        id
        name
      }
      agencies {
        id
        name
      }
      timeline {
        id
        type
        status
        actorRole
        note
        createdAt
      }
    }
  }
`);
