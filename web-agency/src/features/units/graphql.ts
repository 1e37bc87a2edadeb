import { graphql } from "./gql";

export const UnitFieldsFragment = graphql(`
  fragment UnitFields on Agency {
    id
    name
    kind
    requiresApproval
    contactEmail
  }
`);

/** The agency admin's own agency (its approval setting and contact). */
export const OwnAgencyQuery = graphql(`
  query OwnAgency($id: ID!) {
    node(id: $id) {
      ... on Agency {
        ...UnitFields
      }
    }
  }
`);

/** One level of the tree: the units of an agency, by name. */
export const AgencyUnitsQuery = graphql(`
  query AgencyUnits($parentId: ID!, $first: Int, $after: String) {
    agencies(parentId: $parentId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UnitFields
        }
      }
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        ...UnitFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      agency {
        ...UnitFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** Units per page of one level. */
export const UNITS_PAGE = 100;
