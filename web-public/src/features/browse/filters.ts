// The browse page's filters and their place in the address (/laporan?jenis=...&urut=dukungan), so a filtered view can
// be shared and survives a reload. Pure functions: nothing here touches the DOM or the router.

export const REPORT_KINDS = [
  "COMPLAINT",
  "INFORMATION_REQUEST",
  "SUGGESTION",
  "WHISTLEBLOWING",
  "PRIORITY_PROGRAM",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The statuses a public report can have (a report is public once verified, so never SUBMITTED). */
export const PUBLIC_STATUSES = [
  "AWAITING_INFORMATION",
  "DISPOSED",
  "IN_PROGRESS",
  "RESPONDED",
  "RESOLVED",
  "MERGED",
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const SORTS = ["newest", "supported"] as const;
export type Sort = (typeof SORTS)[number];

export interface BrowseFilters {
  kind: ReportKind | null;
  /** A category's global ID (its subcategories match too). */
  categoryId: string | null;
  /** Province code, e.g. "32". */
  province: string | null;
  /** Regency/city code within the province, e.g. "32.73". */
  regency: string | null;
  status: PublicStatus | null;
  search: string;
  sort: Sort;
}

export const NO_FILTERS: BrowseFilters = {
  kind: null,
  categoryId: null,
  province: null,
  regency: null,
  status: null,
  search: "",
  sort: "newest",
};

/** The address's parameter for each filter (Indonesian, like the app's paths). */
const PARAM = {
  kind: "jenis",
  categoryId: "kategori",
  province: "provinsi",
  regency: "kabupaten",
  status: "status",
  search: "cari",
  sort: "urut",
} as const;

const SORT_PARAM: Record<Sort, string> = { newest: "terbaru", supported: "dukungan" };

const PROVINCE_CODE = /^[0-9]{2}$/;
const REGENCY_CODE = /^[0-9]{2}\.[0-9]{2}$/;
/** A global ID is base64 (URL-safe or not, with or without padding). */
const GLOBAL_ID = /^[A-Za-z0-9+/_-]{2,100}={0,2}$/;
/** The API's limit on filter.search. */
export const SEARCH_MAX = 200;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * The filters in an address's query string ("?jenis=COMPLAINT&..." or without "?"). Anything unknown or malformed
 * is ignored rather than sent to the API: a hand-edited or outdated link still opens a list.
 */
export function parseFilters(search: string): BrowseFilters {
  const params = new URLSearchParams(search);
  const get = (key: keyof typeof PARAM) => params.get(PARAM[key])?.trim() || null;
  const regency = get("regency");
  const validRegency = regency && REGENCY_CODE.test(regency) ? regency : null;
  const province = get("province");
  const validProvince = province && PROVINCE_CODE.test(province) ? province : null;
  const categoryId = get("categoryId");
  const sort = get("sort");
  return {
    kind: oneOf(REPORT_KINDS, get("kind")),
    categoryId: categoryId && GLOBAL_ID.test(categoryId) ? categoryId : null,
    // A regency names its province (its code's first part); one from another province is dropped.
    province: validProvince ?? validRegency?.slice(0, 2) ?? null,
    regency: validRegency && (!validProvince || validRegency.startsWith(`${validProvince}.`)) ? validRegency : null,
    status: oneOf(PUBLIC_STATUSES, get("status")),
    search: (params.get(PARAM.search) ?? "").trim().slice(0, SEARCH_MAX),
    sort: sort === SORT_PARAM.supported ? "supported" : "newest",
  };
}

/** The query string for `filters` (without "?"; empty for no filters), defaults left out, in a stable order. */
export function serializeFilters(filters: BrowseFilters): string {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set(PARAM.search, filters.search.trim());
  if (filters.kind) params.set(PARAM.kind, filters.kind);
  if (filters.categoryId) params.set(PARAM.categoryId, filters.categoryId);
  if (filters.province) params.set(PARAM.province, filters.province);
  if (filters.province && filters.regency) params.set(PARAM.regency, filters.regency);
  if (filters.status) params.set(PARAM.status, filters.status);
  if (filters.sort !== "newest") params.set(PARAM.sort, SORT_PARAM[filters.sort]);
  return params.toString();
}

/** The filters after one of them changed: a new province clears the regency that belonged to the old one. */
export function withFilter<K extends keyof BrowseFilters>(
  filters: BrowseFilters,
  key: K,
  value: BrowseFilters[K],
): BrowseFilters {
  const next = { ...filters, [key]: value };
  if (key === "province" && value !== filters.province) next.regency = null;
  return next;
}

/** How many filters narrow the list (the sort order is not one). */
export function activeFilterCount(filters: BrowseFilters): number {
  return [filters.kind, filters.categoryId, filters.province, filters.status, filters.search.trim() || null].filter(
    (v) => v !== null,
  ).length;
}

export interface ReportListVariables {
  filter?: {
    kinds?: ReportKind[];
    categoryIds?: string[];
    regionCodes?: string[];
    statuses?: PublicStatus[];
    search?: string;
  };
  orderBy?: { field: "CREATED_AT" | "SUPPORT_COUNT"; direction: "DESC" };
}

/** The `reports` query's filter and order for `filters`; nothing at all for the defaults (the home page's list). */
export function toReportVariables(filters: BrowseFilters): ReportListVariables {
  const filter: NonNullable<ReportListVariables["filter"]> = {};
  if (filters.kind) filter.kinds = [filters.kind];
  if (filters.categoryId) filter.categoryIds = [filters.categoryId];
  const region = filters.regency ?? filters.province;
  if (region) filter.regionCodes = [region];
  if (filters.status) filter.statuses = [filters.status];
  if (filters.search.trim()) filter.search = filters.search.trim();
  const variables: ReportListVariables = {};
  if (Object.keys(filter).length) variables.filter = filter;
  if (filters.sort === "supported") variables.orderBy = { field: "SUPPORT_COUNT", direction: "DESC" };
  return variables;
}

const LAST_LIST_KEY = "aduan.browse.last";

/** Remembers the list last browsed in this tab, so a report opened from it leads back to the same filtered list. */
export function rememberList(query: string): void {
  try {
    sessionStorage.setItem(LAST_LIST_KEY, query);
  } catch {
    // Storage blocked: the way back is the unfiltered list.
  }
}

/** The address of the list last browsed in this tab ("/laporan" when none). */
export function lastListHref(): string {
  let query: string | null = null;
  try {
    query = sessionStorage.getItem(LAST_LIST_KEY);
  } catch {
    query = null;
  }
  const filters = serializeFilters(parseFilters(query ?? ""));
  return filters ? `/laporan?${filters}` : "/laporan";
}
