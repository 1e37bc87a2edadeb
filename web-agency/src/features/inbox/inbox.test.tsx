import { Toaster } from "@aduan/ui/components";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Route, useSearch } from "wouter";
import { holidays, renderWithProviders } from "../../test/render";
import { Inbox } from "./components/inbox";
import {
  AcceptDispositionMutation,
  AgencyInboxQuery,
  DispositionUpdatesSubscription,
  InboxCategoriesQuery,
  InboxRegionsQuery,
  inboxVariables,
} from "./graphql";

const NOW = new Date("2026-11-28T03:00:00.000Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function disposition(n: number, overrides: object = {}) {
  return {
    __typename: "Disposition" as const,
    id: `RGlzcG9zaXRpb246${n}`,
    status: "PENDING" as const,
    dueAt: "2026-11-30T03:00:00.000Z",
    overdue: false,
    escalation: "NONE" as "NONE" | "AGENCY_ADMINS" | "NATIONAL_ADMINS",
    createdAt: "2026-11-27T02:00:00.000Z",
    agency: { __typename: "Agency" as const, id: "QWdlbmN5OjQ", name: "Dinas Kesehatan Kota Bandung" },
    report: {
      __typename: "Report" as const,
      id: `UmVwb3J0OjQ${n}`,
      trackingId: `ADU-7K3M-9QX${n}`,
      title: `Antrean puskesmas terlalu panjang (${n})`,
      kind: "COMPLAINT" as const,
      status: "DISPOSED" as const,
      category: { __typename: "Category" as const, id: "Q2F0ZWdvcnk6Mg", name: "Kesehatan" },
      region: { __typename: "Region" as const, id: "UmVnaW9uOjMyLjcz", name: "Kota Bandung" },
    },
    ...overrides,
  };
}

function page(nodes: ReturnType<typeof disposition>[], totalCount = nodes.length) {
  return {
    data: {
      dispositions: {
        __typename: "DispositionConnection",
        totalCount,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: nodes.length ? "cursor-last" : null },
        edges: nodes.map((node) => ({ __typename: "DispositionEdge", cursor: `cursor-${node.id}`, node })),
      },
    },
  };
}

const categories = {
  request: { query: InboxCategoriesQuery },
  result: {
    data: {
      categories: [
        { __typename: "Category", id: "Q2F0ZWdvcnk6Mg", name: "Kesehatan", parent: null },
        {
          __typename: "Category",
          id: "Q2F0ZWdvcnk6Mw",
          name: "Puskesmas",
          parent: { __typename: "Category", id: "Q2F0ZWdvcnk6Mg" },
        },
      ],
    },
  },
};
const region = (code: string, name: string) => ({ __typename: "Region", id: `UmVnaW9uOj${code}`, code, name });
const provinces = {
  request: { query: InboxRegionsQuery, variables: {} },
  result: { data: { regions: [region("32", "Jawa Barat"), region("33", "Jawa Tengah")] } },
};
const jabar = {
  request: { query: InboxRegionsQuery, variables: { parentCode: "32" } },
  result: { data: { regions: [region("32.73", "Kota Bandung"), region("32.04", "Kabupaten Bandung")] } },
};
const inbox = (variables: ReturnType<typeof inboxVariables>, nodes: ReturnType<typeof disposition>[]) => ({
  request: { query: AgencyInboxQuery, variables },
  result: page(nodes),
});

function Opened({ id }: { id: string }) {
  return <p>dibuka {`${id}?${useSearch()}`}</p>;
}

describe("Inbox", () => {
  it("lists new dispositions with working-day countdowns for their deadlines", async () => {
    // Saturday 28 November, 10.00 WIB; Thursday 26 November and Tuesday 1 December are holidays here.
    renderWithProviders(<Inbox />, {
      mocks: [
        categories,
        provinces,
        holidays(["2026-11-26", "2026-12-01"]),
        inbox(inboxVariables("new"), [
          disposition(1, { overdue: true, dueAt: "2026-11-25T16:59:59.999Z", escalation: "AGENCY_ADMINS" }),
          disposition(2, { dueAt: "2026-11-30T16:59:59.999Z" }),
          disposition(3, { dueAt: "2026-12-04T16:59:59.999Z" }),
        ]),
      ],
    });
    const table = await screen.findByRole("table", { name: "Disposisi: Baru" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(screen.getByText("3 disposisi")).toBeTruthy();
    expect(within(rows[0]).getByRole("link", { name: "Antrean puskesmas terlalu panjang (1)" })).toBeTruthy();
    // Late since Wednesday: Thursday is a holiday, so one working day (Friday), not three calendar days.
    const late = await within(rows[0]).findByText("Terlambat 1 hari kerja");
    expect(late.closest("time")?.className).toContain("ad-chip--danger");
    expect(rows[0].textContent).toContain("Rab, 25 Nov");
    // Escalated overdue work is flagged where it is listed.
    expect(within(rows[0]).getByText("Dieskalasi ke admin instansi").className).toContain("ad-chip--danger");
    expect(within(rows[1]).queryByText(/Dieskalasi/)).toBeNull();
    expect(within(rows[1]).getByText("1 hari kerja lagi").closest("time")?.className).toContain("ad-chip--warning");
    expect(within(rows[2]).getByText("4 hari kerja lagi").closest("time")?.className).toContain("ad-chip--neutral");
    expect(rows[2].textContent).toContain("Jum, 4 Des");
    expect(rows[2].textContent).toContain("Kesehatan · Kota Bandung");
    expect(rows[2].textContent).toContain("Pengaduan");
    expect(screen.getByRole("columnheader", { name: /Tenggat/ }).getAttribute("aria-sort")).toBe("ascending");
  });

  it("filters by tab, kind, category, region and search, and sorts by the received date", async () => {
    const kind = { kind: "SUGGESTION" as const };
    const category = { ...kind, categoryId: "Q2F0ZWdvcnk6Mg" };
    const province = { ...category, provinceCode: "32" };
    const regency = { ...province, regencyCode: "32.73" };
    const searched = { ...regency, search: "ADU-7K3M" };
    const sorted = { ...searched, sort: { field: "CREATED_AT" as const, direction: "ASC" as const } };
    expect(inboxVariables("overdue").filter).toEqual({
      statuses: ["PENDING", "ACCEPTED", "AWAITING_APPROVAL"],
      overdue: true,
    });
    expect(inboxVariables("overdue", searched).filter).toMatchObject({
      kinds: ["SUGGESTION"],
      categoryIds: ["Q2F0ZWdvcnk6Mg"],
      regionCodes: ["32.73"],
      search: "ADU-7K3M",
    });
    expect(inboxVariables("done", { due: "onTime" }).filter).toEqual({
      statuses: ["CLOSED", "FORWARDED", "RETURNED"],
      overdue: false,
    });
    renderWithProviders(<Inbox />, {
      mocks: [
        categories,
        provinces,
        jabar,
        inbox(inboxVariables("new"), []),
        inbox(inboxVariables("overdue"), [disposition(1, { overdue: true }), disposition(2, { overdue: true })]),
        inbox(inboxVariables("overdue", kind), [disposition(2, { overdue: true })]),
        inbox(inboxVariables("overdue", category), [disposition(2, { overdue: true })]),
        inbox(inboxVariables("overdue", province), [disposition(2, { overdue: true })]),
        inbox(inboxVariables("overdue", regency), [disposition(3, { overdue: true })]),
        inbox(inboxVariables("overdue", searched), [disposition(5, { overdue: true })]),
        inbox(inboxVariables("overdue", sorted), [disposition(4, { overdue: true })]),
      ],
    });
    expect(await screen.findByText("Tidak ada disposisi baru.")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Terlambat" })));
    expect(await screen.findByText("2 disposisi")).toBeTruthy();
    await act(async () =>
      fireEvent.change(screen.getByLabelText("Jenis laporan"), { target: { value: "SUGGESTION" } }),
    );
    expect(await screen.findByText("1 disposisi")).toBeTruthy();
    // Top-level categories only; their sub-categories are included by the API.
    await screen.findByRole("option", { name: "Kesehatan" });
    expect(screen.queryByRole("option", { name: "Puskesmas" })).toBeNull();
    await act(async () => fireEvent.change(screen.getByLabelText("Kategori"), { target: { value: "Q2F0ZWdvcnk6Mg" } }));
    expect(screen.queryByLabelText("Kabupaten/kota")).toBeNull();
    await screen.findByRole("option", { name: "Jawa Barat" });
    await act(async () => fireEvent.change(screen.getByLabelText("Provinsi"), { target: { value: "32" } }));
    await screen.findByRole("option", { name: "Kota Bandung" });
    await act(async () => fireEvent.change(screen.getByLabelText("Kabupaten/kota"), { target: { value: "32.73" } }));
    expect(await screen.findByText("Antrean puskesmas terlalu panjang (3)")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Cari (ID pelacakan atau isi)"), { target: { value: " ADU-7K3M " } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Terapkan" })));
    expect(await screen.findByText("Antrean puskesmas terlalu panjang (5)")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /Diterima/ })));
    expect(await screen.findByText("Antrean puskesmas terlalu panjang (4)")).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: /Diterima/ }).getAttribute("aria-sort")).toBe("ascending");
    expect(screen.getByRole("columnheader", { name: /Tenggat/ }).getAttribute("aria-sort")).toBe("none");
  });

  it("finds responses awaiting an agency admin's approval under their own tab", async () => {
    expect(inboxVariables("awaiting").filter).toEqual({ statuses: ["AWAITING_APPROVAL"] });
    renderWithProviders(<Inbox />, {
      mocks: [
        categories,
        provinces,
        inbox(inboxVariables("new"), []),
        inbox(inboxVariables("awaiting"), [disposition(6, { status: "AWAITING_APPROVAL" })]),
      ],
    });
    expect(await screen.findByText("Tidak ada disposisi baru.")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Menunggu persetujuan" })));
    const table = await screen.findByRole("table", { name: "Disposisi: Menunggu persetujuan" });
    expect(within(table).getByText("Antrean puskesmas terlalu panjang (6)")).toBeTruthy();
  });

  it("opens the focused disposition with o or Enter, and its respond dialog with r", async () => {
    renderWithProviders(
      <>
        <Inbox />
        <Route path="/dispositions/:id">{(params) => <Opened id={params.id} />}</Route>
      </>,
      { mocks: [categories, provinces, inbox(inboxVariables("new"), [disposition(1), disposition(2)])] },
    );
    const rows = (await screen.findAllByRole("row")).slice(1);
    rows[0].focus();
    fireEvent.keyDown(rows[0], { key: "ArrowDown" });
    fireEvent.keyDown(rows[1], { key: "o" });
    expect(screen.getByText(`dibuka ${disposition(2).id}?`)).toBeTruthy();
    fireEvent.keyDown(rows[1], { key: "r" });
    expect(screen.getByText(`dibuka ${disposition(2).id}?action=respond`)).toBeTruthy();
    fireEvent.keyDown(rows[1], { key: "k" });
    fireEvent.keyDown(rows[0], { key: "Enter" });
    expect(screen.getByText(`dibuka ${disposition(1).id}?`)).toBeTruthy();
  });

  it("accepts the focused disposition with the a key, and only one still pending", async () => {
    renderWithProviders(
      <>
        <Inbox />
        <Toaster label="Pemberitahuan" />
      </>,
      {
        mocks: [
          categories,
          provinces,
          inbox(inboxVariables("new"), [disposition(1), disposition(2)]),
          {
            request: { query: AcceptDispositionMutation, variables: { input: { dispositionId: disposition(2).id } } },
            result: {
              data: {
                acceptDisposition: {
                  __typename: "DispositionPayload",
                  disposition: null,
                  userErrors: [
                    { __typename: "UserError", code: "INVALID_STATUS", message: "Already accepted", field: ["input"] },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    const rows = (await screen.findAllByRole("row")).slice(1);
    rows[0].focus();
    fireEvent.keyDown(rows[0], { key: "j" });
    expect(document.activeElement).toBe(rows[1]);
    await act(async () => fireEvent.keyDown(rows[1], { key: "a" }));
    expect(await screen.findByText("Already accepted")).toBeTruthy();
  });

  it("accepts the selected dispositions at once", async () => {
    const accepted = (n: number) => ({
      request: { query: AcceptDispositionMutation, variables: { input: { dispositionId: disposition(n).id } } },
      result: {
        data: {
          acceptDisposition: {
            __typename: "DispositionPayload",
            disposition: {
              __typename: "Disposition",
              id: disposition(n).id,
              status: "ACCEPTED",
              acceptedAt: NOW.toISOString(),
              report: { __typename: "Report", id: disposition(n).report.id, status: "IN_PROGRESS" },
            },
            userErrors: [],
          },
        },
      },
    });
    renderWithProviders(<Inbox />, {
      mocks: [
        categories,
        provinces,
        inbox(inboxVariables("new"), [disposition(1), disposition(2), disposition(3)]),
        accepted(1),
        accepted(3),
        inbox(inboxVariables("new"), [disposition(2)]),
      ],
    });
    await screen.findByRole("table");
    const button = screen.getByRole("button", { name: "Terima 0 disposisi" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Pilih ADU-7K3M-9QX1" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Pilih ADU-7K3M-9QX3" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Terima 2 disposisi" })));
    expect((await screen.findByRole("status")).textContent).toContain("2 disposisi diterima.");
    expect(await screen.findByText("1 disposisi")).toBeTruthy();
  });

  it("announces a disposition that arrives live without moving the list", async () => {
    renderWithProviders(
      <>
        <Inbox />
        <Toaster label="Pemberitahuan" />
      </>,
      {
        mocks: [
          categories,
          provinces,
          inbox(inboxVariables("new"), [disposition(1)]),
          {
            request: { query: DispositionUpdatesSubscription },
            result: { data: { dispositionUpdates: disposition(9) } },
            delay: 20,
          },
          inbox(inboxVariables("new"), [disposition(9), disposition(1)]),
        ],
      },
    );
    await screen.findByRole("table");
    expect(await screen.findByText("Disposisi baru: ADU-7K3M-9QX9")).toBeTruthy();
    // The rows stay as they were until the operator asks for the update.
    expect(screen.getAllByRole("row")).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tampilkan 1 pembaruan" })));
    expect(await screen.findByRole("link", { name: "Antrean puskesmas terlalu panjang (9)" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /pembaruan/ })).toBeNull();
  });

  it("explains a failed load and retries", async () => {
    renderWithProviders(<Inbox />, {
      mocks: [
        categories,
        provinces,
        {
          request: { query: AgencyInboxQuery, variables: inboxVariables("new") },
          result: { errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }] },
        },
        inbox(inboxVariables("new"), [disposition(1)]),
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Kotak masuk tidak dapat dimuat.");
    expect(alert.textContent).toContain("Anda tidak memiliki izin untuk tindakan ini.");
    await act(async () => fireEvent.click(within(alert).getByRole("button", { name: "Coba lagi" })));
    expect(await screen.findByText("Antrean puskesmas terlalu panjang (1)")).toBeTruthy();
  });
});
