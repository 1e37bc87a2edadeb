import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { NotificationOutbox } from "./components/notification-outbox";
import { NotificationOutboxQuery, OUTBOX_PAGE_SIZE } from "./graphql";

afterEach(cleanup);

const report = { __typename: "Report" as const, id: "UmVwb3J0OjE", trackingId: "ADU-7K3M-9QX1" };
const sent = {
  __typename: "Notification" as const,
  id: "Tm90aWZpY2F0aW9uOjE",
  createdAt: "2026-11-28T02:00:00.000Z",
  sentAt: "2026-11-28T02:00:05.000Z",
  status: "SENT" as const,
  channel: "EMAIL" as const,
  audience: "REPORTER" as const,
  recipient: "b***@gmail.com",
  subject: "Laporan ADU-7K3M-9QX1 sudah ditanggapi",
  body: "Instansi telah menanggapi laporan Anda.",
  attempts: 1,
  lastError: null,
  transport: "smtp",
  report,
};
const failed = {
  ...sent,
  id: "Tm90aWZpY2F0aW9uOjI",
  status: "FAILED" as const,
  channel: "SMS" as const,
  audience: "STAFF" as const,
  recipient: "+62 8** **** 7890",
  subject: "Disposisi baru",
  sentAt: null,
  attempts: 5,
  lastError: "gateway timeout",
  transport: "sms-gateway",
};

const page = (filter: object, nodes: object[]) => ({
  request: { query: NotificationOutboxQuery, variables: { filter, first: OUTBOX_PAGE_SIZE } },
  result: {
    data: {
      notifications: {
        __typename: "NotificationConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: "NotificationEdge", cursor: (node as { id: string }).id, node })),
      },
    },
  },
});

describe("NotificationOutbox", () => {
  it("shows what was sent to whom (masked) and how delivery went", async () => {
    renderWithProviders(<NotificationOutbox />, { mocks: [page({}, [sent, failed])] });
    const table = await screen.findByRole("table", { name: "Notifikasi, terbaru lebih dulu" });
    const [, first, second] = within(table).getAllByRole("row");
    expect(within(first).getByText("b***@gmail.com")).toBeTruthy();
    expect(within(first).getByText("Pelapor · Email")).toBeTruthy();
    expect(within(first).getByText("Terkirim")).toBeTruthy();
    expect(within(first).getByText(/lewat smtp · 1 percobaan/)).toBeTruthy();
    expect(within(second).getByText("+62 8** **** 7890")).toBeTruthy();
    expect(within(second).getByText("Gagal")).toBeTruthy();
    expect(within(second).getByText("gateway timeout")).toBeTruthy();
    expect(within(second).getByText("Petugas · SMS")).toBeTruthy();
  });

  it("filters by status, channel and report", async () => {
    renderWithProviders(<NotificationOutbox />, {
      mocks: [
        page({}, [sent, failed]),
        page({ status: "FAILED" }, [failed]),
        page({ status: "FAILED", channel: "SMS" }, [failed]),
        page({ status: "FAILED", channel: "SMS", reportId: report.id }, []),
        page({ status: "FAILED", channel: "SMS" }, [failed]),
      ],
    });
    await screen.findByText("2 notifikasi");
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "FAILED" } });
    expect(await screen.findByText("1 notifikasi")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Saluran"), { target: { value: "SMS" } });
    fireEvent.click(
      await screen.findByRole("button", { name: "Hanya ADU-7K3M-9QX1: tampilkan notifikasi laporan ini saja" }),
    );
    expect(await screen.findByText("Tidak ada notifikasi yang cocok.")).toBeTruthy();
    expect(screen.getByText("Hanya notifikasi laporan ADU-7K3M-9QX1.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Tampilkan semua laporan" }));
    expect(await screen.findByText("1 notifikasi")).toBeTruthy();
  });
});
