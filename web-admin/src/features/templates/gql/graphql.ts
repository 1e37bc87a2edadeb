/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateMessageTemplateInput = {
  /** REPLY only: the agency (default: the agency admin's own). REJECTION templates have none. */
  agencyId?: string | number | null | undefined;
  body: string;
  kind: MessageTemplateKind;
  title: string;
};

export type MessageTemplateIdInput = {
  templateId: string | number;
};

export type MessageTemplateKind =
  /** A national rejection reason text: verifiers read them, admins manage them. */
  | 'REJECTION'
  /** An agency's saved reply: its staff read them, its agency admins manage them. */
  | 'REPLY';

export type UpdateMessageTemplateInput = {
  body?: string | null | undefined;
  templateId: string | number;
  title?: string | null | undefined;
};

export type CreateRejectionTemplateMutationVariables = Exact<{
  input: CreateMessageTemplateInput;
}>;


export type CreateRejectionTemplateMutation = { __typename: 'Mutation', createMessageTemplate: { __typename: 'MessageTemplatePayload', template: { __typename: 'MessageTemplate', id: string, title: string, body: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type UpdateRejectionTemplateMutationVariables = Exact<{
  input: UpdateMessageTemplateInput;
}>;


export type UpdateRejectionTemplateMutation = { __typename: 'Mutation', updateMessageTemplate: { __typename: 'MessageTemplatePayload', template: { __typename: 'MessageTemplate', id: string, title: string, body: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type DeleteRejectionTemplateMutationVariables = Exact<{
  input: MessageTemplateIdInput;
}>;


export type DeleteRejectionTemplateMutation = { __typename: 'Mutation', deleteMessageTemplate: { __typename: 'DeleteMessageTemplatePayload', deletedTemplateId: string | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };


export const CreateRejectionTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRejectionTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRejectionTemplateMutation, CreateRejectionTemplateMutationVariables>;
export const UpdateRejectionTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRejectionTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRejectionTemplateMutation, UpdateRejectionTemplateMutationVariables>;
export const DeleteRejectionTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRejectionTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRejectionTemplateMutation, DeleteRejectionTemplateMutationVariables>;