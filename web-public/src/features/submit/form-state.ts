// The "submit a report" form as data: one reducer, a pure validation function, the draft kept in localStorage and
// the mapping of the API's userErrors to the form's fields. Nothing here touches the DOM.
import type { ReportKind, SubmitReportInput } from "./gql/graphql";

export const KINDS = [
  "COMPLAINT",
  "INFORMATION_REQUEST",
  "SUGGESTION",
  "WHISTLEBLOWING",
  "PRIORITY_PROGRAM",
] as const satisfies readonly ReportKind[];

/** The API's limits (api/src/reports/report.service.ts). */
export const TITLE_LIMITS = [5, 200] as const;
export const BODY_LIMITS = [20, 10_000] as const;
export const MAX_ATTACHMENTS = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "application/pdf",
] as const;

export interface UploadedAttachment {
  id: string;
  fileName: string;
  size: number;
  contentType: string;
}

export interface FormValues {
  kind: ReportKind | "";
  title: string;
  body: string;
  categoryId: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  location: { lat: number; lng: number } | null;
  /** YYYY-MM-DD in the reporter's calendar, or "". */
  incidentDate: string;
  anonymous: boolean;
  confidential: boolean;
  name: string;
  email: string;
  phone: string;
  attachments: UploadedAttachment[];
}

/** The fields a message can belong to; "form" is for what belongs to no one field. */
export type FieldName =
  | "kind"
  | "title"
  | "body"
  | "categoryId"
  | "region"
  | "location"
  | "incidentDate"
  | "name"
  | "email"
  | "phone"
  | "attachments"
  | "form";

/** A message for a field: a key under `submit.errors` (with values), or the server's own words. */
export type FieldError = { key: string; values?: Record<string, unknown> } | { text: string };
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

export interface FormState {
  values: FormValues;
  /** Sent with the submission: the same key for every retry of this draft, so only one report is made. */
  idempotencyKey: string;
  errors: FieldErrors;
  restored: boolean;
}

export const emptyValues: FormValues = {
  kind: "",
  title: "",
  body: "",
  categoryId: "",
  provinceCode: "",
  regencyCode: "",
  districtCode: "",
  location: null,
  incidentDate: "",
  anonymous: false,
  confidential: false,
  name: "",
  email: "",
  phone: "",
  attachments: [],
};

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function initialState(draft: Draft | null = null): FormState {
  if (draft) return { values: draft.values, idempotencyKey: draft.idempotencyKey, errors: {}, restored: true };
  return { values: emptyValues, idempotencyKey: newIdempotencyKey(), errors: {}, restored: false };
}

export type Action =
  | { type: "set"; field: keyof FormValues; value: FormValues[keyof FormValues] }
  | { type: "kind"; kind: ReportKind }
  | { type: "province"; code: string }
  | { type: "regency"; code: string }
  | { type: "district"; code: string }
  | { type: "addAttachment"; attachment: UploadedAttachment }
  | { type: "removeAttachment"; id: string }
  | { type: "errors"; errors: FieldErrors }
  | { type: "dismissRestored" }
  | { type: "reset" };

/** Which field's message a value change clears. */
const FIELD_OF: Partial<Record<keyof FormValues, FieldName>> = {
  title: "title",
  body: "body",
  categoryId: "categoryId",
  location: "location",
  incidentDate: "incidentDate",
  name: "name",
  email: "email",
  phone: "phone",
  anonymous: "name",
};

function clear(errors: FieldErrors, ...fields: FieldName[]): FieldErrors {
  if (!fields.some((f) => errors[f])) return errors;
  const next = { ...errors };
  for (const f of fields) delete next[f];
  return next;
}

export function reducer(state: FormState, action: Action): FormState {
  const { values, errors } = state;
  switch (action.type) {
    case "set": {
      const field = FIELD_OF[action.field];
      const cleared = action.field === "anonymous" ? clear(errors, "name", "email", "phone") : errors;
      return {
        ...state,
        values: { ...values, [action.field]: action.value },
        errors: field ? clear(cleared, field) : cleared,
      };
    }
    case "kind": {
      // Whistleblowing is always anonymous and confidential (the API enforces it too): the form shows it so.
      const whistle = action.kind === "WHISTLEBLOWING";
      return {
        ...state,
        values: {
          ...values,
          kind: action.kind,
          anonymous: whistle || values.anonymous,
          confidential: whistle || values.confidential,
        },
        errors: clear(errors, "kind"),
      };
    }
    case "province":
      return {
        ...state,
        values: { ...values, provinceCode: action.code, regencyCode: "", districtCode: "" },
        errors: clear(errors, "region"),
      };
    case "regency":
      return {
        ...state,
        values: { ...values, regencyCode: action.code, districtCode: "" },
        errors: clear(errors, "region"),
      };
    case "district":
      return { ...state, values: { ...values, districtCode: action.code }, errors: clear(errors, "region") };
    case "addAttachment":
      return {
        ...state,
        values: { ...values, attachments: [...values.attachments, action.attachment] },
        errors: clear(errors, "attachments"),
      };
    case "removeAttachment":
      return {
        ...state,
        values: { ...values, attachments: values.attachments.filter((a) => a.id !== action.id) },
        errors: clear(errors, "attachments"),
      };
    case "errors":
      return { ...state, errors: action.errors };
    case "dismissRestored":
      return { ...state, restored: false };
    case "reset":
      return initialState();
  }
}

/** The region the report is about: the most precise level chosen. */
export function regionCodeOf(values: FormValues): string | null {
  return values.districtCode || values.regencyCode || values.provinceCode || null;
}

export const isWhistleblowing = (values: FormValues) => values.kind === "WHISTLEBLOWING";
export const isAnonymous = (values: FormValues) => values.anonymous || isWhistleblowing(values);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{8,20}$/;

/** Today in the reporter's calendar, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Client-side checks, mirroring the API's; returns messages by field (empty when the form may be sent). */
export function validate(values: FormValues, { signedIn = false, today = localToday() } = {}): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.kind) errors.kind = { key: "kindRequired" };
  const title = values.title.trim();
  if (!title) errors.title = { key: "titleRequired" };
  else if (title.length < TITLE_LIMITS[0]) errors.title = { key: "titleTooShort", values: { min: TITLE_LIMITS[0] } };
  else if (title.length > TITLE_LIMITS[1]) errors.title = { key: "titleTooLong", values: { max: TITLE_LIMITS[1] } };
  const body = values.body.trim();
  if (!body) errors.body = { key: "bodyRequired" };
  else if (body.length < BODY_LIMITS[0]) errors.body = { key: "bodyTooShort", values: { min: BODY_LIMITS[0] } };
  else if (body.length > BODY_LIMITS[1]) errors.body = { key: "bodyTooLong", values: { max: BODY_LIMITS[1] } };
  if (values.incidentDate) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.incidentDate)) errors.incidentDate = { key: "dateInvalid" };
    else if (values.incidentDate > today) errors.incidentDate = { key: "dateFuture" };
    else if (values.incidentDate < "1945-08-17") errors.incidentDate = { key: "datePast" };
  }
  if (values.location) {
    const { lat, lng } = values.location;
    if (!(lat >= -11.5 && lat <= 6.5 && lng >= 94 && lng <= 141.5)) errors.location = { key: "locationOutside" };
  }
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (email && !EMAIL.test(email)) errors.email = { key: "emailInvalid" };
  if (phone && !PHONE.test(phone)) errors.phone = { key: "phoneInvalid" };
  if (!isAnonymous(values) && !signedIn) {
    if (!values.name.trim()) errors.name = { key: "nameRequired" };
    if (!email && !phone) errors.email = { key: "contactRequired" };
  }
  if (values.attachments.length > MAX_ATTACHMENTS)
    errors.attachments = { key: "tooManyFiles", values: { max: MAX_ATTACHMENTS } };
  return errors;
}

/** Why a file cannot be uploaded (before sending it), or null. */
export function fileProblem(file: { type: string; size: number }): FieldError | null {
  if (file.size > MAX_FILE_BYTES) return { key: "fileTooLarge", values: { max: MAX_FILE_BYTES / 1024 / 1024 } };
  if (file.size === 0) return { key: "fileEmpty" };
  if (file.type && !(ACCEPTED_TYPES as readonly string[]).includes(file.type)) return { key: "fileType" };
  return null;
}

/** The mutation's input; the idempotency key makes a retry after a lost answer return the same report. */
export function toInput(values: FormValues, idempotencyKey: string): SubmitReportInput {
  const anonymous = isAnonymous(values);
  const confidential = values.confidential || isWhistleblowing(values);
  const email = values.email.trim();
  const phone = values.phone.trim();
  const name = values.name.trim();
  const reporter = anonymous
    ? email || phone
      ? { email: email || null, phone: phone || null }
      : null
    : name || email || phone
      ? { name: name || null, email: email || null, phone: phone || null }
      : null;
  return {
    kind: values.kind as ReportKind,
    title: values.title.trim(),
    body: values.body.trim(),
    categoryId: values.categoryId || null,
    regionCode: regionCodeOf(values),
    location: values.location,
    // Midnight of that day where the reporter is.
    incidentDate: values.incidentDate ? new Date(`${values.incidentDate}T00:00:00`).toISOString() : null,
    anonymous,
    confidential,
    reporter,
    attachmentIds: values.attachments.length ? values.attachments.map((a) => a.id) : null,
    idempotencyKey,
  };
}

const SERVER_FIELDS: Record<string, FieldName> = {
  kind: "kind",
  title: "title",
  body: "body",
  categoryId: "categoryId",
  regionCode: "region",
  location: "location",
  incidentDate: "incidentDate",
  attachmentIds: "attachments",
  name: "name",
  email: "email",
  phone: "phone",
};

/** Known refusals get the form's own words (in the reader's language); others keep the server's message. */
const SERVER_KEYS: Record<string, string> = {
  "name:REQUIRED": "nameRequired",
  "email:REQUIRED": "contactRequired",
  "attachments:ATTACHMENT_UNAVAILABLE": "attachmentUnavailable",
  "region:NOT_FOUND": "regionNotFound",
  "categoryId:NOT_FOUND": "categoryNotFound",
};

/** Puts each of the API's userErrors on the field it names (["input", "reporter", "email"] is the email field). */
export function mapUserErrors(
  userErrors: readonly { field?: readonly string[] | null; message: string; code: string }[],
) {
  const errors: FieldErrors = {};
  for (const e of userErrors) {
    const path = (e.field ?? []).filter((p) => p !== "input" && p !== "reporter" && !/^\d+$/.test(p));
    const field: FieldName = SERVER_FIELDS[path[0] ?? ""] ?? "form";
    if (errors[field]) continue;
    const key = SERVER_KEYS[`${field}:${e.code}`];
    errors[field] = key ? { key } : { text: e.message };
  }
  return errors;
}

/** The fields in the order they appear, to focus the first one with a problem. */
export const FIELD_ORDER: FieldName[] = [
  "kind",
  "title",
  "body",
  "categoryId",
  "region",
  "location",
  "incidentDate",
  "name",
  "email",
  "phone",
  "attachments",
  "form",
];

export function firstInvalid(errors: FieldErrors): FieldName | null {
  return FIELD_ORDER.find((f) => errors[f]) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// The draft: everything typed and the uploaded files' IDs (never their bytes), with the idempotency key.

export const DRAFT_KEY = "aduan.submit.draft.v1";

export interface Draft {
  values: FormValues;
  idempotencyKey: string;
  savedAt: string;
}

export function hasContent(values: FormValues): boolean {
  return Boolean(
    values.kind ||
      values.title.trim() ||
      values.body.trim() ||
      values.categoryId ||
      values.provinceCode ||
      values.location ||
      values.incidentDate ||
      values.name.trim() ||
      values.email.trim() ||
      values.phone.trim() ||
      values.attachments.length,
  );
}

export function saveDraft(storage: Storage, state: FormState, now = new Date()): void {
  try {
    if (!hasContent(state.values)) {
      storage.removeItem(DRAFT_KEY);
      return;
    }
    const draft: Draft = { values: state.values, idempotencyKey: state.idempotencyKey, savedAt: now.toISOString() };
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Private browsing or a full storage: the form still works, only without a draft.
  }
}

export function loadDraft(storage: Storage): Draft | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (!parsed || typeof parsed !== "object" || typeof parsed.idempotencyKey !== "string") return null;
    const values = { ...emptyValues, ...(parsed.values ?? {}) } as FormValues;
    if (!Array.isArray(values.attachments)) values.attachments = [];
    if (!hasContent(values)) return null;
    return { values, idempotencyKey: parsed.idempotencyKey, savedAt: String(parsed.savedAt ?? "") };
  } catch {
    return null;
  }
}

export function clearDraft(storage: Storage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}
