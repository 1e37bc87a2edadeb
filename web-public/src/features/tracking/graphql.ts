import { graphql } from "./gql";

/** The report as the viewer may see it: everything the reporter may see with the access code, else the public view. */
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
      resolvedAt
      dueAt
      overdue
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
      rating {
        score
        comment
        createdAt
      }
      attachments {
        id
        fileName
        url
      }
      dispositions {
        id
        status
        createdAt
        acceptedAt
        respondedAt
        dueAt
        overdue
        agency {
          id
          name
        }
      }
      messages(first: 50) {
        totalCount
        nodes {
          id
          body
          authorRole
          authorName
          createdAt
          attachments {
            id
            fileName
            url
          }
        }
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

/** Each change to the report as it happens, with the same visibility as trackReport. */
export const ReportEventsSubscription = graphql(`
  subscription ReportEvents($trackingId: String!, $accessCode: String) {
    reportEvents(trackingId: $trackingId, accessCode: $accessCode) {
      id
      type
      status
      actorRole
      note
      createdAt
    }
  }
`);

export const PostReplyMutation = graphql(`
  mutation PostReply($input: PostMessageInput!) {
    postMessage(input: $input) {
      message {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ConfirmResolutionMutation = graphql(`
  mutation ConfirmResolution($input: ConfirmResolutionInput!) {
    confirmResolution(input: $input) {
      report {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DisputeResolutionMutation = graphql(`
  mutation DisputeResolution($input: DisputeResolutionInput!) {
    disputeResolution(input: $input) {
      report {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
