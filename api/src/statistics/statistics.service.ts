import { badInput } from "../common/errors";
import { decodeId } from "../common/ids";
import type { AppServices } from "../context";
import { ALL_METRICS, type EngineQuery, type Needs, runQuery } from "./engine";
import {
  StatisticsDimension as Dim,
  type StatisticsFilter,
  type StatisticsResult,
  TIME_DIMENSIONS,
} from "./statistics.types";
import { CHANNELS, KINDS, STATUSES } from "./store";

/** An agency needs this many dispositions in the result to appear in a grouping by agency (a ranking). */
export const MIN_AGENCY_SAMPLE = 30;
export const MAX_DIMENSIONS = 3;

interface Tree {
  parentId: number | null;
}

/** Each node's ancestors, itself first (a cycle in bad data stops the walk). */
function lineage(nodes: Map<number, Tree>, id: number): number[] {
  const out: number[] = [];
  for (let at: number | null = id; at != null && !out.includes(at); at = nodes.get(at)?.parentId ?? null) out.push(at);
  return out;
}

function maxKey(nodes: Map<number, Tree>): number {
  let max = 0;
  for (const k of nodes.keys()) if (k > max) max = k;
  return max;
}

/** The nodes `ids` with all their descendants, as a mask by ID. */
function subtreeMask(nodes: Map<number, Tree>, ids: number[]): Uint8Array {
  const mask = new Uint8Array(maxKey(nodes) + 1);
  const wanted = new Set(ids);
  for (const id of nodes.keys()) if (lineage(nodes, id).some((a) => wanted.has(a))) mask[id] = 1;
  return mask;
}

/**
 * Where each node is counted when grouping: under its root, or, when the filter names exactly one node, under that
 * node's child it descends from (the node itself for its own reports): asking for a parent rolls its subtree up
 * one level below it.
 */
function bucketMap(nodes: Map<number, Tree>, filtered: number[] | null, empty: number): Int32Array {
  const map = new Int32Array(maxKey(nodes) + 1).fill(empty);
  const parent = filtered?.length === 1 ? filtered[0] : null;
  for (const id of nodes.keys()) {
    const up = lineage(nodes, id);
    if (parent == null) map[id] = up[up.length - 1];
    else {
      const at = up.indexOf(parent);
      if (at === 0) map[id] = parent;
      else if (at > 0) map[id] = up[at - 1];
    }
  }
  return map;
}

function enumMask<T>(all: readonly T[], chosen: T[] | null | undefined): Uint8Array | null {
  if (!chosen?.length) return null;
  const mask = new Uint8Array(all.length);
  for (const v of chosen) mask[all.indexOf(v)] = 1;
  return mask;
}

function decodeIds(ids: string[] | null | undefined, type: string, field: string, known: Map<number, unknown>) {
  if (!ids?.length) return null;
  return ids.map((id, i) => {
    const key = decodeId(id, type, `${field}.${i}`);
    if (!known.has(key)) throw badInput(`${field}.${i}: no such ${type.toLowerCase()}`, `${field}.${i}`);
    return key;
  });
}

export function checkDimensions(groupBy: Dim[] | null | undefined): Dim[] {
  const dims = groupBy ?? [];
  if (dims.length > MAX_DIMENSIONS) throw badInput(`groupBy takes at most ${MAX_DIMENSIONS} dimensions`, "groupBy");
  if (new Set(dims).size !== dims.length) throw badInput("groupBy names a dimension twice", "groupBy");
  if (dims.filter((d) => (TIME_DIMENSIONS as readonly Dim[]).includes(d)).length > 1)
    throw badInput("groupBy takes one time dimension (DAY, WEEK or MONTH) at most", "groupBy");
  return dims;
}

/**
 * Aggregates for a filter and up to three dimensions (one of them time at most), from this process's facts
 * (statistics/store.ts). Public: aggregates reveal no content; confidential reports count like any other.
 */
export async function computeStatistics(
  services: AppServices,
  filter: StatisticsFilter | null | undefined,
  groupBy: Dim[] | null | undefined,
  needs: Needs = ALL_METRICS,
): Promise<StatisticsResult> {
  const dims = checkDimensions(groupBy);
  const f = filter ?? {};
  const from = f.from?.getTime() ?? null;
  const to = f.to?.getTime() ?? null;
  if (from != null && to != null && from >= to) throw badInput("filter.from must be before filter.to", "filter.from");
  const ref = await services.reference.get();
  const categoryIds = decodeIds(f.categoryIds, "Category", "filter.categoryIds", ref.categories);
  const agencyIds = decodeIds(f.agencyIds, "Agency", "filter.agencyIds", ref.agencies);
  for (const [i, code] of (f.regionCodes ?? []).entries())
    if (!ref.regions.has(code))
      throw badInput(`filter.regionCodes.${i}: no region has code ${code}`, `filter.regionCodes.${i}`);

  const store = await services.statistics.get();
  let regions: Uint8Array | null = null;
  if (f.regionCodes?.length) {
    regions = new Uint8Array(store.regions.length);
    for (const code of f.regionCodes) {
      const i = store.regionIndexOf(code);
      if (i !== undefined) regions[i] = 1;
    }
  }
  const query: EngineQuery = {
    from,
    to,
    kinds: enumMask(KINDS, f.kinds),
    statuses: enumMask(STATUSES, f.statuses),
    channels: enumMask(CHANNELS, f.channels),
    categories: categoryIds && subtreeMask(ref.categories, categoryIds),
    agencies: agencyIds && subtreeMask(ref.agencies, agencyIds),
    regions,
    groupBy: dims,
    categoryBucket: bucketMap(ref.categories, categoryIds, 0),
    agencyBucket: bucketMap(ref.agencies, agencyIds, -1),
    minAgencySample: MIN_AGENCY_SAMPLE,
    now: Date.now(),
  };
  return runQuery(store, query, needs);
}
