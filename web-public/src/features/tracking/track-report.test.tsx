import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { TrackReport } from "./components/track-report";
import { TrackReportQuery } from "./graphql";

afterEach(cleanup);

const publicView = {
  __typename: "Report" as const,
  id: "UmVwb3J0OjQy",
  trackingId: "ADU-7K3M-9QXD",
  title: "Lampu penerangan jalan mati sejak dua minggu",
  body: null,
  status: "DISPOSED" as const,
  resolution: null,
  createdAt: "2026-11-20T03:15:00.000Z",
  viewerIsReporter: false,
  category: { __typename: "Category" as const, id: "Q2F0ZWdvcnk6Mw", name: "Infrastruktur" },
  region: { __typename: "Region" as const, id: "UmVnaW9uOjMyLjcz", name: "Kota Bandung" },
  agencies: [{ __typename: "Agency" as const, id: "QWdlbmN5OjQ", name: "Dinas Perhubungan Kota Bandung" }],
  timeline: [
    {
      __typename: "ReportEvent" as const,
      id: "RXZlbnQ6MQ",
      type: "SUBMITTED",
      status: "SUBMITTED" as const,
      actorRole: "REPORTER" as const,
      note: null,
      createdAt: "2026-11-20T03:15:00.000Z",
    },
    {
      __typename: "ReportEvent" as const,
      id: "RXZlbnQ6Mg",
      type: "DISPOSED",
      status: "DISPOSED" as const,
      actorRole: "VERIFIER" as const,
      note: null,
      createdAt: "2026-11-21T02:00:00.000Z",
    },
  ],
};

function fillIn(trackingId: string, accessCode = "") {
  fireEvent.change(screen.getByLabelText("Nomor pelacakan"), { target: { value: trackingId } });
  fireEvent.change(screen.getByLabelText("Kode akses (opsional)"), { target: { value: accessCode } });
  return act(async () => fireEvent.click(screen.getByRole("button", { name: "Lacak" })));
}

describe("TrackReport", () => {
  it("rejects a malformed tracking ID without asking the API", async () => {
    renderWithProviders(<TrackReport />);
    await fillIn("ADU-123");
    const field = screen.getByLabelText("Nomor pelacakan");
    expect(screen.getByText(/Nomor pelacakan terdiri dari ADU- dan 8 huruf atau angka/)).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole("alert")).toBeNull(); // no request was made (none is mocked)
  });

  it("asks for a tracking ID and checks the access code's form", async () => {
    renderWithProviders(<TrackReport />);
    await fillIn("");
    expect(screen.getByText("Masukkan nomor pelacakan.")).toBeTruthy();
    await fillIn("ADU-7K3M-9QXD", "12345");
    expect(screen.getByText("Kode akses terdiri dari 16 huruf dan angka.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Kode akses (opsional)"));
  });

  it("shows the status and timeline of a report, from the ID as people type it", async () => {
    renderWithProviders(<TrackReport />, {
      mocks: [
        {
          request: { query: TrackReportQuery, variables: { trackingId: "ADU-7K3M-9QXD" } },
          result: { data: { trackReport: publicView } },
        },
      ],
    });
    await fillIn(" adu 7k3m 9qxd ");
    const heading = await screen.findByRole("heading", { name: "Laporan ADU-7K3M-9QXD" });
    expect(document.activeElement).toBe(heading);
    expect((screen.getByLabelText("Nomor pelacakan") as HTMLInputElement).value).toBe("ADU-7K3M-9QXD");
    const result = heading.closest("article") as HTMLElement;
    expect(within(result).getByText("Diteruskan ke instansi", { selector: ".ad-chip" })).toBeTruthy();
    expect(within(result).getByText("Lampu penerangan jalan mati sejak dua minggu")).toBeTruthy();
    expect(within(result).getByText("Dinas Perhubungan Kota Bandung")).toBeTruthy();
    const timeline = within(within(result).getByRole("list", { name: "Riwayat laporan" })).getAllByRole("listitem");
    expect(timeline.map((item) => item.querySelector(".ad-timeline__title")?.textContent)).toEqual([
      "Laporan dikirim",
      "Diteruskan ke instansi",
    ]);
    expect(within(result).queryByText("Anda melihat laporan ini sebagai pelapor.")).toBeNull();
  });

  it("shows the reporter's own view with the access code", async () => {
    const reporterView = {
      ...publicView,
      body: "Lampu di depan SDN 3 mati.\nJalan gelap setiap malam.",
      viewerIsReporter: true,
    };
    renderWithProviders(<TrackReport />, {
      mocks: [
        {
          request: {
            query: TrackReportQuery,
            variables: { trackingId: "ADU-7K3M-9QXD", accessCode: "ABCDEFGHJKMNPQRS" },
          },
          result: { data: { trackReport: reporterView } },
        },
      ],
    });
    await fillIn("ADU-7K3M-9QXD", "abcd-efgh-jkmn-pqrs");
    expect(await screen.findByText("Anda melihat laporan ini sebagai pelapor.")).toBeTruthy();
    expect(screen.getByText(/Lampu di depan SDN 3 mati\./)).toBeTruthy();
    expect(screen.queryByText(/Kode akses tidak cocok/)).toBeNull();
  });

  it("says when the access code did not open the reporter's view", async () => {
    renderWithProviders(<TrackReport />, {
      mocks: [
        {
          request: {
            query: TrackReportQuery,
            variables: { trackingId: "ADU-7K3M-9QXD", accessCode: "ABCDEFGHJKMNPQRS" },
          },
          result: { data: { trackReport: publicView } },
        },
      ],
    });
    await fillIn("ADU-7K3M-9QXD", "ABCD EFGH JKMN PQRS");
    expect(await screen.findByText(/Kode akses tidak cocok dengan laporan ini/)).toBeTruthy();
    expect(screen.queryByText("Anda melihat laporan ini sebagai pelapor.")).toBeNull();
  });

  it("says when no report has that tracking ID", async () => {
    renderWithProviders(<TrackReport />, {
      mocks: [
        {
          request: { query: TrackReportQuery, variables: { trackingId: "ADU-7K3M-9QXD" } },
          result: { data: { trackReport: null } },
        },
      ],
    });
    await fillIn("ADU-7K3M-9QXD");
    expect(
      await screen.findByText("Laporan ADU-7K3M-9QXD tidak ditemukan. Periksa kembali nomor pelacakannya."),
    ).toBeTruthy();
  });
});
