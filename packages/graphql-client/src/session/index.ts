export { SessionLogInMutation, SessionLogOutMutation, SessionViewerQuery } from "./documents";
export {
  type Role,
  type Session,
  SessionProvider,
  type SessionProviderProps,
  type SessionState,
  type SessionUser,
  type SignedOutReason,
  type SignInFailure,
  useSession,
} from "./session";
export { StaffApp, type StaffAppProps, StaffRoot, type StaffRootProps, StaffSignInPage } from "./staff";
export { createTokenStore, type TokenStore } from "./token-store";
