import type { MockLink } from "@apollo/client/testing";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { SubmitReport } from "./components/submit-report-form";
import { DRAFT_KEY, emptyValues } from "./form-state";
import type { SubmitReportInput } from "./gql/graphql";
import { SimilarReportsQuery, SubmitCategoriesQuery, SubmitRegionsQuery, SubmitReportMutation } from "./graphql";
import type { uploadFile } from "./upload";

const KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(crypto, "randomUUID").mockReturnValue(KEY);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const lists: MockLink.MockedResponse[] = [
  {
    request: { query: SubmitCategoriesQuery },
    result: {
      data: {
        categories: [
          {
            __typename: "Category",
            id: "Q2F0ZWdvcnk6MQ",
            name: "Infrastruktur",
            children: [{ __typename: "Category", id: "Q2F0ZWdvcnk6Mg", name: "Jalan" }],
          },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SubmitRegionsQuery, variables: { level: "PROVINCE" } },
    result: {
      data: {
        regions: [{ __typename: "Region", id: "UmVnaW9uOjMy", code: "32", name: "Jawa Barat" }],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const TITLE = "Lampu jalan mati";
const BODY = "Sudah seminggu lampu jalan di depan sekolah mati dan jalannya gelap.";

function expectedInput(overrides: Partial<SubmitReportInput> = {}): SubmitReportInput {
  return {
    kind: "COMPLAINT",
    title: TITLE,
    body: BODY,
    categoryId: null,
    regionCode: null,
    location: null,
    incidentDate: null,
    anonymous: true,
    confidential: true,
    reporter: null,
    attachmentIds: null,
    idempotencyKey: KEY,
    ...overrides,
  };
}

function success(input: SubmitReportInput): MockLink.MockedResponse {
  return {
    request: { query: SubmitReportMutation, variables: { input } },
    result: {
      data: {
        submitReport: {
          __typename: "SubmitReportPayload",
          trackingId: "ADU-7K3M-9QXD",
          accessCode: "K7Q2M9XD4PLA8VTE",
          report: {
            __typename: "Report",
            id: "UmVwb3J0OjQy",
            trackingId: "ADU-7K3M-9QXD",
            createdAt: "2026-11-28T03:00:00.000Z",
          },
          userErrors: [],
        },
      },
    },
  };
}

function fillReport() {
  fireEvent.click(screen.getByLabelText("Pengaduan"));
  fireEvent.change(screen.getByLabelText("Judul laporan"), { target: { value: TITLE } });
  fireEvent.change(screen.getByLabelText("Isi laporan"), { target: { value: BODY } });
  fireEvent.click(screen.getByLabelText("Rahasiakan identitas saya (anonim)"));
  fireEvent.click(screen.getByLabelText("Rahasiakan isi laporan"));
}

const send = () => act(async () => fireEvent.click(screen.getByRole("button", { name: /Kirim/ })));

describe("SubmitReport", () => {
  it("shows a message at each missing field, focuses the first and sends nothing", async () => {
    renderWithProviders(<SubmitReport />, { mocks: lists });
    await send();
    expect(screen.getByText("Periksa isian yang ditandai.")).toBeTruthy();
    expect(screen.getByText("Pilih jenis laporan.")).toBeTruthy();
    expect(screen.getByText("Tulis judul laporan.")).toBeTruthy();
    expect(screen.getByText("Tulis isi laporan.")).toBeTruthy();
    expect(screen.getByText("Tulis nama Anda, atau pilih anonim.")).toBeTruthy();
    expect(screen.getByText("Isi email atau nomor telepon agar instansi dapat menghubungi Anda.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Pengaduan"));
    expect(screen.getByLabelText("Judul laporan").getAttribute("aria-invalid")).toBe("true");
    // Fixing a field clears its message.
    fireEvent.change(screen.getByLabelText("Judul laporan"), { target: { value: "Lampu" } });
    expect(screen.queryByText("Tulis judul laporan.")).toBeNull();
    // Anonymous: no name asked for, contact optional.
    fireEvent.click(screen.getByLabelText("Rahasiakan identitas saya (anonim)"));
    expect(screen.queryByLabelText("Nama")).toBeNull();
    expect(screen.getByText(/Tidak ada yang tahu siapa Anda, tetapi isi laporan dapat dibaca publik/)).toBeTruthy();
  });

  it("signed in, asks for no name or contact and says the report goes to the account", async () => {
    renderWithProviders(<SubmitReport account={{ name: "Dewi Lestari" }} />, { mocks: lists });
    expect(screen.getByText(/^Anda masuk sebagai Dewi Lestari: laporan ini tersimpan di Laporan saya\./)).toBeTruthy();
    expect(screen.getByLabelText("Nama (opsional)")).toBeTruthy();
    await send();
    expect(screen.queryByText("Tulis nama Anda, atau pilih anonim.")).toBeNull();
    expect(screen.queryByText("Isi email atau nomor telepon agar instansi dapat menghubungi Anda.")).toBeNull();
    fireEvent.click(screen.getByLabelText("Rahasiakan identitas saya (anonim)"));
    expect(screen.getByText(/tetap tersimpan di Laporan saya, tetapi instansi tidak tahu siapa Anda\.$/)).toBeTruthy();
  });

  it("forces anonymous and confidential for whistleblowing, and says why", () => {
    renderWithProviders(<SubmitReport />, { mocks: lists });
    fireEvent.click(screen.getByLabelText("Pengaduan pelanggaran (whistleblowing)"));
    const anonymous = screen.getByLabelText("Rahasiakan identitas saya (anonim)") as HTMLInputElement;
    const confidential = screen.getByLabelText("Rahasiakan isi laporan") as HTMLInputElement;
    expect([anonymous.checked, anonymous.disabled, confidential.checked, confidential.disabled]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(screen.getByText(/selalu anonim dan rahasia/)).toBeTruthy();
    expect(screen.getByText(/Tidak ada yang tahu siapa Anda, dan isi laporan hanya dibaca oleh Anda/)).toBeTruthy();
  });

  it("puts the server's userErrors on their fields", async () => {
    renderWithProviders(<SubmitReport />, {
      mocks: [
        ...lists,
        {
          request: { query: SubmitReportMutation, variables: { input: expectedInput() } },
          result: {
            data: {
              submitReport: {
                __typename: "SubmitReportPayload",
                trackingId: null,
                accessCode: null,
                report: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    field: ["input", "body"],
                    message: "Body looks like spam",
                    code: "INVALID",
                  },
                  {
                    __typename: "UserError",
                    field: ["input", "attachmentIds"],
                    message: "An attachment does not exist",
                    code: "ATTACHMENT_UNAVAILABLE",
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fillReport();
    await send();
    const body = screen.getByLabelText("Isi laporan");
    expect(await screen.findByText("Body looks like spam")).toBeTruthy();
    expect(body.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(body);
    expect(screen.getByText("Ada berkas yang sudah kedaluwarsa. Hapus lalu unggah lagi.")).toBeTruthy();
  });

  it("after a lost answer, sends again with the same idempotency key and shows the codes once", async () => {
    renderWithProviders(<SubmitReport />, {
      mocks: [
        ...lists,
        {
          request: { query: SubmitReportMutation, variables: { input: expectedInput() } },
          error: new TypeError("Failed to fetch"),
        },
        success(expectedInput()),
      ],
    });
    fillReport();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}").idempotencyKey).toBe(KEY);
    await send();
    expect(await screen.findByText(/laporan tidak akan terkirim dua kali/)).toBeTruthy();
    await send();
    const heading = await screen.findByRole("heading", { name: "Laporan terkirim" });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByTestId("tracking-id").textContent).toBe("ADU-7K3M-9QXD");
    expect(screen.getByTestId("access-code").textContent).toBe("K7Q2M9XD4PLA8VTE");
    expect(screen.getByText(/Kode akses hanya ditampilkan sekali ini/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Salin Kode akses" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Unduh tanda terima" })).toBeTruthy();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it("copies the access code with the Clipboard API", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderWithProviders(<SubmitReport />, { mocks: [...lists, success(expectedInput())] });
    fillReport();
    await send();
    await screen.findByRole("heading", { name: "Laporan terkirim" });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Salin Kode akses" })));
    expect(writeText).toHaveBeenCalledWith("K7Q2M9XD4PLA8VTE");
    expect(screen.getByText("Kode akses disalin.")).toBeTruthy();
  });

  it("restores a draft with a notice, and discards it on request", () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        values: { ...emptyValues, kind: "SUGGESTION", title: "Taman kota", body: "Usul" },
        idempotencyKey: "draft-key-0123456789abcdef",
        savedAt: "2026-11-28T02:00:00.000Z",
      }),
    );
    renderWithProviders(<SubmitReport />, {
      mocks: [
        ...lists,
        {
          request: { query: SimilarReportsQuery, variables: { text: "Taman kota", first: 5 } },
          result: { data: { similarReports: [] } },
        },
      ],
    });
    expect(screen.getByText("Draf laporan Anda dipulihkan.")).toBeTruthy();
    expect((screen.getByLabelText("Judul laporan") as HTMLInputElement).value).toBe("Taman kota");
    expect((screen.getByLabelText("Aspirasi atau saran") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Buang draf" }));
    expect((screen.getByLabelText("Judul laporan") as HTMLInputElement).value).toBe("");
    expect(screen.queryByText("Draf laporan Anda dipulihkan.")).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it("uploads a photo with progress and sends its attachment ID", async () => {
    let progress: (fraction: number) => void = () => undefined;
    let finish: (value: Awaited<ReturnType<typeof uploadFile>["promise"]>) => void = () => undefined;
    const upload: typeof uploadFile = (_file, onProgress) => {
      progress = onProgress;
      return { promise: new Promise((resolve) => (finish = resolve)), abort: () => undefined };
    };
    renderWithProviders(<SubmitReport upload={upload} />, {
      mocks: [...lists, success(expectedInput({ attachmentIds: ["QXR0YWNobWVudDox"] }))],
    });
    fillReport();
    const file = new File([new Uint8Array([137, 80, 78, 71])], "foto.png", { type: "image/png" });
    fireEvent.change(screen.getByLabelText(/Foto atau dokumen/), { target: { files: [file] } });
    act(() => progress(0.42));
    expect(screen.getByText("Mengunggah foto.png: 42%")).toBeTruthy();
    await send();
    expect(screen.getByText("Tunggu sampai semua berkas selesai diunggah.")).toBeTruthy();
    await act(async () => finish({ id: "QXR0YWNobWVudDox", fileName: "foto.png", size: 4, contentType: "image/png" }));
    const list = screen.getByRole("button", { name: "Hapus foto.png" }).closest("li") as HTMLElement;
    expect(within(list).getByText(/Terunggah/)).toBeTruthy();
    await send();
    expect(await screen.findByRole("heading", { name: "Laporan terkirim" })).toBeTruthy();
  });

  it("refuses an unsupported file without uploading it", () => {
    const upload = vi.fn<typeof uploadFile>();
    renderWithProviders(<SubmitReport upload={upload} />, { mocks: lists });
    const file = new File(["zip"], "arsip.zip", { type: "application/zip" });
    fireEvent.change(screen.getByLabelText(/Foto atau dokumen/), { target: { files: [file] } });
    expect(screen.getByRole("alert").textContent).toContain(
      "arsip.zip gagal diunggah: hanya foto atau PDF yang diterima",
    );
    expect(upload).not.toHaveBeenCalled();
  });

  it("shows similar public reports as the title is typed, each leading to its page to support it", async () => {
    renderWithProviders(<SubmitReport />, {
      mocks: [
        ...lists,
        {
          request: { query: SimilarReportsQuery, variables: { text: "Lampu jalan", first: 5 } },
          result: {
            data: {
              similarReports: [
                {
                  __typename: "Report",
                  id: "UmVwb3J0Ojc",
                  trackingId: "ADU-AAAA-BBBB",
                  title: "Lampu jalan mati di Jl. Merdeka",
                  supportCount: 12,
                  viewerHasSupported: false,
                  region: { __typename: "Region", id: "UmVnaW9uOjMyLjcz", name: "Kota Bandung" },
                },
              ],
            },
          },
        },
      ],
    });
    fireEvent.change(screen.getByLabelText("Judul laporan"), { target: { value: "La" } });
    fireEvent.change(screen.getByLabelText("Judul laporan"), { target: { value: "Lampu jalan" } });
    const section = (await screen.findByRole("heading", { name: "Laporan serupa" })).closest("section") as HTMLElement;
    expect(within(section).getByText("Lampu jalan mati di Jl. Merdeka")).toBeTruthy();
    expect(within(section).getByText(/12 dukungan/)).toBeTruthy();
    // Supporting happens on the report's own page (signing in first if need be), not in the middle of this form.
    const support = within(section).getByRole("link", { name: "Dukung laporan ini" });
    expect(support.getAttribute("href")).toBe("/laporan/ADU-AAAA-BBBB");
    expect(support.getAttribute("aria-describedby")).toBe(
      within(section).getByText("Lampu jalan mati di Jl. Merdeka").id,
    );
  });
});
