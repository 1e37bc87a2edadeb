import { graphql } from "./gql";

export const AgencyStaffQuery = graphql(`
  query AgencyStaff($agencyId: ID!) {
    agencyStaff(agencyId: $agencyId, includeUnits: true) {
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
  }
`);

export const CreateStaffUserMutation = graphql(`
  mutation CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      initialPassword
      user {
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
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      user {
        id
        disabled
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
