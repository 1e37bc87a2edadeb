import "reflect-metadata";
import { MikroORM } from "@mikro-orm/postgresql";
import { parseCrontab } from "graphile-worker";
import { describe, expect, inject, it } from "vitest";
import { freshDatabaseUrl } from "../../test/db";
import { ReportKind } from "../common/enums";
import { query, sql } from "../common/sql";
import config from "../db/mikro-orm.config";
import { type ServiceLevelSetting, ServiceLevelStep, ServiceLevelTable } from "./service-levels";
import { serviceLevelJobs } from "./sla-sweep";

const { VERIFICATION, FOLLOW_UP, INFORMATION_EXTENSION, REPLY_WINDOW, ESCALATION_NATIONAL } = ServiceLevelStep;
const { COMPLAINT, INFORMATION_REQUEST, SUGGESTION } = ReportKind;

// A ministry (1) with a directorate-general (2) and its sub-unit (3); a city (4) on its own.
const parents = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, null],
]);
const row = (step: ServiceLevelStep, kind: ReportKind | null, agencyId: number | null, workingDays: number) =>
  ({ step, kind, agencyId, workingDays }) satisfies ServiceLevelSetting;

describe("ServiceLevelTable", () => {
  it("uses the built-in defaults without rows", () => {
    const t = new ServiceLevelTable([], parents);
    expect(t.workingDays(VERIFICATION, { kind: COMPLAINT })).toBe(3);
    expect(t.workingDays(FOLLOW_UP, { kind: COMPLAINT, agencyId: 4 })).toBe(5);
    expect(t.workingDays(FOLLOW_UP, { kind: INFORMATION_REQUEST, agencyId: 4 })).toBe(10);
    expect(t.workingDays(INFORMATION_EXTENSION, { kind: INFORMATION_REQUEST })).toBe(7);
    expect(t.workingDays(REPLY_WINDOW)).toBe(10);
    expect(t.workingDays(ESCALATION_NATIONAL, { agencyId: 1 })).toBe(2);
  });

  it("applies (agency, kind) > (agency, any kind) > (any agency, kind) > national default > built-in", () => {
    const rows = [
      row(FOLLOW_UP, null, null, 6),
      row(FOLLOW_UP, SUGGESTION, null, 8),
      row(FOLLOW_UP, null, 4, 4),
      row(FOLLOW_UP, COMPLAINT, 4, 2),
    ];
    const t = new ServiceLevelTable(rows, parents);
    expect(t.workingDays(FOLLOW_UP, { kind: COMPLAINT, agencyId: 4 })).toBe(2);
    expect(t.workingDays(FOLLOW_UP, { kind: SUGGESTION, agencyId: 4 })).toBe(4);
    expect(t.workingDays(FOLLOW_UP, { kind: SUGGESTION, agencyId: 1 })).toBe(8);
    expect(t.workingDays(FOLLOW_UP, { kind: COMPLAINT, agencyId: 1 })).toBe(6);
    // The built-in (any agency, INFORMATION_REQUEST) sits above the stored national default: the legal 10 days stay.
    expect(t.workingDays(FOLLOW_UP, { kind: INFORMATION_REQUEST, agencyId: 1 })).toBe(10);
    // Other steps are untouched by FOLLOW_UP rows.
    expect(t.workingDays(REPLY_WINDOW, { kind: COMPLAINT, agencyId: 4 })).toBe(10);
  });

  it("lets a unit inherit its parents' settings unless it has its own", () => {
    const t = new ServiceLevelTable(
      [row(FOLLOW_UP, null, 1, 3), row(FOLLOW_UP, INFORMATION_REQUEST, 1, 12), row(ESCALATION_NATIONAL, null, 2, 4)],
      parents,
    );
    // The sub-unit (3) follows the ministry (1) through the directorate-general (2).
    expect(t.workingDays(FOLLOW_UP, { kind: COMPLAINT, agencyId: 3 })).toBe(3);
    expect(t.workingDays(FOLLOW_UP, { kind: INFORMATION_REQUEST, agencyId: 3 })).toBe(12);
    expect(t.workingDays(ESCALATION_NATIONAL, { agencyId: 3 })).toBe(4);
    expect(t.workingDays(ESCALATION_NATIONAL, { agencyId: 1 })).toBe(2);
    // Its own row wins over the parents', even one for any kind over the parent's kind-specific one.
    const own = new ServiceLevelTable([...t.rows, row(FOLLOW_UP, null, 2, 7)], parents);
    expect(own.workingDays(FOLLOW_UP, { kind: INFORMATION_REQUEST, agencyId: 3 })).toBe(7);
    expect(own.workingDays(FOLLOW_UP, { kind: INFORMATION_REQUEST, agencyId: 1 })).toBe(12);
  });

  it("survives a cycle in the agency tree", () => {
    const t = new ServiceLevelTable(
      [],
      new Map([
        [1, 2],
        [2, 1],
      ]),
    );
    expect(t.workingDays(FOLLOW_UP, { kind: COMPLAINT, agencyId: 1 })).toBe(5);
  });
});

describe("the sweep's schedule", () => {
  it("is a valid graphile-worker crontab line: every minute, one queue, one waiting job", () => {
    const [item] = parseCrontab(serviceLevelJobs.crontab?.join("\n") ?? "");
    expect(item.task).toBe("sla-sweep");
    expect(item.options).toMatchObject({ maxAttempts: 1, queueName: "sla", jobKey: "sla-sweep" });
    expect(item.match).toBeTypeOf("function");
    expect(Object.keys(serviceLevelJobs.tasks)).toEqual(["sla-sweep"]);
  });
});

describe("the migration", () => {
  it("moves agency.follow_up_days into FOLLOW_UP settings and drops the column", async () => {
    const url = freshDatabaseUrl();
    const orm = await MikroORM.init({ ...config, clientUrl: url });
    try {
      await orm.migrator.up({ to: "Migration20261128100000" });
      const em = orm.em.fork();
      await query(
        em,
        sql`insert into agency (name, kind, follow_up_days) values ('BPJS Kesehatan', 'INSTITUTION', 3), ('Kota', 'REGENCY', null)`,
      );
      await orm.migrator.up();
      const rows = await query(
        em,
        sql`select s.step, s.kind, a.name, s.working_days as days from sla_setting s join agency a on a.id = s.agency_id`,
      );
      expect(rows).toEqual([{ step: "FOLLOW_UP", kind: null, name: "BPJS Kesehatan", days: 3 }]);
      const cols = await query(
        em,
        sql`select column_name from information_schema.columns where table_name = 'agency' and column_name = 'follow_up_days'`,
      );
      expect(cols).toEqual([]);
      // One row per (step, kind, agency), nulls included.
      await query(em, sql`insert into sla_setting (step, working_days) values ('FOLLOW_UP', 6)`);
      await expect(
        query(em, sql`insert into sla_setting (step, working_days) values ('FOLLOW_UP', 7)`),
      ).rejects.toThrow(/sla_setting_key/);
      await expect(
        query(em, sql`insert into sla_setting (step, working_days) values ('REPLY_WINDOW', 61)`),
      ).rejects.toThrow(/check/);
    } finally {
      await orm.close(true);
      const admin = await MikroORM.init({ ...config, clientUrl: inject("databaseUrl"), ensureDatabase: false });
      await admin.em
        .getConnection()
        .execute(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
      await admin.close(true);
    }
  });
});
