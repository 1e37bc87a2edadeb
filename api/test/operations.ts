/** GraphQL documents shared by the API tests. */
export const SUBMIT = `mutation($input: SubmitReportInput!) {
  submitReport(input: $input) { trackingId accessCode userErrors { field message code }
    report { id trackingId status kind title anonymous confidential dueAt reporter { name email phone } } } }`;

export const TRACK = `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) {
  id trackingId status kind title body resolution anonymous confidential
  reporter { name email phone }
  dispositions { id status instruction returnReason agency { name } }
  timeline { type fromStatus status actorRole actorName note }
  messages { totalCount nodes { body authorRole authorName visibility } }
  rating { score comment }
} }`;

export const VERIFY = `mutation($input: VerifyReportInput!) { verifyReport(input: $input) {
  userErrors { field message code } report { id status title dueAt dispositions { id status agency { name } } } } }`;

export const DISPOSITION_ACTION = (name: string, input = "DispositionActionInput") => `mutation($input: ${input}!) {
  ${name}(input: $input) { userErrors { field message code } disposition { id status report { id status } } } }`;

export const ACCEPT = DISPOSITION_ACTION("acceptDisposition");
export const APPROVE = DISPOSITION_ACTION("approveResponse");
export const RETURN = DISPOSITION_ACTION("returnDisposition", "ReturnDispositionInput");
export const FORWARD = DISPOSITION_ACTION("forwardDisposition", "ForwardDispositionInput");
export const RESPOND = DISPOSITION_ACTION("respond", "RespondInput");

export const REPORT_ACTION = (name: string, input: string) => `mutation($input: ${input}!) {
  ${name}(input: $input) { userErrors { field message code } report { id status resolution dueAt } } }`;

export const CONFIRM = REPORT_ACTION("confirmResolution", "ConfirmResolutionInput");
export const DISPUTE = REPORT_ACTION("disputeResolution", "DisputeResolutionInput");
export const REJECT = REPORT_ACTION("rejectReport", "RejectReportInput");
export const REQUEST_INFO = REPORT_ACTION("requestInformation", "RequestInformationInput");
export const MERGE = REPORT_ACTION("mergeReport", "MergeReportInput");
export const SUPPORT = REPORT_ACTION("supportReport", "SupportReportInput");
export const PRIVACY = REPORT_ACTION("setReportPrivacy", "SetReportPrivacyInput");

export const POST_MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) {
  userErrors { field message code } message { id body authorRole visibility } } }`;

export function reportInput(over: Record<string, unknown> = {}) {
  return {
    kind: "COMPLAINT",
    title: "Jalan berlubang di Jl. Setiabudi",
    body: "Lubang besar di depan sekolah sudah dua minggu belum diperbaiki dan membahayakan pengendara motor.",
    regionCode: "32.73",
    anonymous: false,
    confidential: false,
    reporter: { name: "Siti Rahmawati", email: "siti@example.id", phone: "+62 812 1111 2222" },
    ...over,
  };
}
