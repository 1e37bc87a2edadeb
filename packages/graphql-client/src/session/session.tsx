import { useApolloClient, useQuery } from "@apollo/client/react";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { describeError, isUnauthenticated } from "../errors";
import type { SessionLogInMutation as LogInResult, Role, SessionUserFragment } from "../gql/graphql";
import { SessionLogInMutation, SessionLogOutMutation, SessionViewerQuery } from "./documents";
import type { TokenStore } from "./token-store";

export type { Role };
export type SessionUser = SessionUserFragment;

/** Why signing in failed: an API user-error code (INVALID_CREDENTIALS, ...), NO_ACCESS, or an ErrorKind. */
export interface SignInFailure {
  code: string;
  message?: string | null;
}

export type SignedOutReason = "SESSION_EXPIRED" | "NO_ACCESS";

export type SessionState =
  | { status: "checking" }
  | { status: "signedOut"; reason: SignedOutReason | null }
  /** A token is kept but the API cannot be reached to check it. */
  | { status: "unavailable"; retry(): void }
  | { status: "signedIn"; user: SessionUser };

export interface Session {
  state: SessionState;
  signIn(credentials: { email: string; password: string }): Promise<SignInFailure | null>;
  /** Starts a session from a token the API gave another way (signUp): a fresh cache that already knows the viewer. */
  adopt(token: string, user: SessionUser): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionProviderProps {
  tokens: TokenStore;
  /** Roles that may use this app; anyone else is signed out again with NO_ACCESS. */
  allowedRoles: readonly Role[];
  children: ReactNode;
}

/** Signs staff in and out with the API's logIn/logOut and knows who is signed in (the `viewer`). */
export function SessionProvider({ tokens, allowedRoles, children }: SessionProviderProps) {
  const client = useApolloClient();
  const token = useSyncExternalStore(tokens.subscribe, tokens.get, () => null);
  const [reason, setReason] = useState<SignedOutReason | null>(null);
  const leaving = useRef(false);
  const previousToken = useRef(token);

  const mayUse = useCallback(
    (user: SessionUser) => user.roles.some((role) => allowedRoles.includes(role)),
    [allowedRoles],
  );

  // A token that disappears without signOut() was rejected by the API (expired, revoked) or dropped in another tab.
  useEffect(() => {
    if (previousToken.current && !token) {
      if (!leaving.current) setReason((r) => r ?? "SESSION_EXPIRED");
      void client.clearStore();
    }
    leaving.current = false;
    previousToken.current = token;
  }, [token, client]);

  const viewer = useQuery(SessionViewerQuery, { skip: !token });
  const user = token ? viewer.data?.viewer : undefined;

  useEffect(() => {
    if (!token) return;
    if ((viewer.data && viewer.data.viewer === null) || isUnauthenticated(viewer.error)) tokens.set(null);
    else if (user && !mayUse(user)) {
      // Roles changed since sign-in: end the session this portal cannot use.
      leaving.current = true;
      setReason("NO_ACCESS");
      void client.mutate({ mutation: SessionLogOutMutation }).catch(() => undefined);
      tokens.set(null);
    }
  }, [token, viewer.data, viewer.error, user, mayUse, tokens, client]);

  const adopt = useCallback<Session["adopt"]>(
    async (newToken, newUser) => {
      await client.clearStore();
      client.writeQuery({ query: SessionViewerQuery, data: { __typename: "Query", viewer: newUser } });
      setReason(null);
      tokens.set(newToken);
    },
    [client, tokens],
  );

  const signIn = useCallback<Session["signIn"]>(
    async ({ email, password }) => {
      let payload: LogInResult["logIn"] | undefined;
      try {
        const result = await client.mutate({
          mutation: SessionLogInMutation,
          variables: { input: { email, password } },
        });
        payload = result.data?.logIn;
      } catch (error) {
        return { code: describeError(error) };
      }
      if (!payload) return { code: "UNKNOWN" };
      const [problem] = payload.userErrors;
      if (problem) return { code: problem.code, message: problem.message };
      if (!payload.token || !payload.user) return { code: "UNKNOWN" };
      if (!mayUse(payload.user)) {
        // Do not keep a session this portal cannot use.
        await client
          .mutate({
            mutation: SessionLogOutMutation,
            context: { headers: { authorization: `Bearer ${payload.token}` } },
          })
          .catch(() => undefined);
        return { code: "NO_ACCESS" };
      }
      await adopt(payload.token, payload.user);
      return null;
    },
    [client, mayUse, adopt],
  );

  const signOut = useCallback(async () => {
    leaving.current = true;
    setReason(null);
    try {
      await client.mutate({ mutation: SessionLogOutMutation });
    } catch {
      // The token is forgotten here either way and expires on its own.
    }
    tokens.set(null);
  }, [client, tokens]);

  let state: SessionState;
  if (!token) state = { status: "signedOut", reason };
  else if (user && mayUse(user)) state = { status: "signedIn", user };
  else if (viewer.error && !isUnauthenticated(viewer.error))
    state = { status: "unavailable", retry: () => void viewer.refetch() };
  else state = { status: "checking" };

  return <SessionContext.Provider value={{ state, signIn, adopt, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() needs a <SessionProvider> above it");
  return session;
}
