/** The sign-in and sign-up pages' parameter for where to go back to afterwards. */
export const RETURN_PARAM = "kembali";

/**
 * A path of this app to return to, or "/" for anything else: never another site ("//evil.example",
 * "https://..."), which would make the sign-in page an open redirect.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/** The sign-in page's address that comes back to `returnTo` (the current page) afterwards. */
export function signInHref(returnTo: string, page: "/masuk" | "/daftar" = "/masuk"): string {
  const path = safeReturnPath(returnTo);
  return path === "/" ? page : `${page}?${new URLSearchParams({ [RETURN_PARAM]: path })}`;
}
