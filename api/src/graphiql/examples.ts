/**
 * The IDE's starting tabs: one per question analysts ask most, each a commented query with its values written inline
 * (edit them in place). The IDE keeps the user's own tabs in the browser afterwards ("Clear data" in its settings
 * brings these back).
 */
export interface ExampleTab {
  query: string;
}

/** What a new, empty tab shows: how to sign in, the limits, and where the open data is. */
export const WELCOME = `# Aduan GraphQL API
#
# Public data needs no sign-in: statistics, public reports, regions, categories, agencies.
# Staff and analysts sign in with the logIn mutation below, then put the token in the
# Headers tab:  { "Authorization": "Bearer <token>" }
#
# Limits: 12 levels deep, 30 aliases, at most 50,000 nodes per query (a connection's
# page size multiplies what is below it), pages of at most 100.
# Bulk downloads (no GraphQL needed):
#   /open-data/reports.csv?from=2026-01-01&to=2026-02-01   (also .json and .ndjson)
#   /open-data/statistics.csv?groupBy=PROVINCE,MONTH&from=2026-01-01&to=2027-01-01
# Press Ctrl-Enter to run; Ctrl-Space completes; the book icon opens the schema's docs.

mutation LogIn {
  logIn(input: { email: "analyst@example.go.id", password: "your password" }) {
    token
    userErrors { field message }
  }
}
`;

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# Reports per province per month for one year.
# Months start at midnight Asia/Jakarta; "to" is exclusive.
# The same as CSV: /open-data/statistics.csv?groupBy=PROVINCE,MONTH&from=2026-01-01&to=2027-01-01
query MonthlyReportsByProvince {
  statistics(
    filter: { from: "2026-01-01T00:00:00+07:00", to: "2027-01-01T00:00:00+07:00" }
    groupBy: [PROVINCE, MONTH]
  ) {
    total
    buckets {
      key { province { code name } period }
      count
      resolvedCount
    }
  }
}
`,
  },
  {
    query: `# Agency league table: share of dispositions answered within their deadline
# (slaCompliance, 0..1), response and resolution times, ratings. Agencies with
# fewer than 30 dispositions in the period are left out (too few to rank).
# Sort by slaCompliance in your tool; filter by agencyIds to rank one ministry's units.
query AgencyLeagueTable {
  statistics(
    filter: { from: "2026-01-01T00:00:00+07:00", to: "2027-01-01T00:00:00+07:00" }
    groupBy: [AGENCY]
  ) {
    buckets {
      key { agency { id name } }
      dispositionCount
      slaCompliance
      medianFirstResponseHours
      medianResolutionHours
      averageRating
      count
    }
  }
}
`,
  },
  {
    query: `# Kind mix: complaints, information requests, suggestions, whistleblowing,
# priority programmes, month by month.
query KindMix {
  statistics(
    filter: { from: "2026-01-01T00:00:00+07:00", to: "2027-01-01T00:00:00+07:00" }
    groupBy: [KIND, MONTH]
  ) {
    total
    buckets {
      key { kind period }
      count
    }
  }
}
`,
  },
  {
    query: `# How reports end: confirmed by the reporter vs closed because the reply window
# passed in silence, per province. Add kinds, categoryIds or regionCodes to the filter
# to narrow it down.
query ResolutionOutcomes {
  statistics(
    filter: { from: "2026-01-01T00:00:00+07:00", to: "2027-01-01T00:00:00+07:00" }
    groupBy: [PROVINCE]
  ) {
    total
    buckets {
      key { province { code name } }
      count
      resolvedCount
      confirmedCount
      autoClosedCount
      medianResolutionHours
    }
  }
}
`,
  },
  {
    query: `# One report by its tracking ID: status, dates and timeline are public to whoever
# holds the ID; content (title, category, region) only where the report is public
# (verified and not confidential).
# Replace the tracking ID with a real one (ADU- and 8 characters).
query ReportByTrackingId {
  trackReport(trackingId: "ADU-XXXX-XXXX") {
    trackingId
    status
    kind
    title
    category { name }
    region { code name }
    createdAt
    verifiedAt
    firstResponseAt
    resolvedAt
    resolution
    supportCount
    timeline { type status createdAt }
  }
}
`,
  },
  { query: WELCOME },
];
