import type { MockLink } from "@apollo/client/testing";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { loadAccessCode, saveAccessCode } from "./access-code-store";
import { TrackingView } from "./components/tracking-view";
import { ACCESS_CODE, agencyMessage, event, reportFixture, TRACKING_ID } from "./fixtures";
import { ConfirmResolutionMutation, PostReplyMutation, ReportEventsSubscription, TrackReportQuery } from "./graphql";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const withCode = { trackingId: TRACKING_ID, accessCode: ACCESS_CODE };
const publicVars = { trackingId: TRACKING_ID };

function track(variables: object, report: ReturnType<typeof reportFixture> | null): MockLink.MockedResponse {
  return { request: { query: TrackReportQuery, variables }, result: { data: { trackReport: report } } };
}

/** A subscription that stays quiet for the test (or delivers `events` after `delay` ms). */
function events(variables: object, reportEvent?: ReturnType<typeof event>, delay = 60_000): MockLink.MockedResponse {
  return {
    request: { query: ReportEventsSubscription, variables },
    result: {
      data: { reportEvents: reportEvent ?? event("quiet", "MESSAGE_POSTED", "IN_PROGRESS", "2026-11-22T00:00:00Z") },
    },
    delay: reportEvent ? delay : 60_000,
  };
}

const stepsOf = () =>
  within(screen.getByRole("list", { name: "Tahapan laporan" }))
    .getAllByRole("listitem")
    .map((item) => `${item.textContent}${item.getAttribute("aria-current") ? " <" : ""}`);

describe("TrackingView", () => {
  it("shows the public view, the stages and the timeline, and offers to open the reporter's view", async () => {
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(publicVars, reportFixture()), events(publicVars)],
    });
    expect(await screen.findByText("Lampu penerangan jalan mati sejak dua minggu")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: `Laporan ${TRACKING_ID}` })).toBeTruthy();
    expect(screen.getByText("Sedang ditindaklanjuti", { selector: ".ad-chip" })).toBeTruthy();
    expect(stepsOf()).toEqual([
      "Dikirim (sudah dilalui)",
      "Diteruskan (sudah dilalui)",
      "Ditindaklanjuti (tahap saat ini) <",
      "Ditanggapi (belum)",
      "Selesai (belum)",
    ]);
    const timeline = within(screen.getByRole("list", { name: "Riwayat laporan" })).getAllByRole("listitem");
    expect(timeline).toHaveLength(3);
    expect(screen.getByRole("heading", { name: "Buka tampilan pelapor" })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Balas" })).toBeNull();
    expect(screen.getByText(/Langsung: halaman ini diperbarui otomatis/)).toBeTruthy();
  });

  it("opens the reporter's view with the access code typed on the page", async () => {
    const reporterView = reportFixture({ viewerIsReporter: true, body: "Lampu di depan SDN 3 mati." });
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(publicVars, reportFixture()), events(publicVars), track(withCode, reporterView), events(withCode)],
    });
    const field = await screen.findByLabelText("Kode akses");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Buka" })));
    expect(screen.getByText("Masukkan kode akses.")).toBeTruthy();
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: "abcd efgh jkmn pqrs" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Buka" })));
    expect(await screen.findByText("Anda melihat laporan ini sebagai pelapor.")).toBeTruthy();
    expect(screen.getByText("Lampu di depan SDN 3 mati.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Balas" })).toBeTruthy();
    expect(loadAccessCode(TRACKING_ID)).toBe(ACCESS_CODE);
  });

  it("says when the stored access code did not open the reporter's view, and forgets it", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(withCode, reportFixture()), events(withCode)],
    });
    expect(await screen.findByText(/Kode akses tidak cocok dengan laporan ini/)).toBeTruthy();
    expect(loadAccessCode(TRACKING_ID)).toBeNull();
    expect(screen.getByLabelText("Kode akses")).toBeTruthy();
  });

  it("says when no report has that tracking ID", async () => {
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(publicVars, null), events(publicVars)],
    });
    expect(
      await screen.findByText(`Laporan ${TRACKING_ID} tidak ditemukan. Periksa kembali nomor pelacakannya.`),
    ).toBeTruthy();
  });

  it("updates status, timeline and messages from a subscription event, without reload", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    const before = reportFixture({ viewerIsReporter: true });
    const responded = event("RXZlbnQ6NA", "RESPONDED", "RESPONDED", "2026-11-24T05:00:00.000Z", {
      actorRole: "AGENCY",
    });
    const after = reportFixture({
      viewerIsReporter: true,
      status: "RESPONDED",
      timeline: [...before.timeline, responded],
      messages: {
        __typename: "MessageConnection",
        totalCount: 1,
        nodes: [agencyMessage("TWVzc2FnZTox", "Lampu sudah diganti pada 24 November.", "2026-11-24T05:00:00.000Z")],
      },
    });
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(withCode, before), events(withCode, responded, 50), track(withCode, after)],
    });
    expect(await screen.findByText("Sedang ditindaklanjuti", { selector: ".ad-chip" })).toBeTruthy();
    expect(await screen.findByText("Sudah ditanggapi", { selector: ".ad-chip" })).toBeTruthy();
    const timeline = within(screen.getByRole("list", { name: "Riwayat laporan" })).getAllByRole("listitem");
    expect(timeline.at(-1)?.querySelector(".ad-timeline__title")?.textContent).toBe("Instansi memberi tanggapan");
    expect(await screen.findByText("Lampu sudah diganti pada 24 November.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Apakah masalah Anda sudah selesai?" })).toBeTruthy();
    expect(stepsOf().at(3)).toBe("Ditanggapi (tahap saat ini) <");
  });

  it("answers the verifier's request for information", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    const waiting = reportFixture({ viewerIsReporter: true, status: "AWAITING_INFORMATION", dispositions: [] });
    const input = {
      trackingId: TRACKING_ID,
      accessCode: ACCESS_CODE,
      body: "Lokasinya di Jl. Merdeka 5.",
      visibility: "PUBLIC",
    };
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [
        track(withCode, waiting),
        events(withCode),
        {
          request: { query: PostReplyMutation, variables: { input } },
          result: {
            data: {
              postMessage: {
                __typename: "MessagePayload",
                message: { __typename: "Message", id: "TWVzc2FnZToy" },
                userErrors: [],
              },
            },
          },
        },
        track(withCode, reportFixture({ viewerIsReporter: true, status: "SUBMITTED", dispositions: [] })),
      ],
    });
    const field = await screen.findByRole("textbox", { name: "Jawaban Anda" });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim jawaban" })));
    expect(screen.getByText("Tulis jawaban untuk verifikator.")).toBeTruthy();
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: " Lokasinya di Jl. Merdeka 5. " } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim jawaban" })));
    expect(await screen.findByText("Pesan terkirim.")).toBeTruthy();
    expect(await screen.findByText("Menunggu verifikasi", { selector: ".ad-chip" })).toBeTruthy();
  });

  it("lets the signed-in account the report was sent from reply without the access code", async () => {
    const own = reportFixture({ viewerIsReporter: true });
    const input = { trackingId: TRACKING_ID, accessCode: null, body: "Lampunya masih mati.", visibility: "PUBLIC" };
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [
        track(publicVars, own),
        events(publicVars),
        {
          request: { query: PostReplyMutation, variables: { input } },
          result: {
            data: {
              postMessage: {
                __typename: "MessagePayload",
                message: { __typename: "Message", id: "TWVzc2FnZToz" },
                userErrors: [],
              },
            },
          },
        },
        track(publicVars, own),
      ],
    });
    const field = await screen.findByRole("textbox", { name: "Balas" });
    expect(screen.getByText("Anda melihat laporan ini sebagai pelapor.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Buka tampilan pelapor" })).toBeNull();
    // No access code to forget in this tab.
    expect(screen.queryByRole("button", { name: "Tutup tampilan pelapor di tab ini" })).toBeNull();
    fireEvent.change(field, { target: { value: "Lampunya masih mati." } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim balasan" })));
    expect(await screen.findByText("Pesan terkirim.")).toBeTruthy();
  });

  it("on a public report's page, points its reporter to the tracking page instead of asking for the code", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} variant="public" aside={<p>Dukungan warga</p>} />, {
      mocks: [track(publicVars, reportFixture()), events(publicVars)],
    });
    expect(await screen.findByText("Lampu penerangan jalan mati sejak dua minggu")).toBeTruthy();
    expect(screen.queryByLabelText("Kode akses")).toBeNull();
    expect(
      screen
        .getByRole("link", { name: "Anda pelapornya? Buka halaman pelacakan dengan kode akses Anda." })
        .getAttribute("href"),
    ).toBe(`/track/${TRACKING_ID}`);
    expect(screen.getByText("Dukungan warga")).toBeTruthy();
  });

  it("confirms a response with a rating, after asking for one", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    const responded = reportFixture({ viewerIsReporter: true, status: "RESPONDED" });
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [
        track(withCode, responded),
        events(withCode),
        {
          request: {
            query: ConfirmResolutionMutation,
            variables: {
              input: { trackingId: TRACKING_ID, accessCode: ACCESS_CODE, score: 5, comment: "Terima kasih" },
            },
          },
          result: {
            data: {
              confirmResolution: {
                __typename: "ReportPayload",
                report: { __typename: "Report", id: responded.id, status: "RESOLVED" },
                userErrors: [],
              },
            },
          },
        },
        track(withCode, reportFixture({ viewerIsReporter: true, status: "RESOLVED", resolution: "CONFIRMED" })),
      ],
    });
    const submit = await screen.findByRole("button", { name: "Konfirmasi selesai" });
    await act(async () => fireEvent.click(submit));
    expect(screen.getByText("Pilih penilaian dari 1 sampai 5.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "1 dari 5, sangat tidak puas" }));
    fireEvent.click(screen.getByRole("radio", { name: "5 dari 5, sangat puas" }));
    fireEvent.change(screen.getByLabelText("Komentar (opsional)"), { target: { value: "Terima kasih" } });
    await act(async () => fireEvent.click(submit));
    expect(await screen.findByText("Selesai", { selector: ".ad-chip" })).toBeTruthy();
    expect(screen.getByText("Pelapor menyatakan laporan selesai.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Konfirmasi selesai" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Balas" })).toBeNull();
    expect(screen.getByText("Percakapan sudah ditutup karena laporan tidak lagi diproses.")).toBeTruthy();
  });

  it("checks a dispute's reason before sending it", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(withCode, reportFixture({ viewerIsReporter: true, status: "RESPONDED" })), events(withCode)],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Belum selesai" }));
    const reason = screen.getByRole("textbox", { name: "Alasan sanggahan" });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim sanggahan" })));
    expect(screen.getByText("Tulis alasan sanggahan Anda.")).toBeTruthy();
    fireEvent.change(reason, { target: { value: "Belum." } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim sanggahan" })));
    expect(screen.getByText("Alasan paling sedikit 10 karakter.")).toBeTruthy();
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(reason);
  });

  it("offers the escalation file only when the report is overdue or disputed", async () => {
    saveAccessCode(TRACKING_ID, ACCESS_CODE);
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(withCode, reportFixture({ viewerIsReporter: true, overdue: true })), events(withCode)],
    });
    expect(await screen.findByRole("button", { name: "Unduh berkas eskalasi" })).toBeTruthy();
    expect(screen.getByText("Tindak lanjut melewati tenggat waktu pelayanan.")).toBeTruthy();
    cleanup();
    renderWithProviders(<TrackingView trackingId={TRACKING_ID} />, {
      mocks: [track(withCode, reportFixture({ viewerIsReporter: true })), events(withCode)],
    });
    await screen.findByText("Anda melihat laporan ini sebagai pelapor.");
    expect(screen.queryByRole("button", { name: "Unduh berkas eskalasi" })).toBeNull();
  });
});
