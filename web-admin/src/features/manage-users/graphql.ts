import { graphql } from "./gql";

export const ManagedUserFields = graphql(`
  fragment ManagedUserFields on User {
    id
    name
    email
    roles
    disabled
    agency {
      id
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query ManageUsers($filter: UserFilter, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ManagedUserFields
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

export const CreateStaffUserMutation = graphql(`
  mutation ManageCreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      initialPassword
      user {
        ...ManagedUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation ManageSetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      user {
        ...ManagedUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation ManageSetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      user {
        ...ManagedUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
