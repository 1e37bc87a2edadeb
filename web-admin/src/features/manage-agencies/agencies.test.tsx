import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { agencyNode, agencySearchMock } from "../manage-common/test-mocks";
import { AgencyForm } from "./components/agency-form";
import { AgencyTree, type ManagedAgency } from "./components/agency-tree";
import { AgenciesQuery, CreateAgencyMutation, RegionsQuery, UpdateAgencyMutation } from "./graphql";

afterEach(cleanup);

function agency(id: string, name: string, overrides: Partial<ManagedAgency> = {}): ManagedAgency {
  return {
    __typename: "Agency",
    id,
    name,
    kind: "MINISTRY",
    connected: false,
    contactEmail: null,
    requiresApproval: false,
    region: null,
    parent: null,
    ...overrides,
  };
}

function level(variables: Record<string, unknown>, nodes: ManagedAgency[]) {
  return {
    request: {
      query: AgenciesQuery,
      variables: { parentId: null, topLevel: null, search: null, first: 50, ...variables },
    },
    result: {
      data: {
        agencies: {
          __typename: "AgencyConnection" as const,
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo" as const, hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "AgencyEdge" as const, cursor: node.id, node })),
        },
      },
    },
  };
}

const provinces = {
  request: { query: RegionsQuery, variables: { parentCode: null } },
  result: {
    data: { regions: [{ __typename: "Region" as const, id: "UmVnaW9uOjMy", code: "32", name: "Jawa Barat" }] },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const kemenkes = agency("QWdlbmN5OjE", "Kementerian Kesehatan");
const unit = agency("QWdlbmN5OjI", "Direktorat Jenderal Pelayanan Kesehatan", {
  kind: "UNIT",
  parent: { __typename: "Agency", id: kemenkes.id, name: kemenkes.name },
});

describe("AgencyTree", () => {
  it("loads an agency's units only when it is opened, and searches the whole tree", async () => {
    const onSelect = vi.fn();
    renderWithProviders(<AgencyTree selectedId={null} onSelect={onSelect} />, {
      mocks: [
        level({ topLevel: true }, [kemenkes]),
        level({ parentId: kemenkes.id }, [unit]),
        level({ search: "pelayanan" }, [unit]),
      ],
    });
    const open = await screen.findByRole("button", { name: "Tampilkan unit Kementerian Kesehatan" });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(unit.name)).toBeNull();
    fireEvent.click(open);
    expect(
      screen.getByRole("button", { name: "Sembunyikan unit Kementerian Kesehatan" }).getAttribute("aria-expanded"),
    ).toBe("true");
    fireEvent.click(await screen.findByRole("button", { name: unit.name }));
    expect(onSelect).toHaveBeenCalledWith(unit);

    fireEvent.change(screen.getByLabelText("Cari di seluruh pohon"), { target: { value: "pelayanan" } });
    const results = await screen.findByRole("button", { name: unit.name });
    // A flat list of results: each shows its parent, and has no disclosure button.
    expect(within(results.closest("li") as HTMLElement).getByText(kemenkes.name)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Tampilkan unit/ })).toBeNull();
  });
});

describe("AgencyForm", () => {
  it("checks the fields before sending a new unit", async () => {
    const onSaved = vi.fn();
    const created = agency("QWdlbmN5OjM", "Unit Pengaduan", {
      kind: "UNIT",
      parent: { __typename: "Agency", id: kemenkes.id, name: kemenkes.name },
    });
    renderWithProviders(<AgencyForm parent={{ id: kemenkes.id, name: kemenkes.name }} onSaved={onSaved} />, {
      mocks: [
        provinces,
        agencySearchMock([agencyNode(kemenkes.id, kemenkes.name)]),
        {
          request: {
            query: CreateAgencyMutation,
            variables: {
              input: {
                name: "Unit Pengaduan",
                kind: "UNIT",
                parentId: kemenkes.id,
                regionCode: null,
                contactEmail: "pengaduan@kemkes.go.id",
                connected: true,
                requiresApproval: false,
              },
            },
          },
          result: { data: { createAgency: { __typename: "AgencyPayload", agency: created, userErrors: [] } } },
        },
      ],
    });
    expect((screen.getByLabelText("Jenis instansi") as HTMLSelectElement).value).toBe("UNIT");
    fireEvent.change(screen.getByLabelText("Email kontak"), { target: { value: "bukan-email" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Buat instansi" })));
    expect(screen.getByText("Tulis nama instansi.")).toBeTruthy();
    expect(screen.getByText(/Masukkan alamat email yang valid/)).toBeTruthy();
    expect(screen.getByLabelText("Nama instansi").getAttribute("aria-invalid")).toBe("true");
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText("Nama instansi"), { target: { value: "  Unit Pengaduan " } });
    fireEvent.change(screen.getByLabelText("Email kontak"), { target: { value: "pengaduan@kemkes.go.id" } });
    fireEvent.click(screen.getByLabelText("Sistem pengaduan instansi terhubung lewat API"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Buat instansi" })));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
  });

  it("shows the API's refusal of a parent at the parent field and keeps what was typed", async () => {
    const onSaved = vi.fn();
    const editing = agency(kemenkes.id, kemenkes.name, { contactEmail: "humas@kemkes.go.id" });
    renderWithProviders(<AgencyForm agency={editing} onSaved={onSaved} />, {
      mocks: [
        provinces,
        agencySearchMock([agencyNode(unit.id, unit.name, { id: kemenkes.id, name: kemenkes.name })]),
        {
          request: {
            query: UpdateAgencyMutation,
            variables: {
              input: {
                agencyId: kemenkes.id,
                name: "Kemenkes RI",
                kind: "MINISTRY",
                parentId: unit.id,
                regionCode: null,
                contactEmail: "humas@kemkes.go.id",
                connected: false,
                requiresApproval: false,
              },
            },
          },
          result: {
            data: {
              updateAgency: {
                __typename: "AgencyPayload",
                agency: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    code: "LOOP",
                    field: ["input", "parentId"],
                    message: "A agency cannot be placed under itself or its own units",
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.change(screen.getByLabelText("Nama instansi"), { target: { value: "Kemenkes RI" } });
    const parent = screen.getByRole("group", { name: "Instansi induk" });
    await within(parent).findByRole("option", { name: `${unit.name} (${kemenkes.name})` });
    fireEvent.change(within(parent).getByLabelText("Instansi"), { target: { value: unit.id } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Simpan perubahan" })));
    const message = await within(parent).findByText(/Tidak dapat ditempatkan di bawah dirinya sendiri/);
    expect(within(parent).getByLabelText("Instansi").getAttribute("aria-describedby")).toBe(message.id);
    expect((screen.getByLabelText("Nama instansi") as HTMLInputElement).value).toBe("Kemenkes RI");
    expect(onSaved).not.toHaveBeenCalled();
  });
});
