import { FIXED_HOLIDAYS } from "../../common/calendar";
import type { PgClient } from "./db";

/**
 * Indonesia's national public holidays (hari libur nasional; cuti bersama are not holidays for service levels).
 * 2024-2026: the dates of the joint ministerial decrees (SKB 3 Menteri). 2024 and 2025 are here because the synthetic
 * reports reach two years back and their deadlines are counted in working days.
 * 2027: no decree was known when this was written; the movable dates are computed from the Hijri, Chinese, Saka and
 * Buddhist calendars and the Easter date, and may shift by a day when the government announces them (marked "est.").
 */
const MOVABLE: [string, string][] = [
  // 2024 (SKB 3 Menteri 2024)
  ["2024-02-08", "Isra Mikraj Nabi Muhammad SAW"],
  ["2024-02-10", "Tahun Baru Imlek 2575 Kongzili"],
  ["2024-03-11", "Hari Suci Nyepi Tahun Baru Saka 1946"],
  ["2024-03-29", "Wafat Isa Almasih"],
  ["2024-03-31", "Kebangkitan Isa Almasih (Paskah)"],
  ["2024-04-10", "Hari Raya Idul Fitri 1445 Hijriah"],
  ["2024-04-11", "Hari Raya Idul Fitri 1445 Hijriah"],
  ["2024-05-09", "Kenaikan Isa Almasih"],
  ["2024-05-23", "Hari Raya Waisak 2568 BE"],
  ["2024-06-17", "Hari Raya Idul Adha 1445 Hijriah"],
  ["2024-07-07", "Tahun Baru Islam 1446 Hijriah"],
  ["2024-09-16", "Maulid Nabi Muhammad SAW"],
  // 2025 (SKB 3 Menteri 2025)
  ["2025-01-27", "Isra Mikraj Nabi Muhammad SAW"],
  ["2025-01-29", "Tahun Baru Imlek 2576 Kongzili"],
  ["2025-03-29", "Hari Suci Nyepi Tahun Baru Saka 1947"],
  ["2025-03-31", "Hari Raya Idul Fitri 1446 Hijriah"],
  ["2025-04-01", "Hari Raya Idul Fitri 1446 Hijriah"],
  ["2025-04-18", "Wafat Isa Almasih"],
  ["2025-04-20", "Kebangkitan Isa Almasih (Paskah)"],
  ["2025-05-12", "Hari Raya Waisak 2569 BE"],
  ["2025-05-29", "Kenaikan Isa Almasih"],
  ["2025-06-06", "Hari Raya Idul Adha 1446 Hijriah"],
  ["2025-06-27", "Tahun Baru Islam 1447 Hijriah"],
  ["2025-09-05", "Maulid Nabi Muhammad SAW"],
  // 2026 (SKB 3 Menteri 2026)
  ["2026-01-16", "Isra Mikraj Nabi Muhammad SAW"],
  ["2026-02-17", "Tahun Baru Imlek 2577 Kongzili"],
  ["2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948"],
  ["2026-03-21", "Hari Raya Idul Fitri 1447 Hijriah"],
  ["2026-03-22", "Hari Raya Idul Fitri 1447 Hijriah"],
  ["2026-04-03", "Wafat Isa Almasih"],
  ["2026-04-05", "Kebangkitan Isa Almasih (Paskah)"],
  ["2026-05-14", "Kenaikan Isa Almasih"],
  ["2026-05-27", "Hari Raya Idul Adha 1447 Hijriah"],
  ["2026-05-31", "Hari Raya Waisak 2570 BE"],
  ["2026-06-16", "Tahun Baru Islam 1448 Hijriah"],
  ["2026-08-25", "Maulid Nabi Muhammad SAW"],
  // 2027 (est.: computed, not yet decreed)
  ["2027-01-05", "Isra Mikraj Nabi Muhammad SAW"], // est.: 27 Rajab 1448
  ["2027-02-06", "Tahun Baru Imlek 2578 Kongzili"],
  ["2027-03-08", "Hari Suci Nyepi Tahun Baru Saka 1949"], // est.: the day of Tilem Kesanga's new moon
  ["2027-03-10", "Hari Raya Idul Fitri 1448 Hijriah"], // est.
  ["2027-03-11", "Hari Raya Idul Fitri 1448 Hijriah"], // est.
  ["2027-03-26", "Wafat Isa Almasih"],
  ["2027-03-28", "Kebangkitan Isa Almasih (Paskah)"],
  ["2027-05-06", "Kenaikan Isa Almasih"],
  ["2027-05-17", "Hari Raya Idul Adha 1448 Hijriah"], // est.
  ["2027-05-20", "Hari Raya Waisak 2571 BE"], // est.: the full moon of Waisak
  ["2027-06-06", "Tahun Baru Islam 1449 Hijriah"], // est.
  ["2027-08-15", "Maulid Nabi Muhammad SAW"], // est.: 12 Rabiul Awal 1449
];

export const HOLIDAY_YEARS = [2024, 2025, 2026, 2027];

/** Every holiday of the seeded years, sorted. */
export function nationalHolidays(): { day: string; name: string }[] {
  const fixed = HOLIDAY_YEARS.flatMap((y) => FIXED_HOLIDAYS.map(([md, name]) => ({ day: `${y}-${md}`, name })));
  const all = [...fixed, ...MOVABLE.map(([day, name]) => ({ day, name }))];
  return all.sort((a, b) => a.day.localeCompare(b.day));
}

export async function seedHolidays(client: PgClient): Promise<number> {
  const days = nationalHolidays();
  const res = await client.query({
    text: `insert into holiday (day, name) select * from unnest($1::date[], $2::text[]) on conflict (day) do nothing`,
    values: [days.map((d) => d.day), days.map((d) => d.name)],
  });
  return res.rowCount ?? 0;
}
