import { Role } from "../../common/enums";
import { hashPassword } from "../../users/auth.service";
import type { PgClient } from "./db";

/** The one password of every demo account (documented in the README; demo data only). */
export const DEMO_PASSWORD = "aduan-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  /** The agency's name, for staff. */
  agency: string | null;
}

/** A demo account for every role, and staff of a city, a ministry that approves responses, one of its units, and a province. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@aduan.id", name: "Admin Nasional", roles: [Role.ADMIN], agency: null },
  { email: "verifikator@aduan.id", name: "Rina Marlina", roles: [Role.VERIFIER], agency: null },
  { email: "analis@aduan.id", name: "Dimas Prasetyo", roles: [Role.ANALYST], agency: null },
  { email: "warga@aduan.id", name: "Budi Santoso", roles: [Role.CITIZEN], agency: null },
  {
    email: "admin.bandung@aduan.id",
    name: "Asep Permana",
    roles: [Role.AGENCY_ADMIN],
    agency: "Pemerintah Kota Bandung",
  },
  {
    email: "operator.bandung@aduan.id",
    name: "Euis Kurniawati",
    roles: [Role.AGENCY_OPERATOR],
    agency: "Pemerintah Kota Bandung",
  },
  {
    email: "admin.kemenkes@aduan.id",
    name: "Dewi Lestari",
    roles: [Role.AGENCY_ADMIN],
    agency: "Kementerian Kesehatan",
  },
  {
    email: "operator.kemenkes@aduan.id",
    name: "Ahmad Hidayat",
    roles: [Role.AGENCY_OPERATOR],
    agency: "Kementerian Kesehatan",
  },
  {
    email: "operator.yankes@aduan.id",
    name: "Fitri Rahmawati",
    roles: [Role.AGENCY_OPERATOR],
    agency: "Direktorat Jenderal Pelayanan Kesehatan",
  },
  {
    email: "admin.jabar@aduan.id",
    name: "Gilang Ramadhan",
    roles: [Role.AGENCY_ADMIN],
    agency: "Pemerintah Provinsi Jawa Barat",
  },
  {
    email: "operator.jabar@aduan.id",
    name: "Nabila Putri",
    roles: [Role.AGENCY_OPERATOR],
    agency: "Pemerintah Provinsi Jawa Barat",
  },
];

/** Creates the demo accounts that do not exist yet; the password is hashed once (argon2id is slow by design). */
export async function seedDemoUsers(client: PgClient, accounts = DEMO_ACCOUNTS): Promise<number> {
  const existing = await client.query<{ email: string }>({
    text: "select email from app_user where email = any($1::text[])",
    values: [accounts.map((a) => a.email.toLowerCase())],
  });
  const have = new Set(existing.rows.map((r) => r.email));
  const missing = accounts.filter((a) => !have.has(a.email.toLowerCase()));
  if (!missing.length) return 0;
  const agencies = [...new Set(missing.flatMap((a) => (a.agency ? [a.agency] : [])))];
  const found = await client.query<{ name: string }>({
    text: "select distinct name from agency where name = any($1::text[])",
    values: [agencies],
  });
  const unknown = agencies.filter((n) => !found.rows.some((r) => r.name === n));
  if (unknown.length) throw new Error(`Seed: demo staff belong to agencies that do not exist: ${unknown.join(", ")}`);
  const hash = await hashPassword(DEMO_PASSWORD);
  const res = await client.query({
    text: `insert into app_user (name, email, password_hash, roles, agency_id)
      select u.name, u.email, $3, string_to_array(u.roles, ','), (select a.id from agency a where a.name = u.agency order by a.id limit 1)
      from unnest($1::text[], $2::text[], $4::text[], $5::text[]) as u(name, email, roles, agency)
      on conflict (email) do nothing`,
    values: [
      missing.map((a) => a.name),
      missing.map((a) => a.email.toLowerCase()),
      hash,
      missing.map((a) => a.roles.join(",")),
      missing.map((a) => a.agency),
    ],
  });
  return res.rowCount ?? 0;
}
