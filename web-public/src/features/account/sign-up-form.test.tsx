import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { SignUpForm } from "./components/sign-up-form";
import { SignUpMutation } from "./graphql";
import { PublicSession } from "./session";
import { serverErrors, validateSignUp } from "./sign-up";
import { PUBLIC_SESSION_KEY, publicTokens } from "./tokens";

afterEach(() => {
  cleanup();
  publicTokens.set(null);
  localStorage.clear();
});

const valid = {
  name: "Dewi Lestari",
  email: "dewi@contoh.id",
  phone: "",
  password: "kata-sandi-warga",
  passwordConfirm: "kata-sandi-warga",
};
const input = { name: "Dewi Lestari", email: "dewi@contoh.id", password: "kata-sandi-warga" };

function fill(values: Partial<typeof valid>) {
  const labels: Record<keyof typeof valid, string> = {
    name: "Nama",
    email: "Email",
    phone: "Nomor telepon (opsional)",
    password: "Kata sandi",
    passwordConfirm: "Ulangi kata sandi",
  };
  for (const [field, value] of Object.entries(values))
    fireEvent.change(screen.getByLabelText(labels[field as keyof typeof valid]), { target: { value } });
}

const submit = () => act(async () => fireEvent.click(screen.getByRole("button", { name: "Daftar" })));

function signUpMock(payload: object) {
  return {
    request: { query: SignUpMutation, variables: { input } },
    result: { data: { signUp: { __typename: "AuthPayload", token: null, user: null, userErrors: [], ...payload } } },
  };
}

/** The message shown for the field labelled `label` (its aria-describedby error), or null. */
function errorOf(label: string) {
  const field = screen.getByLabelText(label);
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id.endsWith("-error"));
  return ids.length ? (document.getElementById(ids[0])?.textContent ?? null) : null;
}

describe("sign-up rules", () => {
  it("accepts a complete form and mirrors the API's limits", () => {
    expect(validateSignUp(valid)).toEqual({});
    expect(validateSignUp({ ...valid, phone: "+62 812 3456 7890" })).toEqual({});
    expect(validateSignUp({ ...valid, phone: "12ab" })).toEqual({ phone: { key: "phoneInvalid" } });
    expect(validateSignUp({ ...valid, name: "x".repeat(201) })).toEqual({ name: { key: "nameTooLong" } });
    expect(validateSignUp({ ...valid, password: "123456789", passwordConfirm: "123456789" })).toEqual({
      password: { key: "passwordTooShort" },
    });
  });

  it("puts the API's errors on their fields, whatever the path's prefix", () => {
    expect(
      serverErrors([
        { code: "EMAIL_TAKEN", field: ["email"], message: "An account with this email already exists" },
        { code: "INVALID", field: ["input", "password"], message: "Use at least 10 characters" },
        { code: "RATE_LIMITED", field: null, message: "Too many attempts" },
      ]),
    ).toEqual({
      email: { key: "emailTaken" },
      password: { text: "Use at least 10 characters" },
      form: { text: "Too many attempts" },
    });
  });
});

describe("SignUpForm", () => {
  it("marks every missing field, in Indonesian, and focuses the first", async () => {
    const onSignedUp = vi.fn();
    renderWithProviders(
      <PublicSession>
        <SignUpForm onSignedUp={onSignedUp} />
      </PublicSession>,
    );
    await submit();
    expect(errorOf("Nama")).toBe("Masukkan nama Anda.");
    expect(errorOf("Email")).toBe("Masukkan alamat email Anda.");
    expect(errorOf("Kata sandi")).toBe("Buat kata sandi.");
    expect(errorOf("Nomor telepon (opsional)")).toBeNull();
    expect(screen.getByLabelText("Nama").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(screen.getByLabelText("Nama"));
    expect(onSignedUp).not.toHaveBeenCalled();
  });

  it("says when the two passwords differ or the email is malformed", async () => {
    renderWithProviders(
      <PublicSession>
        <SignUpForm onSignedUp={vi.fn()} />
      </PublicSession>,
    );
    fill({ ...valid, email: "dewi@contoh", passwordConfirm: "kata-sandi-lain" });
    await submit();
    expect(errorOf("Email")).toBe("Masukkan alamat email yang benar, misalnya nama@contoh.id.");
    expect(errorOf("Ulangi kata sandi")).toBe("Kedua kata sandi tidak sama.");
    expect(document.activeElement).toBe(screen.getByLabelText("Email"));
  });

  it("shows the API's userErrors on their fields", async () => {
    renderWithProviders(
      <PublicSession>
        <SignUpForm onSignedUp={vi.fn()} />
      </PublicSession>,
      {
        mocks: [
          signUpMock({
            userErrors: [
              {
                __typename: "UserError",
                code: "EMAIL_TAKEN",
                field: ["email"],
                message: "An account with this email already exists",
              },
            ],
          }),
        ],
      },
    );
    fill(valid);
    await submit();
    expect(await screen.findByText("Sudah ada akun dengan email ini. Silakan masuk.")).toBeTruthy();
    expect(errorOf("Email")).toBe("Sudah ada akun dengan email ini. Silakan masuk.");
    expect(document.activeElement).toBe(screen.getByLabelText("Email"));
    expect(localStorage.getItem(PUBLIC_SESSION_KEY)).toBeNull();
  });

  it("explains a network failure for the whole form", async () => {
    renderWithProviders(
      <PublicSession>
        <SignUpForm onSignedUp={vi.fn()} />
      </PublicSession>,
      {
        mocks: [{ request: { query: SignUpMutation, variables: { input } }, error: new TypeError("Failed to fetch") }],
      },
    );
    fill(valid);
    await submit();
    expect((await screen.findByRole("alert")).textContent).toContain("Tidak dapat terhubung ke server.");
  });

  it("signs the new account in: the token is kept and the page moves on", async () => {
    const onSignedUp = vi.fn();
    renderWithProviders(
      <PublicSession>
        <SignUpForm onSignedUp={onSignedUp} />
      </PublicSession>,
      {
        mocks: [
          signUpMock({
            token: "new-citizen-token",
            user: {
              __typename: "User",
              id: "VXNlcjo5",
              name: "Dewi Lestari",
              email: "dewi@contoh.id",
              roles: ["CITIZEN"],
              agency: null,
            },
          }),
        ],
      },
    );
    fill(valid);
    await submit();
    await vi.waitFor(() => expect(onSignedUp).toHaveBeenCalledTimes(1));
    expect(publicTokens.get()).toBe("new-citizen-token");
    expect(localStorage.getItem(PUBLIC_SESSION_KEY)).toBe("new-citizen-token");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
