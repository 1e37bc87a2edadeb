import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from "graphql";
import type { Context } from "../context";

/** Results per event payload, per identical question: gone with the payload. */
const results = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

/**
 * Everything an execution's result can depend on besides the payload and the database: the document, the
 * variables and the whole scope of the context (viewer, agency subtree, access-code grants, tracked reports).
 * Subscribers with the same fingerprint would compute byte-for-byte the same result.
 */
function fingerprint(args: ExecutionArgs): string {
  let doc = documentIds.get(args.document);
  if (doc === undefined) {
    doc = nextDocumentId++;
    documentIds.set(args.document, doc);
  }
  const ctx = args.contextValue as Context;
  return JSON.stringify([
    doc,
    args.operationName ?? null,
    args.variableValues ?? null,
    ctx.viewer,
    ctx.agencySubtree,
    [...ctx.reporterGrants],
    [...ctx.tracked],
  ]);
}

function executeShared(args: ExecutionArgs, payload: unknown) {
  const one = () => execute({ ...args, rootValue: payload });
  if (payload === null || typeof payload !== "object") return one();
  let byKey = results.get(payload);
  if (!byKey) {
    byKey = new Map();
    results.set(payload, byKey);
  }
  const key = fingerprint(args);
  let result = byKey.get(key);
  if (!result) {
    result = one();
    byKey.set(key, result);
  }
  return result;
}

/**
 * graphql-js's subscribe, except that subscribers asking the same question with the same scope share one execution
 * per event: the hub hands the same payload object to every member of a visibility class (live/hub.ts), so 9,000
 * anonymous citizens watching one report cost one execution, not 9,000. A subscriber whose scope differs in any way
 * (a signed-in viewer, an access-code grant) executes on its own.
 */
export async function sharedSubscribe(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (stream as object))) return stream as ExecutionResult;
  const source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const done = { done: true as const, value: undefined };
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const r = await source.next();
      if (r.done) return done;
      return { done: false, value: await executeShared(args, r.value) };
    },
    async return() {
      await source.return?.();
      return done;
    },
    async throw(e?: unknown) {
      await source.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
