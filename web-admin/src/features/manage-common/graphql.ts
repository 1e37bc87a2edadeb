import { graphql } from "./gql";

export const AgencySearchQuery = graphql(`
  query ManageAgencySearch($search: String, $first: Int!) {
    agencies(search: $search, first: $first) {
      nodes {
        id
        name
        parent {
          id
          name
        }
      }
    }
  }
`);
