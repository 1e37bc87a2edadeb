import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestOrm } from "../../../test/db";
import { WorkingCalendar } from "../../common/calendar";
import { decrypt } from "../../common/crypto";
import { createLogger } from "../../common/logger";
import { query, raw, sql } from "../../common/sql";
import { type Config, testKeys } from "../../config";
import { verifyPassword } from "../../users/auth.service";
import type { Orm } from "../orm";
import { FastCalendar } from "./fast-calendar";
import { nationalHolidays } from "./holidays";
import { loadRegionData, parseCsv } from "./regions";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedIfEmpty, seedReference, seedReports } from "./seed";

const keys = testKeys();
const REPORTS = 2000;
let orm: Orm;
let drop: () => Promise<void>;

const q = <T = Record<string, unknown>>(text: TemplateStringsArray, ...params: unknown[]) =>
  query<T>(orm.em.fork(), sql(text, ...params));
const count = async (text: TemplateStringsArray, ...params: unknown[]) => {
  const [row] = await query<{ n: number }>(orm.em.fork(), sql(text, ...params));
  return Number(row.n);
};

beforeAll(async () => {
  ({ orm, drop } = await openTestOrm());
  await seedReference(orm, { keys });
  await seedReports(orm, REPORTS, { keys });
});

afterAll(async () => {
  await drop?.();
});

describe("pure parts", () => {
  it("parses quoted CSV fields", () => {
    expect(parseCsv('code,name\n35.29.22,"Ra""as"\r\n11,"A, B"\n')).toEqual([
      ["code", "name"],
      ["35.29.22", 'Ra"as'],
      ["11", "A, B"],
    ]);
  });

  it("computes the same deadlines as WorkingCalendar", () => {
    const calendar = new WorkingCalendar(nationalHolidays().map((h) => h.day));
    const now = Date.parse("2026-11-28T07:00:00Z");
    const fast = new FastCalendar(calendar, new Date(now - 800 * 86_400_000), new Date(now + 400 * 86_400_000));
    for (let i = 0; i < 500; i++) {
      const from = now - Math.random() * 760 * 86_400_000;
      const days = Math.floor(Math.random() * 15);
      expect(fast.addWorkingDays(from, days)).toBe(calendar.addWorkingDays(new Date(from), days).getTime());
      const to = from + Math.random() * 30 * 86_400_000;
      expect(fast.workingDaysBetween(from, to)).toBe(calendar.workingDaysBetween(new Date(from), new Date(to)));
    }
  });
});

describe("seedReference", () => {
  it("loads Indonesia's real regions", async () => {
    const csv = loadRegionData();
    expect(await count`select count(*) as n from region where level = 'PROVINCE'`).toBe(38);
    expect(await count`select count(*) as n from region where level = 'REGENCY'`).toBe(514);
    expect(await count`select count(*) as n from region where level = 'DISTRICT'`).toBe(csv.districts.length);
    expect(csv.districts.length).toBeGreaterThan(7000);
    const [raas] = await q<{ name: string }>`select name from region where code = '35.29.22'`;
    expect(raas.name).toBe('Ra"as');
  });

  it("gives every province and regency/city its government", async () => {
    expect(
      await count`select count(*) as n from region r where r.level = 'REGENCY'
      and not exists (select 1 from agency a where a.kind = 'REGENCY' and a.region_code = r.code)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from region r where r.level = 'PROVINCE'
      and not exists (select 1 from agency a where a.kind = 'PROVINCE' and a.region_code = r.code)`,
    ).toBe(0);
    const names = (
      await q<{
        name: string;
      }>`select name from agency where name in ('Pemerintah Kabupaten Aceh Selatan', 'Pemerintah Kota Bandung', 'Kementerian Kesehatan')`
    ).map((r) => r.name);
    expect(names.sort()).toEqual([
      "Kementerian Kesehatan",
      "Pemerintah Kabupaten Aceh Selatan",
      "Pemerintah Kota Bandung",
    ]);
    expect(await count`select count(*) as n from agency where kind = 'MINISTRY' and not requires_approval`).toBe(0);
    expect(await count`select count(*) as n from agency where kind = 'MINISTRY'`).toBeGreaterThanOrEqual(34);
    expect(
      await count`select count(*) as n from agency u join agency p on p.id = u.parent_id where u.kind = 'UNIT' and p.kind = 'MINISTRY'`,
    ).toBeGreaterThan(60);
  });

  it("builds a two-level category tree with routing hints", async () => {
    const top = await count`select count(*) as n from category where parent_id is null`;
    expect(top).toBeGreaterThanOrEqual(12);
    expect(top).toBeLessThanOrEqual(16);
    expect(
      await count`select count(*) as n from category c where parent_id is null and not exists (select 1 from category k where k.parent_id = c.id)`,
    ).toBe(0);
    const [bpjs] = await q<{
      agency: string;
    }>`select a.name as agency from category c join agency a on a.id = c.default_agency_id where c.name = 'BPJS Kesehatan'`;
    expect(bpjs.agency).toBe("BPJS Kesehatan");
    // Hints are sentences for verifiers, never an agency kind's code.
    expect(await count`select count(*) as n from category where routing_hint is null`).toBe(0);
    expect(await count`select count(*) as n from category where routing_hint !~ ' '`).toBe(0);
    expect(await count`select count(*) as n from holiday where day = '2026-08-17'`).toBe(1);
  });

  it("creates the demo accounts with their roles and agencies", async () => {
    const users = await q<{ email: string; roles: string[]; agency: string | null; password_hash: string }>`
      select u.email, u.roles, a.name as agency, u.password_hash from app_user u left join agency a on a.id = u.agency_id`;
    for (const account of DEMO_ACCOUNTS) {
      const u = users.find((x) => x.email === account.email);
      expect(u, account.email).toBeDefined();
      expect(u?.roles).toEqual(account.roles);
      expect(u?.agency).toBe(account.agency);
    }
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(users[0].password_hash, DEMO_PASSWORD)).toBe(true);
    const roles = new Set(users.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(["ADMIN", "AGENCY_ADMIN", "AGENCY_OPERATOR", "ANALYST", "CITIZEN", "VERIFIER"]);
  });

  it("is idempotent", async () => {
    const tables = ["region", "agency", "category", "holiday", "app_user"];
    const before = await Promise.all(tables.map((t) => count`select count(*) as n from ${raw(t)}`));
    await seedReference(orm, { keys });
    const after = await Promise.all(tables.map((t) => count`select count(*) as n from ${raw(t)}`));
    expect(after).toEqual(before);
  });

  it("seedIfEmpty leaves a seeded database alone", async () => {
    const before = await count`select count(*) as n from report`;
    await seedIfEmpty(orm, { SEED_REPORTS: 50, keys } as Config, createLogger("silent"));
    expect(await count`select count(*) as n from report`).toBe(before);
  });
});

describe("seedReports", () => {
  it("follows the reference system's kind mix", async () => {
    const rows = await q<{ kind: string; n: number }>`select kind, count(*)::int as n from report group by kind`;
    const share = (k: string) => (rows.find((r) => r.kind === k)?.n ?? 0) / REPORTS;
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(REPORTS);
    expect(share("COMPLAINT")).toBeGreaterThan(0.62);
    expect(share("COMPLAINT")).toBeLessThan(0.72);
    expect(share("INFORMATION_REQUEST")).toBeGreaterThan(0.24);
    expect(share("INFORMATION_REQUEST")).toBeLessThan(0.34);
    expect(share("SUGGESTION")).toBeLessThan(0.07);
  });

  it("has a plausible status mix for a running system", async () => {
    const rows = await q<{
      status: string;
      resolution: string | null;
      n: number;
    }>`select status, resolution, count(*)::int as n from report group by 1, 2`;
    const n = (s: string, r?: string) =>
      rows.filter((x) => x.status === s && (r === undefined || x.resolution === r)).reduce((a, x) => a + x.n, 0);
    expect(n("RESOLVED") / REPORTS).toBeGreaterThan(0.6);
    expect(n("RESOLVED", "CONFIRMED")).toBeGreaterThan(n("RESOLVED", "AUTO_CLOSED"));
    expect(n("REJECTED") / REPORTS).toBeGreaterThan(0.02);
    expect(n("REJECTED") / REPORTS).toBeLessThan(0.1);
    for (const s of ["IN_PROGRESS", "DISPOSED", "MERGED"]) expect(n(s), s).toBeGreaterThan(0);
  });

  it("keeps resolution, ratings and timestamps consistent with the status", async () => {
    expect(await count`select count(*) as n from report where (status = 'RESOLVED') <> (resolution is not null)`).toBe(
      0,
    );
    expect(
      await count`select count(*) as n from report where status = 'RESOLVED' and (first_response_at is null or resolved_at is null)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report where verified_at < created_at or first_response_at < verified_at
      or resolved_at < first_response_at or (first_response_at is not null and verified_at is null) or updated_at > now()`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report r where resolution = 'CONFIRMED' and not exists (select 1 from rating g where g.report_id = r.id)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from rating g join report r on r.id = g.report_id where r.resolution is distinct from 'CONFIRMED'`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report where status in ('DISPOSED', 'IN_PROGRESS', 'RESPONDED', 'SUBMITTED') and due_at is null`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report where status in ('RESOLVED', 'REJECTED', 'MERGED', 'AWAITING_INFORMATION') and due_at is not null`,
    ).toBe(0);
    expect(await count`select count(*) as n from report where status = 'MERGED' and duplicate_of_id is null`).toBe(0);
    expect(
      await count`select count(*) as n from report where region_code is not null and (left(region_code, 2) <> province_code
      or (length(region_code) >= 5 and left(region_code, 5) is distinct from regency_code))`,
    ).toBe(0);
    expect(await count`select count(*) - count(distinct tracking_id) as n from report`).toBe(0);
  });

  it("records the timeline: SUBMITTED first, in time order, ending in the report's status", async () => {
    expect(
      await count`select count(*) as n from (select distinct on (report_id) type from report_event order by report_id, id) f where type <> 'SUBMITTED'`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report r where not exists (select 1 from report_event e where e.report_id = r.id)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from (select created_at < lag(created_at) over (partition by report_id order by id) as back from report_event) x where back`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report r join lateral (select status from report_event e where e.report_id = r.id order by id desc limit 1) e on true
      where e.status <> r.status`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report_event where actor_role in ('REPORTER', 'SYSTEM') and actor_user_id is not null`,
    ).toBe(0);
    expect(await count`select count(*) as n from report_event where type = 'REJECTED' and note is null`).toBe(0);
    // Seeded history is not news: nothing waits in the outbox to be relayed, notified or sent to webhooks.
    expect(await count`select count(*) as n from event_outbox`).toBe(0);
  });

  it("routes to agencies with consistent dispositions and responses", async () => {
    expect(
      await count`select count(*) as n from report r where status in ('DISPOSED', 'IN_PROGRESS', 'RESPONDED', 'RESOLVED')
      and not exists (select 1 from disposition d where d.report_id = r.id)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from disposition d join report r on r.id = d.report_id
      where r.status = 'RESOLVED' and d.status in ('PENDING', 'ACCEPTED', 'AWAITING_APPROVAL', 'RESPONDED')`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report r where first_response_at is not null and not exists
      (select 1 from message m where m.report_id = r.id and m.author_role = 'AGENCY' and m.visibility = 'PUBLIC' and m.agency_id is not null)`,
    ).toBe(0);
    const [regency] = await q<{
      share: number;
    }>`select avg((a.kind = 'REGENCY')::int)::float as share from disposition d join agency a on a.id = d.agency_id`;
    expect(regency.share).toBeGreaterThan(0.35);
  });

  it("keeps the service-level sweep's state, so a first sweep has no old deadlines to catch up on", async () => {
    // The seed acts up to two hours after a deadline (the sweep within a minute).
    const open = sql`status in ('PENDING', 'ACCEPTED', 'AWAITING_APPROVAL')`;
    expect(
      await count`select count(*) as n from disposition where ${open} and due_at < now() - interval '3 hours'
      and escalated_due_at is distinct from due_at`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from disposition where ${open} and escalation_level = 1
      and escalate_national_at < now() - interval '3 hours' and escalated_due_at = due_at`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report where status = 'SUBMITTED' and due_at < now() - interval '3 hours'
      and verification_escalated_due_at is distinct from due_at`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report where status = 'RESPONDED' and due_at < now() - interval '2 hours'`,
    ).toBe(0);
    // Each escalation level reached has its event: agency admins (agency set), then national admins (none).
    expect(await count`select count(*) as n from disposition where escalation_level = 2`).toBeGreaterThan(0);
    expect(
      await count`select count(*) as n from disposition d where escalation_level >= 1 and not exists (select 1 from report_event e
      where e.disposition_id = d.id and e.type = 'ESCALATED' and e.agency_id = d.agency_id)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from disposition d where escalation_level = 2 and not exists (select 1 from report_event e
      where e.disposition_id = d.id and e.type = 'ESCALATED' and e.agency_id is null)`,
    ).toBe(0);
    // BPJS Kesehatan answers within its own 3 working days (a FOLLOW_UP setting of the agency).
    const [bpjs] = await q<{ days: number }>`select s.working_days as days from sla_setting s
      join agency a on a.id = s.agency_id where a.name = 'BPJS Kesehatan' and s.step = 'FOLLOW_UP' and s.kind is null`;
    expect(bpjs.days).toBe(3);
  });

  it("protects whistleblowers and anonymous reporters", async () => {
    expect(
      await count`select count(*) as n from report where kind = 'WHISTLEBLOWING' and not (anonymous and confidential)`,
    ).toBe(0);
    expect(
      await count`select count(*) as n from report r join reporter_identity i on i.report_id = r.id where r.anonymous and i.name_sealed is not null`,
    ).toBe(0);
    const anonymous = await count`select count(*) as n from report where anonymous`;
    expect(anonymous / REPORTS).toBeGreaterThan(0.05);
    expect(anonymous / REPORTS).toBeLessThan(0.16);
    const [named] = await q<{
      name: string;
    }>`select i.name_sealed as name from reporter_identity i join report r on r.id = i.report_id where not r.anonymous limit 1`;
    expect(named.name).toMatch(/^v1\./);
    expect(decrypt(keys, named.name)).toMatch(/^[A-Z][a-z]+/);
  });
});
