import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { RejectionTemplatesQuery } from "../verification/graphql";
import { RejectionTemplates } from "./components/rejection-templates";
import { CreateRejectionTemplateMutation, UpdateRejectionTemplateMutation } from "./graphql";

afterEach(cleanup);

const template = {
  __typename: "MessageTemplate" as const,
  id: "TWVzc2FnZVRlbXBsYXRlOjE",
  title: "Bukan pelayanan publik",
  body: "Laporan Anda bukan mengenai pelayanan publik.",
};
const list = (items: (typeof template)[]) => ({
  request: { query: RejectionTemplatesQuery },
  result: { data: { messageTemplates: items } },
});

describe("RejectionTemplates", () => {
  it("adds a template, checking its fields first", async () => {
    const created = {
      ...template,
      id: "TWVzc2FnZVRlbXBsYXRlOjI",
      title: "Tidak lengkap",
      body: "Mohon lengkapi laporan.",
    };
    renderWithProviders(<RejectionTemplates />, {
      mocks: [
        list([template]),
        {
          request: {
            query: CreateRejectionTemplateMutation,
            variables: { input: { kind: "REJECTION", title: created.title, body: created.body } },
          },
          result: {
            data: {
              createMessageTemplate: { __typename: "MessageTemplatePayload", template: created, userErrors: [] },
            },
          },
        },
        list([template, created]),
      ],
    });
    expect(await screen.findByRole("heading", { name: "Bukan pelayanan publik" })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tambah templat" })));
    expect(screen.getByText("Tulis judul templat.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Judul templat"), { target: { value: created.title } });
    fireEvent.change(screen.getByLabelText("Isi alasan"), { target: { value: created.body } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tambah templat" })));
    expect(await screen.findByText('Templat "Tidak lengkap" ditambahkan.')).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Tidak lengkap" })).toBeTruthy();
  });

  it("shows the API's refusal when editing", async () => {
    renderWithProviders(<RejectionTemplates />, {
      mocks: [
        list([template]),
        {
          request: {
            query: UpdateRejectionTemplateMutation,
            variables: { input: { templateId: template.id, title: template.title, body: template.body } },
          },
          result: {
            data: {
              updateMessageTemplate: {
                __typename: "MessageTemplatePayload",
                template: null,
                userErrors: [{ __typename: "UserError", code: "FORBIDDEN", message: "Admins only" }],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Ubah templat Bukan pelayanan publik" }));
    expect((screen.getByLabelText("Judul templat") as HTMLInputElement).value).toBe(template.title);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Simpan perubahan" })));
    expect(await screen.findByRole("alert")).toBeTruthy();
  });
});
