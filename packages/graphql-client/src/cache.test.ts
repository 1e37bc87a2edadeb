// @vitest-environment node
import { readFileSync } from "node:fs";
import { gql } from "@apollo/client";
import { buildSchema, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { createCache, possibleTypes } from "./cache";

const schema = buildSchema(readFileSync(new URL("../../../schema.graphql", import.meta.url), "utf8"));

describe("cache", () => {
  it("knows every type that implements Node", () => {
    const implementing = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node"))
      .map((type) => type.name)
      .sort();
    expect(possibleTypes.Node).toEqual(implementing);
  });

  it("appends pages of a connection per filter and keeps totalCount", () => {
    const cache = createCache();
    const query = gql`
      query Reports($first: Int, $after: String, $filter: ReportFilter) {
        reports(first: $first, after: $after, filter: $filter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              title
            }
          }
        }
      }
    `;
    const page = (ids: string[], endCursor: string, hasNextPage: boolean) => ({
      reports: {
        __typename: "ReportConnection",
        totalCount: 3,
        pageInfo: { __typename: "PageInfo", hasNextPage, endCursor },
        edges: ids.map((id) => ({
          __typename: "ReportEdge",
          cursor: `c${id}`,
          node: { __typename: "Report", id, title: `Laporan ${id}` },
        })),
      },
    });
    const filter = { statuses: ["SUBMITTED"] };
    cache.writeQuery({ query, variables: { first: 2, filter }, data: page(["1", "2"], "c2", true) });
    cache.writeQuery({ query, variables: { first: 2, after: "c2", filter }, data: page(["3"], "c3", false) });
    const merged = cache.readQuery<ReturnType<typeof page>>({ query, variables: { first: 2, filter } });
    expect(merged?.reports.edges.map((e) => e.node.id)).toEqual(["1", "2", "3"]);
    expect(merged?.reports.totalCount).toBe(3);
    expect(merged?.reports.pageInfo.hasNextPage).toBe(false);
    expect(cache.readQuery({ query, variables: { first: 2, filter: { statuses: ["DISPOSED"] } } })).toBeNull();
  });
});
