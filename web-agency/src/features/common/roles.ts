import { useSession } from "@aduan/graphql-client/session";

/** Whether the signed-in user administers their agency (the API authorises anyway: this only hides what they cannot do). */
export function useIsAgencyAdmin(): boolean {
  const { state } = useSession();
  return state.status === "signedIn" && state.user.roles.includes("AGENCY_ADMIN");
}
