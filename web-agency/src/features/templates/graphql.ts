import { graphql } from "./gql";

export const ReplyTemplatesQuery = graphql(`
  query ReplyTemplates {
    messageTemplates(kind: REPLY) {
      id
      title
      body
      updatedAt
      agency {
        id
        name
      }
    }
  }
`);

export const CreateReplyTemplateMutation = graphql(`
  mutation CreateReplyTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      template {
        id
        title
        body
        updatedAt
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const UpdateReplyTemplateMutation = graphql(`
  mutation UpdateReplyTemplate($input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(input: $input) {
      template {
        id
        title
        body
        updatedAt
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const DeleteReplyTemplateMutation = graphql(`
  mutation DeleteReplyTemplate($input: MessageTemplateIdInput!) {
    deleteMessageTemplate(input: $input) {
      deletedTemplateId
      userErrors {
        code
        message
        field
      }
    }
  }
`);
