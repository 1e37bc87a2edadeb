import type { Bucket, BucketKey } from "./view-state";

/** Test data: a statistics bucket with every figure at zero or none, but those given. */
export function key(parts: Partial<BucketKey>): BucketKey {
  return {
    __typename: "StatisticsKey",
    period: null,
    kind: null,
    channel: null,
    status: null,
    category: null,
    agency: null,
    province: null,
    regency: null,
    ...parts,
  };
}

export function bucket(parts: Partial<BucketKey>, figures: Partial<Bucket> = {}): Bucket {
  return {
    __typename: "StatisticsBucket",
    key: key(parts),
    count: 0,
    resolvedCount: 0,
    confirmedCount: 0,
    autoClosedCount: 0,
    dispositionCount: 0,
    medianFirstResponseHours: null,
    medianResolutionHours: null,
    slaCompliance: null,
    averageRating: null,
    ...figures,
  };
}
