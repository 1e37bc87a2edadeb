import { HolidaysQuery } from "./documents";

/** Tests: the national holidays of last, this and next year for deadline badges, `dates` (YYYY-MM-DD) and no others. */
export function holidaysMock(dates: string[], current = 2026) {
  const of = (year: number) =>
    dates.filter((date) => date.startsWith(`${year}-`)).map((date) => ({ __typename: "Holiday", date }));
  return {
    request: { query: HolidaysQuery, variables: { previous: current - 1, current, next: current + 1 } },
    result: { data: { previous: of(current - 1), current: of(current), next: of(current + 1) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Tests: no holidays in any year, for every deadline badge a test does not give its own holidays (put it last). */
export const noHolidaysMock = { ...holidaysMock([]), request: { query: HolidaysQuery, variables: () => true } };
