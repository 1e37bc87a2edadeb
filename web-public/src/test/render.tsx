import { createRenderWithProviders } from "@aduan/graphql-client/testing";
import { createAppI18n } from "../app/i18n";

/**
 * Renders with the app's real providers: Apollo's MockedProvider (only the network is mocked: the documents and
 * cache policies are the app's own), the app's Indonesian texts and a router at `path`.
 */
export const renderWithProviders = createRenderWithProviders({
  i18n: await createAppI18n({ persist: false, language: "id" }),
});
