import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../i18n";
import { ConnectionTable, type ConnectionTableProps } from "./connection-table";
import { PageHeading } from "./page-heading";

const i18n = await createI18n({ id: {}, en: async () => ({}) }, { persist: false, language: "id" });
const wrap = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
afterEach(cleanup);

type Row = { id: string; name: string };
const state = (over: Partial<ConnectionTableProps<Row>> = {}): ConnectionTableProps<Row> => ({
  items: [],
  errorCode: null,
  onRetry: vi.fn(),
  hasMore: false,
  loadingMore: false,
  loadMoreErrorCode: null,
  onLoadMore: vi.fn(),
  errorTitle: "Daftar tidak dapat dimuat.",
  emptyTitle: "Daftar kosong.",
  caption: "Daftar",
  columns: [{ id: "name", header: "Nama", cell: (row: Row) => row.name }],
  ...over,
});

describe("ConnectionTable", () => {
  it("shows the spinner, then the rows with load more", () => {
    const onLoadMore = vi.fn();
    const { rerender } = wrap(<ConnectionTable {...state({ items: undefined, loadingLabel: "Memuat daftar…" })} />);
    expect(screen.getByText("Memuat daftar…")).toBeTruthy();
    rerender(
      <I18nextProvider i18n={i18n}>
        <ConnectionTable {...state({ items: [{ id: "1", name: "Satu" }], hasMore: true, onLoadMore })} />
      </I18nextProvider>,
    );
    expect(screen.getByRole("table", { name: "Daftar" })).toBeTruthy();
    expect(screen.getByRole("cell", { name: "Satu" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button"));
    expect(onLoadMore).toHaveBeenCalled();
  });

  it("says when the list is empty or failed, with a retry", () => {
    wrap(<ConnectionTable {...state()} />);
    expect(screen.getByText("Daftar kosong.")).toBeTruthy();
    cleanup();
    const onRetry = vi.fn();
    wrap(<ConnectionTable {...state({ items: undefined, errorCode: "NETWORK", onRetry })} />);
    expect(screen.getByText("Daftar tidak dapat dimuat.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button"));
    expect(onRetry).toHaveBeenCalled();
  });
});

describe("PageHeading", () => {
  it("names the page, with its count and intro when given", () => {
    wrap(<PageHeading title="Laporan" count="3 laporan" intro="Yang terbaru lebih dulu." />);
    expect(screen.getByRole("heading", { level: 1, name: "Laporan" })).toBeTruthy();
    expect(screen.getByText("3 laporan")).toBeTruthy();
    expect(screen.getByText("Yang terbaru lebih dulu.")).toBeTruthy();
  });
});
