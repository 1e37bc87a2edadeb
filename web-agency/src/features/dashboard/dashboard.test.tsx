import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { Dashboard } from "./components/dashboard";
import { AgencyDashboardQuery, lastTwelveMonths } from "./graphql";

afterEach(cleanup);

const NOW = new Date("2026-11-28T03:00:00.000Z");
const AGENCY = "QWdlbmN5OjE";
const bucket = (period: string, count: number, sla: number | null, median: number | null, rating: number | null) => ({
  __typename: "StatisticsBucket",
  key: { __typename: "StatisticsKey", period },
  count,
  dispositionCount: count,
  medianFirstResponseHours: median,
  slaCompliance: sla,
  averageRating: rating,
});

describe("Dashboard", () => {
  it("covers the last twelve months, from the first of the month in Jakarta", () => {
    expect(lastTwelveMonths(NOW)).toEqual({ from: "2025-11-30T17:00:00.000Z", to: "2026-11-28T03:00:00.000Z" });
  });

  it("shows open and overdue counts, median first response, rating and SLA compliance by month", async () => {
    renderWithProviders(<Dashboard agencyId={AGENCY} now={NOW} />, {
      mocks: [
        {
          request: { query: AgencyDashboardQuery, variables: { agencyIds: [AGENCY], ...lastTwelveMonths(NOW) } },
          result: {
            data: {
              viewer: {
                __typename: "User",
                id: "VXNlcjox",
                agency: { __typename: "Agency", id: AGENCY, name: "Pemerintah Kota Bandung" },
              },
              open: { __typename: "DispositionConnection", totalCount: 42 },
              overdue: { __typename: "DispositionConnection", totalCount: 7 },
              overall: {
                __typename: "Statistics",
                buckets: [{ __typename: "StatisticsBucket", medianFirstResponseHours: 12.25, averageRating: 3.6667 }],
              },
              statistics: {
                __typename: "Statistics",
                total: 30,
                buckets: [
                  bucket("2026-10-31T17:00:00.000Z", 20, 0.9, 10, 4),
                  bucket("2026-09-30T17:00:00.000Z", 10, 0.755, 30, 3),
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole("heading", { name: "Dasbor instansi" })).toBeTruthy();
    const tile = (label: string) => screen.getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
    expect(tile("Disposisi terbuka")).toBe("42");
    expect(tile("Terlambat")).toBe("7");
    expect(tile("Median tanggapan pertama")).toBe("12,3 jam");
    expect(tile("Rata-rata penilaian")).toBe("3,7");
    const table = screen.getByRole("table", { name: "Per bulan (12 bulan terakhir)" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      "Okt 2026" + "10" + "76%" + "30 jam" + "3",
      "Nov 2026" + "20" + "90%" + "10 jam" + "4",
    ]);
  });
});
