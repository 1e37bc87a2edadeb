import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { OverdueList } from "./components/overdue-list";
import { OVERDUE_PAGE_SIZE, OverdueDispositionsQuery, OversightAgenciesQuery } from "./graphql";

afterEach(cleanup);

const agency = (id: string, name: string) => ({ __typename: "Agency" as const, id, name });
const bandung = agency("QWdlbmN5OjE", "Pemerintah Kota Bandung");
const surabaya = agency("QWdlbmN5OjI", "Pemerintah Kota Surabaya");

function disposition(id: string, owner: typeof bandung, parts: object) {
  return {
    __typename: "Disposition" as const,
    id,
    status: "ACCEPTED" as const,
    createdAt: "2026-11-01T02:00:00.000Z",
    dueAt: "2026-11-10T10:00:00.000Z",
    overdue: true,
    escalation: "NONE" as const,
    escalatedAt: null,
    nationalEscalationDueAt: null,
    agency: owner,
    report: {
      __typename: "Report" as const,
      id: `R${id}`,
      trackingId: `ADU-0000-000${id}`,
      title: `Laporan ${id}`,
      status: "IN_PROGRESS" as const,
      category: null,
      region: null,
    },
    ...parts,
  };
}

const first = disposition("1", bandung, {
  status: "PENDING",
  dueAt: "2026-11-05T10:00:00.000Z",
  escalation: "NATIONAL_ADMINS",
  escalatedAt: "2026-11-12T02:00:00.000Z",
});
const second = disposition("2", surabaya, {
  escalation: "AGENCY_ADMINS",
  escalatedAt: "2026-11-11T02:00:00.000Z",
  nationalEscalationDueAt: "2026-11-18T02:00:00.000Z",
});

const agencies = {
  request: { query: OversightAgenciesQuery },
  result: {
    data: {
      agencies: {
        __typename: "AgencyConnection",
        edges: [bandung, surabaya].map((node) => ({ __typename: "AgencyEdge", cursor: node.id, node })),
      },
    },
  },
};

const page = (filter: object, nodes: object[]) => ({
  request: { query: OverdueDispositionsQuery, variables: { filter, first: OVERDUE_PAGE_SIZE } },
  result: {
    data: {
      dispositions: {
        __typename: "DispositionConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: "DispositionEdge", cursor: (node as { id: string }).id, node })),
      },
    },
  },
});

const rows = (table: HTMLElement) => within(table).getAllByRole("row").slice(1);

describe("OverdueList", () => {
  it("lists overdue dispositions across agencies, soonest due first, with their escalation", async () => {
    renderWithProviders(<OverdueList />, { mocks: [agencies, page({ overdue: true }, [first, second])] });
    const table = await screen.findByRole("table", { name: "Disposisi yang melewati tenggat" });
    const [a, b] = rows(table);
    expect(within(a).getByText("ADU-0000-0001")).toBeTruthy();
    expect(within(a).getByText("Pemerintah Kota Bandung")).toBeTruthy();
    expect(within(a).getByText("Belum diterima")).toBeTruthy();
    expect(within(a).getByText("Ke admin nasional")).toBeTruthy();
    expect(within(a).getByText("sejak 12 Nov 2026, 09.00")).toBeTruthy();
    expect(within(b).getByText("Ke admin instansi")).toBeTruthy();
    expect(within(b).getByText("ke admin nasional 18 Nov 2026, 09.00 bila masih terlambat")).toBeTruthy();
    expect(screen.getByText("2 disposisi terlambat")).toBeTruthy();
  });

  it("filters by agency and escalation", async () => {
    renderWithProviders(<OverdueList />, {
      mocks: [
        agencies,
        page({ overdue: true }, [first, second]),
        page({ overdue: true, agencyIds: [surabaya.id] }, [second]),
        page({ overdue: true, agencyIds: [surabaya.id], escalations: ["NATIONAL_ADMINS"] }, []),
        page({ overdue: true, agencyIds: [surabaya.id], escalations: ["NATIONAL_ADMINS"], search: "adu-0000-0002" }, [
          second,
        ]),
      ],
    });
    await screen.findByRole("table", { name: "Disposisi yang melewati tenggat" });
    await screen.findByRole("option", { name: "Pemerintah Kota Surabaya" });
    fireEvent.change(screen.getByLabelText("Instansi"), { target: { value: surabaya.id } });
    expect(await screen.findByText("1 disposisi terlambat")).toBeTruthy();
    expect(rows(screen.getByRole("table")).length).toBe(1);
    fireEvent.change(screen.getByLabelText("Eskalasi"), { target: { value: "NATIONAL_ADMINS" } });
    expect(await screen.findByText("Tidak ada disposisi yang melewati tenggat.")).toBeTruthy();
    // The search goes with the form's button (or Enter), not each keystroke.
    fireEvent.change(screen.getByLabelText("Cari laporan (kata atau nomor)"), { target: { value: " adu-0000-0002 " } });
    fireEvent.click(screen.getByRole("button", { name: "Cari" }));
    expect(await screen.findByText("1 disposisi terlambat")).toBeTruthy();
  });
});
