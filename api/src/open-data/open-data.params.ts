import { Channel, ReportKind, ReportStatus } from "../common/enums";
import { StatisticsDimension, type StatisticsFilter } from "../statistics/statistics.types";

/** A refusal of the query string: answered as 400 `{ error: { code: "BAD_USER_INPUT", message, field } }`. */
export class ParamError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

type Query = Record<string, unknown>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** One value per parameter: `?from=a&from=b` is a mistake, not a list. */
function single(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new ParamError(`${name} must be given once`, name);
  return v.trim();
}

/**
 * An ISO 8601 date or date-time with an offset. A bare date is midnight at the start of that day in Asia/Jakarta
 * (WIB), as the statistics' days and months are: `from=2026-01-01&to=2026-02-01` is January.
 */
export function parseInstant(q: Query, name: string): Date | undefined {
  const v = single(q, name);
  if (v === undefined || v === "") return undefined;
  const date = DATE.exec(v) ?? DATE_TIME.exec(v);
  const t = date ? Date.parse(DATE.test(v) ? `${v}T00:00:00+07:00` : v) : Number.NaN;
  // Date.parse rolls 2026-02-30 over into March; the calendar date must exist as written.
  const [y, m, d] = date ? [Number(date[1]), Number(date[2]), Number(date[3])] : [0, 0, 0];
  const real = new Date(Date.UTC(y, m - 1, d));
  if (
    Number.isNaN(t) ||
    real.getUTCFullYear() !== y ||
    real.getUTCMonth() !== m - 1 ||
    real.getUTCDate() !== d ||
    y < 2000 ||
    y > 9999
  ) {
    throw new ParamError(
      `${name} must be an ISO 8601 date (2026-01-31, midnight in Asia/Jakarta) or date-time with an offset (2026-01-31T08:00:00+07:00)`,
      name,
    );
  }
  return new Date(t);
}

/** `from` (inclusive) and `to` (exclusive) on when reports were submitted. */
export function parseRange(q: Query): { from?: Date; to?: Date } {
  const from = parseInstant(q, "from");
  const to = parseInstant(q, "to");
  if (from && to && from.getTime() >= to.getTime()) throw new ParamError("from must be before to", "from");
  return { from, to };
}

/** A comma-separated list (`kinds=COMPLAINT,SUGGESTION`; repeating the parameter works too). */
function list(q: Query, name: string, max = 100): string[] | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  const raw = Array.isArray(v) ? v : [v];
  if (raw.some((x) => typeof x !== "string")) throw new ParamError(`${name} must be a comma-separated list`, name);
  const items = (raw as string[])
    .flatMap((x) => x.split(","))
    .map((x) => x.trim())
    .filter((x) => x !== "");
  if (items.length > max) throw new ParamError(`${name} takes at most ${max} values`, name);
  return items.length ? items : undefined;
}

function enumList<E extends string>(q: Query, name: string, values: readonly E[]): E[] | undefined {
  const items = list(q, name);
  if (!items) return undefined;
  for (const item of items) {
    if (!values.includes(item.toUpperCase() as E))
      throw new ParamError(`${name}: ${item} is not one of ${values.join(", ")}`, name);
  }
  return items.map((i) => i.toUpperCase() as E);
}

/** Rejects parameters the endpoint does not know: a typo (`form=`) must not silently mean "everything". */
export function checkKnown(q: Query, known: readonly string[]): void {
  for (const name of Object.keys(q)) {
    if (!known.includes(name))
      throw new ParamError(`Unknown parameter ${name}; this endpoint takes ${known.join(", ")}`, name);
  }
}

export const REPORT_PARAMS = ["from", "to"] as const;

export const STATISTICS_PARAMS = [
  "groupBy",
  "from",
  "to",
  "kinds",
  "statuses",
  "categoryIds",
  "agencyIds",
  "regionCodes",
  "channels",
] as const;

/** The statistics query's filter and dimensions, as the GraphQL `statistics(filter, groupBy)` takes them. */
export function parseStatisticsQuery(q: Query): { filter: StatisticsFilter; groupBy: StatisticsDimension[] } {
  checkKnown(q, STATISTICS_PARAMS);
  const { from, to } = parseRange(q);
  const filter: StatisticsFilter = {
    from,
    to,
    kinds: enumList(q, "kinds", Object.values(ReportKind)),
    statuses: enumList(q, "statuses", Object.values(ReportStatus)),
    channels: enumList(q, "channels", Object.values(Channel)),
    // Global IDs and region codes are checked by the statistics service, with the same messages as in GraphQL.
    categoryIds: list(q, "categoryIds"),
    agencyIds: list(q, "agencyIds"),
    regionCodes: list(q, "regionCodes"),
  };
  const groupBy = enumList(q, "groupBy", Object.values(StatisticsDimension)) ?? [];
  return { filter, groupBy };
}
