import { SessionLogInMutation, SessionViewerQuery } from "@aduan/graphql-client/session";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUEUE_PAGE_SIZE, VerificationQueueQuery } from "../features/verification/graphql";
import { renderWithProviders, SESSION_KEY } from "../test/render";
import { Root } from "./root";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const verifier = {
  __typename: "User",
  id: "VXNlcjoz",
  name: "Rudi Hartono",
  email: "rudi@lapor.go.id",
  roles: ["VERIFIER"],
  agency: null,
};
const credentials = { email: "rudi@lapor.go.id", password: "kata-sandi-rahasia" };
const emptyQueue = {
  request: { query: VerificationQueueQuery, variables: { first: QUEUE_PAGE_SIZE } },
  result: {
    data: {
      reports: {
        __typename: "ReportConnection",
        totalCount: 0,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};

describe("verification portal", () => {
  it("signs a verifier in to the queue", async () => {
    renderWithProviders(<Root />, {
      mocks: [
        {
          request: { query: SessionLogInMutation, variables: { input: credentials } },
          result: { data: { logIn: { __typename: "AuthPayload", token: "token-3", user: verifier, userErrors: [] } } },
        },
        emptyQueue,
      ],
    });
    expect(screen.getByRole("heading", { name: "Masuk ke Portal Verifikasi" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: credentials.email } });
    fireEvent.change(screen.getByLabelText("Kata sandi"), { target: { value: credentials.password } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Masuk" })));
    expect(await screen.findByRole("heading", { name: "Antrean verifikasi" })).toBeTruthy();
    expect(await screen.findByText("Tidak ada laporan yang menunggu verifikasi.")).toBeTruthy();
    expect(localStorage.getItem(SESSION_KEY)).toBe("token-3");
  });

  it("asks to sign in again when the stored session has ended", async () => {
    localStorage.setItem(SESSION_KEY, "expired-token");
    renderWithProviders(<Root />, {
      mocks: [
        {
          request: { query: SessionViewerQuery },
          result: { errors: [{ message: "Session expired or revoked", extensions: { code: "UNAUTHENTICATED" } }] },
        },
      ],
    });
    expect(screen.getByText("Memeriksa sesi…")).toBeTruthy();
    expect(await screen.findByText("Sesi Anda telah berakhir. Silakan masuk kembali.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Masuk ke Portal Verifikasi" })).toBeTruthy();
  });
});
