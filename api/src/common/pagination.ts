import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors";

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageRequest {
  limit: number;
  /** true when paging backwards (last/before). */
  backward: boolean;
  cursor: CursorValue | null;
}

export interface CursorValue {
  /** The sort key's value (ISO date, number, or null). */
  v: string | number | null;
  id: number;
}

export function encodeCursor(c: CursorValue): string {
  return Buffer.from(JSON.stringify([c.v, c.id])).toString("base64url");
}

export function decodeCursor(cursor: string, field: string): CursorValue {
  try {
    const [v, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Number.isInteger(id) || !(v === null || typeof v === "string" || typeof v === "number")) throw new Error();
    return { v, id };
  } catch {
    throw badInput(`${field} is not a valid cursor`, field);
  }
}

/** Checks a decoded cursor's sort value against the kind the ordering expects. */
export function checkCursorValue(
  c: CursorValue | null,
  kind: "date" | "number" | "string",
  nullable: boolean,
  field: string,
): void {
  if (!c) return;
  const ok =
    c.v === null
      ? nullable
      : kind === "date"
        ? typeof c.v === "string" && !Number.isNaN(Date.parse(c.v))
        : typeof c.v === kind;
  if (!ok) throw badInput(`${field} is not a valid cursor for this ordering`, field);
}

/** Validates Relay arguments: at most 100 a page, not both directions at once. */
export function pageRequest(args: PageArgs, defaultSize = 20): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput("Use first or last, not both", "first");
  if (after != null && before != null) throw badInput("Use after or before, not both", "after");
  for (const [name, n] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (n != null && (n < 0 || n > MAX_PAGE)) throw badInput(`${name} must be between 0 and ${MAX_PAGE}`, name);
  }
  const backward = last != null || before != null;
  const limit = (backward ? last : first) ?? defaultSize;
  const raw = backward ? before : after;
  return { limit, backward, cursor: raw != null ? decodeCursor(raw, backward ? "before" : "after") : null };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** Builds a connection from rows fetched with limit + 1 (the extra row tells whether another page exists). */
export function toConnection<T>(
  rows: T[],
  req: PageRequest,
  cursorOf: (row: T) => CursorValue,
  count: () => Promise<number>,
): Connection<T> {
  const more = rows.length > req.limit;
  const page = rows.slice(0, req.limit);
  if (req.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: req.backward ? req.cursor != null : more,
      hasPreviousPage: req.backward ? more : req.cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // Counted only when the client selects totalCount.
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** A named connection type for a node class: edges, nodes, pageInfo, totalCount. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}
