import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";
import { AppError } from "./errors";

/** Limits for public traffic (DESIGN.md): depth, aliases and a GitHub-style node count. */
export const LIMITS = { depth: 12, aliases: 30, nodes: 50_000, defaultPage: 50, smallList: 10 } as const;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  aliases: number;
  maxDepth: number;
}

function pageSize(field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, w: Walk): number | null {
  if (!def || !getNamedType(def.type).name.endsWith("Connection")) return null;
  const arg = field.arguments?.find((a) => a.name.value === "first" || a.name.value === "last");
  if (!arg) return LIMITS.defaultPage;
  const v = valueFromASTUntyped(arg.value, w.variables);
  return typeof v === "number" && v >= 0 ? v : LIMITS.defaultPage;
}

/**
 * Counts the nodes a query can return: each connection multiplies what is below it by its page size (GitHub's
 * "node limit" rule). Lists that are not connections (agencies, dispositions, timeline, attachments) are short by
 * nature and count as 10.
 */
function cost(set: SelectionSetNode, type: GraphQLNamedType, w: Walk, depth: number, multiplier: number): number {
  w.maxDepth = Math.max(w.maxDepth, depth);
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      // Introspection is bounded by graphql-js's own MaxIntrospectionDepthRule; the standard introspection query
      // (GraphiQL, codegen, Postman) is 15 levels of ofType and must not trip the depth limit.
      if (sel.name.value === "__schema" || sel.name.value === "__type") continue;
      if (sel.alias) w.aliases++;
      if (!sel.selectionSet) continue;
      const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
      const def = fields[sel.name.value];
      const child = def ? getNamedType(def.type) : type;
      const page = pageSize(sel, def, w);
      // A connection's nodes and edges are the page already counted; other lists count as 10.
      const insidePage = /(Connection|Edge)$/.test(type.name);
      const isList = !insidePage && def && /^\[|\]!?$/.test(String(def.type));
      const m = page != null ? multiplier * page : isList ? multiplier * LIMITS.smallList : multiplier;
      total += (page != null || isList ? m : 0) + cost(sel.selectionSet, child, w, depth + 1, m);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? (w.schema.getType(sel.typeCondition.name.value) ?? type) : type;
      total += cost(sel.selectionSet, t, w, depth, multiplier);
    } else {
      const frag = w.fragments[sel.name.value];
      if (frag)
        total += cost(frag.selectionSet, w.schema.getType(frag.typeCondition.name.value) ?? type, w, depth, multiplier);
    }
  }
  return total;
}

/** Throws BAD_USER_INPUT when an operation is too deep, uses too many aliases or may return too many nodes. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const root =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return;
  const w: Walk = { schema, fragments, variables, aliases: 0, maxDepth: 0 };
  const nodes = cost(operation.selectionSet, root, w, 1, 1);
  if (w.maxDepth > LIMITS.depth)
    throw new AppError("BAD_USER_INPUT", `Query is ${w.maxDepth} levels deep; the limit is ${LIMITS.depth}`);
  if (w.aliases > LIMITS.aliases)
    throw new AppError("BAD_USER_INPUT", `Query uses ${w.aliases} aliases; the limit is ${LIMITS.aliases}`);
  if (nodes > LIMITS.nodes)
    throw new AppError(
      "BAD_USER_INPUT",
      `Query may return ${nodes} nodes; the limit is ${LIMITS.nodes}: ask for smaller pages`,
    );
}

export function queryLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (operation) checkQueryLimits(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}
