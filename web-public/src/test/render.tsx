import { createCache } from "@aduan/graphql-client/cache";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { createAppI18n } from "../app/i18n";

const i18n = await createAppI18n({ persist: false, language: "id" });

/**
 * Renders with the app's real providers: Apollo's MockedProvider (only the network is mocked: the documents and
 * cache policies are the app's own), the app's Indonesian texts and a router at `path`.
 */
export function renderWithProviders(
  ui: ReactNode,
  { mocks = [], path = "/" }: { mocks?: MockLink.MockedResponse[]; path?: string } = {},
) {
  const { hook } = memoryLocation({ path });
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <I18nextProvider i18n={i18n}>
        <Router hook={hook}>{ui}</Router>
      </I18nextProvider>
    </MockedProvider>,
  );
}
