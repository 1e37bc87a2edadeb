import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { createCache } from "../cache";
import { createTokenStore, type Role, SessionProvider } from "../session";

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  path?: string;
}

/**
 * Makes an app's test render: with its real providers, Apollo's MockedProvider (only the network is mocked: the
 * documents and cache policies are the app's own), the app's texts `i18n`, for a staff portal the session (a token
 * in localStorage under `session.key` signs in) and a router at `path`.
 */
export function createRenderWithProviders({
  i18n,
  session,
}: {
  i18n: I18n;
  session?: { key: string; allowedRoles: readonly Role[] };
}) {
  return (ui: ReactNode, { mocks = [], path = "/" }: RenderOptions = {}) => {
    const { hook } = memoryLocation({ path });
    const routed = <Router hook={hook}>{ui}</Router>;
    return render(
      <MockedProvider mocks={mocks} cache={createCache()}>
        <I18nextProvider i18n={i18n}>
          {session ? (
            <SessionProvider tokens={createTokenStore(session.key)} allowedRoles={session.allowedRoles}>
              {routed}
            </SessionProvider>
          ) : (
            routed
          )}
        </I18nextProvider>
      </MockedProvider>,
    );
  };
}
