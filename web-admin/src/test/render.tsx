import { noHolidaysMock } from "@aduan/graphql-client/deadlines/mocks";
import { createRenderWithProviders, type RenderOptions } from "@aduan/graphql-client/testing";
import type { ReactNode } from "react";
import { ALLOWED_ROLES } from "../app/app";
import { createAppI18n } from "../app/i18n";
import { VerificationQueueUpdatesSubscription } from "../features/verification/graphql";

export const SESSION_KEY = "aduan.admin.test-session";

const render = createRenderWithProviders({
  i18n: await createAppI18n({ persist: false, language: "id" }),
  session: { key: SESSION_KEY, allowedRoles: ALLOWED_ROLES },
});

/** The queue's live updates and the deadline badges' holidays (none), quiet unless a test sends one (its own mock comes first). */
const quietUpdates = {
  request: { query: VerificationQueueUpdatesSubscription },
  result: { data: undefined },
  delay: Infinity,
};

/**
 * Renders with the app's real providers: Apollo's MockedProvider (only the network is mocked), the app's Indonesian
 * texts, the session (a token in localStorage under SESSION_KEY signs in) and a router at `path`.
 */
export function renderWithProviders(ui: ReactNode, options: RenderOptions = {}) {
  return render(ui, { ...options, mocks: [...(options.mocks ?? []), quietUpdates, noHolidaysMock] });
}
