import { createRenderWithProviders } from "@aduan/graphql-client/testing";
import { createAppI18n } from "../app/i18n";
import { CITIZEN_ROLES } from "../features/account/session";
import { PUBLIC_SESSION_KEY } from "../features/account/tokens";

const i18n = await createAppI18n({ persist: false, language: "id" });

/**
 * Renders with the app's real providers: Apollo's MockedProvider (only the network is mocked: the documents and
 * cache policies are the app's own), the app's Indonesian texts and a router at `path`.
 */
export const renderWithProviders = createRenderWithProviders({ i18n });

/** The same, with a citizen's session: a token in localStorage under PUBLIC_SESSION_KEY signs in (mock the viewer). */
export const renderWithSession = createRenderWithProviders({
  i18n,
  session: { key: PUBLIC_SESSION_KEY, allowedRoles: CITIZEN_ROLES },
});
