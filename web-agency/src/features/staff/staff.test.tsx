import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { AgencyPickerQuery } from "../report/graphql";
import { CreateStaffDialog, InitialPasswordDialog, StaffAdmin } from "./components/staff-admin";
import { AgencyStaffQuery, CreateStaffUserMutation, SetUserDisabledMutation } from "./graphql";

afterEach(cleanup);

const agency = { id: "QWdlbmN5OjE", name: "Pemerintah Kota Bandung" };
const unit = {
  __typename: "Agency",
  id: "QWdlbmN5Ojk",
  name: "Dinas Perhubungan Kota Bandung",
  kind: "UNIT",
  parent: null,
};
const unitsMock = {
  request: { query: AgencyPickerQuery, variables: { parentId: agency.id, first: 100 } },
  result: {
    data: {
      agencies: { __typename: "AgencyConnection", edges: [{ __typename: "AgencyEdge", cursor: "a", node: unit }] },
    },
  },
};
const newUser = {
  __typename: "User",
  id: "VXNlcjo3",
  name: "Rina Marlina",
  email: "rina@bandung.go.id",
  roles: ["AGENCY_OPERATOR"],
  disabled: false,
  agency: { __typename: "Agency", id: unit.id, name: unit.name },
};

function Harness({ onCreated }: { onCreated(name: string, password: string): void }) {
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  return (
    <>
      <CreateStaffDialog
        open={created === null}
        onOpenChange={() => {}}
        agency={agency}
        onCreated={(name, password) => {
          onCreated(name, password);
          setCreated({ name, password });
        }}
      />
      <InitialPasswordDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}

describe("CreateStaffDialog", () => {
  it("validates, creates an operator in a unit and shows the initial password once, with a copy button", async () => {
    const onCreated = vi.fn();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderWithProviders(<Harness onCreated={onCreated} />, {
      mocks: [
        unitsMock,
        {
          request: {
            query: CreateStaffUserMutation,
            variables: {
              input: { name: "Rina Marlina", email: "rina@bandung.go.id", agencyId: unit.id, role: "AGENCY_OPERATOR" },
            },
          },
          result: {
            data: {
              createStaffUser: {
                __typename: "CreateStaffUserPayload",
                initialPassword: "hijau-kuda-93-lampu",
                user: newUser,
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    const dialog = screen.getByRole("dialog", { name: "Petugas baru" });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    const name = within(dialog).getByLabelText("Nama");
    const email = within(dialog).getByLabelText("Email");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(within(dialog).getByText("Tulis nama petugas.")).toBeTruthy();
    expect(within(dialog).getByText("Tulis alamat email yang benar.")).toBeTruthy();
    fireEvent.change(name, { target: { value: "Rina Marlina" } });
    fireEvent.change(email, { target: { value: "rina@bandung" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    expect(within(dialog).queryByText("Tulis nama petugas.")).toBeNull();
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(onCreated).not.toHaveBeenCalled();
    fireEvent.change(email, { target: { value: "rina@bandung.go.id" } });
    await within(dialog).findByRole("option", { name: unit.name });
    fireEvent.change(within(dialog).getByLabelText("Instansi/unit"), { target: { value: unit.id } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));

    const shown = await screen.findByRole("dialog", { name: "Akun dibuat" });
    expect(onCreated).toHaveBeenCalledWith("Rina Marlina", "hijau-kuda-93-lampu");
    expect((within(shown).getByLabelText("Kata sandi awal") as HTMLInputElement).value).toBe("hijau-kuda-93-lampu");
    expect(within(shown).getByText(/hanya ditampilkan sekali/)).toBeTruthy();
    await act(async () => fireEvent.click(within(shown).getByRole("button", { name: "Salin kata sandi" })));
    expect(writeText).toHaveBeenCalledWith("hijau-kuda-93-lampu");
    expect(within(shown).getByText("Kata sandi disalin.")).toBeTruthy();
    await act(async () => fireEvent.click(within(shown).getByRole("button", { name: "Selesai" })));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Akun dibuat" })).toBeNull());
    expect(screen.queryByText("hijau-kuda-93-lampu")).toBeNull();
    expect(screen.queryByDisplayValue("hijau-kuda-93-lampu")).toBeNull();
  });

  it("shows the API's refusal beside the field it names, and no password", async () => {
    renderWithProviders(<Harness onCreated={() => {}} />, {
      mocks: [
        unitsMock,
        {
          request: {
            query: CreateStaffUserMutation,
            variables: {
              input: { name: "Rina", email: "rina@bandung.go.id", agencyId: agency.id, role: "AGENCY_ADMIN" },
            },
          },
          result: {
            data: {
              createStaffUser: {
                __typename: "CreateStaffUserPayload",
                initialPassword: null,
                user: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    code: "EMAIL_TAKEN",
                    message: "An account with this email already exists",
                    field: ["input", "email"],
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const dialog = screen.getByRole("dialog", { name: "Petugas baru" });
    fireEvent.change(within(dialog).getByLabelText("Nama"), { target: { value: "Rina" } });
    fireEvent.change(within(dialog).getByLabelText("Email"), { target: { value: "rina@bandung.go.id" } });
    fireEvent.change(within(dialog).getByLabelText("Peran"), { target: { value: "AGENCY_ADMIN" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    expect(await within(dialog).findByText("Sudah ada akun dengan email ini.")).toBeTruthy();
    expect(within(dialog).getByLabelText("Email").getAttribute("aria-invalid")).toBe("true");
    expect(within(dialog).getByLabelText("Nama").getAttribute("aria-invalid")).toBeNull();
    expect(within(dialog).queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("dialog", { name: "Akun dibuat" })).toBeNull();
  });
});

describe("StaffAdmin", () => {
  it("lists the agency's and units' staff and disables an account", async () => {
    const self = {
      ...newUser,
      id: "VXNlcjox",
      name: "Asep Permana",
      roles: ["AGENCY_ADMIN"],
      agency: { ...newUser.agency, ...agency },
    };
    renderWithProviders(<StaffAdmin agency={agency} selfId={self.id} />, {
      mocks: [
        {
          request: { query: AgencyStaffQuery, variables: { agencyId: agency.id } },
          result: { data: { agencyStaff: [self, newUser] } },
        },
        {
          request: { query: SetUserDisabledMutation, variables: { input: { userId: newUser.id, disabled: true } } },
          result: {
            data: {
              setUserDisabled: {
                __typename: "StaffUserPayload",
                user: { __typename: "User", id: newUser.id, disabled: true },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole("table", { name: "Petugas instansi dan unit" });
    const row = within(table).getByText("Rina Marlina").closest("tr") as HTMLElement;
    expect(within(row).getByText("Operator")).toBeTruthy();
    expect(within(row).getByText("Aktif")).toBeTruthy();
    // The admin cannot lock themselves out.
    const own = within(table).getByText("Asep Permana").closest("tr") as HTMLElement;
    expect(within(own).getByText("Admin instansi")).toBeTruthy();
    expect(within(own).queryByRole("button")).toBeNull();
    await act(async () => fireEvent.click(within(row).getByRole("button", { name: "Nonaktifkan Rina Marlina" })));
    expect(await within(row).findByText("Dinonaktifkan")).toBeTruthy();
    expect(within(row).getByRole("button", { name: "Aktifkan Rina Marlina" })).toBeTruthy();
  });
});
