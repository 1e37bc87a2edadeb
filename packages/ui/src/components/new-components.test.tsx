import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type ReactNode, useState } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../i18n";
import { DataTable, type DataTableColumn, type DataTableSort } from "./data-table";
import { Dialog } from "./dialog";
import { notify, Toaster } from "./toast";

const i18n = await createI18n({ id: {}, en: async () => ({}) }, { persist: false, language: "id" });
const wrap = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("id");
});

interface Row {
  id: string;
  name: string;
}
const rows: Row[] = [
  { id: "a", name: "Alpha" },
  { id: "b", name: "Beta" },
  { id: "c", name: "Gamma" },
];
const columns: DataTableColumn<Row>[] = [
  { id: "name", header: "Nama", cell: (row) => row.name, sortable: true },
  { id: "id", header: "Kode", cell: (row) => row.id },
];

function Table({ onOpen }: { onOpen(row: Row): void }) {
  const [sort, setSort] = useState<DataTableSort>({ columnId: "name", direction: "asc" });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  return (
    <>
      <p>dipilih: {[...selected].join(",")}</p>
      <DataTable
        caption="Daftar"
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
        selected={selected}
        onSelectionChange={setSelected}
        rowLabel={(row) => `Pilih ${row.name}`}
        selectAllLabel="Pilih semua"
        onRowOpen={onOpen}
        dense
      />
    </>
  );
}

describe("DataTable", () => {
  it("announces and toggles the sort order", () => {
    wrap(<Table onOpen={() => {}} />);
    const table = screen.getByRole("table", { name: "Daftar" });
    expect(table.className).toContain("ad-table--dense");
    const header = screen.getByRole("columnheader", { name: /Nama/ });
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(screen.getByRole("columnheader", { name: "Kode" }).getAttribute("aria-sort")).toBeNull();
  });

  it("selects rows one by one or all at once", () => {
    wrap(<Table onOpen={() => {}} />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Pilih Beta" }));
    expect(screen.getByText("dipilih: b")).toBeTruthy();
    const all = screen.getByRole<HTMLInputElement>("checkbox", { name: "Pilih semua" });
    expect(all.indeterminate).toBe(true);
    fireEvent.click(all);
    expect(screen.getByText("dipilih: a,b,c")).toBeTruthy();
    fireEvent.click(all);
    expect(screen.getByText("dipilih:")).toBeTruthy();
  });

  it("moves focus between rows with the keyboard and opens one with Enter", () => {
    const onOpen = vi.fn();
    wrap(<Table onOpen={onOpen} />);
    const bodyRows = screen.getAllByRole("row").slice(1);
    expect(bodyRows.map((row) => row.tabIndex)).toEqual([0, -1, -1]);
    bodyRows[0].focus();
    fireEvent.keyDown(bodyRows[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(bodyRows[1]);
    fireEvent.keyDown(bodyRows[1], { key: "j" });
    expect(document.activeElement).toBe(bodyRows[2]);
    fireEvent.keyDown(bodyRows[2], { key: "k" });
    fireEvent.keyDown(document.activeElement as Element, { key: "Enter" });
    expect(onOpen).toHaveBeenCalledWith(rows[1]);
    fireEvent.keyDown(document.activeElement as Element, { key: " " });
    expect(screen.getByText("dipilih: b")).toBeTruthy();
  });
});

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Buka
      </button>
      <Dialog open={open} onOpenChange={setOpen} title="Teruskan" description="Pilih instansi tujuan.">
        <input aria-label="Instansi" />
      </Dialog>
    </>
  );
}

describe("Dialog", () => {
  it("is titled and described, and closes on Escape", async () => {
    wrap(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Buka" }));
    const dialog = await screen.findByRole("dialog", { name: "Teruskan" });
    expect(dialog.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Pilih instansi tujuan.",
    );
    expect(within(dialog).getByRole("button", { name: "Tutup" })).toBeTruthy();
    // Focus moves into the dialog and stays there.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

describe("Toaster", () => {
  it("shows notices in a labelled region", async () => {
    wrap(<Toaster label="Pemberitahuan" />);
    await act(async () => {
      notify("1 disposisi baru", { id: "live" });
    });
    expect(await screen.findByText("1 disposisi baru")).toBeTruthy();
    expect(screen.getByLabelText(/Pemberitahuan/)).toBeTruthy();
  });
});
