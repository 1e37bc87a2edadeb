import { graphql } from "../gql";

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    roles
    agency {
      id
      name
    }
  }
`);

export const SessionViewerQuery = graphql(`
  query SessionViewer {
    viewer {
      ...SessionUser
    }
  }
`);

export const SessionLogInMutation = graphql(`
  mutation SessionLogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      user {
        ...SessionUser
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const SessionLogOutMutation = graphql(`
  mutation SessionLogOut {
    logOut {
      ok
    }
  }
`);
