import { StaffRoot } from "@aduan/graphql-client/session";
import { AppRoutes } from "./routes";

/** The header and, depending on the session, the sign-in form or the verification portal's pages. */
export function Root() {
  return (
    <StaffRoot homeHref={import.meta.env.BASE_URL}>
      <AppRoutes />
    </StaffRoot>
  );
}
