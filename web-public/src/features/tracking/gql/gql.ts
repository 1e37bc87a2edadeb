/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TrackReport($trackingId: String!, $accessCode: String) {\n    trackReport(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      trackingId\n      title\n      body\n      status\n      resolution\n      createdAt\n      resolvedAt\n      dueAt\n      overdue\n      viewerIsReporter\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      agencies {\n        id\n        name\n      }\n      rating {\n        score\n        comment\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        url\n      }\n      dispositions {\n        id\n        status\n        createdAt\n        acceptedAt\n        respondedAt\n        dueAt\n        overdue\n        agency {\n          id\n          name\n        }\n      }\n      messages(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          authorRole\n          authorName\n          createdAt\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n      timeline {\n        id\n        type\n        status\n        actorRole\n        note\n        createdAt\n      }\n    }\n  }\n": typeof types.TrackReportDocument,
    "\n  subscription ReportEvents($trackingId: String!, $accessCode: String) {\n    reportEvents(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      type\n      status\n      actorRole\n      note\n      createdAt\n    }\n  }\n": typeof types.ReportEventsDocument,
    "\n  mutation PostReply($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PostReplyDocument,
    "\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ConfirmResolutionDocument,
    "\n  mutation DisputeResolution($input: DisputeResolutionInput!) {\n    disputeResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DisputeResolutionDocument,
};
const documents: Documents = {
    "\n  query TrackReport($trackingId: String!, $accessCode: String) {\n    trackReport(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      trackingId\n      title\n      body\n      status\n      resolution\n      createdAt\n      resolvedAt\n      dueAt\n      overdue\n      viewerIsReporter\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      agencies {\n        id\n        name\n      }\n      rating {\n        score\n        comment\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        url\n      }\n      dispositions {\n        id\n        status\n        createdAt\n        acceptedAt\n        respondedAt\n        dueAt\n        overdue\n        agency {\n          id\n          name\n        }\n      }\n      messages(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          authorRole\n          authorName\n          createdAt\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n      timeline {\n        id\n        type\n        status\n        actorRole\n        note\n        createdAt\n      }\n    }\n  }\n": types.TrackReportDocument,
    "\n  subscription ReportEvents($trackingId: String!, $accessCode: String) {\n    reportEvents(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      type\n      status\n      actorRole\n      note\n      createdAt\n    }\n  }\n": types.ReportEventsDocument,
    "\n  mutation PostReply($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PostReplyDocument,
    "\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ConfirmResolutionDocument,
    "\n  mutation DisputeResolution($input: DisputeResolutionInput!) {\n    disputeResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DisputeResolutionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackReport($trackingId: String!, $accessCode: String) {\n    trackReport(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      trackingId\n      title\n      body\n      status\n      resolution\n      createdAt\n      resolvedAt\n      dueAt\n      overdue\n      viewerIsReporter\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      agencies {\n        id\n        name\n      }\n      rating {\n        score\n        comment\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        url\n      }\n      dispositions {\n        id\n        status\n        createdAt\n        acceptedAt\n        respondedAt\n        dueAt\n        overdue\n        agency {\n          id\n          name\n        }\n      }\n      messages(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          authorRole\n          authorName\n          createdAt\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n      timeline {\n        id\n        type\n        status\n        actorRole\n        note\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackReport($trackingId: String!, $accessCode: String) {\n    trackReport(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      trackingId\n      title\n      body\n      status\n      resolution\n      createdAt\n      resolvedAt\n      dueAt\n      overdue\n      viewerIsReporter\n      category {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n      agencies {\n        id\n        name\n      }\n      rating {\n        score\n        comment\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        url\n      }\n      dispositions {\n        id\n        status\n        createdAt\n        acceptedAt\n        respondedAt\n        dueAt\n        overdue\n        agency {\n          id\n          name\n        }\n      }\n      messages(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          authorRole\n          authorName\n          createdAt\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n      timeline {\n        id\n        type\n        status\n        actorRole\n        note\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportEvents($trackingId: String!, $accessCode: String) {\n    reportEvents(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      type\n      status\n      actorRole\n      note\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription ReportEvents($trackingId: String!, $accessCode: String) {\n    reportEvents(trackingId: $trackingId, accessCode: $accessCode) {\n      id\n      type\n      status\n      actorRole\n      note\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostReply($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostReply($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeResolution($input: DisputeResolutionInput!) {\n    disputeResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisputeResolution($input: DisputeResolutionInput!) {\n    disputeResolution(input: $input) {\n      report {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;