import { graphql } from "./gql";
import type { AgencyInboxQueryVariables, DispositionFilter, OrderDirection, ReportKind } from "./gql/graphql";

export const INBOX_PAGE_SIZE = 50;

export const InboxDispositionFragment = graphql(`
  fragment InboxDisposition on Disposition {
    id
    status
    dueAt
    overdue
    escalation
    createdAt
    agency {
      id
      name
    }
    report {
      id
      trackingId
      title
      kind
      status
      category {
        id
        name
      }
      region {
        id
        name
      }
    }
  }
`);

export const AgencyInboxQuery = graphql(`
  query AgencyInbox($first: Int!, $after: String, $filter: DispositionFilter, $orderBy: DispositionOrder) {
    dispositions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxDisposition
        }
      }
    }
  }
`);

export const DispositionUpdatesSubscription = graphql(`
  subscription DispositionUpdates {
    dispositionUpdates {
      ...InboxDisposition
    }
  }
`);

export const InboxCategoriesQuery = graphql(`
  query InboxCategories {
    categories {
      id
      name
      parent {
        id
      }
    }
  }
`);

export const InboxRegionsQuery = graphql(`
  query InboxRegions($parentCode: String) {
    regions(parentCode: $parentCode) {
      id
      code
      name
    }
  }
`);

export const AcceptDispositionMutation = graphql(`
  mutation AcceptDisposition($input: DispositionActionInput!) {
    acceptDisposition(input: $input) {
      disposition {
        id
        status
        acceptedAt
        report {
          id
          status
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const INBOX_TABS = ["new", "inProgress", "awaiting", "overdue", "responded", "done"] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

/** What each tab holds, as a filter on the agency's dispositions. */
export const TAB_FILTERS: Record<InboxTab, DispositionFilter> = {
  new: { statuses: ["PENDING"] },
  inProgress: { statuses: ["ACCEPTED", "AWAITING_APPROVAL"] },
  /** Responses drafted by operators, held until an agency admin approves them. */
  awaiting: { statuses: ["AWAITING_APPROVAL"] },
  overdue: { statuses: ["PENDING", "ACCEPTED", "AWAITING_APPROVAL"], overdue: true },
  responded: { statuses: ["RESPONDED"] },
  done: { statuses: ["CLOSED", "FORWARDED", "RETURNED"] },
};

export type DueFilter = "any" | "overdue" | "onTime";

export interface InboxFilters {
  kind?: ReportKind | null;
  categoryId?: string | null;
  /** A province's code, or a regency's within it. */
  provinceCode?: string | null;
  regencyCode?: string | null;
  due?: DueFilter;
  search?: string;
  sort?: { field: "DUE_AT" | "CREATED_AT"; direction: OrderDirection };
}

/** The inbox query for a tab and the operator's filters; by default the nearest deadline first. */
export function inboxVariables(tab: InboxTab, filters: InboxFilters = {}): AgencyInboxQueryVariables {
  const filter: DispositionFilter = { ...TAB_FILTERS[tab] };
  if (filters.kind) filter.kinds = [filters.kind];
  if (filters.categoryId) filter.categoryIds = [filters.categoryId];
  const regionCode = filters.regencyCode || filters.provinceCode;
  if (regionCode) filter.regionCodes = [regionCode];
  if (filters.due === "overdue") filter.overdue = true;
  if (filters.due === "onTime") filter.overdue = false;
  const search = filters.search?.trim();
  if (search) filter.search = search;
  return {
    first: INBOX_PAGE_SIZE,
    filter,
    orderBy: filters.sort ?? { field: "DUE_AT", direction: "ASC" },
  };
}
