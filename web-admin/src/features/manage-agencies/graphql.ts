import { graphql } from "./gql";

export const ManagedAgencyFields = graphql(`
  fragment ManagedAgencyFields on Agency {
    id
    name
    kind
    connected
    contactEmail
    requiresApproval
    region {
      id
      code
      name
    }
    parent {
      id
      name
    }
  }
`);

export const AgenciesQuery = graphql(`
  query ManageAgencies($parentId: ID, $topLevel: Boolean, $search: String, $first: Int!, $after: String) {
    agencies(parentId: $parentId, topLevel: $topLevel, search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ManagedAgencyFields
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

export const RegionsQuery = graphql(`
  query ManageRegions($parentCode: String) {
    regions(parentCode: $parentCode) {
      id
      code
      name
    }
  }
`);

export const CreateAgencyMutation = graphql(`
  mutation ManageCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        ...ManagedAgencyFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateAgencyMutation = graphql(`
  mutation ManageUpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      agency {
        ...ManagedAgencyFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
