import { graphql } from "./gql";

export const DispositionViewQuery = graphql(`
  query DispositionView($id: ID!) {
    viewer {
      id
      agency {
        id
        name
      }
    }
    node(id: $id) {
      ... on Disposition {
        id
        status
        dueAt
        overdue
        escalation
        instruction
        returnReason
        createdAt
        draftResponse
        agency {
          id
          name
        }
        fromAgency {
          id
          name
        }
        report {
          id
          trackingId
          title
          body
          kind
          status
          anonymous
          confidential
          createdAt
          incidentDate
          category {
            id
            name
          }
          region {
            id
            name
          }
          reporter {
            name
            email
            phone
          }
          attachments {
            id
            fileName
            contentType
            size
            url
          }
          timeline {
            id
            type
            status
            createdAt
            actorRole
            actorName
            note
          }
          dispositions {
            id
            status
            dueAt
            overdue
            createdAt
            instruction
            returnReason
            agency {
              id
              name
            }
            fromAgency {
              id
              name
            }
          }
          messages(first: 100) {
            edges {
              cursor
              node {
                id
                body
                visibility
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
          }
        }
      }
    }
  }
`);

export const ForwardDispositionMutation = graphql(`
  mutation ForwardDisposition($input: ForwardDispositionInput!) {
    forwardDisposition(input: $input) {
      disposition {
        id
        status
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ReturnDispositionMutation = graphql(`
  mutation ReturnDisposition($input: ReturnDispositionInput!) {
    returnDisposition(input: $input) {
      disposition {
        id
        status
        returnReason
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RespondMutation = graphql(`
  mutation Respond($input: RespondInput!) {
    respond(input: $input) {
      disposition {
        id
        status
        respondedAt
        draftResponse
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const PostMessageMutation = graphql(`
  mutation PostMessage($input: PostMessageInput!) {
    postMessage(input: $input) {
      message {
        id
        body
        visibility
        authorRole
        authorName
        createdAt
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const AgencyPickerQuery = graphql(`
  query AgencyPicker($search: String, $parentId: ID, $first: Int) {
    agencies(search: $search, parentId: $parentId, first: $first) {
      edges {
        cursor
        node {
          id
          name
          kind
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

export const ApproveResponseMutation = graphql(`
  mutation ApproveResponse($input: DispositionActionInput!) {
    approveResponse(input: $input) {
      disposition {
        id
        status
        respondedAt
        draftResponse
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
