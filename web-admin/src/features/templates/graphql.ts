import { graphql } from "./gql";

export const CreateRejectionTemplateMutation = graphql(`
  mutation CreateRejectionTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      template {
        id
        title
        body
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const UpdateRejectionTemplateMutation = graphql(`
  mutation UpdateRejectionTemplate($input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(input: $input) {
      template {
        id
        title
        body
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const DeleteRejectionTemplateMutation = graphql(`
  mutation DeleteRejectionTemplate($input: MessageTemplateIdInput!) {
    deleteMessageTemplate(input: $input) {
      deletedTemplateId
      userErrors {
        code
        message
      }
    }
  }
`);
