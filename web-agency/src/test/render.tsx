import { createRenderWithProviders } from "@aduan/graphql-client/testing";
import { ALLOWED_ROLES } from "../app/app";
import { createAppI18n } from "../app/i18n";

export const SESSION_KEY = "aduan.agency.test-session";

/**
 * Renders with the app's real providers: Apollo's MockedProvider (only the network is mocked), the app's Indonesian
 * texts, the session (a token in localStorage under SESSION_KEY signs in) and a router at `path`.
 */
export const renderWithProviders = createRenderWithProviders({
  i18n: await createAppI18n({ persist: false, language: "id" }),
  session: { key: SESSION_KEY, allowedRoles: ALLOWED_ROLES },
});
