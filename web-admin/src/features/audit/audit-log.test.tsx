import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { AuditLog } from "./components/audit-log";
import { AUDIT_PAGE_SIZE, AuditEventsQuery, auditFilter, EMPTY_AUDIT_FILTERS } from "./graphql";

afterEach(cleanup);

function event(n: number, overrides: object = {}) {
  return {
    __typename: "AuditEvent" as const,
    id: `RXZlbnQ6${n}`,
    type: "VERIFIED",
    createdAt: "2026-11-28T03:00:00.000Z",
    actorRole: "VERIFIER" as const,
    note: null,
    internal: false,
    actor: { __typename: "User" as const, id: "VXNlcjoz", name: "Rudi Hartono" },
    agency: null,
    report: { __typename: "Report" as const, id: "UmVwb3J0OjUx", trackingId: "ADU-4F8R-2KP1" },
    ...overrides,
  };
}

function page(nodes: ReturnType<typeof event>[]) {
  return {
    data: {
      auditEvents: {
        __typename: "AuditEventConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: "AuditEventEdge", cursor: node.id, node })),
      },
    },
  };
}

describe("auditFilter", () => {
  it("turns Jakarta days into an inclusive range and the rest into API filters", () => {
    expect(auditFilter(EMPTY_AUDIT_FILTERS, "me")).toEqual({});
    expect(
      auditFilter(
        { trackingId: " adu-4f8r-2kp1 ", type: "REJECTED", mine: true, from: "2026-11-01", to: "2026-11-28" },
        "me",
      ),
    ).toEqual({
      trackingId: "ADU-4F8R-2KP1",
      types: ["REJECTED"],
      actorUserId: "me",
      from: "2026-10-31T17:00:00.000Z",
      to: "2026-11-28T17:00:00.000Z",
    });
  });
});

describe("AuditLog", () => {
  it("lists events and searches by report and type", async () => {
    renderWithProviders(<AuditLog />, {
      mocks: [
        {
          request: { query: AuditEventsQuery, variables: { filter: {}, first: AUDIT_PAGE_SIZE } },
          result: page([
            event(1),
            event(2, {
              type: "SUBMITTED",
              actor: null,
              actorRole: "REPORTER",
              report: { __typename: "Report", id: "x", trackingId: "ADU-ZZZZ-0000" },
            }),
          ]),
        },
        {
          request: {
            query: AuditEventsQuery,
            variables: { filter: { trackingId: "ADU-4F8R-2KP1", types: ["REJECTED"] }, first: AUDIT_PAGE_SIZE },
          },
          result: page([event(3, { type: "REJECTED", note: "Bukan pelayanan publik." })]),
        },
      ],
    });
    const table = await screen.findByRole("table", { name: "Peristiwa laporan, terbaru lebih dulu" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0].textContent).toContain("Laporan diverifikasi");
    expect(rows[0].textContent).toContain("Rudi Hartono");
    expect(rows[1].textContent).toContain("Pelapor");
    fireEvent.change(screen.getByLabelText("Nomor laporan"), { target: { value: "adu-4f8r-2kp1" } });
    fireEvent.change(screen.getByLabelText("Jenis peristiwa"), { target: { value: "REJECTED" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Terapkan" })));
    expect(await screen.findByText("Bukan pelayanan publik.")).toBeTruthy();
    expect(screen.getByText("1 peristiwa")).toBeTruthy();
  });
});
