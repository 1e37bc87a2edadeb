import { AgencySearchQuery } from "./graphql";

/** An agency as the pickers and trees read it, for component tests. */
export function agencyNode(id: string, name: string, parent: { id: string; name: string } | null = null) {
  return {
    __typename: "Agency" as const,
    id,
    name,
    parent: parent ? { __typename: "Agency" as const, ...parent } : null,
  };
}

/** The agency picker's search (any number of times), answering `nodes` for `search` (null: the empty field). */
export function agencySearchMock(nodes: ReturnType<typeof agencyNode>[], search: string | null = null) {
  return {
    request: { query: AgencySearchQuery, variables: { search, first: 20 } },
    result: { data: { agencies: { __typename: "AgencyConnection" as const, nodes } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
