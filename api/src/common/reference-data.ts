import type { EntityManager } from "@mikro-orm/postgresql";
import { allAgencies } from "../agencies/agency.queries";
import type { AgencyRow } from "../agencies/agency.types";
import { allCategories } from "../categories/category.queries";
import type { CategoryRow } from "../categories/category.types";
import { allRegions } from "../regions/region.queries";
import type { RegionRow } from "../regions/region.types";

export interface ReferenceSnapshot {
  regions: Map<string, RegionRow>;
  categories: Map<number, CategoryRow>;
  agencies: Map<number, AgencyRow>;
}

/**
 * Regions, categories and agencies change rarely and are on every page: each API process keeps them in memory
 * (about 9,000 rows, a few MB) and reloads them in the background once they are older than `maxAgeMs`, so the hot
 * read paths need no statement for them. A key the snapshot lacks (an agency created a moment ago) falls back to
 * SQL in the loader; writes that change them call `invalidate()`.
 */
export class ReferenceData {
  private snapshot: ReferenceSnapshot | null = null;
  private loadedAt = 0;
  private loading: Promise<ReferenceSnapshot> | null = null;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly maxAgeMs = 60_000,
  ) {}

  private load(): Promise<ReferenceSnapshot> {
    this.loading ??= (async () => {
      try {
        const em = this.fork();
        const [regions, categories, agencies] = await Promise.all([allRegions(em), allCategories(em), allAgencies(em)]);
        const snapshot: ReferenceSnapshot = {
          regions: new Map(regions.map((r) => [r.code, r])),
          categories: new Map(categories.map((c) => [c.key, c])),
          agencies: new Map(agencies.map((a) => [a.key, a])),
        };
        this.snapshot = snapshot;
        this.loadedAt = Date.now();
        return snapshot;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /** The current snapshot; a stale one is served while a fresh one loads. */
  async get(): Promise<ReferenceSnapshot> {
    if (!this.snapshot) return this.load();
    if (Date.now() - this.loadedAt > this.maxAgeMs) void this.load().catch(() => undefined);
    return this.snapshot;
  }

  /** The snapshot in hand, if any, without waiting: for resolvers that look up thousands of keys at once. */
  current(): ReferenceSnapshot | null {
    return this.snapshot;
  }

  invalidate(): void {
    this.snapshot = null;
  }
}
