import { SessionViewerQuery } from "@aduan/graphql-client/session";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithSession } from "../../test/render";
import { PUBLIC_SESSION_KEY } from "../account/tokens";
import { SupportPanel } from "./components/support-panel";
import { ReportSupportQuery, SupportReportMutation } from "./graphql";

const TRACKING_ID = "ADU-7K3M-9QXD";
const REPORT_ID = "UmVwb3J0OjQy";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const citizen = {
  __typename: "User" as const,
  id: "VXNlcjo5",
  name: "Dewi Lestari",
  email: "dewi@contoh.id",
  roles: ["CITIZEN" as const],
  agency: null,
};

function supportMock(overrides: object = {}) {
  return {
    request: { query: ReportSupportQuery, variables: { trackingId: TRACKING_ID } },
    result: {
      data: {
        trackReport: {
          __typename: "Report",
          id: REPORT_ID,
          supportCount: 12,
          viewerHasSupported: false,
          confidential: false,
          verifiedAt: "2026-11-20T03:15:00.000Z",
          ...overrides,
        },
      },
    },
  };
}

const viewerMock = { request: { query: SessionViewerQuery }, result: { data: { viewer: citizen } } };

function signIn() {
  localStorage.setItem(PUBLIC_SESSION_KEY, "citizen-token");
}

describe("SupportPanel", () => {
  it("sends someone signed out to sign in, coming back to the report", async () => {
    renderWithSession(<SupportPanel trackingId={TRACKING_ID} />, { mocks: [supportMock()] });
    expect(await screen.findByText("12 orang mendukung laporan ini.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Masuk untuk mendukung" });
    expect(link.getAttribute("href")).toBe(`/masuk?kembali=%2Flaporan%2F${TRACKING_ID}`);
    expect(screen.getByText("Dukungan memerlukan akun: satu dukungan untuk setiap akun.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Dukung laporan ini" })).toBeNull();
  });

  it("lets a signed-in citizen support once: the count goes up and the button is gone", async () => {
    signIn();
    renderWithSession(<SupportPanel trackingId={TRACKING_ID} />, {
      mocks: [
        viewerMock,
        supportMock(),
        {
          request: { query: SupportReportMutation, variables: { input: { reportId: REPORT_ID } } },
          result: {
            data: {
              supportReport: {
                __typename: "ReportPayload",
                report: { __typename: "Report", id: REPORT_ID, supportCount: 13, viewerHasSupported: true },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    const button = await screen.findByRole("button", { name: "Dukung laporan ini" });
    expect(screen.queryByRole("link", { name: "Masuk untuk mendukung" })).toBeNull();
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText("Anda mendukung laporan ini.")).toBeTruthy();
    expect(screen.getByTestId("support-count").textContent).toBe("13 orang mendukung laporan ini.");
    expect(screen.queryByRole("button", { name: "Dukung laporan ini" })).toBeNull();
  });

  it("offers no second support to a citizen who already supports it", async () => {
    signIn();
    renderWithSession(<SupportPanel trackingId={TRACKING_ID} />, {
      mocks: [viewerMock, supportMock({ viewerHasSupported: true, supportCount: 13 })],
    });
    expect(await screen.findByText("Anda mendukung laporan ini.")).toBeTruthy();
    expect(screen.getByText("13 orang mendukung laporan ini.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Dukung laporan ini" })).toBeNull();
  });

  it("says so when the support could not be sent, and keeps the button", async () => {
    signIn();
    renderWithSession(<SupportPanel trackingId={TRACKING_ID} />, {
      mocks: [
        viewerMock,
        supportMock(),
        {
          request: { query: SupportReportMutation, variables: { input: { reportId: REPORT_ID } } },
          error: new TypeError("Failed to fetch"),
        },
      ],
    });
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Dukung laporan ini" })));
    expect((await screen.findByRole("alert")).textContent).toBe("Dukungan tidak dapat dikirim.");
    expect(screen.getByRole("button", { name: "Dukung laporan ini" })).toBeTruthy();
    expect(screen.getByText("12 orang mendukung laporan ini.")).toBeTruthy();
  });

  it.each([
    ["not verified yet", { verifiedAt: null }],
    ["confidential", { confidential: true }],
  ])("shows nothing for a report that is %s", async (_, overrides) => {
    const mock = supportMock(overrides);
    const answered = vi.fn(() => mock.result);
    const { container } = renderWithSession(<SupportPanel trackingId={TRACKING_ID} />, {
      mocks: [{ ...mock, result: answered }],
    });
    await waitFor(() => expect(answered).toHaveBeenCalled());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(container.querySelector("section")).toBeNull();
    expect(screen.queryByText(/orang mendukung/)).toBeNull();
  });
});
