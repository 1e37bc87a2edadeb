import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { agencySearchMock } from "../manage-common/test-mocks";
import { UserAdmin } from "./components/user-admin";
import type { ManagedUser } from "./components/user-forms";
import { CreateStaffUserMutation, SetUserDisabledMutation, SetUserRolesMutation, UsersQuery } from "./graphql";

afterEach(cleanup);

const admin: ManagedUser = {
  __typename: "User",
  id: "VXNlcjox",
  name: "Admin Nasional",
  email: "admin@aduan.id",
  roles: ["ADMIN"],
  disabled: false,
  agency: null,
};
const filter = { search: null, roles: null, disabled: null, agencyId: null };

function list(users: ManagedUser[], variables: Record<string, unknown> = { filter, first: 25 }) {
  return {
    request: { query: UsersQuery, variables },
    result: {
      data: {
        users: {
          __typename: "UserConnection" as const,
          totalCount: users.length,
          pageInfo: { __typename: "PageInfo" as const, hasNextPage: false, endCursor: null },
          edges: users.map((node) => ({ __typename: "UserEdge" as const, cursor: node.id, node })),
        },
      },
    },
  };
}

function userError(code: string, field: string[], message: string) {
  return { __typename: "UserError" as const, code, field, message };
}

describe("UserAdmin", () => {
  it("creates a verifier after checking the fields, and shows the initial password once", async () => {
    const created: ManagedUser = {
      ...admin,
      id: "VXNlcjo5",
      name: "Dewi Lestari",
      email: "dewi@aduan.id",
      roles: ["VERIFIER"],
    };
    renderWithProviders(<UserAdmin />, {
      mocks: [
        list([admin]),
        agencySearchMock([]),
        {
          request: {
            query: CreateStaffUserMutation,
            variables: { input: { name: "Dewi Lestari", email: "dewi@aduan.id", role: "VERIFIER", agencyId: null } },
          },
          result: {
            data: {
              createStaffUser: {
                __typename: "CreateStaffUserPayload",
                initialPassword: "pX7-rT2qLm9vZw4K",
                user: created,
                userErrors: [],
              },
            },
          },
        },
        list([admin, created]),
      ],
    });
    expect(await screen.findByText("admin@aduan.id")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Akun staf baru" }));
    const dialog = await screen.findByRole("dialog", { name: "Akun staf baru" });
    fireEvent.change(within(dialog).getByLabelText("Email"), { target: { value: "dewi@" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    expect(within(dialog).getByText("Tulis nama pemilik akun.")).toBeTruthy();
    expect(within(dialog).getByText(/Masukkan alamat email yang valid/)).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Nama lengkap"), { target: { value: "Dewi Lestari" } });
    fireEvent.change(within(dialog).getByLabelText("Email"), { target: { value: "dewi@aduan.id" } });
    expect((within(dialog).getByLabelText("Peran") as HTMLSelectElement).value).toBe("VERIFIER");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    const secret = await screen.findByRole("dialog", { name: "Akun Dewi Lestari dibuat" });
    expect(within(secret).getByText("pX7-rT2qLm9vZw4K")).toBeTruthy();
    expect(within(secret).getByText(/hanya ditampilkan sekali/)).toBeTruthy();
    fireEvent.click(within(secret).getByRole("button", { name: "Sudah disimpan" }));
    expect(screen.queryByText("pX7-rT2qLm9vZw4K")).toBeNull();
    expect(await screen.findByText("dewi@aduan.id")).toBeTruthy();
  });

  it("shows a taken email at the email field, and an agency account needs its agency", async () => {
    renderWithProviders(<UserAdmin />, {
      mocks: [
        list([admin]),
        agencySearchMock([]),
        {
          request: {
            query: CreateStaffUserMutation,
            variables: { input: { name: "Admin Dua", email: "admin@aduan.id", role: "ADMIN", agencyId: null } },
          },
          result: {
            data: {
              createStaffUser: {
                __typename: "CreateStaffUserPayload",
                initialPassword: null,
                user: null,
                userErrors: [userError("EMAIL_TAKEN", ["input", "email"], "An account with this email already exists")],
              },
            },
          },
        },
        list([admin]),
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Akun staf baru" }));
    const dialog = await screen.findByRole("dialog", { name: "Akun staf baru" });
    fireEvent.change(within(dialog).getByLabelText("Jenis akun"), { target: { value: "agency" } });
    expect((within(dialog).getByLabelText("Peran") as HTMLSelectElement).value).toBe("AGENCY_OPERATOR");
    fireEvent.change(within(dialog).getByLabelText("Nama lengkap"), { target: { value: "Admin Dua" } });
    fireEvent.change(within(dialog).getByLabelText("Email"), { target: { value: "admin@aduan.id" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    expect(within(dialog).getByText("Pilih instansi untuk akun staf instansi.")).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Jenis akun"), { target: { value: "national" } });
    fireEvent.change(within(dialog).getByLabelText("Peran"), { target: { value: "ADMIN" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Buat akun" })));
    const message = await within(dialog).findByText("Sudah ada akun dengan email ini.");
    expect(within(dialog).getByLabelText("Email").getAttribute("aria-describedby")).toContain(message.id);
    expect((within(dialog).getByLabelText("Nama lengkap") as HTMLInputElement).value).toBe("Admin Dua");
  });

  it("changes national roles and shows a refusal at the roles", async () => {
    renderWithProviders(<UserAdmin />, {
      mocks: [
        list([admin]),
        agencySearchMock([]),
        {
          request: { query: SetUserRolesMutation, variables: { input: { userId: admin.id, roles: ["ANALYST"] } } },
          result: {
            data: {
              setUserRoles: {
                __typename: "StaffUserPayload",
                user: null,
                userErrors: [userError("SELF", ["input", "roles"], "You cannot take the admin role from yourself")],
              },
            },
          },
        },
        {
          request: { query: SetUserDisabledMutation, variables: { input: { userId: admin.id, disabled: true } } },
          result: {
            data: {
              setUserDisabled: {
                __typename: "StaffUserPayload",
                user: null,
                userErrors: [userError("SELF", ["input", "userId"], "You cannot disable your own account")],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Ubah peran Admin Nasional" }));
    const dialog = await screen.findByRole("dialog", { name: "Peran nasional Admin Nasional" });
    const roles = within(dialog).getByRole("group", { name: "Peran nasional" });
    expect((within(roles).getByLabelText("Admin") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(roles).getByLabelText("Admin"));
    fireEvent.click(within(roles).getByLabelText("Analis"));
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Simpan perubahan" })));
    expect(await within(roles).findByText(/tidak dapat dilakukan pada akun Anda sendiri/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Batal" }));

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Nonaktifkan Admin Nasional" })));
    expect(await screen.findByText(/tidak dapat dilakukan pada akun Anda sendiri/)).toBeTruthy();
  });
});
