import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { ACCEPT, reportInput, SUBMIT, TRACK, VERIFY } from "../../test/operations";
import { WorkingCalendar } from "../common/calendar";
import { query, sql } from "../common/sql";

const app = useTestApp();

const ERRORS = "userErrors { field message code }";
const HOLIDAYS = `query($y: Int!) { holidays(year: $y) { date name } }`;
const SET_HOLIDAY = `mutation($input: SetHolidayInput!) { setHoliday(input: $input) { holiday { date name } ${ERRORS} } }`;
const REMOVE_HOLIDAY = `mutation($input: RemoveHolidayInput!) {
  removeHoliday(input: $input) { holiday { date name } ${ERRORS} } }`;
const LEVEL = "id step kind workingDays agency { name }";
const LEVELS = `query($a: ID) { serviceLevels(agencyId: $a) { ${LEVEL} } }`;
const SET_LEVEL = `mutation($input: SetServiceLevelInput!) {
  setServiceLevel(input: $input) { serviceLevel { ${LEVEL} } ${ERRORS} } }`;
const REMOVE_LEVEL = `mutation($input: RemoveServiceLevelInput!) {
  removeServiceLevel(input: $input) { serviceLevel { ${LEVEL} } ${ERRORS} } }`;
const EXTEND = `mutation($input: ExtendDispositionInput!) {
  extendDisposition(input: $input) { disposition { id status dueAt report { id dueAt } } ${ERRORS} } }`;
const REPORT = `query($id: ID!) { node(id: $id) { ... on Report { id status createdAt dueAt
  dispositions { id status dueAt createdAt agency { name } } } } }`;

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

async function submit(over: Record<string, unknown> = {}) {
  const res = await app.gql(SUBMIT, { input: reportInput(over) });
  expect(res.data.submitReport.userErrors).toEqual([]);
  return res.data.submitReport as {
    trackingId: string;
    accessCode: string;
    report: { id: string; dueAt: string };
  };
}

async function verifyTo(reportId: string, agencyId: string) {
  const res = await app.gql(
    VERIFY,
    { input: { reportId, categoryId: app.fx.categories.road, agencyIds: [agencyId] } },
    app.fx.tokens.verifier,
  );
  expect(res.data.verifyReport.userErrors).toEqual([]);
  return res.data.verifyReport.report.dispositions[0].id as string;
}

async function report(id: string) {
  const res = await app.gql(REPORT, { id }, app.fx.tokens.admin);
  return res.data.node as {
    createdAt: string;
    dueAt: string | null;
    dispositions: { id: string; dueAt: string; createdAt: string }[];
  };
}

const setLevel = async (input: Record<string, unknown>, token = app.fx.tokens.admin) =>
  (await app.gql(SET_LEVEL, { input }, token)).data.setServiceLevel;

/** The first working day (Mon-Fri) after today in Jakarta. */
function nextWeekday(): string {
  let d = new Date(`${WorkingCalendar.jakartaDate(new Date())}T00:00:00Z`).getTime();
  for (;;) {
    d += 86_400_000;
    const day = new Date(d);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) return day.toISOString().slice(0, 10);
  }
}

describe("who may read and change service levels and holidays", () => {
  it("lets anyone read the holidays", async () => {
    const res = await app.gql(HOLIDAYS, { y: 2026 });
    expect(res.errors).toBeUndefined();
    expect(res.data.holidays).toEqual([]);
    expect(code(await app.gql(HOLIDAYS, { y: 1800 }))).toBe("BAD_USER_INPUT");
  });

  it("shows the settings to staff only", async () => {
    expect(code(await app.gql(LEVELS, {}))).toBe("UNAUTHENTICATED");
    expect(code(await app.gql(LEVELS, {}, app.fx.tokens.citizen))).toBe("FORBIDDEN");
    expect(code(await app.gql(LEVELS, {}, app.fx.tokens.analyst))).toBe("FORBIDDEN");
    expect((await app.gql(LEVELS, {}, app.fx.tokens.bandungOp)).data.serviceLevels).toEqual([]);
  });

  it("lets only national admins change them", async () => {
    const holiday = { input: { date: "2026-12-24", name: "Cuti Bersama Natal" } };
    const level = { input: { step: "FOLLOW_UP", workingDays: 4 } };
    for (const [doc, vars] of [
      [SET_HOLIDAY, holiday],
      [REMOVE_HOLIDAY, { input: { date: "2026-12-24" } }],
      [SET_LEVEL, level],
      [REMOVE_LEVEL, { input: { step: "FOLLOW_UP" } }],
    ] as const) {
      expect(code(await app.gql(doc, vars))).toBe("UNAUTHENTICATED");
      for (const who of ["verifier", "bandungAdmin", "bandungOp", "citizen", "analyst"] as const)
        expect(code(await app.gql(doc, vars, app.fx.tokens[who])), `${who}: ${doc}`).toBe("FORBIDDEN");
    }
    const [{ n }] = await query<{ n: number }>(
      app.orm.em.fork(),
      sql`select (select count(*) from holiday) + (select count(*) from sla_setting) as n`,
    );
    expect(Number(n)).toBe(0);
  });
});

describe("holidays", () => {
  it("validates the date and the name", async () => {
    const bad = async (input: Record<string, unknown>) =>
      (await app.gql(SET_HOLIDAY, { input }, app.fx.tokens.admin)).data.setHoliday.userErrors;
    expect(await bad({ date: "24-12-2026", name: "Cuti Bersama" })).toMatchObject([{ field: ["input", "date"] }]);
    expect(await bad({ date: "2026-02-30", name: "Cuti Bersama" })).toMatchObject([
      { field: ["input", "date"], message: "No such day in the calendar" },
    ]);
    expect(await bad({ date: "2026-12-24", name: " " })).toMatchObject([{ field: ["input", "name"] }]);
    const missing = await app.gql(REMOVE_HOLIDAY, { input: { date: "2026-12-31" } }, app.fx.tokens.admin);
    expect(missing.data.removeHoliday.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "date"] }]);
  });

  it("moves new deadlines at once, and leaves deadlines already set alone", async () => {
    const day = nextWeekday();
    const plain = new WorkingCalendar();
    const before = await submit();
    expect(before.report.dueAt).toBe(
      plain.addWorkingDays(new Date((await report(before.report.id)).createdAt), 3).toISOString(),
    );

    const set = await app.gql(SET_HOLIDAY, { input: { date: day, name: "Cuti Bersama" } }, app.fx.tokens.admin);
    expect(set.data.setHoliday).toEqual({ holiday: { date: day, name: "Cuti Bersama" }, userErrors: [] });
    const renamed = await app.gql(SET_HOLIDAY, { input: { date: day, name: "Hari Libur" } }, app.fx.tokens.admin);
    expect(renamed.data.setHoliday.holiday.name).toBe("Hari Libur");
    // (As admin: anonymous answers are shared for a second, and this one was asked a moment ago.)
    expect((await app.gql(HOLIDAYS, { y: Number(day.slice(0, 4)) }, app.fx.tokens.admin)).data.holidays).toEqual([
      { date: day, name: "Hari Libur" },
    ]);

    const after = await submit();
    const created = new Date((await report(after.report.id)).createdAt);
    const expected = new WorkingCalendar([day]).addWorkingDays(created, 3);
    expect(after.report.dueAt).toBe(expected.toISOString());
    // One working day later than without the holiday.
    expect(new WorkingCalendar([day]).workingDaysBetween(plain.addWorkingDays(created, 3), expected)).toBe(1);
    expect((await report(before.report.id)).dueAt).toBe(before.report.dueAt);

    const removed = await app.gql(REMOVE_HOLIDAY, { input: { date: day } }, app.fx.tokens.admin);
    expect(removed.data.removeHoliday).toEqual({ holiday: { date: day, name: "Hari Libur" }, userErrors: [] });
    const again = await submit();
    expect(again.report.dueAt).toBe(
      plain.addWorkingDays(new Date((await report(again.report.id)).createdAt), 3).toISOString(),
    );
  });
});

describe("service-level settings", () => {
  it("validates the setting with clear errors", async () => {
    const { agencies } = app.fx;
    expect((await setLevel({ step: "FOLLOW_UP", workingDays: 0 })).userErrors).toMatchObject([
      { field: ["input", "workingDays"], message: "At least 1 working day" },
    ]);
    expect((await setLevel({ step: "FOLLOW_UP", workingDays: 61 })).userErrors[0].message).toMatch(/At most 60/);
    expect(
      (await setLevel({ step: "VERIFICATION", agencyId: agencies.bandung, workingDays: 2 })).userErrors,
    ).toMatchObject([{ field: ["input", "agencyId"], code: "INVALID" }]);
    expect(
      (await setLevel({ step: "INFORMATION_EXTENSION", kind: "COMPLAINT", workingDays: 5 })).userErrors,
    ).toMatchObject([{ field: ["input", "kind"], code: "INVALID" }]);
    const gone = Buffer.from("Agency:999999").toString("base64url");
    expect((await setLevel({ step: "FOLLOW_UP", agencyId: gone, workingDays: 5 })).userErrors).toMatchObject([
      { field: ["input", "agencyId"], code: "NOT_FOUND" },
    ]);
    const wrongType = await app.gql(
      SET_LEVEL,
      { input: { step: "FOLLOW_UP", agencyId: app.fx.categories.road, workingDays: 5 } },
      app.fx.tokens.admin,
    );
    expect(code(wrongType)).toBe("BAD_USER_INPUT");
    const missing = await app.gql(REMOVE_LEVEL, { input: { step: "REPLY_WINDOW" } }, app.fx.tokens.admin);
    expect(missing.data.removeServiceLevel.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
  });

  it("stores one row per step, kind and agency, and applies it to new deadlines down the agency tree", async () => {
    const { agencies, tokens } = app.fx;
    // The city government's setting reaches its unit (Dinas Pekerjaan Umum), which has none of its own.
    const city = await setLevel({ step: "FOLLOW_UP", agencyId: agencies.bandung, workingDays: 3 });
    expect(city).toMatchObject({
      serviceLevel: { step: "FOLLOW_UP", kind: null, workingDays: 3, agency: { name: "Pemerintah Kota Bandung" } },
      userErrors: [],
    });
    const changed = await setLevel({ step: "FOLLOW_UP", agencyId: agencies.bandung, workingDays: 2 });
    expect(changed.serviceLevel).toMatchObject({ id: city.serviceLevel.id, workingDays: 2 });
    await setLevel({ step: "FOLLOW_UP", kind: "COMPLAINT", workingDays: 8 });

    const s = await submit();
    const dispositionId = await verifyTo(s.report.id, agencies.bandungUnit);
    let r = await report(s.report.id);
    const d = r.dispositions.find((x) => x.id === dispositionId);
    const cal = new WorkingCalendar();
    expect(d?.dueAt).toBe(cal.addWorkingDays(new Date(d?.createdAt ?? 0), 2).toISOString());
    expect(r.dueAt).toBe(d?.dueAt);

    // The unit's own row for the kind wins; the province has none, so the national one for the kind applies.
    await setLevel({ step: "FOLLOW_UP", kind: "COMPLAINT", agencyId: agencies.bandungUnit, workingDays: 4 });
    const s2 = await submit();
    await verifyTo(s2.report.id, agencies.bandungUnit);
    r = await report(s2.report.id);
    expect(r.dispositions[0].dueAt).toBe(cal.addWorkingDays(new Date(r.dispositions[0].createdAt), 4).toISOString());
    const s3 = await submit();
    await verifyTo(s3.report.id, agencies.jabar);
    r = await report(s3.report.id);
    expect(r.dispositions[0].dueAt).toBe(cal.addWorkingDays(new Date(r.dispositions[0].createdAt), 8).toISOString());

    const listed = await app.gql(LEVELS, { a: agencies.bandung }, tokens.bandungOp);
    expect(
      listed.data.serviceLevels.map((l: { kind: string | null; agency: { name: string } | null }) => [
        l.kind,
        l.agency?.name ?? null,
      ]),
    ).toEqual([
      ["COMPLAINT", null],
      [null, "Pemerintah Kota Bandung"],
    ]);
    expect((await app.gql(LEVELS, {}, tokens.verifier)).data.serviceLevels).toHaveLength(3);
    const unit = await app.gql(LEVELS, { a: agencies.bandungUnit }, tokens.unitOp);
    expect(unit.data.serviceLevels.map((l: { agency: { name: string } | null }) => l.agency?.name ?? null)).toEqual([
      null,
      "Pemerintah Kota Bandung",
      "Dinas Pekerjaan Umum Kota Bandung",
    ]);

    const removed = await app.gql(
      REMOVE_LEVEL,
      { input: { step: "FOLLOW_UP", kind: "COMPLAINT", agencyId: agencies.bandungUnit } },
      tokens.admin,
    );
    expect(removed.data.removeServiceLevel).toMatchObject({ serviceLevel: { workingDays: 4 }, userErrors: [] });
    const s4 = await submit();
    await verifyTo(s4.report.id, agencies.bandungUnit);
    r = await report(s4.report.id);
    expect(r.dispositions[0].dueAt).toBe(cal.addWorkingDays(new Date(r.dispositions[0].createdAt), 2).toISOString());
  });
});

describe("extending an information request", () => {
  beforeAll(async () => {
    // Back to the built-in defaults (the tests above stored settings for Bandung).
    await query(app.orm.em.fork(), sql`delete from sla_setting`);
    await app.server.services.serviceLevels.reload();
  });

  async function disposed(kind: string) {
    const s = await submit({ kind });
    const dispositionId = await verifyTo(s.report.id, app.fx.agencies.bandung);
    return { ...s, dispositionId };
  }
  const extend = (dispositionId: string, token: string, reason = "Data perlu dihimpun dari tiga kecamatan.") =>
    app.gql(EXTEND, { input: { dispositionId, reason } }, token);

  it("moves the disposition's and the report's deadline once, and tells the requester why", async () => {
    const { tokens } = app.fx;
    const s = await disposed("INFORMATION_REQUEST");
    const before = (await report(s.report.id)).dispositions[0];
    // Information requests get 10 working days (the built-in for the kind).
    expect(before.dueAt).toBe(new WorkingCalendar().addWorkingDays(new Date(before.createdAt), 10).toISOString());
    await app.gql(ACCEPT, { input: { dispositionId: s.dispositionId } }, tokens.bandungOp);

    const res = await extend(s.dispositionId, tokens.bandungOp);
    expect(res.data.extendDisposition.userErrors).toEqual([]);
    const due = new WorkingCalendar().addWorkingDays(new Date(before.dueAt), 7).toISOString();
    expect(res.data.extendDisposition.disposition).toMatchObject({ dueAt: due, report: { dueAt: due } });

    const twice = await extend(s.dispositionId, tokens.bandungAdmin);
    expect(twice.data.extendDisposition.userErrors).toMatchObject([
      { code: "ALREADY_EXTENDED", field: ["input", "dispositionId"] },
    ]);
    expect((await report(s.report.id)).dispositions[0].dueAt).toBe(due);

    const track = await app.gql(TRACK, { t: s.trackingId, c: s.accessCode });
    const event = track.data.trackReport.timeline.find((e: { type: string }) => e.type === "DEADLINE_EXTENDED");
    expect(event).toMatchObject({ actorRole: "AGENCY", note: "Data perlu dihimpun dari tiga kecamatan." });
  });

  it("is for information requests only, for the handling agency's staff, before the deadline", async () => {
    const { tokens } = app.fx;
    const complaint = await disposed("COMPLAINT");
    expect((await extend(complaint.dispositionId, tokens.bandungOp)).data.extendDisposition.userErrors).toMatchObject([
      { code: "NOT_EXTENDABLE" },
    ]);

    const s = await disposed("INFORMATION_REQUEST");
    expect(code(await extend(s.dispositionId, tokens.kemenkesOp))).toBe("NOT_FOUND");
    expect(code(await extend(s.dispositionId, tokens.verifier))).toBe("FORBIDDEN");
    expect(code(await extend(s.dispositionId, ""))).toBe("UNAUTHENTICATED");
    expect((await extend(s.dispositionId, tokens.bandungOp, "soon")).data.extendDisposition.userErrors).toMatchObject([
      { field: ["input", "reason"] },
    ]);

    const key = Number(Buffer.from(s.dispositionId, "base64url").toString().split(":")[1]);
    await query(app.orm.em.fork(), sql`update disposition set due_at = now() - interval '1 hour' where id = ${key}`);
    expect((await extend(s.dispositionId, tokens.bandungOp)).data.extendDisposition.userErrors).toMatchObject([
      { code: "DEADLINE_PASSED" },
    ]);
    const [row] = await query<{ extendedAt: Date | null }>(
      app.orm.em.fork(),
      sql`select extended_at as "extendedAt" from disposition where id = ${key}`,
    );
    expect(row.extendedAt).toBeNull();
  });
});
