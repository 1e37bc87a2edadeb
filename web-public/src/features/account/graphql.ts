import { graphql } from "./gql";

/** A new citizen account, signed in at once: the answer's user has the session's SessionUser fields. */
export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        name
        email
        roles
        agency {
          id
          name
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
