import { describeError } from "@aduan/graphql-client/errors";
import { useSession } from "@aduan/graphql-client/session";
import { Button, Notice, TextField, useErrorText } from "@aduan/ui/components";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { SignUpMutation } from "../graphql";
import { useAccountTranslation } from "../i18n";
import {
  SIGN_UP_FIELDS,
  type SignUpErrors,
  type SignUpField,
  type SignUpMessage,
  type SignUpValues,
  serverErrors,
  signUpInput,
  validateSignUp,
} from "../sign-up";

/**
 * Creates a citizen account and signs it in through the session (`adopt`: a fresh cache that already knows the
 * viewer, then the token). Field-level messages for what the form or the API finds wrong.
 */
export function SignUpForm({ onSignedUp }: { onSignedUp(): void }) {
  const { t } = useAccountTranslation();
  const errorText = useErrorText();
  const { adopt } = useSession();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [errors, setErrors] = useState<SignUpErrors>({});
  const refs = useRef<Partial<Record<SignUpField, HTMLInputElement | null>>>({});

  const text = (message: SignUpMessage | undefined) =>
    message ? ("key" in message ? t(`signUp.errors.${message.key}`) : message.text) : null;

  function show(next: SignUpErrors) {
    setErrors(next);
    const first = SIGN_UP_FIELDS.find((f) => next[f]);
    if (first) refs.current[first]?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (f: SignUpField) => String(data.get(f) ?? "");
    const values: SignUpValues = {
      name: read("name"),
      email: read("email"),
      phone: read("phone"),
      password: read("password"),
      passwordConfirm: read("passwordConfirm"),
    };
    const problems = validateSignUp(values);
    if (Object.keys(problems).length) return show(problems);
    setErrors({});
    let payload: Awaited<ReturnType<typeof signUp>>["data"];
    try {
      payload = (await signUp({ variables: { input: signUpInput(values) } })).data;
    } catch (error) {
      return show({ form: { text: errorText(describeError(error)) } });
    }
    const result = payload?.signUp;
    if (result?.userErrors.length) return show(serverErrors(result.userErrors));
    if (!result?.token || !result.user) return show({ form: { text: errorText("UNKNOWN") } });
    await adopt(result.token, result.user);
    onSignedUp();
  }

  const field = (name: SignUpField) => ({
    name,
    ref: (element: HTMLInputElement | null) => {
      refs.current[name] = element;
    },
    error: text(errors[name]),
  });

  return (
    <form className="ad-stack" onSubmit={submit} noValidate>
      <TextField {...field("name")} label={t("signUp.name")} autoComplete="name" maxLength={200} required />
      <TextField
        {...field("email")}
        label={t("signUp.email")}
        hint={t("signUp.emailHint")}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <TextField
        {...field("phone")}
        label={t("signUp.phone")}
        hint={t("signUp.phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <TextField
        {...field("password")}
        label={t("signUp.password")}
        hint={t("signUp.passwordHint")}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        {...field("passwordConfirm")}
        label={t("signUp.passwordConfirm")}
        type="password"
        autoComplete="new-password"
        required
      />
      {errors.form ? <Notice tone="danger">{text(errors.form)}</Notice> : null}
      <div>
        <Button type="submit" busy={loading}>
          {loading ? t("signUp.submitting") : t("signUp.submit")}
        </Button>
      </div>
    </form>
  );
}
