import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { ReportPanel } from "./components/report-panel";
import {
  MergeReportMutation,
  RejectionTemplatesQuery,
  RejectReportMutation,
  ReportViewersSubscription,
  SimilarReportsQuery,
  VerifyAgenciesQuery,
  VerifyCategoriesQuery,
  VerifyReportMutation,
  ViewReportMutation,
} from "./graphql";

afterEach(cleanup);

const opened = {
  __typename: "Report" as const,
  id: "UmVwb3J0OjUx",
  trackingId: "ADU-4F8R-2KP1",
  title: "Pungutan liar saat mengurus KTP",
  body: "Petugas kelurahan meminta uang untuk mempercepat KTP.",
  kind: "COMPLAINT" as const,
  status: "SUBMITTED" as const,
  channel: "WEB" as const,
  createdAt: "2026-11-24T01:30:00.000Z",
  dueAt: "2030-11-30T03:00:00.000Z",
  overdue: false,
  anonymous: false,
  confidential: false,
  category: null,
  region: { __typename: "Region" as const, id: "UmVnaW9uOjM1Ljc4", code: "35.78", name: "Kota Surabaya" },
};

const agency = (id: string, name: string) => ({ __typename: "Agency" as const, id, name, parent: null });
const agencies = (nodes: ReturnType<typeof agency>[]) => ({
  data: {
    agencies: {
      __typename: "AgencyConnection",
      edges: nodes.map((node) => ({ __typename: "AgencyEdge", cursor: node.id, node })),
    },
  },
});
const dukcapil = agency("QWdlbmN5OjE", "Dinas Dukcapil Kota Surabaya");
const pemkot = agency("QWdlbmN5OjI", "Pemerintah Kota Surabaya");
const ombudsman = agency("QWdlbmN5OjM", "Ombudsman RI");

const categories = {
  request: { query: VerifyCategoriesQuery },
  result: {
    data: {
      categories: [
        {
          __typename: "Category",
          id: "Q2F0ZWdvcnk6MQ",
          name: "Administrasi kependudukan",
          routingHint: "KTP dan KK: Dukcapil setempat",
          defaultAgency: { __typename: "Agency", id: dukcapil.id, name: dukcapil.name },
          children: [],
        },
      ],
    },
  },
  maxUsageCount: 5,
};

const presence = (viewers: { name: string }[] = []) => [
  {
    request: { query: ViewReportMutation, variables: { input: { reportId: opened.id } } },
    result: {
      data: {
        viewReport: {
          __typename: "ViewReportPayload",
          viewers: viewers.map((v, i) => ({
            __typename: "ReportViewer",
            userId: `u${i}`,
            name: v.name,
            lastSeenAt: "2026-11-28T03:00:00.000Z",
          })),
        },
      },
    },
  },
  {
    request: { query: ViewReportMutation, variables: { input: { reportId: opened.id, leaving: true } } },
    result: { data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } },
  },
  {
    request: { query: ReportViewersSubscription, variables: { reportId: opened.id } },
    result: { data: undefined },
    delay: Infinity,
  },
];

const similar = (reports: object[]) => ({
  request: {
    query: SimilarReportsQuery,
    variables: { text: opened.title, regionCode: "35.78", first: 6 },
  },
  result: { data: { similarReports: reports } },
});

const regional = {
  request: { query: VerifyAgenciesQuery, variables: { regionCode: "35.78", first: 8 } },
  result: agencies([pemkot]),
};

function userErrors() {
  return [] as { __typename: "UserError"; code: string; message: string }[];
}

describe("ReportPanel", () => {
  it("verifies and disposes to two agencies with the keyboard (Ctrl+Enter)", async () => {
    const onDone = vi.fn();
    renderWithProviders(<ReportPanel report={opened} onDone={onDone} onClose={() => undefined} />, {
      mocks: [
        categories,
        regional,
        similar([]),
        ...presence(),
        {
          request: { query: VerifyAgenciesQuery, variables: { search: "ombud", first: 15 } },
          result: agencies([ombudsman]),
        },
        {
          request: {
            query: VerifyReportMutation,
            variables: {
              input: {
                reportId: opened.id,
                title: "Pungli pembuatan KTP di kelurahan",
                kind: "COMPLAINT",
                categoryId: "Q2F0ZWdvcnk6MQ",
                agencyIds: [dukcapil.id, ombudsman.id],
                instruction: "Mohon ditindaklanjuti dalam 5 hari.",
              },
            },
          },
          result: {
            data: {
              verifyReport: {
                __typename: "ReportPayload",
                report: { __typename: "Report", id: opened.id, status: "DISPOSED" },
                userErrors: userErrors(),
              },
            },
          },
        },
      ],
    });
    const form = screen.getByRole("form", { name: "Verifikasi dan disposisi" });
    // Nothing chosen yet: the form says what is missing.
    await act(async () => fireEvent.keyDown(form, { key: "Enter", ctrlKey: true }));
    expect(screen.getByText("Pilih kategori laporan.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Judul"), { target: { value: "Pungli pembuatan KTP di kelurahan" } });
    await screen.findByRole("option", { name: "Administrasi kependudukan" });
    fireEvent.change(screen.getByLabelText("Kategori"), { target: { value: "Q2F0ZWdvcnk6MQ" } });
    expect(screen.getByText("Petunjuk: KTP dan KK: Dukcapil setempat")).toBeTruthy();
    await act(async () => fireEvent.keyDown(form, { key: "Enter", ctrlKey: true }));
    expect(screen.getByRole("alert").textContent).toBe("Pilih sedikitnya satu instansi.");

    const suggested = screen.getByRole("group", { name: "Saran (kategori dan wilayah)" });
    expect(await within(suggested).findByLabelText(/Pemerintah Kota Surabaya/)).toBeTruthy();
    fireEvent.click(within(suggested).getByLabelText(/Dinas Dukcapil Kota Surabaya/));
    fireEvent.change(screen.getByLabelText("Cari instansi"), { target: { value: "ombud" } });
    const results = screen.getByRole("group", { name: "Hasil pencarian" });
    fireEvent.click(await within(results).findByLabelText("Ombudsman RI"));
    fireEvent.change(screen.getByLabelText("Instruksi untuk instansi (opsional)"), {
      target: { value: "Mohon ditindaklanjuti dalam 5 hari." },
    });
    await act(async () => fireEvent.keyDown(screen.getByLabelText("Cari instansi"), { key: "Enter", ctrlKey: true }));
    await vi.waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        "ADU-4F8R-2KP1 diverifikasi dan didisposisikan ke Dinas Dukcapil Kota Surabaya, Ombudsman RI.",
      ),
    );
  });

  it("shows the API's refusal", async () => {
    const onDone = vi.fn();
    renderWithProviders(
      <ReportPanel report={{ ...opened, category: categoryRef }} onDone={onDone} onClose={() => undefined} />,
      {
        mocks: [
          categories,
          regional,
          similar([]),
          ...presence(),
          {
            request: {
              query: VerifyReportMutation,
              variables: {
                input: {
                  reportId: opened.id,
                  title: null,
                  kind: "COMPLAINT",
                  categoryId: categoryRef.id,
                  agencyIds: [pemkot.id],
                  instruction: null,
                },
              },
            },
            result: { errors: [{ message: "Forbidden", extensions: { code: "FORBIDDEN" } }] },
          },
        ],
      },
    );
    fireEvent.click(await screen.findByLabelText(/Pemerintah Kota Surabaya/));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Verifikasi dan disposisikan" })));
    expect((await screen.findByRole("alert")).textContent).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("merges a duplicate into a similar report", async () => {
    const onDone = vi.fn();
    const original = {
      __typename: "Report",
      id: "UmVwb3J0OjQw",
      trackingId: "ADU-AAAA-1111",
      title: "Pungli KTP kelurahan",
      status: "DISPOSED",
      createdAt: "2026-11-20T01:00:00.000Z",
    };
    renderWithProviders(<ReportPanel report={opened} onDone={onDone} onClose={() => undefined} />, {
      mocks: [
        categories,
        regional,
        similar([original, { ...original, id: opened.id, trackingId: opened.trackingId }]),
        ...presence(),
        {
          request: {
            query: MergeReportMutation,
            variables: { input: { reportId: opened.id, intoReportId: original.id } },
          },
          result: {
            data: {
              mergeReport: {
                __typename: "ReportPayload",
                report: { __typename: "Report", id: opened.id, status: "MERGED" },
                userErrors: userErrors(),
              },
            },
          },
        },
      ],
    });
    const button = await screen.findByRole("button", { name: "Gabungkan ke ADU-AAAA-1111" });
    // The report itself is never offered as its own duplicate.
    expect(screen.queryByRole("button", { name: "Gabungkan ke ADU-4F8R-2KP1" })).toBeNull();
    await act(async () => fireEvent.click(button));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith("ADU-4F8R-2KP1 digabungkan ke ADU-AAAA-1111."));
  });

  it("rejects with a reason from a template (Alt+R)", async () => {
    const onDone = vi.fn();
    const body = "Laporan Anda bukan mengenai pelayanan publik.";
    renderWithProviders(<ReportPanel report={opened} onDone={onDone} onClose={() => undefined} />, {
      mocks: [
        categories,
        regional,
        similar([]),
        ...presence([{ name: "Sari Wulandari" }]),
        {
          request: { query: RejectionTemplatesQuery },
          result: {
            data: {
              messageTemplates: [
                { __typename: "MessageTemplate", id: "TWVzc2FnZVRlbXBsYXRlOjE", title: "Bukan pelayanan publik", body },
              ],
            },
          },
        },
        {
          request: { query: RejectReportMutation, variables: { input: { reportId: opened.id, reason: body } } },
          result: {
            data: {
              rejectReport: {
                __typename: "ReportPayload",
                report: { __typename: "Report", id: opened.id, status: "REJECTED" },
                userErrors: userErrors(),
              },
            },
          },
        },
      ],
    });
    // Presence: a colleague has the report open.
    expect(await screen.findByText("Sari Wulandari juga sedang membuka laporan ini.")).toBeTruthy();
    await act(async () =>
      fireEvent.keyDown(screen.getByRole("heading", { level: 2 }), { altKey: true, code: "KeyR", key: "r" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Tolak laporan" });
    await within(dialog).findByRole("option", { name: "Bukan pelayanan publik" });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Tolak laporan" })));
    expect(within(dialog).getByText("Tulis sedikitnya 10 karakter.")).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText("Templat alasan"), { target: { value: "TWVzc2FnZVRlbXBsYXRlOjE" } });
    expect((within(dialog).getByLabelText("Alasan") as HTMLTextAreaElement).value).toBe(body);
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Tolak laporan" })));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith("Laporan ditolak."));
  });
});

const categoryRef = { __typename: "Category" as const, id: "Q2F0ZWdvcnk6MQ", name: "Administrasi kependudukan" };
