import { SessionLogInMutation, SessionLogOutMutation } from "@aduan/graphql-client/session";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Route } from "wouter";
import SignInPage from "../../pages/sign-in-page";
import { renderWithProviders } from "../../test/render";
import { safeReturnPath, signInHref } from "./return-to";
import { PUBLIC_SESSION_KEY, publicTokens } from "./tokens";

afterEach(() => {
  cleanup();
  publicTokens.set(null);
  localStorage.clear();
});

const credentials = { email: "dewi@contoh.id", password: "kata-sandi-warga" };
const user = (roles: string[]) => ({
  __typename: "User",
  id: "VXNlcjo5",
  name: "Dewi Lestari",
  email: credentials.email,
  roles,
  agency: null,
});
const logIn = (roles: string[]) => ({
  request: { query: SessionLogInMutation, variables: { input: credentials } },
  result: { data: { logIn: { __typename: "AuthPayload", token: "token-1", user: user(roles), userErrors: [] } } },
});

async function signIn() {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: credentials.email } });
  fireEvent.change(screen.getByLabelText("Kata sandi"), { target: { value: credentials.password } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Masuk" })));
}

describe("the way back after signing in", () => {
  it("only ever returns to a path of this app", () => {
    expect(safeReturnPath("/laporan/ADU-7K3M-9QXD")).toBe("/laporan/ADU-7K3M-9QXD");
    expect(safeReturnPath("/laporan?jenis=COMPLAINT")).toBe("/laporan?jenis=COMPLAINT");
    for (const unsafe of ["//evil.example/x", "https://evil.example", "/\\evil.example", "laporan", "", null])
      expect(safeReturnPath(unsafe)).toBe("/");
    expect(signInHref("/laporan/ADU-7K3M-9QXD")).toBe("/masuk?kembali=%2Flaporan%2FADU-7K3M-9QXD");
    expect(signInHref("/", "/daftar")).toBe("/daftar");
  });
});

describe("SignInPage", () => {
  it("signs a citizen in and goes back to the page they came from", async () => {
    renderWithProviders(
      <>
        <Route path="/masuk" component={SignInPage} />
        <Route path="/laporan/:id">{(params) => <p>Halaman {params.id}</p>}</Route>
      </>,
      { path: "/masuk?kembali=%2Flaporan%2FADU-7K3M-9QXD", mocks: [logIn(["CITIZEN"])] },
    );
    expect(screen.getByText("Masuk dulu, lalu Anda kembali ke halaman sebelumnya.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Daftar" }).getAttribute("href")).toBe(
      "/daftar?kembali=%2Flaporan%2FADU-7K3M-9QXD",
    );
    await signIn();
    expect(await screen.findByText("Halaman ADU-7K3M-9QXD")).toBeTruthy();
    expect(localStorage.getItem(PUBLIC_SESSION_KEY)).toBe("token-1");
  });

  it("refuses a staff account and says where it belongs", async () => {
    renderWithProviders(<SignInPage />, {
      path: "/masuk",
      mocks: [
        logIn(["AGENCY_OPERATOR"]),
        {
          request: { query: SessionLogOutMutation },
          result: { data: { logOut: { __typename: "LogOutPayload", ok: true } } },
        },
      ],
    });
    await signIn();
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Akun petugas tidak dapat dipakai di sini. Masuklah melalui portal instansi atau portal verifikasi.",
    );
    expect(localStorage.getItem(PUBLIC_SESSION_KEY)).toBeNull();
  });
});
