import { Role } from "./enums";

/** Who is asking. Built once per request in the context; the only place tokens are read. */
export interface Viewer {
  userId: number | null;
  name: string | null;
  roles: Role[];
  agencyId: number | null;
  /** HMAC tag of the user's ID, matching reports they submitted while signed in. */
  ownerTag: string | null;
  sessionId: string | null;
}

export const ANONYMOUS: Viewer = {
  userId: null,
  name: null,
  roles: [],
  agencyId: null,
  ownerTag: null,
  sessionId: null,
};

export const isVerifier = (v: Viewer) => v.roles.includes(Role.VERIFIER) || v.roles.includes(Role.ADMIN);
export const isAdmin = (v: Viewer) => v.roles.includes(Role.ADMIN);
export const isAgencyStaff = (v: Viewer) =>
  v.agencyId != null && (v.roles.includes(Role.AGENCY_ADMIN) || v.roles.includes(Role.AGENCY_OPERATOR));
export const isAgencyAdmin = (v: Viewer) => v.agencyId != null && v.roles.includes(Role.AGENCY_ADMIN);
export const isAnalyst = (v: Viewer) => v.roles.includes(Role.ANALYST);
/** Anyone whose role lets them see staff-only names (event actors, staff message authors). */
export const isStaff = (v: Viewer) => isVerifier(v) || isAgencyStaff(v);
