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
    "\n  query ManageServiceLevels($agencyId: ID) {\n    serviceLevels(agencyId: $agencyId) {\n      id\n      step\n      kind\n      workingDays\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManageServiceLevelsDocument,
    "\n  mutation ManageSetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      serviceLevel {\n        id\n        step\n        kind\n        workingDays\n        updatedAt\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageSetServiceLevelDocument,
    "\n  mutation ManageRemoveServiceLevel($input: RemoveServiceLevelInput!) {\n    removeServiceLevel(input: $input) {\n      serviceLevel {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageRemoveServiceLevelDocument,
    "\n  query ManageHolidays($year: Int!) {\n    holidays(year: $year) {\n      date\n      name\n    }\n  }\n": typeof types.ManageHolidaysDocument,
    "\n  mutation ManageSetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageSetHolidayDocument,
    "\n  mutation ManageRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ManageRemoveHolidayDocument,
};
const documents: Documents = {
    "\n  query ManageServiceLevels($agencyId: ID) {\n    serviceLevels(agencyId: $agencyId) {\n      id\n      step\n      kind\n      workingDays\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.ManageServiceLevelsDocument,
    "\n  mutation ManageSetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      serviceLevel {\n        id\n        step\n        kind\n        workingDays\n        updatedAt\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageSetServiceLevelDocument,
    "\n  mutation ManageRemoveServiceLevel($input: RemoveServiceLevelInput!) {\n    removeServiceLevel(input: $input) {\n      serviceLevel {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageRemoveServiceLevelDocument,
    "\n  query ManageHolidays($year: Int!) {\n    holidays(year: $year) {\n      date\n      name\n    }\n  }\n": types.ManageHolidaysDocument,
    "\n  mutation ManageSetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageSetHolidayDocument,
    "\n  mutation ManageRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ManageRemoveHolidayDocument,
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
export function graphql(source: "\n  query ManageServiceLevels($agencyId: ID) {\n    serviceLevels(agencyId: $agencyId) {\n      id\n      step\n      kind\n      workingDays\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageServiceLevels($agencyId: ID) {\n    serviceLevels(agencyId: $agencyId) {\n      id\n      step\n      kind\n      workingDays\n      updatedAt\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      serviceLevel {\n        id\n        step\n        kind\n        workingDays\n        updatedAt\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageSetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      serviceLevel {\n        id\n        step\n        kind\n        workingDays\n        updatedAt\n        agency {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRemoveServiceLevel($input: RemoveServiceLevelInput!) {\n    removeServiceLevel(input: $input) {\n      serviceLevel {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageRemoveServiceLevel($input: RemoveServiceLevelInput!) {\n    removeServiceLevel(input: $input) {\n      serviceLevel {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageHolidays($year: Int!) {\n    holidays(year: $year) {\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  query ManageHolidays($year: Int!) {\n    holidays(year: $year) {\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageSetHoliday($input: SetHolidayInput!) {\n    setHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ManageRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      holiday {\n        date\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;