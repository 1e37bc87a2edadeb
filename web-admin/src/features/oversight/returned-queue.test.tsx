import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import {
  QUEUE_PAGE_SIZE,
  ReportViewersSubscription,
  ReturnedReportsQuery,
  SimilarReportsQuery,
  VerificationQueueUpdatesSubscription,
  VerifyAgenciesQuery,
  VerifyCategoriesQuery,
  VerifyReportMutation,
  ViewReportMutation,
} from "../verification/graphql";
import { ReturnedQueue } from "./components/returned-queue";

afterEach(cleanup);

const agency = (id: string, name: string) => ({ __typename: "Agency" as const, id, name });
const pupr = agency("QWdlbmN5OjE", "Dinas PUPR Kota Bandung");
const dishub = agency("QWdlbmN5OjI", "Dinas Perhubungan Kota Bandung");
const category = { __typename: "Category" as const, id: "Q2F0ZWdvcnk6MQ", name: "Jalan dan jembatan" };

const returned = {
  __typename: "Report" as const,
  id: "UmVwb3J0Ojc3",
  trackingId: "ADU-7K3M-9QX1",
  title: "Lampu lalu lintas mati di simpang Dago",
  body: "Lampu lalu lintas di simpang Dago mati sejak kemarin sore.",
  kind: "COMPLAINT" as const,
  status: "SUBMITTED" as const,
  channel: "WEB" as const,
  createdAt: "2026-11-20T02:00:00.000Z",
  dueAt: "2030-11-25T02:00:00.000Z",
  overdue: false,
  anonymous: true,
  confidential: false,
  category,
  region: { __typename: "Region" as const, id: "UmVnaW9uOjMyLjcz", code: "32.73", name: "Kota Bandung" },
  dispositions: [
    {
      __typename: "Disposition" as const,
      id: "RGlzcG9zaXRpb246MQ",
      status: "RETURNED" as const,
      returnReason: "Lampu lalu lintas kewenangan Dinas Perhubungan, bukan PUPR.",
      createdAt: "2026-11-21T02:00:00.000Z",
      agency: pupr,
    },
  ],
  timeline: [
    {
      __typename: "ReportEvent" as const,
      id: "e1",
      type: "SUBMITTED",
      status: "SUBMITTED" as const,
      createdAt: "2026-11-20T02:00:00.000Z",
      actorRole: "REPORTER" as const,
      note: null,
    },
    {
      __typename: "ReportEvent" as const,
      id: "e2",
      type: "DISPOSED",
      status: "DISPOSED" as const,
      createdAt: "2026-11-21T02:00:00.000Z",
      actorRole: "VERIFIER" as const,
      note: null,
    },
    {
      __typename: "ReportEvent" as const,
      id: "e3a",
      type: "RETURNED",
      status: "DISPOSED" as const,
      createdAt: "2026-11-22T02:00:00.000Z",
      actorRole: "AGENCY" as const,
      note: null,
    },
    {
      __typename: "ReportEvent" as const,
      id: "e3",
      type: "RETURNED",
      status: "SUBMITTED" as const,
      createdAt: "2026-11-22T02:00:00.000Z",
      actorRole: "AGENCY" as const,
      note: "Lampu lalu lintas kewenangan Dinas Perhubungan, bukan PUPR.",
    },
  ],
};

const page = (nodes: (typeof returned)[]) => ({
  request: { query: ReturnedReportsQuery, variables: { first: QUEUE_PAGE_SIZE } },
  result: {
    data: {
      reports: {
        __typename: "ReportConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: nodes.at(-1)?.id ?? null },
        edges: nodes.map((node) => ({ __typename: "ReportEdge", cursor: node.id, node })),
      },
    },
  },
});

/** What the desk's panel asks for when it opens the report. */
const panel = [
  {
    request: { query: VerifyCategoriesQuery },
    result: {
      data: {
        categories: [{ ...category, routingHint: null, defaultAgency: pupr, children: [] }],
      },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: VerifyAgenciesQuery, variables: { regionCode: "32.73", first: 8 } },
    result: {
      data: {
        agencies: {
          __typename: "AgencyConnection",
          edges: [pupr, dishub].map((node) => ({
            __typename: "AgencyEdge",
            cursor: node.id,
            node: { ...node, parent: null },
          })),
        },
      },
    },
  },
  {
    request: { query: SimilarReportsQuery, variables: { text: returned.title, regionCode: "32.73", first: 6 } },
    result: { data: { similarReports: [] } },
  },
  {
    request: { query: ViewReportMutation, variables: { input: { reportId: returned.id } } },
    result: { data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } },
  },
  {
    request: { query: ViewReportMutation, variables: { input: { reportId: returned.id, leaving: true } } },
    result: { data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } },
  },
  {
    request: { query: ReportViewersSubscription, variables: { reportId: returned.id } },
    result: { data: undefined },
    delay: Infinity,
  },
];

describe("ReturnedQueue", () => {
  it("lists returned reports with who returned them and why", async () => {
    renderWithProviders(<ReturnedQueue />, { mocks: [page([returned])] });
    const table = await screen.findByRole("table", { name: "Laporan yang dikembalikan instansi" });
    const row = within(table).getByRole("row", { name: /ADU-7K3M-9QX1/ });
    expect(within(row).getByText("Dinas PUPR Kota Bandung")).toBeTruthy();
    expect(within(row).getByText("Lampu lalu lintas kewenangan Dinas Perhubungan, bukan PUPR.")).toBeTruthy();
    expect(screen.getByText("1 laporan dikembalikan")).toBeTruthy();
  });

  it("says when nothing was returned", async () => {
    renderWithProviders(<ReturnedQueue />, { mocks: [page([])] });
    expect(await screen.findByText("Tidak ada laporan yang dikembalikan.")).toBeTruthy();
  });

  it("opens a report with the reasons and routes it again with the desk's form", async () => {
    renderWithProviders(<ReturnedQueue />, {
      mocks: [
        page([returned]),
        ...panel,
        {
          request: {
            query: VerifyReportMutation,
            variables: {
              input: {
                reportId: returned.id,
                title: null,
                kind: "COMPLAINT",
                categoryId: category.id,
                agencyIds: [dishub.id],
                instruction: null,
              },
            },
          },
          result: {
            data: {
              verifyReport: {
                __typename: "ReportPayload",
                report: { __typename: "Report", id: returned.id, status: "DISPOSED" },
                userErrors: [],
              },
            },
          },
        },
        page([]),
      ],
    });
    const table = await screen.findByRole("table", { name: "Laporan yang dikembalikan instansi" });
    const row = within(table).getByRole("row", { name: /ADU-7K3M-9QX1/ });
    row.focus();
    fireEvent.keyDown(row, { key: "Enter" });
    const reasons = await screen.findByRole("region", { name: "Alasan pengembalian" });
    expect(within(reasons).getByText(/kewenangan Dinas Perhubungan/)).toBeTruthy();
    const history = within(reasons).getByRole("list", { name: "Riwayat disposisi" });
    expect(
      within(history)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("p")?.textContent),
    ).toEqual(["Diteruskan ke instansi", "Dikembalikan oleh instansi"]);
    const suggested = screen.getByRole("group", { name: "Saran (kategori dan wilayah)" });
    fireEvent.click(await within(suggested).findByLabelText(/Dinas Perhubungan Kota Bandung/));
    await act(async () =>
      fireEvent.keyDown(screen.getByRole("form", { name: "Verifikasi dan disposisi" }), {
        key: "Enter",
        ctrlKey: true,
      }),
    );
    expect(
      await screen.findByText(
        "ADU-7K3M-9QX1 diverifikasi dan didisposisikan ke Dinas Perhubungan Kota Bandung.",
        {},
        { timeout: 3000 },
      ),
    ).toBeTruthy();
    expect(await screen.findByText("Tidak ada laporan yang dikembalikan.")).toBeTruthy();
  });

  it("adds a report as it comes back to the verifiers", async () => {
    const { dispositions: _d, timeline: _t, ...queued } = returned;
    renderWithProviders(<ReturnedQueue />, {
      mocks: [
        page([]),
        {
          request: { query: VerificationQueueUpdatesSubscription },
          result: { data: { verificationQueueUpdates: queued } },
          delay: 300,
        },
        page([returned]),
      ],
    });
    expect(await screen.findByText("Tidak ada laporan yang dikembalikan.")).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Laporan yang dikembalikan instansi" }, { timeout: 4000 });
    expect(within(table).getByRole("row", { name: /ADU-7K3M-9QX1/ })).toBeTruthy();
  });
});
