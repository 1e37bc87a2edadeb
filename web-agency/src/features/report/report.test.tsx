import { Toaster } from "@aduan/ui/components";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { AcceptDispositionMutation } from "../inbox/graphql";
import { ReplyTemplatesQuery } from "../templates/graphql";
import { RespondDialog } from "./components/action-dialogs";
import { ApprovalPanel } from "./components/approval";
import { ReportView } from "./components/report-view";
import {
  AgencyPickerQuery,
  ApproveResponseMutation,
  DispositionViewQuery,
  ForwardDispositionMutation,
  PostMessageMutation,
  RespondMutation,
  ReturnDispositionMutation,
} from "./graphql";

afterEach(cleanup);

const ID = "RGlzcG9zaXRpb246MQ";
const bandung = { __typename: "Agency" as const, id: "QWdlbmN5OjE", name: "Pemerintah Kota Bandung" };

function view(overrides: { status?: string; anonymous?: boolean; reporter?: object | null; messages?: object[] } = {}) {
  const status = overrides.status ?? "PENDING";
  return {
    data: {
      viewer: { __typename: "User", id: "VXNlcjox", agency: bandung },
      node: {
        __typename: "Disposition",
        id: ID,
        status,
        dueAt: "2099-12-03T02:00:00.000Z",
        overdue: false,
        escalation: "NONE",
        instruction: null,
        returnReason: null,
        createdAt: "2026-11-27T02:00:00.000Z",
        draftResponse: null,
        agency: bandung,
        fromAgency: null,
        report: {
          __typename: "Report",
          id: "UmVwb3J0OjE",
          trackingId: "ADU-7K3M-9QX1",
          title: "Lampu jalan mati di Jalan Dago",
          body: "Sudah seminggu lampu jalan di depan nomor 12 mati.",
          kind: "COMPLAINT",
          status: status === "PENDING" ? "DISPOSED" : "IN_PROGRESS",
          anonymous: overrides.anonymous ?? false,
          confidential: false,
          createdAt: "2026-11-26T02:00:00.000Z",
          incidentDate: null,
          category: { __typename: "Category", id: "Q2F0ZWdvcnk6Mg", name: "Infrastruktur" },
          region: { __typename: "Region", id: "UmVnaW9uOjMyLjcz", name: "Kota Bandung" },
          reporter:
            overrides.reporter === undefined
              ? { __typename: "Reporter", name: "Budi Santoso", email: "budi@example.com", phone: null }
              : overrides.reporter,
          attachments: [
            {
              __typename: "Attachment",
              id: "QXR0YWNobWVudDox",
              fileName: "lampu.jpg",
              contentType: "image/jpeg",
              size: 20480,
              url: "/attachments/1",
            },
          ],
          timeline: [
            {
              __typename: "ReportEvent",
              id: "RXZlbnQ6MQ",
              type: "SUBMITTED",
              status: "SUBMITTED",
              createdAt: "2026-11-26T02:00:00.000Z",
              actorRole: "REPORTER",
              actorName: null,
              note: null,
            },
          ],
          dispositions: [
            {
              __typename: "Disposition",
              id: ID,
              status,
              dueAt: "2099-12-03T02:00:00.000Z",
              overdue: false,
              createdAt: "2026-11-27T02:00:00.000Z",
              instruction: null,
              returnReason: null,
              agency: bandung,
              fromAgency: null,
            },
          ],
          messages: {
            __typename: "MessageConnection",
            edges: (overrides.messages ?? []).map((node, i) => ({ __typename: "MessageEdge", cursor: `c${i}`, node })),
          },
        },
      },
    },
  };
}

const viewMock = (result: ReturnType<typeof view>) => ({
  request: { query: DispositionViewQuery, variables: { id: ID } },
  result,
});
const payload = (typename: string, field: string, disposition: object | null, userErrors: object[] = []) => ({
  data: { [field]: { __typename: typename, disposition, userErrors } },
});
const userError = (code: string, message: string) => ({ __typename: "UserError", code, message, field: ["input"] });

describe("ReportView", () => {
  it("shows the report, its attachments, chain and timeline, and an anonymous reporter as anonymous", async () => {
    renderWithProviders(<ReportView dispositionId={ID} />, {
      mocks: [viewMock(view({ anonymous: true, reporter: null }))],
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Lampu jalan mati di Jalan Dago" })).toBeTruthy();
    expect(screen.getByText("Sudah seminggu lampu jalan di depan nomor 12 mati.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "lampu.jpg" }).getAttribute("href")).toBe("/attachments/1");
    const facts = screen.getByText("Pelapor").nextElementSibling;
    expect(facts?.textContent).toBe("Anonim");
    expect(screen.getByRole("list", { name: "Riwayat laporan" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Rantai disposisi" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Terima disposisi" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tanggapi" })).toBeNull();
  });

  it("shows a known reporter, and says so when the reporter is hidden", async () => {
    renderWithProviders(<ReportView dispositionId={ID} />, { mocks: [viewMock(view())] });
    expect(await screen.findByText("Budi Santoso · budi@example.com")).toBeTruthy();
    cleanup();
    renderWithProviders(<ReportView dispositionId={ID} />, { mocks: [viewMock(view({ reporter: null }))] });
    expect(await screen.findByText("Identitas pelapor tidak ditampilkan untuk Anda.")).toBeTruthy();
  });

  it("accepts, and shows why when accepting fails", async () => {
    renderWithProviders(
      <>
        <ReportView dispositionId={ID} />
        <Toaster label="Pemberitahuan" />
      </>,
      {
        mocks: [
          viewMock(view()),
          {
            request: { query: AcceptDispositionMutation, variables: { input: { dispositionId: ID } } },
            result: payload("DispositionPayload", "acceptDisposition", null, [
              userError("INVALID_STATUS", "Cannot accept a disposition that is forwarded"),
            ]),
          },
        ],
      },
    );
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Terima disposisi" })));
    expect((await screen.findByRole("alert")).textContent).toBe("Cannot accept a disposition that is forwarded");
  });

  it("keeps internal notes apart from public replies and posts the kind chosen", async () => {
    const internal = {
      __typename: "Message",
      id: "TWVzc2FnZTox",
      body: "Cek dengan UPT PJU dulu.",
      visibility: "INTERNAL",
      authorRole: "AGENCY",
      authorName: "Sari",
      createdAt: "2026-11-27T03:00:00.000Z",
      attachments: [],
    };
    renderWithProviders(<ReportView dispositionId={ID} />, {
      mocks: [
        viewMock(view({ status: "ACCEPTED", messages: [internal] })),
        {
          request: {
            query: PostMessageMutation,
            variables: {
              input: { reportId: "UmVwb3J0OjE", visibility: "PUBLIC", body: "Terima kasih, kami cek besok." },
            },
          },
          result: {
            data: {
              postMessage: {
                __typename: "MessagePayload",
                message: {
                  ...internal,
                  id: "TWVzc2FnZToy",
                  visibility: "PUBLIC",
                  body: "Terima kasih, kami cek besok.",
                },
                userErrors: [],
              },
            },
          },
        },
        viewMock(view({ status: "ACCEPTED", messages: [internal] })),
      ],
    });
    const note = (await screen.findByText("Cek dengan UPT PJU dulu.")).closest("li") as HTMLElement;
    expect(within(note).getByText("Catatan internal")).toBeTruthy();
    // Internal is the default: nothing reaches the reporter by accident.
    expect(screen.getByRole("button", { name: "Catatan internal" }).getAttribute("aria-pressed")).toBe("true");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Simpan catatan internal" })));
    expect(screen.getByText("Tulis pesan terlebih dahulu.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Balasan publik" }));
    expect(screen.getByText("Dibaca oleh pelapor dan, bila laporan publik, oleh semua orang.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Balasan untuk pelapor"), {
      target: { value: "Terima kasih, kami cek besok." },
    });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim balasan publik" })));
    await waitFor(() => expect((screen.getByLabelText("Balasan untuk pelapor") as HTMLTextAreaElement).value).toBe(""));
  });

  it("forwards to a unit picked from the agency's units, with an instruction", async () => {
    const unit = {
      __typename: "Agency",
      id: "QWdlbmN5Ojk",
      name: "Dinas Perhubungan Kota Bandung",
      kind: "UNIT",
      parent: { __typename: "Agency", id: bandung.id, name: bandung.name },
    };
    renderWithProviders(
      <>
        <ReportView dispositionId={ID} />
        <Toaster label="Pemberitahuan" />
      </>,
      {
        mocks: [
          viewMock(view({ status: "ACCEPTED" })),
          {
            request: { query: AgencyPickerQuery, variables: { parentId: bandung.id, first: 50 } },
            result: {
              data: {
                agencies: {
                  __typename: "AgencyConnection",
                  edges: [{ __typename: "AgencyEdge", cursor: "a", node: unit }],
                },
              },
            },
          },
          {
            request: {
              query: ForwardDispositionMutation,
              variables: { input: { dispositionId: ID, toAgencyId: unit.id, instruction: "Ganti lampu segera." } },
            },
            result: payload("DispositionPayload", "forwardDisposition", {
              __typename: "Disposition",
              id: ID,
              status: "FORWARDED",
            }),
          },
          viewMock(view({ status: "FORWARDED" })),
        ],
      },
    );
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Teruskan" })));
    const dialog = await screen.findByRole("dialog", { name: "Teruskan disposisi" });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Teruskan disposisi" })));
    expect(within(dialog).getByRole("alert").textContent).toBe("Pilih instansi tujuan.");
    fireEvent.click(await within(dialog).findByRole("radio", { name: /Dinas Perhubungan Kota Bandung/ }));
    fireEvent.change(within(dialog).getByLabelText("Instruksi (opsional)"), {
      target: { value: "Ganti lampu segera." },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Teruskan disposisi" })));
    expect(await screen.findByText("Disposisi diteruskan ke Dinas Perhubungan Kota Bandung.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(await screen.findByText("Tidak ada tindakan untuk disposisi ini.")).toBeTruthy();
  });

  it("returns with a reason of at least ten characters", async () => {
    renderWithProviders(<ReportView dispositionId={ID} />, {
      mocks: [
        viewMock(view()),
        {
          request: {
            query: ReturnDispositionMutation,
            variables: { input: { dispositionId: ID, reason: "Ini kewenangan pemerintah provinsi." } },
          },
          result: payload("DispositionPayload", "returnDisposition", {
            __typename: "Disposition",
            id: ID,
            status: "RETURNED",
            returnReason: "Ini kewenangan pemerintah provinsi.",
          }),
        },
        viewMock(view({ status: "RETURNED" })),
      ],
    });
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Kembalikan" })));
    const dialog = await screen.findByRole("dialog", { name: "Kembalikan disposisi" });
    const reason = within(dialog).getByLabelText("Alasan");
    fireEvent.change(reason, { target: { value: "Bukan" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Kembalikan disposisi" })));
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(within(dialog).getByText("Tulis alasan minimal 10 karakter.")).toBeTruthy();
    fireEvent.change(reason, { target: { value: "Ini kewenangan pemerintah provinsi." } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Kembalikan disposisi" })));
    expect(await screen.findByText("Tidak ada tindakan untuk disposisi ini.")).toBeTruthy();
  });
});

describe("RespondDialog", () => {
  it("fills the response from a template, uploads attachments and shows the API's refusal", async () => {
    const upload = vi.fn(async (file: File) => ({ id: "QXR0YWNobWVudDo5", fileName: file.name }));
    const onDone = vi.fn();
    const body = "Lampu sudah diganti oleh petugas PJU pada 28 November.";
    renderWithProviders(
      <RespondDialog
        open
        onOpenChange={() => {}}
        dispositionId={ID}
        onDone={onDone}
        upload={upload}
        templates={[{ id: "t1", title: "Lampu diganti", body }]}
      />,
      {
        mocks: [
          {
            request: {
              query: RespondMutation,
              variables: { input: { dispositionId: ID, body, attachmentIds: ["QXR0YWNobWVudDo5"] } },
            },
            result: payload("DispositionPayload", "respond", null, [
              userError("INVALID_STATUS", "Cannot respond to a disposition that is pending"),
            ]),
          },
        ],
      },
    );
    const dialog = screen.getByRole("dialog", { name: "Tindak lanjut" });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Kirim tanggapan" })));
    expect(within(dialog).getByText("Tulis tanggapan minimal 20 karakter.")).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText("Templat balasan"), { target: { value: "t1" } });
    expect((within(dialog).getByLabelText("Tanggapan") as HTMLTextAreaElement).value).toBe(body);
    const file = new File(["x"], "bukti.jpg", { type: "image/jpeg" });
    await act(async () =>
      fireEvent.change(within(dialog).getByLabelText("Lampiran (opsional)"), { target: { files: [file] } }),
    );
    expect(within(dialog).getByRole("list", { name: "Lampiran terunggah" }).textContent).toBe("bukti.jpg");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Kirim tanggapan" })));
    expect((await within(dialog).findByRole("alert")).textContent).toBe(
      "Cannot respond to a disposition that is pending",
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it("offers no template picker without templates", () => {
    renderWithProviders(<RespondDialog open onOpenChange={() => {}} dispositionId={ID} onDone={() => {}} />);
    expect(screen.queryByLabelText("Templat balasan")).toBeNull();
  });
});

describe("reply templates", () => {
  it("loads the agency's templates when the respond dialog opens; a picked one fills the text, which stays editable", async () => {
    const body = "Terima kasih. Lampu sudah kami ganti dan menyala kembali.";
    renderWithProviders(<ReportView dispositionId={ID} />, {
      mocks: [
        viewMock(view({ status: "ACCEPTED" })),
        {
          request: { query: ReplyTemplatesQuery },
          result: {
            data: {
              messageTemplates: [
                {
                  __typename: "MessageTemplate",
                  id: "VGVtcGxhdGU6MQ",
                  title: "Lampu diganti",
                  body,
                  updatedAt: "2026-11-20T02:00:00.000Z",
                  agency: bandung,
                },
              ],
            },
          },
        },
      ],
    });
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Tanggapi" })));
    const dialog = await screen.findByRole("dialog", { name: "Tindak lanjut" });
    const picker = await within(dialog).findByLabelText("Templat balasan");
    expect(within(picker).getByRole("option", { name: "Lampu diganti" })).toBeTruthy();
    fireEvent.change(picker, { target: { value: "VGVtcGxhdGU6MQ" } });
    const text = within(dialog).getByLabelText("Tanggapan") as HTMLTextAreaElement;
    expect(text.value).toBe(body);
    fireEvent.change(text, { target: { value: `${body} Salam, Dinas PU.` } });
    expect(text.value).toBe(`${body} Salam, Dinas PU.`);
  });
});

describe("approval", () => {
  const draft = "Lampu sudah diganti oleh petugas PJU pada 28 November.";

  it("shows an operator the held draft without the approve button", async () => {
    const result = view({ status: "AWAITING_APPROVAL" });
    result.data.node.draftResponse = draft as never;
    renderWithProviders(<ReportView dispositionId={ID} />, { mocks: [viewMock(result)] });
    expect(await screen.findByText(draft)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Draf tanggapan menunggu persetujuan" })).toBeTruthy();
    expect(screen.getByText("Pelapor belum melihat apa pun sampai admin instansi menyetujuinya.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Setujui dan terbitkan" })).toBeNull();
    expect(screen.queryByText("Tidak ada tindakan untuk disposisi ini.")).toBeNull();
  });

  it("lets an agency admin approve and publish, and shows a refusal", async () => {
    const onDone = vi.fn();
    const approve = (errors: object[]) => ({
      request: { query: ApproveResponseMutation, variables: { input: { dispositionId: ID } } },
      result: {
        data: {
          approveResponse: {
            __typename: "DispositionPayload",
            disposition: errors.length
              ? null
              : {
                  __typename: "Disposition",
                  id: ID,
                  status: "RESPONDED",
                  respondedAt: "2026-11-28T05:00:00.000Z",
                  draftResponse: null,
                },
            userErrors: errors,
          },
        },
      },
    });
    renderWithProviders(<ApprovalPanel dispositionId={ID} draft={draft} canApprove onDone={onDone} />, {
      mocks: [approve([userError("INVALID_STATUS", "Nothing awaits approval on this disposition")]), approve([])],
    });
    expect(screen.getByText(draft)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Setujui dan terbitkan" })));
    expect((await screen.findByRole("alert")).textContent).toBe("Nothing awaits approval on this disposition");
    expect(onDone).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Setujui dan terbitkan" })));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Tanggapan disetujui dan diterbitkan."));
  });
});

describe("RespondDialog with approval required", () => {
  it("says the response is held for approval when the API holds it", async () => {
    const onDone = vi.fn();
    const body = "Lampu sudah diganti oleh petugas PJU pada 28 November.";
    renderWithProviders(<RespondDialog open onOpenChange={() => {}} dispositionId={ID} onDone={onDone} />, {
      mocks: [
        {
          request: { query: RespondMutation, variables: { input: { dispositionId: ID, body, attachmentIds: [] } } },
          result: payload("DispositionPayload", "respond", {
            __typename: "Disposition",
            id: ID,
            status: "AWAITING_APPROVAL",
            respondedAt: null,
            draftResponse: body,
          }),
        },
      ],
    });
    fireEvent.change(screen.getByLabelText("Tanggapan"), { target: { value: body } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kirim tanggapan" })));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith("Tanggapan disimpan dan menunggu persetujuan admin instansi."),
    );
  });
});
