import { registerEnumType } from "type-graphql";

export enum ReportKind {
  COMPLAINT = "COMPLAINT",
  INFORMATION_REQUEST = "INFORMATION_REQUEST",
  SUGGESTION = "SUGGESTION",
  WHISTLEBLOWING = "WHISTLEBLOWING",
  PRIORITY_PROGRAM = "PRIORITY_PROGRAM",
}
export enum ReportStatus {
  SUBMITTED = "SUBMITTED",
  AWAITING_INFORMATION = "AWAITING_INFORMATION",
  DISPOSED = "DISPOSED",
  IN_PROGRESS = "IN_PROGRESS",
  RESPONDED = "RESPONDED",
  RESOLVED = "RESOLVED",
  REJECTED = "REJECTED",
  MERGED = "MERGED",
}
export enum Channel {
  WEB = "WEB",
  MOBILE = "MOBILE",
  SMS = "SMS",
  TWITTER = "TWITTER",
  EMAIL = "EMAIL",
  API = "API",
  COUNTER = "COUNTER",
}
export enum Resolution {
  CONFIRMED = "CONFIRMED",
  AUTO_CLOSED = "AUTO_CLOSED",
}
export enum DispositionStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  AWAITING_APPROVAL = "AWAITING_APPROVAL",
  RESPONDED = "RESPONDED",
  RETURNED = "RETURNED",
  FORWARDED = "FORWARDED",
  CLOSED = "CLOSED",
}
export enum MessageVisibility {
  PUBLIC = "PUBLIC",
  INTERNAL = "INTERNAL",
}
export enum AuthorRole {
  REPORTER = "REPORTER",
  AGENCY = "AGENCY",
  VERIFIER = "VERIFIER",
  ADMIN = "ADMIN",
  SYSTEM = "SYSTEM",
}
export enum Role {
  ADMIN = "ADMIN",
  VERIFIER = "VERIFIER",
  AGENCY_ADMIN = "AGENCY_ADMIN",
  AGENCY_OPERATOR = "AGENCY_OPERATOR",
  ANALYST = "ANALYST",
  CITIZEN = "CITIZEN",
}
export enum RegionLevel {
  PROVINCE = "PROVINCE",
  REGENCY = "REGENCY",
  DISTRICT = "DISTRICT",
}
export enum AgencyKind {
  MINISTRY = "MINISTRY",
  INSTITUTION = "INSTITUTION",
  PROVINCE = "PROVINCE",
  REGENCY = "REGENCY",
  STATE_ENTERPRISE = "STATE_ENTERPRISE",
  UNIT = "UNIT",
}
export enum RejectionReason {
  INCOMPLETE = "INCOMPLETE",
  OUT_OF_SCOPE = "OUT_OF_SCOPE",
  NOT_PUBLIC_SERVICE = "NOT_PUBLIC_SERVICE",
}

/** Event types (ReportEvent.type, webhooks, audit search). Never carry reporter data. */
export const EventType = {
  SUBMITTED: "SUBMITTED",
  INFORMATION_REQUESTED: "INFORMATION_REQUESTED",
  INFORMATION_PROVIDED: "INFORMATION_PROVIDED",
  VERIFIED: "VERIFIED",
  DISPOSED: "DISPOSED",
  REJECTED: "REJECTED",
  MERGED: "MERGED",
  ACCEPTED: "ACCEPTED",
  FORWARDED: "FORWARDED",
  RETURNED: "RETURNED",
  RESPONSE_DRAFTED: "RESPONSE_DRAFTED",
  RESPONSE_APPROVED: "RESPONSE_APPROVED",
  RESPONDED: "RESPONDED",
  MESSAGE_POSTED: "MESSAGE_POSTED",
  CONFIRMED: "CONFIRMED",
  DISPUTED: "DISPUTED",
  AUTO_CLOSED: "AUTO_CLOSED",
  ESCALATED: "ESCALATED",
  DEADLINE_EXTENDED: "DEADLINE_EXTENDED",
  PRIVACY_RAISED: "PRIVACY_RAISED",
  PRIVACY_LOWERED: "PRIVACY_LOWERED",
  TITLE_CHANGED: "TITLE_CHANGED",
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

registerEnumType(ReportKind, { name: "ReportKind" });
registerEnumType(ReportStatus, { name: "ReportStatus" });
registerEnumType(Channel, { name: "Channel" });
registerEnumType(Resolution, {
  name: "Resolution",
  valuesConfig: {
    CONFIRMED: { description: "The reporter confirmed the outcome." },
    AUTO_CLOSED: { description: "The reply window passed without an answer from the reporter." },
  },
});
registerEnumType(DispositionStatus, { name: "DispositionStatus" });
registerEnumType(MessageVisibility, { name: "MessageVisibility" });
registerEnumType(AuthorRole, { name: "AuthorRole" });
registerEnumType(Role, { name: "Role" });
registerEnumType(RegionLevel, { name: "RegionLevel" });
registerEnumType(AgencyKind, { name: "AgencyKind" });
registerEnumType(RejectionReason, { name: "RejectionReason" });
