import { type Role, SessionProvider } from "@aduan/graphql-client/session";
import type { ReactNode } from "react";
import { publicTokens } from "./tokens";

/** Citizens' accounts only: a staff account signing in here is refused (NO_ACCESS), its token revoked at once. */
export const CITIZEN_ROLES: readonly Role[] = ["CITIZEN"];

/**
 * The graphql-client's session (viewer, logIn, logOut) for the citizen's token. Mounted by the lazy pages that need
 * it, not around the whole app, so the entry stays within its budget; they share one token store and the cached
 * viewer, so they agree on who is signed in.
 */
export function PublicSession({ children }: { children: ReactNode }) {
  return (
    <SessionProvider tokens={publicTokens} allowedRoles={CITIZEN_ROLES}>
      {children}
    </SessionProvider>
  );
}
