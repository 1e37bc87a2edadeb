import { holidaysMock, noHolidaysMock } from "@aduan/graphql-client/deadlines/mocks";
import { createRenderWithProviders, type RenderOptions } from "@aduan/graphql-client/testing";
import type { ReactNode } from "react";
import { ALLOWED_ROLES } from "../app/app";
import { createAppI18n } from "../app/i18n";
import { DispositionUpdatesSubscription } from "../features/inbox/graphql";
import { ReportViewersSubscription, ViewReportMutation } from "../features/presence/graphql";

export const SESSION_KEY = "aduan.agency.test-session";

const render = createRenderWithProviders({
  i18n: await createAppI18n({ persist: false, language: "id" }),
  session: { key: SESSION_KEY, allowedRoles: ALLOWED_ROLES },
});

/** The inbox's live updates, quiet unless a test sends one (its own mock comes first). */
const quietUpdates = {
  request: { query: DispositionUpdatesSubscription },
  result: { data: undefined },
  delay: Infinity,
};

/** The report view's presence: nobody else viewing, unless a test says otherwise (its own mocks come first). */
const quietPresence = [
  {
    request: { query: ReportViewersSubscription, variables: () => true },
    result: { data: undefined },
    delay: Infinity,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ViewReportMutation, variables: () => true },
    result: { data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** The national holidays of 2025-2027 for deadline badges: `dates` (YYYY-MM-DD) and no others. */
export const holidays = holidaysMock;

/**
 * Renders with the app's real providers: Apollo's MockedProvider (only the network is mocked), the app's Indonesian
 * texts, the session (a token in localStorage under SESSION_KEY signs in) and a router at `path`.
 */
export function renderWithProviders(ui: ReactNode, options: RenderOptions = {}) {
  return render(ui, { ...options, mocks: [...(options.mocks ?? []), quietUpdates, ...quietPresence, noHolidaysMock] });
}
