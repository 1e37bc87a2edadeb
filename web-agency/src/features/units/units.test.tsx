import { Toaster } from "@aduan/ui/components";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useTranslation } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { AgencyPickerQuery } from "../report/graphql";
import { CreateStaffUserMutation } from "../staff/graphql";
import { type Unit, UnitDialog, UnitsAdmin } from "./components/units-admin";
import { AgencyUnitsQuery, CreateUnitMutation, OwnAgencyQuery, UNITS_PAGE, UpdateUnitMutation } from "./graphql";

afterEach(cleanup);

const agency = {
  __typename: "Agency" as const,
  id: "QWdlbmN5OjE",
  name: "Kementerian Kesehatan",
  kind: "MINISTRY" as const,
  requiresApproval: true,
  contactEmail: "pengaduan@kemkes.go.id",
};
const unit: Unit = {
  __typename: "Agency" as const,
  id: "QWdlbmN5Ojk",
  name: "Direktorat Jenderal Pelayanan Kesehatan",
  kind: "UNIT" as const,
  requiresApproval: false,
  contactEmail: null,
};
const subUnit: Unit = {
  __typename: "Agency" as const,
  id: "QWdlbmN5OjEw",
  name: "Direktorat Pelayanan Kesehatan Rujukan",
  kind: "UNIT" as const,
  requiresApproval: false,
  contactEmail: "rujukan@kemkes.go.id",
};

const units = (parentId: string, nodes: Unit[]) => ({
  request: { query: AgencyUnitsQuery, variables: { parentId, first: UNITS_PAGE } },
  result: {
    data: {
      agencies: {
        __typename: "AgencyConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: "AgencyEdge", cursor: node.id, node })),
      },
    },
  },
});
const ownAgency = {
  request: { query: OwnAgencyQuery, variables: { id: agency.id } },
  result: { data: { node: agency } },
};
const payload = (typename: "createAgency" | "updateAgency", agencyNode: Unit | null, userErrors: object[] = []) => ({
  data: {
    [typename]: {
      __typename: "AgencyPayload",
      agency: agencyNode,
      userErrors: userErrors.map((e) => ({ __typename: "UserError", ...e })),
    },
  },
});

const dialog = (name: string) => screen.getByRole("dialog", { name });
const submit = async (within_: HTMLElement, name: string) =>
  act(async () => fireEvent.click(within(within_).getByRole("button", { name })));

describe("UnitsAdmin", () => {
  it("shows the agency with its approval setting and the tree of units, a level at a time", async () => {
    renderWithProviders(<UnitsAdmin agency={agency} />, {
      mocks: [ownAgency, units(agency.id, [unit]), units(unit.id, [subUnit])],
    });
    expect(screen.getByRole("heading", { level: 1, name: "Unit kerja" })).toBeTruthy();
    const own = screen.getByRole("region", { name: "Instansi Anda" });
    expect(await within(own).findByText("Email kontak: pengaduan@kemkes.go.id")).toBeTruthy();
    expect(within(own).getByText("Tanggapan perlu persetujuan admin")).toBeTruthy();

    const tree = screen.getByRole("region", { name: "Unit di bawah Kementerian Kesehatan" });
    expect(await within(tree).findByText(unit.name)).toBeTruthy();
    expect(within(tree).getByText("Belum ada email kontak.")).toBeTruthy();
    expect(within(tree).getByText("Tanggapan terbit langsung")).toBeTruthy();
    expect(within(tree).queryByText(subUnit.name)).toBeNull();

    const toggle = within(tree).getByRole("button", { name: `Tampilkan sub-unit ${unit.name}` });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await act(async () => fireEvent.click(toggle));
    const nested = await screen.findByRole("region", { name: `Unit di bawah ${unit.name}` });
    expect(await within(nested).findByText(subUnit.name)).toBeTruthy();
    expect(within(nested).getByText("Email kontak: rujukan@kemkes.go.id")).toBeTruthy();
    const hide = within(tree).getByRole("button", { name: `Sembunyikan sub-unit ${unit.name}` });
    expect(hide.getAttribute("aria-expanded")).toBe("true");
    expect(hide.getAttribute("aria-controls")).toBe(nested.id);
  });

  it("adds a unit from the agency's card and lists it", async () => {
    const added = { ...unit, id: "QWdlbmN5OjEx", name: "Inspektorat Jenderal", requiresApproval: true };
    renderWithProviders(
      <>
        <UnitsAdmin agency={agency} />
        <Toaster label="Pemberitahuan" />
      </>,
      {
        mocks: [
          ownAgency,
          units(agency.id, [unit]),
          {
            request: {
              query: CreateUnitMutation,
              variables: {
                input: {
                  name: "Inspektorat Jenderal",
                  contactEmail: null,
                  requiresApproval: true,
                  kind: "UNIT",
                  parentId: agency.id,
                },
              },
            },
            result: payload("createAgency", added),
          },
          units(agency.id, [added, unit]),
        ],
      },
    );
    await screen.findByText(unit.name);
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Tambah unit" })));
    const form = dialog("Unit baru");
    expect(within(form).getByText("Unit baru di bawah Kementerian Kesehatan.")).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Nama"), { target: { value: "  Inspektorat Jenderal " } });
    fireEvent.click(within(form).getByLabelText("Tanggapan operator perlu persetujuan admin instansi"));
    await submit(form, "Tambah unit");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const tree = screen.getByRole("region", { name: "Unit di bawah Kementerian Kesehatan" });
    expect(await within(tree).findByText("Inspektorat Jenderal")).toBeTruthy();
    expect(await screen.findByText("Inspektorat Jenderal ditambahkan ke daftar unit.")).toBeTruthy();
  });
  it("creates a staff account for a unit from its card", async () => {
    renderWithProviders(<UnitsAdmin agency={agency} />, {
      mocks: [
        ownAgency,
        units(agency.id, [unit]),
        {
          request: { query: AgencyPickerQuery, variables: { parentId: unit.id, first: 100 } },
          result: { data: { agencies: { __typename: "AgencyConnection", edges: [] } } },
        },
        {
          request: {
            query: CreateStaffUserMutation,
            variables: {
              input: {
                name: "Fitri Rahmawati",
                email: "fitri@kemkes.go.id",
                agencyId: unit.id,
                role: "AGENCY_OPERATOR",
              },
            },
          },
          result: {
            data: {
              createStaffUser: {
                __typename: "CreateStaffUserPayload",
                initialPassword: "biru-meja-41-kursi",
                user: {
                  __typename: "User",
                  id: "VXNlcjo5",
                  name: "Fitri Rahmawati",
                  email: "fitri@kemkes.go.id",
                  roles: ["AGENCY_OPERATOR"],
                  disabled: false,
                  agency: { __typename: "Agency", id: unit.id, name: unit.name },
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await screen.findByText(unit.name);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Tambah petugas di ${unit.name}` })));
    const form = dialog("Petugas baru");
    const place = within(form).getByLabelText("Instansi/unit") as HTMLSelectElement;
    expect(place.value).toBe(unit.id);
    expect(place.selectedOptions[0].textContent).toBe(unit.name);
    fireEvent.change(within(form).getByLabelText("Nama"), { target: { value: "Fitri Rahmawati" } });
    fireEvent.change(within(form).getByLabelText("Email"), { target: { value: "fitri@kemkes.go.id" } });
    await submit(form, "Buat akun");
    const shown = await screen.findByRole("dialog", { name: "Akun dibuat" });
    expect((within(shown).getByLabelText("Kata sandi awal") as HTMLInputElement).value).toBe("biru-meja-41-kursi");
  });
});

describe("UnitDialog", () => {
  it("checks the name and the email before sending anything", async () => {
    const onSaved = vi.fn();
    renderWithProviders(
      <UnitDialog editing={{ mode: "create", parent: agency }} onClose={() => {}} onSaved={onSaved} />,
    );
    const form = dialog("Unit baru");
    await submit(form, "Tambah unit");
    const name = within(form).getByLabelText("Nama");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByText("Tulis nama unit.")).toBeTruthy();

    fireEvent.change(name, { target: { value: "x".repeat(201) } });
    fireEvent.change(within(form).getByLabelText("Email kontak (opsional)"), { target: { value: "unit@kemkes" } });
    await submit(form, "Tambah unit");
    expect(within(form).getByText("Nama paling banyak 200 karakter.")).toBeTruthy();
    expect(within(form).getByText("Tulis alamat email yang benar.")).toBeTruthy();
    expect(within(form).getByLabelText("Email kontak (opsional)").getAttribute("aria-invalid")).toBe("true");
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("puts the API's userErrors beside their fields, and the rest above the button", async () => {
    const onSaved = vi.fn();
    const input = {
      name: "Unit Layanan",
      contactEmail: "layanan@kemkes.go.id",
      requiresApproval: false,
      kind: "UNIT",
      parentId: unit.id,
    };
    renderWithProviders(
      <UnitDialog editing={{ mode: "create", parent: unit }} onClose={() => {}} onSaved={onSaved} />,
      {
        mocks: [
          {
            request: { query: CreateUnitMutation, variables: { input } },
            result: payload("createAgency", null, [
              { code: "INVALID", message: "Enter a valid email address", field: ["input", "contactEmail"] },
            ]),
          },
          {
            request: { query: CreateUnitMutation, variables: { input } },
            result: payload("createAgency", null, [
              { code: "NOT_FOUND", message: "Units go under your agency", field: ["input", "parentId"] },
            ]),
          },
        ],
      },
    );
    const form = dialog("Unit baru");
    expect(within(form).getByText(`Unit baru di bawah ${unit.name}.`)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Nama"), { target: { value: input.name } });
    fireEvent.change(within(form).getByLabelText("Email kontak (opsional)"), { target: { value: input.contactEmail } });
    await submit(form, "Tambah unit");
    const email = within(form).getByLabelText("Email kontak (opsional)");
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Tulis alamat email yang benar.")).toBeTruthy();
    expect(within(form).queryByRole("alert")).toBeNull();

    await submit(form, "Tambah unit");
    expect((await within(form).findByRole("alert")).textContent).toBe(
      "Instansi induk ini tidak lagi dapat Anda kelola.",
    );
    expect(email.getAttribute("aria-invalid")).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("edits a unit's name, contact and approval setting (a blank contact clears it)", async () => {
    const onSaved = vi.fn();
    renderWithProviders(<UnitDialog editing={{ mode: "edit", unit: subUnit }} onClose={() => {}} onSaved={onSaved} />, {
      mocks: [
        {
          request: {
            query: UpdateUnitMutation,
            variables: {
              input: {
                agencyId: subUnit.id,
                name: "Direktorat Rujukan",
                contactEmail: null,
                requiresApproval: true,
              },
            },
          },
          result: payload("updateAgency", {
            ...subUnit,
            name: "Direktorat Rujukan",
            contactEmail: null,
            requiresApproval: true,
          }),
        },
      ],
    });
    const form = dialog(`Ubah ${subUnit.name}`);
    expect(within(form).getByText("Jenis, wilayah, dan induk instansi diatur oleh admin nasional.")).toBeTruthy();
    const name = within(form).getByLabelText("Nama") as HTMLInputElement;
    const email = within(form).getByLabelText("Email kontak (opsional)") as HTMLInputElement;
    const approval = within(form).getByLabelText("Tanggapan operator perlu persetujuan admin instansi");
    expect(name.value).toBe(subUnit.name);
    expect(email.value).toBe("rujukan@kemkes.go.id");
    expect((approval as HTMLInputElement).checked).toBe(false);
    expect(approval.getAttribute("aria-describedby")).toBeTruthy();
    fireEvent.change(name, { target: { value: "Direktorat Rujukan" } });
    fireEvent.change(email, { target: { value: " " } });
    fireEvent.click(approval);
    await submit(form, "Simpan perubahan");
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith("Perubahan pada Direktorat Rujukan disimpan."));
  });

  it("says so when the API cannot be reached", async () => {
    renderWithProviders(<UnitDialog editing={{ mode: "edit", unit }} onClose={() => {}} onSaved={() => {}} />, {
      mocks: [
        {
          request: {
            query: UpdateUnitMutation,
            variables: { input: { agencyId: unit.id, name: unit.name, contactEmail: null, requiresApproval: false } },
          },
          error: new TypeError("Failed to fetch"),
        },
      ],
    });
    const form = dialog(`Ubah ${unit.name}`);
    await submit(form, "Simpan perubahan");
    expect((await within(form).findByRole("alert")).textContent).toContain("Tidak dapat terhubung ke server");
  });
});

describe("in English", () => {
  it("switches the units screen's own texts (a lazy namespace) to the reader's language", async () => {
    let language: { changeLanguage(lng: string): Promise<unknown> } | null = null;
    function Grab() {
      language = useTranslation().i18n;
      return null;
    }
    renderWithProviders(
      <>
        <Grab />
        <UnitsAdmin agency={agency} />
      </>,
      { mocks: [ownAgency, units(agency.id, [unit])] },
    );
    await screen.findByText(unit.name);
    try {
      await act(async () => {
        await language?.changeLanguage("en");
      });
      expect(await screen.findByRole("heading", { level: 1, name: "Units" })).toBeTruthy();
      expect(await screen.findByText("Responses need an admin's approval")).toBeTruthy();
      expect(screen.getByRole("button", { name: `Add a sub-unit to ${unit.name}` })).toBeTruthy();
    } finally {
      await act(async () => {
        await language?.changeLanguage("id");
      });
    }
  });
});
