import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./button";
import { useErrorText } from "./error-notice";
import { Notice } from "./notice";
import { TextField } from "./text-field";

export interface SignInValues {
  email: string;
  password: string;
}

/** Why signing in failed: an API user-error code (or NO_ACCESS, NETWORK, ...) and the server's own message. */
export interface SignInFailure {
  code: string;
  message?: string | null;
}

export interface SignInFormProps {
  heading: string;
  intro?: ReactNode;
  /** Shown above the form, e.g. that the previous session has ended. */
  notice?: ReactNode;
  /** Resolves to null on success, or to why it failed. */
  onSubmit(values: SignInValues): Promise<SignInFailure | null>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInForm({ heading, intro, notice, onSubmit }: SignInFormProps) {
  const { t } = useTranslation("common");
  const errorText = useErrorText();
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const errors: { email?: string; password?: string } = {};
    if (!email) errors.email = t("signIn.emailRequired");
    else if (!EMAIL.test(email)) errors.email = t("signIn.emailInvalid");
    if (!password) errors.password = t("signIn.passwordRequired");
    setFieldErrors(errors);
    setFailure(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await onSubmit({ email, password });
      if (result) setFailure(result);
    } catch {
      setFailure({ code: "UNKNOWN" });
    } finally {
      setBusy(false);
    }
  }

  const failureText = failure ? errorText(failure.code, failure.message) : null;

  return (
    <section className="ad-signin" aria-labelledby={headingId}>
      <h1 id={headingId}>{heading}</h1>
      {intro ? <div className="ad-signin__intro">{intro}</div> : null}
      {notice}
      <form className="ad-stack" onSubmit={submit} noValidate>
        <TextField
          ref={emailRef}
          label={t("signIn.email")}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={fieldErrors.email}
          required
        />
        <TextField
          ref={passwordRef}
          label={t("signIn.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          error={fieldErrors.password}
          required
        />
        {failureText ? <Notice tone="danger">{failureText}</Notice> : null}
        <Button type="submit" busy={busy}>
          {busy ? t("signIn.submitting") : t("signIn.submit")}
        </Button>
      </form>
    </section>
  );
}
