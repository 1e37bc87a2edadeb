import crypto from "node:crypto";
import { encrypt, hmac } from "../../common/crypto";
import {
  AgencyKind,
  AuthorRole,
  Channel,
  DispositionStatus,
  EventType,
  ReportKind,
  ReportStatus,
  Resolution,
} from "../../common/enums";
import { newTrackingId } from "../../common/ids";
import type { Keys } from "../../config";
import { deriveStatus, isActiveDisposition } from "../../reports/report.lifecycle";
import {
  type ServiceLevelSetting,
  ServiceLevelStep,
  ServiceLevelTable,
  SLA_NOTES,
} from "../../service-levels/service-levels";
import { agencySeeds, type Topic } from "./agencies";
import { CATEGORY_TREE, type CategorySeed, type SubcategorySeed } from "./categories";
import { epoch, type PgClient, pgArray, rows } from "./db";
import { FastCalendar } from "./fast-calendar";
import { chance, lognormal, pick, randInt, stableUnit, Weighted } from "./random";
import type { RegionData } from "./regions";
import * as T from "./texts";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------------------------
// Reference data as the generator sees it (loaded from the database, joined with the seed definitions by name)

export interface AgencyRef {
  id: number;
  name: string;
  kind: AgencyKind;
  parentId: number | null;
  regionCode: string | null;
  requiresApproval: boolean;
  topics: Topic[];
}

interface Leaf {
  id: number;
  area: CategorySeed;
  seed: SubcategorySeed;
  topic: Topic;
}

interface Regency {
  code: string;
  name: string;
  short: string;
  provinceCode: string;
  districts: { code: string; name: string }[];
}

export interface Reference {
  regencies: Weighted<Regency>;
  provinceGov: Map<string, AgencyRef>;
  regencyGov: Map<string, AgencyRef>;
  byName: Map<string, AgencyRef>;
  children: Map<number, AgencyRef[]>;
  leaves: { all: Weighted<Leaf>; integrity: Weighted<Leaf>; priority: Weighted<Leaf> };
  anyMinistry: AgencyRef;
  /** The service levels in the database, as the API resolves them. */
  serviceLevels: ServiceLevelTable;
}

/** Approximate population in millions (2024), by province code: reports follow people, and Java is heavy. */
const PROVINCE_POPULATION: Record<string, number> = {
  "11": 5.5,
  "12": 15.6,
  "13": 5.8,
  "14": 7.0,
  "15": 3.7,
  "16": 8.8,
  "17": 2.1,
  "18": 9.4,
  "19": 1.5,
  "21": 2.2,
  "31": 10.7,
  "32": 50.3,
  "33": 37.9,
  "34": 3.8,
  "35": 41.8,
  "36": 12.4,
  "51": 4.4,
  "52": 5.6,
  "53": 5.6,
  "61": 5.6,
  "62": 2.8,
  "63": 4.2,
  "64": 4.0,
  "65": 0.7,
  "71": 2.7,
  "72": 3.1,
  "73": 9.4,
  "74": 2.8,
  "75": 1.2,
  "76": 1.5,
  "81": 1.9,
  "82": 1.4,
  "91": 1.1,
  "92": 0.6,
  "93": 0.5,
  "94": 1.4,
  "95": 1.4,
  "96": 0.6,
};
/** Online reporting is more common in the capital and the big cities (and the demo city gets enough reports to work). */
const PROVINCE_PROPENSITY: Record<string, number> = { "31": 1.8, "34": 1.3 };
const CITY_BOOST: Record<string, number> = {
  "Kota Bandung": 5,
  "Kota Surabaya": 2,
  "Kota Medan": 2,
  "Kota Makassar": 2,
  "Kota Semarang": 1.5,
  "Kabupaten Administrasi Kepulauan Seribu": 0.05,
};

const shortRegencyName = (name: string) =>
  name.replace(/^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) /, "");

/** Loads what the generator needs; fails with a clear message when the reference data is not seeded. */
export async function loadReference(client: PgClient): Promise<Reference> {
  const regionRows = await rows<{ code: string; name: string; level: string; parent_code: string | null }>(
    client,
    "select code, name, level, parent_code from region",
  );
  const regions: RegionData = { provinces: [], regencies: [], districts: [] };
  for (const r of regionRows) {
    const row = { code: r.code, name: r.name, parentCode: r.parent_code };
    if (r.level === "PROVINCE") regions.provinces.push(row);
    else if (r.level === "REGENCY") regions.regencies.push(row);
    else regions.districts.push(row);
  }
  if (!regions.regencies.length)
    throw new Error("Seed reports: there are no regions; run the reference seed first (seedReference)");

  const agencyRows = await rows<{
    id: number;
    name: string;
    kind: AgencyKind;
    parent_id: number | null;
    region_code: string | null;
    requires_approval: boolean;
  }>(client, "select id, name, kind, parent_id, region_code, requires_approval from agency order by id");
  const settings = await rows<ServiceLevelSetting>(
    client,
    `select step, kind, agency_id as "agencyId", working_days as "workingDays" from sla_setting`,
  );
  const serviceLevels = new ServiceLevelTable(settings, new Map(agencyRows.map((a) => [a.id, a.parent_id])));
  const topicsByName = new Map(agencySeeds(regions).map((a) => [a.name, a.topics ?? []]));
  const byName = new Map<string, AgencyRef>();
  const provinceGov = new Map<string, AgencyRef>();
  const regencyGov = new Map<string, AgencyRef>();
  const children = new Map<number, AgencyRef[]>();
  let anyMinistry: AgencyRef | undefined;
  for (const a of agencyRows) {
    const ref: AgencyRef = {
      id: a.id,
      name: a.name,
      kind: a.kind,
      parentId: a.parent_id,
      regionCode: a.region_code,
      requiresApproval: a.requires_approval,
      topics: topicsByName.get(a.name) ?? [],
    };
    if (!byName.has(a.name)) byName.set(a.name, ref);
    if (a.kind === AgencyKind.PROVINCE && a.region_code && !provinceGov.has(a.region_code))
      provinceGov.set(a.region_code, ref);
    if (a.kind === AgencyKind.REGENCY && a.region_code && !regencyGov.has(a.region_code))
      regencyGov.set(a.region_code, ref);
    if (a.parent_id != null) {
      const list = children.get(a.parent_id) ?? [];
      list.push(ref);
      children.set(a.parent_id, list);
    }
    if (a.kind === AgencyKind.MINISTRY) anyMinistry ??= ref;
  }
  if (!regencyGov.size || !provinceGov.size || !anyMinistry) {
    throw new Error("Seed reports: the agencies are missing; run the reference seed first (seedReference)");
  }

  const categoryRows = await rows<{ id: number; name: string; parent_id: number | null; parent_name: string | null }>(
    client,
    "select c.id, c.name, c.parent_id, p.name as parent_name from category c left join category p on p.id = c.parent_id order by c.id",
  );
  const leafId = new Map<string, number>();
  for (const c of categoryRows) if (c.parent_name) leafId.set(`${c.parent_name}\0${c.name}`, c.id);
  const leaves: { leaf: Leaf; weight: number }[] = [];
  for (const area of CATEGORY_TREE) {
    const norm = area.children.reduce((s, _, i) => s + 1 / (i + 1), 0);
    area.children.forEach((seed, i) => {
      const id = leafId.get(`${area.name}\0${seed.name}`);
      // Zipf within an area: the first listed is the most common.
      if (id)
        leaves.push({
          leaf: { id, area, seed, topic: seed.topic ?? area.topic },
          weight: (area.weight * (1 / (i + 1))) / norm,
        });
    });
  }
  if (!leaves.length)
    throw new Error("Seed reports: the categories are missing; run the reference seed first (seedReference)");
  const weightedLeaves = (f: (l: Leaf) => boolean) => {
    const some = leaves.filter((l) => f(l.leaf));
    const use = some.length ? some : leaves;
    return new Weighted(
      use.map((l) => l.leaf),
      use.map((l) => l.weight),
    );
  };

  const districtsOf = new Map<string, { code: string; name: string }[]>();
  for (const d of regions.districts) {
    if (!d.parentCode) continue;
    const list = districtsOf.get(d.parentCode) ?? [];
    list.push({ code: d.code, name: d.name });
    districtsOf.set(d.parentCode, list);
  }
  const byProvince = new Map<string, Regency[]>();
  const regencyWeight = new Map<Regency, number>();
  for (const r of regions.regencies) {
    if (!r.parentCode) continue;
    const reg: Regency = {
      code: r.code,
      name: r.name,
      short: shortRegencyName(r.name),
      provinceCode: r.parentCode,
      districts: districtsOf.get(r.code) ?? [],
    };
    const list = byProvince.get(reg.provinceCode) ?? [];
    list.push(reg);
    byProvince.set(reg.provinceCode, list);
    // A stable spread (0.5x-2x) stands in for population differences within a province; cities report more.
    const w = (0.5 + 1.5 * stableUnit(r.code)) * (r.name.startsWith("Kota") ? 1.6 : 1) * (CITY_BOOST[r.name] ?? 1);
    regencyWeight.set(reg, w);
  }
  const regencyList: Regency[] = [];
  const weights: number[] = [];
  for (const [province, list] of byProvince) {
    const sum = list.reduce((s, r) => s + (regencyWeight.get(r) ?? 0), 0);
    const share = (PROVINCE_POPULATION[province] ?? 1) * (PROVINCE_PROPENSITY[province] ?? 1);
    for (const r of list) {
      regencyList.push(r);
      weights.push((share * (regencyWeight.get(r) ?? 0)) / sum);
    }
  }
  return {
    regencies: new Weighted(regencyList, weights),
    provinceGov,
    regencyGov,
    byName,
    children,
    leaves: {
      all: weightedLeaves(() => true),
      integrity: weightedLeaves((l) => l.topic === "integrity"),
      priority: weightedLeaves((l) => l.topic === "priority"),
    },
    anyMinistry,
    serviceLevels,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Distributions (DESIGN.md: the reference system's kind mix; 3-5 days to a first response, ~10 days to a solution)

const KINDS = Weighted.of<ReportKind>([
  [ReportKind.COMPLAINT, 66.69],
  [ReportKind.INFORMATION_REQUEST, 28.73],
  [ReportKind.SUGGESTION, 3.57],
  [ReportKind.WHISTLEBLOWING, 0.07],
  [ReportKind.PRIORITY_PROGRAM, 0.07],
]);
const CHANNELS = Weighted.of<Channel>([
  [Channel.WEB, 44],
  [Channel.MOBILE, 30],
  [Channel.SMS, 10],
  [Channel.TWITTER, 7],
  [Channel.EMAIL, 4],
  [Channel.API, 3],
  [Channel.COUNTER, 2],
]);
/** Hour of day (Jakarta) at which citizens submit: quiet at night, busy mornings and evenings. */
const SUBMIT_HOURS = new Weighted(
  Array.from({ length: 24 }, (_, h) => h),
  [1, 0.6, 0.4, 0.4, 0.8, 2, 3.5, 5, 7, 8, 8, 7.5, 6.5, 7, 7, 6.5, 6, 5.5, 5.5, 6.5, 7, 6, 4, 2],
);
const SCORES = Weighted.of([
  [1, 3],
  [2, 5],
  [3, 17],
  [4, 35],
  [5, 40],
]);
const REJECTIONS = new Weighted(
  T.REJECTIONS,
  T.REJECTIONS.map((r) => r.weight),
);

const P = {
  anonymous: 0.1,
  confidential: 0.05,
  reject: 0.03,
  merge: 0.01,
  ask: 0.05,
  answerAsked: 0.55,
  titleEdited: 0.05,
  joint: 0.06,
  returned: 0.04,
  returnedAfterAccept: 0.02,
  stuckPending: 0.02,
  stuckAccepted: 0.04,
  internalNote: 0.15,
  followUp: 0.12,
  dispute: 0.06,
  confirm: 0.7,
  thanks: 0.15,
  ratingComment: 0.4,
  backlog: 0.2,
  incidentDate: 0.6,
  location: { district: 0.85, regency: 0.12 },
};
/** Staff work through their queues with these medians (days) and spreads. */
const D = {
  verify: () => lognormal(0.3 * DAY, 1.0),
  accept: () => lognormal(0.35 * DAY, 1.0),
  respond: () => lognormal(1.0 * DAY, 0.9),
  approve: () => lognormal(0.5 * DAY, 0.8),
  forward: () => lognormal(0.2 * DAY, 0.8),
  reporter: () => lognormal(2.5 * DAY, 1.0),
  note: () => lognormal(0.3 * DAY, 1.0),
  /** A verification backlog in recent weeks: some reports wait longer in the queue. */
  backlog: () => lognormal(8 * DAY, 0.6),
};

// ---------------------------------------------------------------------------------------------------------------
// Columns of one batch: every table's rows as parallel arrays, inserted with unnest

class Batch {
  // report (index = report's position in the batch)
  tracking: string[] = [];
  kind: string[] = [];
  title: string[] = [];
  originalTitle: (string | null)[] = [];
  body: string[] = [];
  status: string[] = [];
  channel: string[] = [];
  anonymous: boolean[] = [];
  confidential: boolean[] = [];
  categoryId: (number | null)[] = [];
  regionCode: (string | null)[] = [];
  provinceCode: (string | null)[] = [];
  regencyCode: (string | null)[] = [];
  incident: (number | null)[] = [];
  support: number[] = [];
  resolution: (string | null)[] = [];
  duplicateOf: (number | null)[] = [];
  accessHash: string[] = [];
  created: number[] = [];
  updated: number[] = [];
  verified: (number | null)[] = [];
  firstResponse: (number | null)[] = [];
  responded: (number | null)[] = [];
  resolved: (number | null)[] = [];
  due: (number | null)[] = [];
  verificationEscalated: (number | null)[] = [];
  verificationEscalatedDue: (number | null)[] = [];
  // reporter_identity (one per report)
  nameSealed: (string | null)[] = [];
  emailSealed: (string | null)[] = [];
  phoneSealed: (string | null)[] = [];
  // disposition (index = its position in the batch)
  dReport: number[] = [];
  dAgency: number[] = [];
  dFrom: (number | null)[] = [];
  dParent: (number | null)[] = [];
  dInstruction: (string | null)[] = [];
  dStatus: string[] = [];
  dReturnReason: (string | null)[] = [];
  dDraft: (string | null)[] = [];
  dDue: number[] = [];
  dCreated: number[] = [];
  dAccepted: (number | null)[] = [];
  dResponded: (number | null)[] = [];
  dClosed: (number | null)[] = [];
  dEscalation: number[] = [];
  dEscalatedDue: (number | null)[] = [];
  dEscalatedAt: (number | null)[] = [];
  dEscalateNational: (number | null)[] = [];
  // message
  mReport: number[] = [];
  mDisposition: (number | null)[] = [];
  mRole: string[] = [];
  mAuthor: (string | null)[] = [];
  mAgency: (number | null)[] = [];
  mBody: string[] = [];
  mVisibility: string[] = [];
  mCreated: number[] = [];
  // report_event
  eReport: number[] = [];
  eType: string[] = [];
  eFrom: (string | null)[] = [];
  eStatus: string[] = [];
  eRole: string[] = [];
  eDisposition: (number | null)[] = [];
  eAgency: (number | null)[] = [];
  eNote: (string | null)[] = [];
  eInternal: boolean[] = [];
  eCreated: number[] = [];
  // rating
  rReport: number[] = [];
  rScore: number[] = [];
  rComment: (string | null)[] = [];
  rCreated: number[] = [];
  /** MERGED events name the surviving report's tracking ID, filled in once tracking IDs are final. */
  mergeNotes: { event: number; into: number }[] = [];

  private randomPool = Buffer.alloc(0);
  private randomAt = 0;

  /**
   * A fresh random access code (16 Crockford base32 characters, like newAccessCode) drawn from a pooled buffer:
   * one getrandom call per few thousand codes instead of one per report.
   */
  accessCode(): string {
    if (this.randomAt + 16 > this.randomPool.length) {
      this.randomPool = crypto.randomBytes(16 * 4096);
      this.randomAt = 0;
    }
    let code = "";
    for (let i = 0; i < 16; i++) code += CROCKFORD[this.randomPool[this.randomAt++] & 31];
    return code;
  }

  get reports() {
    return this.tracking.length;
  }
  get dispositions() {
    return this.dReport.length;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One report's life, simulated action by action up to `now`

interface Disp {
  idx: number;
  agency: AgencyRef;
  from: AgencyRef | null;
  parent: Disp | null;
  instruction: string | null;
  status: DispositionStatus;
  returnReason: string | null;
  draft: Msg | null;
  due: number;
  created: number;
  accepted: number | null;
  responded: number | null;
  closed: number | null;
  /** Escalation of the deadline `escalatedDue` (the sweep's columns): 1 agency admins, 2 national admins. */
  escalation: number;
  escalatedDue: number | null;
  escalatedAt: number | null;
  escalateNational: number | null;
  /** The primary disposition may be returned or forwarded; forwarded and re-routed ones are simply handled. */
  primary: boolean;
}

interface Msg {
  disposition: Disp | null;
  role: AuthorRole;
  author: string | null;
  agencyId: number | null;
  body: string;
  internal: boolean;
  created: number;
}

type Action =
  | { type: "desk" }
  | { type: "answer" }
  | { type: "rejectIncomplete" }
  | { type: "redispose"; away: AgencyRef }
  | { type: "accept" | "return" | "respond" | "approve" | "note"; d: Disp }
  | { type: "forward"; d: Disp; to: AgencyRef }
  | { type: "escalate" | "escalateNational"; d: Disp; due: number }
  | { type: "escalateVerification"; due: number }
  | { type: "followUp" }
  | { type: "dispute" | "confirm" | "autoClose"; round: number };

interface Place {
  regency: Regency;
  district: string;
  street: string;
}

export interface GeneratorContext {
  keys: Keys;
  cal: FastCalendar;
  ref: Reference;
  now: number;
}

const MESSAGE_STATUSES: ReadonlySet<ReportStatus> = new Set([
  ReportStatus.SUBMITTED,
  ReportStatus.AWAITING_INFORMATION,
  ReportStatus.DISPOSED,
  ReportStatus.IN_PROGRESS,
  ReportStatus.RESPONDED,
]);

function personName(): string {
  return chance(0.75) ? `${pick(T.FIRST_NAMES)} ${pick(T.LAST_NAMES)}` : pick(T.FIRST_NAMES);
}

function fill(template: string, place: Place, extra: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    switch (key) {
      case "jalan":
        return place.street;
      case "kec":
        return place.district;
      case "kab":
        return place.regency.name;
      case "rs":
        return `RSUD ${place.regency.short}`;
      case "puskesmas":
        return `Puskesmas ${place.district}`;
      case "pasar":
        return `Pasar ${place.district}`;
      case "sekolah":
        return `${pick(["SD Negeri", "SDN", "SMP Negeri", "SMPN", "SMA Negeri", "SMK Negeri"])} ${randInt(1, 12)} ${place.regency.short}`;
      case "landmark":
        return pick(T.LANDMARKS);
      case "n":
        return String(randInt(2, 9));
      case "lokasi":
        return chance(0.5)
          ? `${place.street}, Kecamatan ${place.district}`
          : `Kecamatan ${place.district}, ${place.regency.name}`;
      default:
        return extra[key] ?? whole;
    }
  });
}

function sentences(parts: string[]): string {
  return parts
    .map((s) => s.trim())
    .filter(Boolean)
    .join(" ");
}

/** A letter: greeting, the matter, closing, as paragraphs. */
function letter(greeting: string, main: string[], closing: string): string {
  return [greeting.trim(), sentences(main), closing.trim()].filter(Boolean).join("\n\n");
}

function indonesianDate(ms: number): string {
  const d = new Date(ms + 7 * HOUR);
  return `${d.getUTCDate()} ${T.MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The text of a report: title and body from its area's and subcategory's templates, by kind. */
function compose(kind: ReportKind, leaf: Leaf, place: Place): { title: string; body: string } {
  const { area, seed } = leaf;
  const extra = { subject: seed.subject, area: area.name.toLowerCase() };
  const f = (s: string) => fill(s, place, extra);
  const details = () => {
    const first = pick(seed.details);
    const second = chance(0.6) ? pick(seed.details.filter((d) => d !== first)) : undefined;
    return [first, second ?? ""].map(f);
  };
  switch (kind) {
    case ReportKind.INFORMATION_REQUEST: {
      const title = f(pick(area.questions));
      const question = title.endsWith("?") ? title : `Perihal: ${title}.`;
      const intro = fill(pick(T.INFO_INTROS), place, { subject: area.name.toLowerCase() });
      return { title, body: letter(pick(T.GREETINGS), [intro, question, pick(T.INFO_PURPOSES)], pick(T.CLOSINGS)) };
    }
    case ReportKind.SUGGESTION: {
      const title = f(pick(area.suggestions));
      return {
        title,
        body: letter(
          pick(T.GREETINGS),
          [f(pick(T.SUGGESTION_INTROS)), `${title}.`, pick(T.SUGGESTION_REASONS)],
          pick(T.CLOSINGS),
        ),
      };
    }
    case ReportKind.WHISTLEBLOWING:
      return {
        title: f(pick(seed.titles)),
        body: letter("", [pick(T.WHISTLE_INTROS), ...details(), f(pick(T.SINCE))], pick(T.WHISTLE_CLOSINGS)),
      };
    case ReportKind.PRIORITY_PROGRAM:
      return {
        title: f(pick(seed.titles)),
        body: letter(
          pick(T.GREETINGS),
          [f(pick(T.PRIORITY_INTROS)), ...details(), f(pick(seed.asks))],
          pick(T.CLOSINGS),
        ),
      };
    default:
      return {
        title: f(pick(seed.titles)),
        body: letter(
          pick(T.GREETINGS),
          [f(pick(T.COMPLAINT_INTROS)), ...details(), f(pick(T.SINCE)), f(pick(seed.asks))],
          pick(T.CLOSINGS),
        ),
      };
  }
}

function contact(first: string): { email: string | null; phone: string | null } {
  const email = chance(0.7)
    ? `${first.toLowerCase().replace(/[^a-z]/g, "")}${
        chance(0.5)
          ? `.${pick(T.LAST_NAMES)
              .toLowerCase()
              .replace(/[^a-z]/g, "")}`
          : ""
      }${randInt(1, 999)}@${pick(T.EMAIL_DOMAINS)}`
    : null;
  const phone = !email || chance(0.4) ? `+62 8${randInt(11, 59)} ${randInt(1000, 9999)} ${randInt(1000, 9999)}` : null;
  return { email, phone };
}

/**
 * Generates one report with everything that belongs to it, by simulating its life through the lifecycle of
 * DESIGN.md (the same status rules as the services: deriveStatus) and stopping at `now`.
 */
export function generateReport(ctx: GeneratorContext, b: Batch, created: number, mergeCandidates: number[]): void {
  const { cal, ref, now, keys } = ctx;
  const r = b.reports;
  const kind = KINDS.sample();
  const leaf =
    kind === ReportKind.WHISTLEBLOWING
      ? ref.leaves.integrity.sample()
      : kind === ReportKind.PRIORITY_PROGRAM
        ? ref.leaves.priority.sample()
        : ref.leaves.all.sample();
  const regency = ref.regencies.sample();
  const district = regency.districts.length ? pick(regency.districts) : null;
  const level = Math.random();
  const regionCode =
    district && level < P.location.district
      ? district.code
      : level < P.location.district + P.location.regency
        ? regency.code
        : regency.provinceCode;
  const place: Place = { regency, district: district?.name ?? regency.short, street: "" };
  place.street = fill(pick(T.STREETS), place);
  const text = compose(kind, leaf, place);
  const whistle = kind === ReportKind.WHISTLEBLOWING;
  const anonymous = whistle || chance(P.anonymous);
  const confidential = whistle || chance(P.confidential);

  // Reporter identity: an anonymous reporter's name is never stored; contact only if they chose to leave one.
  const first = pick(T.FIRST_NAMES);
  const name = anonymous ? null : chance(0.75) ? `${first} ${pick(T.LAST_NAMES)}` : first;
  const c = contact(first);
  b.nameSealed.push(encrypt(keys, name));
  b.emailSealed.push(anonymous && chance(0.6) ? null : encrypt(keys, c.email));
  b.phoneSealed.push(anonymous && chance(0.8) ? null : encrypt(keys, c.phone));

  b.tracking.push(newTrackingId());
  // The access code is random and discarded: nobody can act as the reporter of a synthetic report.
  b.accessHash.push(hmac(keys, "access-code", b.accessCode()));
  b.kind.push(kind);
  b.channel.push(CHANNELS.sample());
  b.anonymous.push(anonymous);
  b.confidential.push(confidential);
  b.regionCode.push(regionCode);
  b.provinceCode.push(regency.provinceCode);
  b.regencyCode.push(regionCode.length >= 5 ? regency.code : null);
  b.created.push(created);
  b.incident.push(
    kind === ReportKind.COMPLAINT && chance(P.incidentDate)
      ? FastCalendar.jakartaDay(created - lognormal(3 * DAY, 1)) * DAY - 7 * HOUR
      : null,
  );

  // --- the simulation state
  let status = ReportStatus.SUBMITTED as ReportStatus;
  // Deadlines as the API sets them (ServiceLevels.dueAt), from the settings in the database.
  const days = (step: ServiceLevelStep, agency?: AgencyRef | null, spent = 0) =>
    Math.max(1, ref.serviceLevels.workingDays(step, { kind, agencyId: agency?.id ?? null }) - spent);
  let due: number | null = cal.addWorkingDays(created, days(ServiceLevelStep.VERIFICATION));
  let verificationEscalated: number | null = null;
  let verificationEscalatedDue: number | null = null;
  let verified: number | null = null;
  let firstResponse: number | null = null;
  let respondedAt: number | null = null;
  let resolvedAt: number | null = null;
  let resolution: Resolution | null = null;
  let duplicateOf: number | null = null;
  const title = text.title;
  let originalTitle: string | null = null;
  let categoryId: number | null = chance(0.7) ? leaf.id : null;
  let last = created;
  let round = 0;
  let disputed = false;
  let followedUp = false;
  let askedAt = 0;
  const disps: Disp[] = [];
  const msgs: Msg[] = [];
  const queue: { t: number; a: Action }[] = [];

  const schedule = (t: number, a: Action) => queue.push({ t: Math.max(t, last + 1000), a });
  const event = (
    t: number,
    type: EventType,
    from: ReportStatus | null,
    to: ReportStatus,
    role: AuthorRole,
    o: { d?: Disp | null; agency?: AgencyRef | null; note?: string | null; internal?: boolean } = {},
  ) => {
    b.eReport.push(r);
    b.eType.push(type);
    b.eFrom.push(from);
    b.eStatus.push(to);
    b.eRole.push(role);
    b.eDisposition.push(o.d ? o.d.idx : null);
    // An explicit agency (null: the national admins) wins over the disposition's.
    b.eAgency.push(o.agency !== undefined ? (o.agency?.id ?? null) : (o.d?.agency.id ?? null));
    b.eNote.push(o.note ?? null);
    b.eInternal.push(o.internal ?? false);
    b.eCreated.push(t);
    last = t;
  };
  const message = (
    t: number,
    role: AuthorRole,
    body: string,
    o: { d?: Disp | null; author?: string | null; internal?: boolean } = {},
  ): Msg => {
    const m: Msg = {
      disposition: o.d ?? null,
      role,
      author: role === AuthorRole.REPORTER ? null : (o.author ?? null),
      agencyId: role === AuthorRole.AGENCY ? (o.d?.agency.id ?? null) : null,
      body,
      internal: o.internal ?? false,
      created: t,
    };
    msgs.push(m);
    return m;
  };
  const staffName = (a: AgencyRef) => `${personName()} (${pick(T.STAFF_TITLES)} ${a.name})`;
  const followUpDays = (a: AgencyRef) => days(ServiceLevelStep.FOLLOW_UP, a);
  /** The sweep's verification escalation, once per deadline, if the report is still waiting then. */
  const watchVerification = () => {
    if (due != null) schedule(due + Math.random() * 2 * HOUR, { type: "escalateVerification", due });
  };

  const newDisp = (
    t: number,
    agency: AgencyRef,
    o: { from?: Disp; instruction?: string | null; primary?: boolean },
  ): Disp => {
    const d: Disp = {
      idx: b.dReport.length + disps.length,
      agency,
      from: o.from?.agency ?? null,
      parent: o.from ?? null,
      instruction: o.instruction ?? null,
      status: DispositionStatus.PENDING,
      returnReason: null,
      draft: null,
      due: cal.addWorkingDays(t, followUpDays(agency)),
      created: t,
      accepted: null,
      responded: null,
      closed: null,
      escalation: 0,
      escalatedDue: null,
      escalatedAt: null,
      escalateNational: null,
      primary: o.primary ?? false,
    };
    disps.push(d);
    schedule(d.due + Math.random() * 2 * HOUR, { type: "escalate", d, due: d.due });
    return d;
  };

  /** The report's status and deadline follow its dispositions (the services' settleReport). */
  const settle = (t: number) => {
    const next = deriveStatus(
      status,
      disps.map((d) => d.status),
    );
    if (next !== status) {
      if (next === ReportStatus.SUBMITTED) event(t, EventType.RETURNED, status, next, AuthorRole.AGENCY);
      status = next;
    }
    if (next === ReportStatus.SUBMITTED) {
      due = cal.addWorkingDays(t, days(ServiceLevelStep.VERIFICATION));
      watchVerification();
    } else if (next === ReportStatus.RESPONDED) {
      respondedAt = t;
      // The longest reply window of the agencies that responded (as settleReport).
      const responders = disps.filter((d) => d.status === DispositionStatus.RESPONDED);
      due = cal.addWorkingDays(t, Math.max(...responders.map((d) => days(ServiceLevelStep.REPLY_WINDOW, d.agency))));
    } else {
      const open = disps.filter((d) => isActiveDisposition(d.status) && d.status !== DispositionStatus.RESPONDED);
      due = open.length ? Math.min(...open.map((d) => d.due)) : null;
    }
  };

  // Routing: the regency/city government of the place mostly; the province, a ministry or a national body by category.
  const ministry = ref.byName.get(leaf.area.ministry) ?? ref.anyMinistry;
  const national = (leaf.seed.agency && ref.byName.get(leaf.seed.agency)) || ministry;
  const province = ref.provinceGov.get(regency.provinceCode) ?? ministry;
  const local = regionCode.length >= 5 ? (ref.regencyGov.get(regency.code) ?? province) : province;
  const hint = leaf.seed.hint ?? leaf.area.hint;
  const route = (): AgencyRef => {
    const u = Math.random();
    if (hint === AgencyKind.REGENCY) return u < 0.84 ? local : u < 0.96 ? province : national;
    if (hint === AgencyKind.PROVINCE) return u < 0.85 ? province : local;
    return u < 0.88 ? national : local;
  };
  const alternative = (away: AgencyRef): AgencyRef => {
    const options = [local, province, national, ministry].filter((a) => a.id !== away.id);
    return options.length ? pick(options) : ministry;
  };
  const forwardTarget = (d: Disp): AgencyRef | null => {
    const units = ref.children.get(d.agency.id) ?? [];
    const regional = units.filter(
      (u) => !u.regionCode || u.regionCode === regency.provinceCode || u.regionCode === regency.code,
    );
    const national = d.agency.kind === AgencyKind.MINISTRY || d.agency.kind === AgencyKind.INSTITUTION;
    const fit = national ? regional : regional.filter((u) => u.topics.includes(leaf.topic));
    if (fit.length && chance(d.agency.kind === AgencyKind.STATE_ENTERPRISE ? 0.6 : national ? 0.4 : 0.3)) {
      // A ministry's first-listed unit (its service-delivery directorate-general) takes the larger share.
      return national && chance(0.5) ? fit[0] : pick(fit);
    }
    // Now and then a city or regency hands a matter to its province.
    if (d.agency.kind === AgencyKind.REGENCY && province.id !== d.agency.id && chance(0.02)) return province;
    return null;
  };
  const responseText = (d: Disp, t: number): string => {
    const pool =
      kind === ReportKind.INFORMATION_REQUEST
        ? [...leaf.area.answers, ...T.GENERIC_ANSWERS]
        : kind === ReportKind.SUGGESTION
          ? T.SUGGESTION_RESPONSES
          : [...leaf.area.responses, ...T.GENERIC_RESPONSES];
    return fill(pick(pool), place, {
      instansi: d.agency.name,
      tgl: indonesianDate(Math.max(d.created, t - Math.random() * DAY)),
    });
  };

  const dispose = (t: number, first: boolean) => {
    const from = status;
    if (first && chance(P.titleEdited)) {
      originalTitle = `${title.toLowerCase()} tolong dibantu!!`;
      event(t, EventType.TITLE_CHANGED, from, from, AuthorRole.VERIFIER);
    }
    categoryId = leaf.id;
    verified ??= t;
    status = ReportStatus.DISPOSED;
    event(t, EventType.VERIFIED, from, status, AuthorRole.VERIFIER);
    const targets = [route()];
    if (first && chance(P.joint)) {
      const second = targets[0].id === local.id ? (chance(0.5) ? province : national) : local;
      if (second.id !== targets[0].id) targets.push(second);
    }
    for (const agency of targets) {
      const d = newDisp(t, agency, {
        instruction: chance(0.6) ? pick(T.INSTRUCTIONS) : null,
        primary: first && targets.length === 1,
      });
      event(t, EventType.DISPOSED, from, status, AuthorRole.VERIFIER, { d });
      if (d.primary && chance(P.returned)) schedule(cal.officeTime(t + D.accept()), { type: "return", d });
      else if (!chance(P.stuckPending)) schedule(cal.officeTime(t + D.accept()), { type: "accept", d });
    }
    due = Math.min(...disps.filter((d) => d.status === DispositionStatus.PENDING).map((d) => d.due));
  };

  const publish = (t: number, d: Disp, m: Msg, approved: boolean) => {
    m.internal = false;
    d.status = DispositionStatus.RESPONDED;
    d.responded = t;
    firstResponse ??= t;
    const from = status;
    if (approved) event(t, EventType.RESPONSE_APPROVED, from, from, AuthorRole.AGENCY, { d, internal: true });
    settle(t);
    event(t, EventType.RESPONDED, from, status, AuthorRole.AGENCY, { d });
    if (status === ReportStatus.RESPONDED) {
      round++;
      const replyBy = due ?? cal.addWorkingDays(t, days(ServiceLevelStep.REPLY_WINDOW));
      if (!disputed && chance(P.dispute))
        schedule(Math.min(t + D.reporter(), replyBy - HOUR), { type: "dispute", round });
      else if (chance(P.confirm)) schedule(Math.min(t + D.reporter(), replyBy - HOUR), { type: "confirm", round });
      else schedule(replyBy + (1 + Math.random() * 59) * 60_000, { type: "autoClose", round });
    }
  };

  const close = (t: number, how: Resolution) => {
    for (const d of disps) {
      if (d.status === DispositionStatus.RESPONDED) {
        d.status = DispositionStatus.CLOSED;
        d.closed = t;
      }
    }
    const confirmed = how === Resolution.CONFIRMED;
    event(
      t,
      confirmed ? EventType.CONFIRMED : EventType.AUTO_CLOSED,
      status,
      ReportStatus.RESOLVED,
      confirmed ? AuthorRole.REPORTER : AuthorRole.SYSTEM,
      { note: confirmed ? null : SLA_NOTES.autoClosed },
    );
    status = ReportStatus.RESOLVED;
    resolution = how;
    resolvedAt = t;
    due = null;
  };

  const handle = (t: number, a: Action) => {
    switch (a.type) {
      case "desk": {
        if (status !== ReportStatus.SUBMITTED) return;
        const u = Math.random();
        const mergeInto = mergeCandidates.length
          ? mergeCandidates[
              mergeCandidates.length - 1 - Math.floor(Math.random() * Math.min(50, mergeCandidates.length))
            ]
          : -1;
        if (!askedAt && u < P.ask) {
          const q = pick(T.VERIFIER_QUESTIONS);
          message(t, AuthorRole.VERIFIER, q, { author: T.VERIFIER_AUTHOR });
          event(t, EventType.INFORMATION_REQUESTED, status, ReportStatus.AWAITING_INFORMATION, AuthorRole.VERIFIER, {
            note: q,
          });
          status = ReportStatus.AWAITING_INFORMATION;
          due = null;
          askedAt = t;
          if (chance(P.answerAsked)) schedule(t + D.reporter(), { type: "answer" });
          else schedule(cal.officeTime(t + lognormal(12 * DAY, 0.25)), { type: "rejectIncomplete" });
        } else if (u < P.ask + P.reject) {
          const rej = REJECTIONS.sample();
          event(t, EventType.REJECTED, status, ReportStatus.REJECTED, AuthorRole.VERIFIER, {
            note: `[${rej.code}] ${rej.reason}`,
          });
          status = ReportStatus.REJECTED;
          due = null;
        } else if (u < P.ask + P.reject + P.merge && mergeInto >= 0) {
          b.mergeNotes.push({ event: b.eReport.length, into: mergeInto });
          event(t, EventType.MERGED, status, ReportStatus.MERGED, AuthorRole.VERIFIER, { note: null });
          status = ReportStatus.MERGED;
          duplicateOf = mergeInto;
          due = null;
        } else dispose(t, !verified);
        return;
      }
      case "answer": {
        if (status !== ReportStatus.AWAITING_INFORMATION) return;
        message(t, AuthorRole.REPORTER, fill(pick(T.REPORTER_ANSWERS), place));
        event(t, EventType.INFORMATION_PROVIDED, status, ReportStatus.SUBMITTED, AuthorRole.REPORTER);
        status = ReportStatus.SUBMITTED;
        due = cal.addWorkingDays(
          t,
          days(ServiceLevelStep.VERIFICATION, null, cal.workingDaysBetween(created, askedAt)),
        );
        watchVerification();
        schedule(cal.officeTime(t + D.verify()), { type: "desk" });
        return;
      }
      case "rejectIncomplete": {
        if (status !== ReportStatus.AWAITING_INFORMATION) return;
        event(t, EventType.REJECTED, status, ReportStatus.REJECTED, AuthorRole.VERIFIER, {
          note: `[INCOMPLETE] ${T.INCOMPLETE_AFTER_QUESTION}`,
        });
        status = ReportStatus.REJECTED;
        due = null;
        return;
      }
      case "redispose": {
        if (status !== ReportStatus.SUBMITTED) return;
        const from = status;
        status = ReportStatus.DISPOSED;
        event(t, EventType.VERIFIED, from, status, AuthorRole.VERIFIER);
        const d = newDisp(t, alternative(a.away), { instruction: pick(T.INSTRUCTIONS) });
        event(t, EventType.DISPOSED, from, status, AuthorRole.VERIFIER, { d });
        due = d.due;
        schedule(cal.officeTime(t + D.accept()), { type: "accept", d });
        return;
      }
      case "accept": {
        const d = a.d;
        if (d.status !== DispositionStatus.PENDING) return;
        d.status = DispositionStatus.ACCEPTED;
        d.accepted = t;
        const from = status;
        settle(t);
        event(t, EventType.ACCEPTED, from, status, AuthorRole.AGENCY, { d });
        const target = d.primary ? forwardTarget(d) : null;
        if (target) schedule(cal.officeTime(t + D.forward()), { type: "forward", d, to: target });
        else if (d.primary && chance(P.returnedAfterAccept))
          schedule(cal.officeTime(t + D.accept()), { type: "return", d });
        else if (!chance(P.stuckAccepted)) schedule(cal.officeTime(t + D.respond()), { type: "respond", d });
        if (chance(P.internalNote)) schedule(cal.officeTime(t + D.note()), { type: "note", d });
        if (!followedUp && chance(P.followUp)) {
          followedUp = true;
          schedule(t + D.reporter(), { type: "followUp" });
        }
        return;
      }
      case "return": {
        const d = a.d;
        if (d.status !== DispositionStatus.PENDING && d.status !== DispositionStatus.ACCEPTED) return;
        d.status = DispositionStatus.RETURNED;
        d.returnReason = pick(T.RETURN_REASONS);
        d.closed = t;
        event(t, EventType.RETURNED, status, status, AuthorRole.AGENCY, { d, note: d.returnReason, internal: true });
        settle(t);
        if (status === ReportStatus.SUBMITTED)
          schedule(cal.officeTime(t + D.verify()), { type: "redispose", away: d.agency });
        return;
      }
      case "forward": {
        const d = a.d;
        if (d.status !== DispositionStatus.ACCEPTED) return;
        const to = a.to;
        d.status = DispositionStatus.FORWARDED;
        d.closed = t;
        const note = pick(T.FORWARD_NOTES);
        const child = newDisp(t, to, { from: d, instruction: note });
        event(t, EventType.FORWARDED, status, status, AuthorRole.AGENCY, { d: child, note, internal: true });
        settle(t);
        schedule(cal.officeTime(t + D.accept()), { type: "accept", d: child });
        return;
      }
      case "respond": {
        const d = a.d;
        if (d.status !== DispositionStatus.ACCEPTED) return;
        const m = message(t, AuthorRole.AGENCY, responseText(d, t), { d, author: staffName(d.agency), internal: true });
        if (d.agency.requiresApproval) {
          d.status = DispositionStatus.AWAITING_APPROVAL;
          d.draft = m;
          event(t, EventType.RESPONSE_DRAFTED, status, status, AuthorRole.AGENCY, { d, internal: true });
          schedule(cal.officeTime(t + D.approve()), { type: "approve", d });
        } else publish(t, d, m, false);
        return;
      }
      case "approve": {
        const d = a.d;
        if (d.status !== DispositionStatus.AWAITING_APPROVAL || !d.draft) return;
        const m = d.draft;
        d.draft = null;
        publish(t, d, m, true);
        return;
      }
      case "note": {
        const d = a.d;
        if (!MESSAGE_STATUSES.has(status) || !isActiveDisposition(d.status)) return;
        message(t, AuthorRole.AGENCY, pick(T.INTERNAL_NOTES), { d, author: staffName(d.agency), internal: true });
        event(t, EventType.MESSAGE_POSTED, status, status, AuthorRole.AGENCY, { internal: true });
        return;
      }
      case "followUp": {
        if (status !== ReportStatus.DISPOSED && status !== ReportStatus.IN_PROGRESS) return;
        message(t, AuthorRole.REPORTER, fill(pick(T.REPORTER_FOLLOW_UPS), place));
        event(t, EventType.MESSAGE_POSTED, status, status, AuthorRole.REPORTER);
        return;
      }
      // The service-level sweep's escalations (service-levels/sla-sweep.ts), with its columns and notes.
      case "escalate":
      case "escalateNational": {
        const d = a.d;
        const open =
          d.status === DispositionStatus.PENDING ||
          d.status === DispositionStatus.ACCEPTED ||
          d.status === DispositionStatus.AWAITING_APPROVAL;
        if (!open || d.due !== a.due) return;
        if (a.type === "escalate") {
          if (d.escalatedDue === d.due) return;
          d.escalation = 1;
          d.escalatedDue = d.due;
          d.escalatedAt = t;
          d.escalateNational = cal.addWorkingDays(t, days(ServiceLevelStep.ESCALATION_NATIONAL, d.agency));
          event(t, EventType.ESCALATED, status, status, AuthorRole.SYSTEM, {
            d,
            note: SLA_NOTES.agency,
            internal: true,
          });
          schedule(d.escalateNational + Math.random() * 2 * HOUR, { type: "escalateNational", d, due: d.due });
        } else {
          if (d.escalation !== 1 || d.escalatedDue !== d.due) return;
          d.escalation = 2;
          d.escalatedAt = t;
          event(t, EventType.ESCALATED, status, status, AuthorRole.SYSTEM, {
            d,
            agency: null,
            note: SLA_NOTES.national,
            internal: true,
          });
        }
        return;
      }
      case "escalateVerification": {
        if (status !== ReportStatus.SUBMITTED || due !== a.due || verificationEscalatedDue === a.due) return;
        verificationEscalated = t;
        verificationEscalatedDue = a.due;
        event(t, EventType.ESCALATED, status, status, AuthorRole.SYSTEM, {
          note: SLA_NOTES.verification,
          internal: true,
        });
        return;
      }
      case "dispute": {
        if (status !== ReportStatus.RESPONDED || a.round !== round) return;
        disputed = true;
        message(t, AuthorRole.REPORTER, pick(T.DISPUTE_REASONS));
        let next: number | null = null;
        for (const d of disps) {
          if (d.status !== DispositionStatus.RESPONDED) continue;
          d.status = DispositionStatus.ACCEPTED;
          d.due = cal.addWorkingDays(t, followUpDays(d.agency));
          next = next == null ? d.due : Math.min(next, d.due);
          schedule(cal.officeTime(t + D.respond()), { type: "respond", d });
          schedule(d.due + Math.random() * 2 * HOUR, { type: "escalate", d, due: d.due });
        }
        event(t, EventType.DISPUTED, status, ReportStatus.IN_PROGRESS, AuthorRole.REPORTER);
        status = ReportStatus.IN_PROGRESS;
        due = next;
        return;
      }
      case "confirm": {
        if (status !== ReportStatus.RESPONDED || a.round !== round) return;
        if (chance(P.thanks)) {
          message(t, AuthorRole.REPORTER, pick(T.REPORTER_THANKS));
          event(t, EventType.MESSAGE_POSTED, status, status, AuthorRole.REPORTER);
        }
        const score = SCORES.sample();
        b.rReport.push(r);
        b.rScore.push(score);
        b.rComment.push(chance(P.ratingComment) ? pick(T.RATING_COMMENTS[score]) : null);
        b.rCreated.push(t);
        close(t, Resolution.CONFIRMED);
        return;
      }
      case "autoClose": {
        if (status !== ReportStatus.RESPONDED || a.round !== round) return;
        close(t, Resolution.AUTO_CLOSED);
        return;
      }
    }
  };

  // --- run it
  event(created, EventType.SUBMITTED, null, ReportStatus.SUBMITTED, AuthorRole.REPORTER);
  watchVerification();
  const backlog = now - created < 60 * DAY && chance(P.backlog) ? D.backlog() : 0;
  schedule(cal.officeTime(created + backlog + D.verify()), { type: "desk" });
  for (;;) {
    let k = -1;
    for (let i = 0; i < queue.length; i++) if (k < 0 || queue[i].t < queue[k].t) k = i;
    if (k < 0 || queue[k].t > now) break;
    const { t, a } = queue[k];
    queue.splice(k, 1);
    handle(t, a);
    if (status === ReportStatus.RESOLVED || status === ReportStatus.REJECTED || status === ReportStatus.MERGED) break;
  }

  // --- write the report's rows
  b.title.push(title);
  b.originalTitle.push(originalTitle);
  b.body.push(text.body);
  b.status.push(status);
  b.categoryId.push(categoryId);
  b.resolution.push(resolution);
  b.duplicateOf.push(duplicateOf);
  b.updated.push(last);
  b.verified.push(verified);
  b.firstResponse.push(firstResponse);
  b.responded.push(respondedAt);
  b.resolved.push(resolvedAt);
  b.due.push(due);
  b.verificationEscalated.push(verificationEscalated);
  b.verificationEscalatedDue.push(verificationEscalatedDue);
  b.support.push(
    verified != null && !confidential && chance(0.35) ? Math.min(5000, Math.floor(lognormal(3, 1.2)) + 1) : 0,
  );
  for (const d of disps) {
    b.dReport.push(r);
    b.dAgency.push(d.agency.id);
    b.dFrom.push(d.from?.id ?? null);
    b.dParent.push(d.parent?.idx ?? null);
    b.dInstruction.push(d.instruction);
    b.dStatus.push(d.status);
    b.dReturnReason.push(d.returnReason);
    b.dDraft.push(d.status === DispositionStatus.AWAITING_APPROVAL ? (d.draft?.body ?? null) : null);
    b.dDue.push(d.due);
    b.dCreated.push(d.created);
    b.dAccepted.push(d.accepted);
    b.dResponded.push(d.responded);
    b.dClosed.push(d.closed);
    b.dEscalation.push(d.escalation);
    b.dEscalatedDue.push(d.escalatedDue);
    b.dEscalatedAt.push(d.escalatedAt);
    b.dEscalateNational.push(d.escalateNational);
  }
  msgs.sort((x, y) => x.created - y.created);
  for (const m of msgs) {
    b.mReport.push(r);
    b.mDisposition.push(m.disposition?.idx ?? null);
    b.mRole.push(m.role);
    b.mAuthor.push(m.author);
    b.mAgency.push(m.agencyId);
    b.mBody.push(m.body);
    b.mVisibility.push(m.internal ? "INTERNAL" : "PUBLIC");
    b.mCreated.push(m.created);
  }
  // A later report of the batch may be merged into this one while it is still alive.
  if (status !== ReportStatus.MERGED && status !== ReportStatus.REJECTED) mergeCandidates.push(r);
}

export function newBatch(): Batch {
  return new Batch();
}
export type { Batch };

// ---------------------------------------------------------------------------------------------------------------
// Writing a batch: one statement (data-modifying CTEs), so the batch is atomic and Node builds the next one meanwhile

const INSERT_BATCH = `
with r as (
  insert into report (id, tracking_id, kind, title, original_title, body, status, channel, anonymous, confidential,
    category_id, region_code, province_code, regency_code, incident_date, support_count, resolution, duplicate_of_id,
    access_code_hash, created_at, updated_at, verified_at, first_response_at, responded_at, resolved_at, due_at,
    verification_escalated_at, verification_escalated_due_at)
  select u.id, u.tracking_id, u.kind, u.title, u.original_title, u.body, u.status, u.channel, u.anonymous, u.confidential,
    u.category_id, u.region_code, u.province_code, u.regency_code, to_timestamp(u.incident), u.support, u.resolution, u.duplicate_of,
    u.access_hash, to_timestamp(u.created), to_timestamp(u.updated), to_timestamp(u.verified), to_timestamp(u.first_response),
    to_timestamp(u.responded), to_timestamp(u.resolved), to_timestamp(u.due), to_timestamp(u.v_escalated),
    to_timestamp(u.v_escalated_due)
  from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bool[], $10::bool[],
    $11::int[], $12::text[], $13::text[], $14::text[], $15::float8[], $16::int[], $17::text[], $18::int[],
    $19::text[], $20::float8[], $21::float8[], $22::float8[], $23::float8[], $24::float8[], $25::float8[], $26::float8[],
    $66::float8[], $67::float8[])
    as u(id, tracking_id, kind, title, original_title, body, status, channel, anonymous, confidential,
      category_id, region_code, province_code, regency_code, incident, support, resolution, duplicate_of,
      access_hash, created, updated, verified, first_response, responded, resolved, due, v_escalated, v_escalated_due)
), i as (
  insert into reporter_identity (report_id, name_sealed, email_sealed, phone_sealed)
  select * from unnest($1::int[], $27::text[], $28::text[], $29::text[])
), d as (
  insert into disposition (id, report_id, agency_id, from_agency_id, parent_id, instruction, status, return_reason, draft_body,
    due_at, created_at, accepted_at, responded_at, closed_at, escalation_level, escalated_due_at, escalated_at,
    escalate_national_at)
  select u.id, u.report_id, u.agency_id, u.from_agency_id, u.parent_id, u.instruction, u.status, u.return_reason, u.draft,
    to_timestamp(u.due), to_timestamp(u.created), to_timestamp(u.accepted), to_timestamp(u.responded), to_timestamp(u.closed),
    u.escalation, to_timestamp(u.escalated_due), to_timestamp(u.escalated), to_timestamp(u.escalate_national)
  from unnest($30::int[], $31::int[], $32::int[], $33::int[], $34::int[], $35::text[], $36::text[], $37::text[], $38::text[],
    $39::float8[], $40::float8[], $41::float8[], $42::float8[], $43::float8[], $68::int[], $69::float8[], $70::float8[],
    $71::float8[])
    as u(id, report_id, agency_id, from_agency_id, parent_id, instruction, status, return_reason, draft, due, created, accepted,
      responded, closed, escalation, escalated_due, escalated, escalate_national)
), m as (
  insert into message (report_id, disposition_id, author_role, author_name, agency_id, body, visibility, created_at)
  select u.report_id, u.disposition_id, u.role, u.author, u.agency_id, u.body, u.visibility, to_timestamp(u.created)
  from unnest($44::int[], $45::int[], $46::text[], $47::text[], $48::int[], $49::text[], $50::text[], $51::float8[])
    as u(report_id, disposition_id, role, author, agency_id, body, visibility, created)
), e as (
  insert into report_event (report_id, type, from_status, status, actor_role, disposition_id, agency_id, note, internal, created_at)
  select u.report_id, u.type, u.from_status, u.status, u.role, u.disposition_id, u.agency_id, u.note, u.internal, to_timestamp(u.created)
  from unnest($52::int[], $53::text[], $54::text[], $55::text[], $56::text[], $57::int[], $58::int[], $59::text[], $60::bool[], $61::float8[])
    as u(report_id, type, from_status, status, role, disposition_id, agency_id, note, internal, created)
), ra as (
  insert into rating (report_id, score, comment, created_at)
  select u.report_id, u.score, u.comment, to_timestamp(u.created)
  from unnest($62::int[], $63::int[], $64::text[], $65::float8[]) as u(report_id, score, comment, created)
)
select 1`;

export interface Sequences {
  report: string;
  disposition: string;
}

export async function sequences(client: PgClient): Promise<Sequences> {
  const [s] = await rows<{ report: string; disposition: string }>(
    client,
    "select pg_get_serial_sequence('report', 'id') as report, pg_get_serial_sequence('disposition', 'id') as disposition",
  );
  return s;
}

/**
 * Reserves the batch's report and disposition IDs (children reference them without round trips) and replaces tracking
 * IDs already taken: 40 random bits collide now and then at a million reports.
 */
export async function prepareBatch(
  client: PgClient,
  b: Batch,
  seq: Sequences,
): Promise<{ reportIds: number[]; dispositionIds: number[] }> {
  const [res] = await rows<{ report_ids: number[]; disposition_ids: number[]; taken: string[] }>(
    client,
    `select
      (select coalesce(array_agg(nextval($1::regclass)::int), '{}') from generate_series(1, $3::int)) as report_ids,
      (select coalesce(array_agg(nextval($2::regclass)::int), '{}') from generate_series(1, $4::int)) as disposition_ids,
      (select coalesce(array_agg(tracking_id::text), '{}') from report where tracking_id = any($5::text[])) as taken`,
    [seq.report, seq.disposition, b.reports, b.dispositions, b.tracking],
  );
  renewTrackingIds(b, new Set(res.taken));
  return { reportIds: res.report_ids, dispositionIds: res.disposition_ids };
}

/** Gives new tracking IDs to those in `taken` and to duplicates within the batch. */
export function renewTrackingIds(b: Batch, taken: Set<string>): void {
  const seen = new Set<string>();
  for (let i = 0; i < b.tracking.length; i++) {
    let t = b.tracking[i];
    while (taken.has(t) || seen.has(t)) t = newTrackingId();
    b.tracking[i] = t;
    seen.add(t);
  }
  for (const { event, into } of b.mergeNotes) b.eNote[event] = b.tracking[into];
}

export async function insertBatch(
  client: PgClient,
  b: Batch,
  ids: { reportIds: number[]; dispositionIds: number[] },
): Promise<void> {
  const rid = (i: number) => ids.reportIds[i];
  const did = (i: number | null) => (i == null ? null : ids.dispositionIds[i]);
  const ts = (a: (number | null)[]) => a.map(epoch);
  await client.query({
    // Named: parsed once per connection, not for each of a million reports' 200 batches.
    name: "aduan_seed_insert_batch",
    text: INSERT_BATCH,
    values: [
      ids.reportIds,
      b.tracking,
      b.kind,
      b.title,
      b.originalTitle,
      b.body,
      b.status,
      b.channel,
      b.anonymous,
      b.confidential,
      b.categoryId,
      b.regionCode,
      b.provinceCode,
      b.regencyCode,
      ts(b.incident),
      b.support,
      b.resolution,
      b.duplicateOf.map((i) => (i == null ? null : rid(i))),
      b.accessHash,
      ts(b.created),
      ts(b.updated),
      ts(b.verified),
      ts(b.firstResponse),
      ts(b.responded),
      ts(b.resolved),
      ts(b.due),
      b.nameSealed,
      b.emailSealed,
      b.phoneSealed,
      ids.dispositionIds,
      b.dReport.map(rid),
      b.dAgency,
      b.dFrom,
      b.dParent.map(did),
      b.dInstruction,
      b.dStatus,
      b.dReturnReason,
      b.dDraft,
      ts(b.dDue),
      ts(b.dCreated),
      ts(b.dAccepted),
      ts(b.dResponded),
      ts(b.dClosed),
      b.mReport.map(rid),
      b.mDisposition.map(did),
      b.mRole,
      b.mAuthor,
      b.mAgency,
      b.mBody,
      b.mVisibility,
      ts(b.mCreated),
      b.eReport.map(rid),
      b.eType,
      b.eFrom,
      b.eStatus,
      b.eRole,
      b.eDisposition.map(did),
      b.eAgency,
      b.eNote,
      b.eInternal,
      ts(b.eCreated),
      b.rReport.map(rid),
      b.rScore,
      b.rComment,
      ts(b.rCreated),
      ts(b.verificationEscalated),
      ts(b.verificationEscalatedDue),
      b.dEscalation,
      ts(b.dEscalatedDue),
      ts(b.dEscalatedAt),
      ts(b.dEscalateNational),
    ].map(pgArray),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// When reports are created: over the last two years, growing over time (the platform gains users), by hour of day

export const HISTORY_DAYS = 730;

/** The creation instants of reports [from, to) of n, sorted: quantiles of a linearly growing rate, then a time of day. */
export function creationTimes(from: number, to: number, n: number, now: number): number[] {
  const end = now - 5 * 60_000;
  const start = end - HISTORY_DAYS * DAY;
  const out: number[] = [];
  for (let g = from; g < to; g++) {
    const u = (g + Math.random()) / n;
    // Density proportional to 1 + x on [0, 1]: the CDF (x + x²/2) / 1.5 inverted.
    const x = -1 + Math.sqrt(1 + 3 * u);
    const t = start + x * (end - start);
    const day = FastCalendar.jakartaDay(t);
    let at = day * DAY - 7 * HOUR + SUBMIT_HOURS.sample() * HOUR + Math.random() * HOUR;
    if (at > end) at = end - Math.random() * HOUR;
    if (at < start) at = start + Math.random() * HOUR;
    out.push(at);
  }
  return out.sort((a, b) => a - b);
}
