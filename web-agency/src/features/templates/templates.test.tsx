import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { TemplatesAdmin } from "./components/templates-admin";
import {
  CreateReplyTemplateMutation,
  DeleteReplyTemplateMutation,
  ReplyTemplatesQuery,
  UpdateReplyTemplateMutation,
} from "./graphql";

afterEach(cleanup);

const bandung = { __typename: "Agency", id: "QWdlbmN5OjE", name: "Pemerintah Kota Bandung" };
const template = (id: string, title: string, body: string) => ({
  __typename: "MessageTemplate",
  id,
  title,
  body,
  updatedAt: "2026-11-20T02:00:00.000Z",
  agency: bandung,
});
const lampu = template("VGVtcGxhdGU6MQ", "Lampu diganti", "Lampu sudah kami ganti dan menyala kembali.");
const list = (templates: object[]) => ({
  request: { query: ReplyTemplatesQuery },
  result: { data: { messageTemplates: templates } },
});
const saved = (field: string, t: object) => ({
  data: { [field]: { __typename: "MessageTemplatePayload", template: t, userErrors: [] } },
});

describe("TemplatesAdmin", () => {
  it("creates a template after checking both fields", async () => {
    const jalan = template("VGVtcGxhdGU6Mg", "Jalan diperbaiki", "Jalan sudah kami tambal.");
    renderWithProviders(<TemplatesAdmin />, {
      mocks: [
        list([]),
        {
          request: {
            query: CreateReplyTemplateMutation,
            variables: { input: { kind: "REPLY", title: "Jalan diperbaiki", body: "Jalan sudah kami tambal." } },
          },
          result: saved("createMessageTemplate", jalan),
        },
        list([jalan]),
      ],
    });
    expect(await screen.findByText("Belum ada templat balasan.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Templat baru" }));
    const dialog = await screen.findByRole("dialog", { name: "Templat baru" });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Simpan templat" })));
    expect(within(dialog).getByText("Tulis judul templat.")).toBeTruthy();
    expect(within(dialog).getByText("Tulis isi balasan.")).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText("Judul"), { target: { value: "Jalan diperbaiki" } });
    fireEvent.change(within(dialog).getByLabelText("Isi balasan"), { target: { value: "Jalan sudah kami tambal." } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Simpan templat" })));
    const table = await screen.findByRole("table", { name: "Templat balasan instansi" });
    expect(within(table).getByText("Jalan diperbaiki")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("edits a template, and deletes one only after confirming", async () => {
    const edited = { ...lampu, body: "Lampu sudah diganti petugas PJU." };
    renderWithProviders(<TemplatesAdmin />, {
      mocks: [
        list([lampu]),
        {
          request: {
            query: UpdateReplyTemplateMutation,
            variables: {
              input: { templateId: lampu.id, title: "Lampu diganti", body: "Lampu sudah diganti petugas PJU." },
            },
          },
          result: saved("updateMessageTemplate", edited),
        },
        list([edited]),
        {
          request: { query: DeleteReplyTemplateMutation, variables: { input: { templateId: lampu.id } } },
          result: {
            data: {
              deleteMessageTemplate: {
                __typename: "DeleteMessageTemplatePayload",
                deletedTemplateId: lampu.id,
                userErrors: [],
              },
            },
          },
        },
        list([]),
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Sunting Lampu diganti" }));
    const dialog = await screen.findByRole("dialog", { name: "Sunting templat" });
    const body = within(dialog).getByLabelText("Isi balasan") as HTMLTextAreaElement;
    expect(body.value).toBe(lampu.body);
    fireEvent.change(body, { target: { value: "Lampu sudah diganti petugas PJU." } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Simpan templat" })));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const table = await screen.findByRole("table", { name: "Templat balasan instansi" });
    expect(await within(table).findByText("Lampu sudah diganti petugas PJU.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Hapus Lampu diganti" }));
    const confirm = await screen.findByRole("dialog", { name: "Hapus templat?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Batal" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(table.isConnected).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Hapus Lampu diganti" }));
    const again = await screen.findByRole("dialog", { name: "Hapus templat?" });
    await act(async () => fireEvent.click(within(again).getByRole("button", { name: "Ya, hapus" })));
    expect(await screen.findByText("Belum ada templat balasan.")).toBeTruthy();
  });
});
