// The sign-up form's rules (mirroring the API's) and where the API's userErrors go. Nothing here touches the DOM.

export interface SignUpValues {
  name: string;
  email: string;
  phone: string;
  password: string;
  passwordConfirm: string;
}

export type SignUpField = keyof SignUpValues;

/** A key under `signUp.errors` of the account texts, or the server's own words. */
export type SignUpMessage = { key: SignUpErrorKey } | { text: string };
export type SignUpErrorKey =
  | "nameRequired"
  | "nameTooLong"
  | "emailRequired"
  | "emailInvalid"
  | "emailTaken"
  | "phoneInvalid"
  | "passwordRequired"
  | "passwordTooShort"
  | "passwordTooLong"
  | "passwordMismatch";

export type SignUpErrors = Partial<Record<SignUpField | "form", SignUpMessage>>;

/** The order of the fields on the form: the first with a message gets the focus. */
export const SIGN_UP_FIELDS: readonly SignUpField[] = ["name", "email", "phone", "password", "passwordConfirm"];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{8,20}$/;
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;

/** Client-side checks, the API's rules in the reader's language; empty when the form may be sent. */
export function validateSignUp(values: SignUpValues): SignUpErrors {
  const errors: SignUpErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = { key: "nameRequired" };
  else if (name.length > 200) errors.name = { key: "nameTooLong" };
  const email = values.email.trim();
  if (!email) errors.email = { key: "emailRequired" };
  else if (email.length > 254 || !EMAIL.test(email)) errors.email = { key: "emailInvalid" };
  const phone = values.phone.trim();
  if (phone && !PHONE.test(phone)) errors.phone = { key: "phoneInvalid" };
  if (!values.password) errors.password = { key: "passwordRequired" };
  else if (values.password.length < PASSWORD_MIN) errors.password = { key: "passwordTooShort" };
  else if (values.password.length > PASSWORD_MAX) errors.password = { key: "passwordTooLong" };
  else if (values.password !== values.passwordConfirm) errors.passwordConfirm = { key: "passwordMismatch" };
  return errors;
}

/** What the API is sent: trimmed, no empty phone, no repeated password. */
export function signUpInput(values: SignUpValues) {
  const phone = values.phone.trim();
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password,
    ...(phone ? { phone } : {}),
  };
}

const SERVER_FIELDS: Record<string, SignUpField> = {
  name: "name",
  email: "email",
  phone: "phone",
  password: "password",
};

/** Puts each of the API's userErrors on the field it names (["input", "email"] and ["email"] alike). */
export function serverErrors(
  userErrors: readonly { field?: readonly string[] | null; code: string; message: string }[],
): SignUpErrors {
  const errors: SignUpErrors = {};
  for (const e of userErrors) {
    const path = (e.field ?? []).filter((p) => p !== "input");
    const field = SERVER_FIELDS[path[0] ?? ""] ?? "form";
    if (errors[field]) continue;
    errors[field] = e.code === "EMAIL_TAKEN" ? { key: "emailTaken" } : { text: e.message };
  }
  return errors;
}
