import { graphql } from "./gql";

export const ServiceLevelsQuery = graphql(`
  query ManageServiceLevels($agencyId: ID) {
    serviceLevels(agencyId: $agencyId) {
      id
      step
      kind
      workingDays
      updatedAt
      agency {
        id
        name
      }
    }
  }
`);

export const SetServiceLevelMutation = graphql(`
  mutation ManageSetServiceLevel($input: SetServiceLevelInput!) {
    setServiceLevel(input: $input) {
      serviceLevel {
        id
        step
        kind
        workingDays
        updatedAt
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

export const RemoveServiceLevelMutation = graphql(`
  mutation ManageRemoveServiceLevel($input: RemoveServiceLevelInput!) {
    removeServiceLevel(input: $input) {
      serviceLevel {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const HolidaysQuery = graphql(`
  query ManageHolidays($year: Int!) {
    holidays(year: $year) {
      date
      name
    }
  }
`);

export const SetHolidayMutation = graphql(`
  mutation ManageSetHoliday($input: SetHolidayInput!) {
    setHoliday(input: $input) {
      holiday {
        date
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveHolidayMutation = graphql(`
  mutation ManageRemoveHoliday($input: RemoveHolidayInput!) {
    removeHoliday(input: $input) {
      holiday {
        date
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
