import { graphql } from "./gql";

export const ManagedWebhookFields = graphql(`
  fragment ManagedWebhookFields on Webhook {
    id
    url
    description
    eventTypes
    active
    createdAt
    agency {
      id
      name
    }
  }
`);

export const WebhooksQuery = graphql(`
  query ManageWebhooks($first: Int!, $after: String) {
    webhooks(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ManagedWebhookFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query ManageWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {
    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          eventType
          status
          attempts
          createdAt
          deliveredAt
          lastStatusCode
          lastError
          nextAttemptAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation ManageCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        ...ManagedWebhookFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation ManageUpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      webhook {
        ...ManagedWebhookFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation ManageRotateWebhookSecret($input: WebhookIdInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      webhook {
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

export const DeleteWebhookMutation = graphql(`
  mutation ManageDeleteWebhook($input: WebhookIdInput!) {
    deleteWebhook(input: $input) {
      webhook {
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
