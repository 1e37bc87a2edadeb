import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { agencyNode, agencySearchMock } from "../manage-common/test-mocks";
import { CategoryAdmin } from "./components/category-admin";
import { CategoriesQuery, CreateCategoryMutation, UpdateCategoryMutation } from "./graphql";

afterEach(cleanup);

interface Node {
  __typename: "Category";
  id: string;
  name: string;
  routingHint: string | null;
  defaultAgency: { __typename: "Agency"; id: string; name: string } | null;
  parent: { __typename: "Category"; id: string } | null;
  children: Node[];
}

function category(id: string, name: string, parentId: string | null, children: Node[] = []): Node {
  return {
    __typename: "Category",
    id,
    name,
    routingHint: null,
    defaultAgency: null,
    parent: parentId ? { __typename: "Category", id: parentId } : null,
    children,
  };
}

const pupr = agencyNode("QWdlbmN5OjU", "Kementerian PUPR");
const roads = category("Q2F0ZWdvcnk6Mg", "Jalan Rusak", "Q2F0ZWdvcnk6MQ");
const infra = category("Q2F0ZWdvcnk6MQ", "Infrastruktur", null, [roads]);
const health = category("Q2F0ZWdvcnk6Mw", "Kesehatan", null);

function tree(nodes: Node[]) {
  return { request: { query: CategoriesQuery }, result: { data: { categories: nodes } } };
}

describe("CategoryAdmin", () => {
  it("opens branches of the tree and adds a subcategory with its default agency", async () => {
    const bridges = { ...category("Q2F0ZWdvcnk6NA", "Jembatan Rusak", roads.id), defaultAgency: { ...pupr } };
    const grown = { ...infra, children: [{ ...roads, children: [bridges] }] };
    renderWithProviders(<CategoryAdmin />, {
      mocks: [
        tree([infra, health]),
        agencySearchMock([pupr]),
        {
          request: {
            query: CreateCategoryMutation,
            variables: {
              input: { name: "Jembatan Rusak", parentId: roads.id, defaultAgencyId: pupr.id, routingHint: null },
            },
          },
          result: { data: { createCategory: { __typename: "CategoryPayload", category: bridges, userErrors: [] } } },
        },
        tree([grown, health]),
      ],
    });
    const expand = await screen.findByRole("button", { name: "Tampilkan subkategori Infrastruktur" });
    expect(screen.queryByRole("button", { name: "Jalan Rusak" })).toBeNull();
    // Leaves have nothing to open.
    expect(screen.queryByRole("button", { name: "Tampilkan subkategori Kesehatan" })).toBeNull();
    fireEvent.click(expand);
    fireEvent.click(screen.getByRole("button", { name: "Jalan Rusak" }));
    expect((screen.getByLabelText("Nama kategori") as HTMLInputElement).value).toBe("Jalan Rusak");

    fireEvent.click(screen.getByRole("button", { name: "Tambah subkategori" }));
    const dialog = await screen.findByRole("dialog", { name: "Subkategori baru di Jalan Rusak" });
    expect((within(dialog).getByLabelText("Kategori induk") as HTMLSelectElement).value).toBe(roads.id);
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat kategori" })));
    expect(within(dialog).getByText("Tulis nama kategori.")).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Nama kategori"), { target: { value: "Jembatan Rusak" } });
    const picker = within(dialog).getByRole("group", { name: "Instansi bawaan" });
    await within(picker).findByRole("option", { name: pupr.name });
    fireEvent.change(within(picker).getByLabelText("Instansi"), { target: { value: pupr.id } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat kategori" })));
    // The new subcategory is chosen, and its branch opens to show it.
    expect(await screen.findByRole("button", { name: "Jembatan Rusak" })).toBeTruthy();
    expect(screen.getByText(`→ ${pupr.name}`)).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("refuses a move under its own subcategory at the parent field", async () => {
    renderWithProviders(<CategoryAdmin />, {
      mocks: [
        tree([infra, health]),
        agencySearchMock([pupr]),
        {
          request: {
            query: UpdateCategoryMutation,
            variables: {
              input: {
                categoryId: infra.id,
                name: "Infrastruktur",
                parentId: health.id,
                defaultAgencyId: null,
                routingHint: null,
              },
            },
          },
          result: {
            data: {
              updateCategory: {
                __typename: "CategoryPayload",
                category: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    code: "LOOP",
                    field: ["input", "parentId"],
                    message: "A category cannot be placed under itself or its own units",
                  },
                ],
              },
            },
          },
        },
        tree([infra, health]),
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Infrastruktur" }));
    const parent = screen.getByLabelText("Kategori induk") as HTMLSelectElement;
    // Its own subtree is not offered as a parent.
    expect(within(parent).queryByRole("option", { name: "— Jalan Rusak" })).toBeNull();
    fireEvent.change(parent, { target: { value: health.id } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Simpan perubahan" })));
    const message = await screen.findByText(/Tidak dapat ditempatkan di bawah dirinya sendiri/);
    expect(parent.getAttribute("aria-describedby")).toBe(message.id);
    expect(parent.getAttribute("aria-invalid")).toBe("true");
  });
});
