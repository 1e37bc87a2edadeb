import { createTokenStore } from "@aduan/graphql-client/session";

export const PUBLIC_SESSION_KEY = "aduan.public.session";

/**
 * The citizen's session token (its own localStorage key: the staff portals on this origin keep theirs apart). The
 * entry hands it to the Apollo client; the lazy account pages sign in and out with it.
 */
export const publicTokens = createTokenStore(PUBLIC_SESSION_KEY);
