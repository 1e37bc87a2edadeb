import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { HolidayCalendar } from "./components/holiday-calendar";
import { ServiceLevelSettings, workingDaysProblem } from "./components/service-level-settings";
import { HolidaysQuery, ServiceLevelsQuery, SetHolidayMutation, SetServiceLevelMutation } from "./graphql";

afterEach(cleanup);

const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date()));
const holiday = (date: string, name: string) => ({ __typename: "Holiday" as const, date, name });
const holidays = (items: ReturnType<typeof holiday>[]) => ({
  request: { query: HolidaysQuery, variables: { year } },
  result: { data: { holidays: items } },
});
const setting = (
  id: string,
  step: string,
  workingDays: number,
  agency: { id: string; name: string } | null = null,
) => ({
  __typename: "ServiceLevel" as const,
  id,
  step,
  kind: null,
  workingDays,
  updatedAt: "2026-11-01T00:00:00.000Z",
  agency: agency ? { __typename: "Agency" as const, ...agency } : null,
});
const settings = (agencyId: string | null, items: ReturnType<typeof setting>[]) => ({
  request: { query: ServiceLevelsQuery, variables: { agencyId } },
  result: { data: { serviceLevels: items } },
});

describe("workingDaysProblem", () => {
  it("accepts whole days from 1 to 60", () => {
    expect(workingDaysProblem("")).toBe("required");
    expect(workingDaysProblem("2.5")).toBe("whole");
    expect(workingDaysProblem("0")).toBe("range");
    expect(workingDaysProblem("61")).toBe("range");
    expect(workingDaysProblem(" 60 ")).toBeNull();
  });
});

describe("HolidayCalendar", () => {
  it("checks a new holiday, then shows the API's refusal at its date", async () => {
    const newYear = holiday(`${year}-01-01`, "Tahun Baru Masehi");
    renderWithProviders(<HolidayCalendar />, {
      mocks: [
        holidays([newYear]),
        {
          request: { query: SetHolidayMutation, variables: { input: { date: `${year}-08-17`, name: "Libur" } } },
          result: {
            data: {
              setHoliday: {
                __typename: "SetHolidayPayload",
                holiday: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    code: "INVALID",
                    field: ["input", "date"],
                    message: "Choose a date between 2000 and 2099",
                  },
                ],
              },
            },
          },
        },
        holidays([newYear]),
      ],
    });
    expect(await screen.findByText("Tahun Baru Masehi")).toBeTruthy();
    const form = screen.getByRole("form", { name: "Tambah hari libur" });
    fireEvent.change(within(form).getByLabelText("Nama hari libur"), { target: { value: "Li" } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Simpan hari libur" })));
    expect(within(form).getByText("Pilih tanggal.")).toBeTruthy();
    expect(within(form).getByText("Nama hari libur paling sedikit 3 karakter.")).toBeTruthy();

    fireEvent.change(within(form).getByLabelText("Tanggal"), { target: { value: `${year}-08-17` } });
    fireEvent.change(within(form).getByLabelText("Nama hari libur"), { target: { value: "Libur" } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Simpan hari libur" })));
    const message = await within(form).findByText("Choose a date between 2000 and 2099");
    expect(within(form).getByLabelText("Tanggal").getAttribute("aria-describedby")).toContain(message.id);
  });
});

describe("ServiceLevelSettings", () => {
  it("lists an agency's own overrides (not the inherited ones) and checks a new one", async () => {
    const agency = { id: "QWdlbmN5OjQ", name: "Dinas Kesehatan Kota Bandung" };
    renderWithProviders(<ServiceLevelSettings agency={agency} />, {
      mocks: [
        settings(agency.id, [setting("U0w6MQ", "FOLLOW_UP", 4), setting("U0w6Mg", "FOLLOW_UP", 7, agency)]),
        {
          request: {
            query: SetServiceLevelMutation,
            variables: { input: { step: "REPLY_WINDOW", kind: null, agencyId: agency.id, workingDays: 12 } },
          },
          result: {
            data: {
              setServiceLevel: {
                __typename: "SetServiceLevelPayload",
                serviceLevel: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    code: "NOT_FOUND",
                    field: ["input", "agencyId"],
                    message: "No such agency",
                  },
                ],
              },
            },
          },
        },
        settings(agency.id, [setting("U0w6MQ", "FOLLOW_UP", 4), setting("U0w6Mg", "FOLLOW_UP", 7, agency)]),
      ],
    });
    const days = await screen.findByLabelText("Hari kerja untuk Tindak lanjut instansi, Semua jenis");
    expect((days as HTMLInputElement).value).toBe("7");
    expect(screen.getAllByRole("row")).toHaveLength(2);

    const form = screen.getByRole("form", { name: "Tambah atau ubah pengaturan" });
    // Verification happens before any agency is involved: it is not offered for an agency.
    expect(within(form).queryByRole("option", { name: "Verifikasi" })).toBeNull();
    fireEvent.change(within(form).getByLabelText("Hari kerja"), { target: { value: "61" } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Simpan pengaturan" })));
    expect(within(form).getByText("Pilih tahap.")).toBeTruthy();
    expect(within(form).getByText("Antara 1 dan 60 hari kerja.")).toBeTruthy();

    fireEvent.change(within(form).getByLabelText("Tahap"), { target: { value: "REPLY_WINDOW" } });
    fireEvent.change(within(form).getByLabelText("Hari kerja"), { target: { value: "12" } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Simpan pengaturan" })));
    expect(await within(form).findByText(/Data yang dipilih tidak ditemukan/)).toBeTruthy();
  });

  it("checks a setting changed in place", async () => {
    renderWithProviders(<ServiceLevelSettings />, {
      mocks: [settings(null, [setting("U0w6Mw", "VERIFICATION", 3)])],
    });
    const days = await screen.findByLabelText("Hari kerja untuk Verifikasi, Semua jenis");
    fireEvent.change(days, { target: { value: "0" } });
    const form = days.closest("form") as HTMLFormElement;
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Simpan" })));
    expect(within(form).getByText("Antara 1 dan 60 hari kerja.")).toBeTruthy();
    expect(days.getAttribute("aria-invalid")).toBe("true");
  });
});
