import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { Inbox } from "./components/inbox";
import { AgencyInboxQuery, inboxVariables } from "./graphql";

afterEach(cleanup);

function disposition(n: number, overrides: object = {}) {
  return {
    __typename: "Disposition" as const,
    id: `RGlzcG9zaXRpb246${n}`,
    status: "PENDING" as const,
    dueAt: "2026-12-03T02:00:00.000Z",
    overdue: false,
    agency: { __typename: "Agency" as const, id: "QWdlbmN5OjQ", name: "Dinas Kesehatan Kota Bandung" },
    report: {
      __typename: "Report" as const,
      id: `UmVwb3J0OjQ${n}`,
      trackingId: `ADU-7K3M-9QX${n}`,
      title: `Antrean puskesmas terlalu panjang (${n})`,
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

const open = { query: AgencyInboxQuery, variables: inboxVariables("open") };
const all = { query: AgencyInboxQuery, variables: inboxVariables("all") };

describe("Inbox", () => {
  it("lists what needs action with status chips and overdue flags", async () => {
    renderWithProviders(<Inbox />, {
      mocks: [
        {
          request: open,
          result: page([
            disposition(1, { overdue: true, dueAt: "2026-11-25T02:00:00.000Z" }),
            disposition(2, { status: "ACCEPTED", report: { ...disposition(2).report, status: "IN_PROGRESS" } }),
          ]),
        },
      ],
    });
    const items = await screen.findAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(screen.getByText("2 disposisi")).toBeTruthy();
    const overdue = within(items[0]);
    expect(overdue.getByRole("heading", { name: "Antrean puskesmas terlalu panjang (1)" })).toBeTruthy();
    expect(overdue.getByText("Belum diterima")).toBeTruthy();
    expect(overdue.getByText("Terlambat")).toBeTruthy();
    expect(overdue.getByText("Tenggat 25 Nov 2026")).toBeTruthy();
    expect(overdue.getByText("Untuk Dinas Kesehatan Kota Bandung")).toBeTruthy();
    expect(overdue.getByText("Kesehatan · Kota Bandung")).toBeTruthy();
    const onTime = within(items[1]);
    expect(onTime.getByText("Sedang ditangani")).toBeTruthy();
    expect(onTime.queryByText("Terlambat")).toBeNull();
    expect(items[1].textContent).toContain("Status laporan: Sedang ditindaklanjuti");
  });

  it("switches to all dispositions, and says when there are none", async () => {
    renderWithProviders(<Inbox />, {
      mocks: [
        { request: open, result: page([]) },
        { request: all, result: page([disposition(3, { status: "CLOSED" })]) },
      ],
    });
    expect(await screen.findByText("Tidak ada disposisi yang perlu ditindaklanjuti.")).toBeTruthy();
    const allButton = screen.getByRole("button", { name: "Semua" });
    expect(allButton.getAttribute("aria-pressed")).toBe("false");
    await act(async () => fireEvent.click(allButton));
    expect(await screen.findByText("Ditutup")).toBeTruthy();
    expect(allButton.getAttribute("aria-pressed")).toBe("true");
  });

  it("explains a failed load and retries", async () => {
    renderWithProviders(<Inbox />, {
      mocks: [
        { request: open, result: { errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }] } },
        { request: open, result: page([disposition(1)]) },
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Kotak masuk tidak dapat dimuat.");
    expect(alert.textContent).toContain("Anda tidak memiliki izin untuk tindakan ini.");
    await act(async () => fireEvent.click(within(alert).getByRole("button", { name: "Coba lagi" })));
    expect(await screen.findByText("Antrean puskesmas terlalu panjang (1)")).toBeTruthy();
  });
});
