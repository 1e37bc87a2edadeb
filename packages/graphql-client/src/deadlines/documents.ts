import { graphql } from "../gql";

/** The national holidays of last year, this year and next year (deadlines in the inbox fall within them). */
export const HolidaysQuery = graphql(`
  query Holidays($previous: Int!, $current: Int!, $next: Int!) {
    previous: holidays(year: $previous) {
      date
    }
    current: holidays(year: $current) {
      date
    }
    next: holidays(year: $next) {
      date
    }
  }
`);
