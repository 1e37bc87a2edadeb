import type { EntityManager } from "@mikro-orm/postgresql";
import { Role } from "../src/common/enums";
import { toGlobalId } from "../src/common/ids";
import type { Config } from "../src/config";
import type { Orm } from "../src/db/orm";
import { hashPassword, issueToken } from "../src/users/auth.service";
import { User } from "../src/users/user.entity";

export const PASSWORD = "correct horse battery";

/** A small real world: Indonesian regions, a city government with a unit, a ministry that approves, a province. */
export async function seedFixtures(orm: Orm, config: Config) {
  const em = orm.em.fork();
  const c = em.getConnection();
  await c.execute(`insert into region (code, name, level, parent_code) values
    ('32', 'Jawa Barat', 'PROVINCE', null), ('32.73', 'Kota Bandung', 'REGENCY', '32'),
    ('32.73.01', 'Sukasari', 'DISTRICT', '32.73'), ('31', 'DKI Jakarta', 'PROVINCE', null),
    ('31.74', 'Kota Administrasi Jakarta Selatan', 'REGENCY', '31')`);
  const ag = await c.execute<
    { id: number; name: string }[]
  >(`insert into agency (name, kind, parent_id, region_code, requires_approval) values
    ('Pemerintah Kota Bandung', 'REGENCY', null, '32.73', false),
    ('Kementerian Kesehatan', 'MINISTRY', null, null, true),
    ('Pemerintah Provinsi Jawa Barat', 'PROVINCE', null, '32', false) returning id, name`);
  const [bandung, kemenkes, jabar] = ag.map((a) => a.id);
  const [unit] = await c.execute<{ id: number }[]>(
    `insert into agency (name, kind, parent_id, region_code) values ('Dinas Pekerjaan Umum Kota Bandung', 'UNIT', ?, '32.73') returning id`,
    [bandung],
  );
  const cats = await c.execute<{ id: number }[]>(
    `insert into category (name) values ('Infrastruktur'), ('Kesehatan') returning id`,
  );
  const [road] = await c.execute<{ id: number }[]>(
    `insert into category (name, parent_id) values ('Jalan Rusak', ?) returning id`,
    [cats[0].id],
  );
  const hash = await hashPassword(PASSWORD);
  const people: [string, Role[], number | null][] = [
    ["admin", [Role.ADMIN], null],
    ["verifier", [Role.VERIFIER], null],
    ["analyst", [Role.ANALYST], null],
    ["citizen", [Role.CITIZEN], null],
    ["citizen2", [Role.CITIZEN], null],
    ["bandungAdmin", [Role.AGENCY_ADMIN], bandung],
    ["bandungOp", [Role.AGENCY_OPERATOR], bandung],
    ["unitOp", [Role.AGENCY_OPERATOR], unit.id],
    ["kemenkesAdmin", [Role.AGENCY_ADMIN], kemenkes],
    ["kemenkesOp", [Role.AGENCY_OPERATOR], kemenkes],
    ["jabarOp", [Role.AGENCY_OPERATOR], jabar],
  ];
  const users: Record<string, User> = {};
  const tokens: Record<string, string> = {};
  for (const [key, roles, agencyId] of people) {
    const u = em.create(User, {
      name: `Test ${key}`,
      email: `${key.toLowerCase()}@test.aduan.id`,
      passwordHash: hash,
      roles,
      agency: agencyId ? em.getReference("Agency", agencyId) : null,
      disabled: false,
      createdAt: new Date(),
    } as never);
    users[key] = u;
  }
  await em.flush();
  for (const [key] of people) tokens[key] = await issueToken(em, config, users[key]);
  const gid = (type: string, id: number) => toGlobalId(type, id);
  return {
    em: em as EntityManager,
    tokens: tokens as Record<(typeof people)[number][0], string>,
    users,
    agencies: {
      bandung: gid("Agency", bandung),
      kemenkes: gid("Agency", kemenkes),
      jabar: gid("Agency", jabar),
      bandungUnit: gid("Agency", unit.id),
    },
    agencyKeys: { bandung, kemenkes, jabar, bandungUnit: unit.id },
    categories: {
      infrastructure: gid("Category", cats[0].id),
      health: gid("Category", cats[1].id),
      road: gid("Category", road.id),
    },
  };
}

export type Fixtures = Awaited<ReturnType<typeof seedFixtures>>;
