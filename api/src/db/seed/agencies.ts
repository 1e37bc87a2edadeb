import { AgencyKind } from "../../common/enums";
import type { PgClient } from "./db";
import type { RegionData } from "./regions";

/** Public-service areas (the top of the category tree); units say which of them they handle. */
export type Topic =
  | "infrastructure"
  | "health"
  | "education"
  | "civil"
  | "environment"
  | "labour"
  | "transport"
  | "energy"
  | "land"
  | "social"
  | "order"
  | "tax"
  | "integrity"
  | "food"
  | "priority"
  | "other"
  /** Drinking water: the regional water companies. */
  | "water";

export interface AgencySeed {
  name: string;
  kind: AgencyKind;
  /** The parent agency's name (names are unique in the seed). */
  parent?: string;
  regionCode?: string;
  connected?: boolean;
  requiresApproval?: boolean;
  /** A FOLLOW_UP service level of the agency's own (its units inherit it). */
  followUpDays?: number;
  /** For units and regional enterprises: the areas they handle, used when the synthetic reports are forwarded. */
  topics?: Topic[];
}

/**
 * Ministries of the Kabinet Merah Putih (2024-2029), each with some of its real directorates-general or deputies.
 * Ministries sign a memo before a response is published, so their responses wait for the agency admin's approval.
 */
export const MINISTRIES: { name: string; units: string[] }[] = [
  { name: "Kementerian Koordinator Bidang Politik dan Keamanan", units: [] },
  { name: "Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan", units: [] },
  { name: "Kementerian Koordinator Bidang Perekonomian", units: [] },
  { name: "Kementerian Koordinator Bidang Pemberdayaan Masyarakat", units: [] },
  { name: "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", units: [] },
  { name: "Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan", units: [] },
  { name: "Kementerian Koordinator Bidang Pangan", units: [] },
  { name: "Kementerian Sekretariat Negara", units: [] },
  {
    name: "Kementerian Dalam Negeri",
    units: [
      "Direktorat Jenderal Kependudukan dan Pencatatan Sipil",
      "Direktorat Jenderal Bina Keuangan Daerah",
      "Direktorat Jenderal Otonomi Daerah",
    ],
  },
  {
    name: "Kementerian Luar Negeri",
    units: ["Direktorat Jenderal Protokol dan Konsuler", "Direktorat Jenderal Asia Pasifik dan Afrika"],
  },
  {
    name: "Kementerian Pertahanan",
    units: ["Direktorat Jenderal Strategi Pertahanan", "Direktorat Jenderal Kekuatan Pertahanan"],
  },
  {
    name: "Kementerian Agama",
    units: ["Direktorat Jenderal Pendidikan Islam", "Direktorat Jenderal Bimbingan Masyarakat Islam"],
  },
  { name: "Kementerian Haji dan Umrah", units: [] },
  {
    name: "Kementerian Hukum",
    units: [
      "Direktorat Jenderal Administrasi Hukum Umum",
      "Direktorat Jenderal Kekayaan Intelektual",
      "Direktorat Jenderal Peraturan Perundang-undangan",
    ],
  },
  { name: "Kementerian Hak Asasi Manusia", units: ["Direktorat Jenderal Pelayanan dan Kepatuhan Hak Asasi Manusia"] },
  {
    name: "Kementerian Imigrasi dan Pemasyarakatan",
    units: ["Direktorat Jenderal Imigrasi", "Direktorat Jenderal Pemasyarakatan"],
  },
  {
    name: "Kementerian Keuangan",
    units: ["Direktorat Jenderal Pajak", "Direktorat Jenderal Bea dan Cukai", "Direktorat Jenderal Perbendaharaan"],
  },
  {
    name: "Kementerian Pendidikan Dasar dan Menengah",
    units: [
      "Direktorat Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan Menengah",
      "Direktorat Jenderal Guru, Tenaga Kependidikan, dan Pendidikan Guru",
      "Direktorat Jenderal Pendidikan Vokasi, Pendidikan Khusus, dan Pendidikan Layanan Khusus",
    ],
  },
  {
    name: "Kementerian Pendidikan Tinggi, Sains, dan Teknologi",
    units: [
      "Direktorat Jenderal Pendidikan Tinggi",
      "Direktorat Jenderal Riset dan Pengembangan",
      "Direktorat Jenderal Sains dan Teknologi",
    ],
  },
  { name: "Kementerian Kebudayaan", units: ["Direktorat Jenderal Pelindungan Kebudayaan dan Tradisi"] },
  {
    name: "Kementerian Kesehatan",
    units: [
      "Direktorat Jenderal Pelayanan Kesehatan",
      "Direktorat Jenderal Pencegahan dan Pengendalian Penyakit",
      "Direktorat Jenderal Farmasi dan Alat Kesehatan",
    ],
  },
  {
    name: "Kementerian Sosial",
    units: [
      "Direktorat Jenderal Perlindungan dan Jaminan Sosial",
      "Direktorat Jenderal Rehabilitasi Sosial",
      "Direktorat Jenderal Pemberdayaan Sosial",
    ],
  },
  {
    name: "Kementerian Ketenagakerjaan",
    units: [
      "Direktorat Jenderal Pembinaan Hubungan Industrial dan Jaminan Sosial Tenaga Kerja",
      "Direktorat Jenderal Pembinaan Pengawasan Ketenagakerjaan dan Keselamatan dan Kesehatan Kerja",
      "Direktorat Jenderal Pembinaan Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja",
    ],
  },
  {
    name: "Kementerian Perindustrian",
    units: ["Direktorat Jenderal Industri Kecil, Menengah, dan Aneka", "Direktorat Jenderal Industri Agro"],
  },
  {
    name: "Kementerian Perdagangan",
    units: [
      "Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga",
      "Direktorat Jenderal Perdagangan Dalam Negeri",
    ],
  },
  {
    name: "Kementerian Energi dan Sumber Daya Mineral",
    units: [
      "Direktorat Jenderal Ketenagalistrikan",
      "Direktorat Jenderal Minyak dan Gas Bumi",
      "Direktorat Jenderal Mineral dan Batubara",
    ],
  },
  {
    name: "Kementerian Pekerjaan Umum",
    units: ["Direktorat Jenderal Bina Marga", "Direktorat Jenderal Sumber Daya Air", "Direktorat Jenderal Cipta Karya"],
  },
  {
    name: "Kementerian Perumahan dan Kawasan Permukiman",
    units: [
      "Direktorat Jenderal Perumahan Perkotaan",
      "Direktorat Jenderal Perumahan Perdesaan",
      "Direktorat Jenderal Kawasan Permukiman",
    ],
  },
  {
    name: "Kementerian Desa dan Pembangunan Daerah Tertinggal",
    units: ["Direktorat Jenderal Pembangunan Desa dan Perdesaan", "Direktorat Jenderal Pembangunan Daerah Tertinggal"],
  },
  { name: "Kementerian Transmigrasi", units: [] },
  {
    name: "Kementerian Perhubungan",
    units: [
      "Direktorat Jenderal Perhubungan Darat",
      "Direktorat Jenderal Perhubungan Laut",
      "Direktorat Jenderal Perhubungan Udara",
      "Direktorat Jenderal Perkeretaapian",
    ],
  },
  {
    name: "Kementerian Komunikasi dan Digital",
    units: [
      "Direktorat Jenderal Infrastruktur Digital",
      "Direktorat Jenderal Ekosistem Digital",
      "Direktorat Jenderal Pengawasan Ruang Digital",
    ],
  },
  {
    name: "Kementerian Pertanian",
    units: [
      "Direktorat Jenderal Tanaman Pangan",
      "Direktorat Jenderal Prasarana dan Sarana Pertanian",
      "Direktorat Jenderal Peternakan dan Kesehatan Hewan",
    ],
  },
  {
    name: "Kementerian Kehutanan",
    units: [
      "Direktorat Jenderal Konservasi Sumber Daya Alam dan Ekosistem",
      "Direktorat Jenderal Penegakan Hukum Kehutanan",
    ],
  },
  {
    name: "Kementerian Kelautan dan Perikanan",
    units: [
      "Direktorat Jenderal Perikanan Tangkap",
      "Direktorat Jenderal Perikanan Budi Daya",
      "Direktorat Jenderal Pengawasan Sumber Daya Kelautan dan Perikanan",
    ],
  },
  {
    name: "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    units: [
      "Direktorat Jenderal Penetapan Hak dan Pendaftaran Tanah",
      "Direktorat Jenderal Penanganan Sengketa dan Konflik Pertanahan",
      "Direktorat Jenderal Tata Ruang",
    ],
  },
  { name: "Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional", units: [] },
  {
    name: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    units: [
      "Deputi Bidang Pelayanan Publik",
      "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan",
    ],
  },
  { name: "Kementerian Badan Usaha Milik Negara", units: [] },
  {
    name: "Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional",
    units: [],
  },
  {
    name: "Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup",
    units: ["Deputi Bidang Penegakan Hukum Lingkungan Hidup"],
  },
  { name: "Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal", units: [] },
  { name: "Kementerian Koperasi", units: [] },
  { name: "Kementerian Usaha Mikro, Kecil, dan Menengah", units: [] },
  { name: "Kementerian Pariwisata", units: [] },
  { name: "Kementerian Ekonomi Kreatif/Badan Ekonomi Kreatif", units: [] },
  {
    name: "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
    units: ["Deputi Bidang Perlindungan Khusus Anak"],
  },
  { name: "Kementerian Pemuda dan Olahraga", units: [] },
  { name: "Kementerian Pelindungan Pekerja Migran Indonesia/Badan Pelindungan Pekerja Migran Indonesia", units: [] },
];

/** Non-ministerial national institutions that handle complaints (the Ombudsman oversees, it does not handle). */
export const INSTITUTIONS: { name: string; units?: string[]; followUpDays?: number }[] = [
  { name: "BPJS Kesehatan", followUpDays: 3 },
  { name: "BPJS Ketenagakerjaan" },
  {
    name: "Kepolisian Negara Republik Indonesia",
    units: [
      "Korps Lalu Lintas Kepolisian Negara Republik Indonesia",
      "Divisi Profesi dan Pengamanan Kepolisian Negara Republik Indonesia",
    ],
  },
  { name: "Kejaksaan Republik Indonesia" },
  { name: "Komisi Pemberantasan Korupsi" },
  { name: "Badan Pengawas Obat dan Makanan" },
  { name: "Badan Kepegawaian Negara" },
  { name: "Badan Pusat Statistik" },
  { name: "Badan Meteorologi, Klimatologi, dan Geofisika" },
  { name: "Badan Nasional Penanggulangan Bencana" },
  { name: "Badan Narkotika Nasional" },
  { name: "Badan Gizi Nasional" },
  { name: "Badan Pangan Nasional" },
  { name: "Otoritas Jasa Keuangan" },
  { name: "Badan Pengawasan Keuangan dan Pembangunan" },
  { name: "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah" },
  { name: "Badan Nasional Pencarian dan Pertolongan" },
];

/** State-owned enterprises; PLN's regional distribution units take the complaints of their provinces. */
export const STATE_ENTERPRISES: {
  name: string;
  followUpDays?: number;
  units?: { name: string; regionCode: string }[];
}[] = [
  {
    name: "PT PLN (Persero)",
    followUpDays: 3,
    units: [
      { name: "PT PLN (Persero) Unit Induk Distribusi Jakarta Raya", regionCode: "31" },
      { name: "PT PLN (Persero) Unit Induk Distribusi Jawa Barat", regionCode: "32" },
      { name: "PT PLN (Persero) Unit Induk Distribusi Jawa Tengah dan D.I. Yogyakarta", regionCode: "33" },
      { name: "PT PLN (Persero) Unit Induk Distribusi Jawa Timur", regionCode: "35" },
      { name: "PT PLN (Persero) Unit Induk Distribusi Banten", regionCode: "36" },
      { name: "PT PLN (Persero) Unit Induk Distribusi Bali", regionCode: "51" },
    ],
  },
  { name: "PT Pertamina (Persero)", units: [] },
  { name: "PT Pertamina Patra Niaga" },
  { name: "PT Kereta Api Indonesia (Persero)" },
  { name: "PT Kereta Commuter Indonesia" },
  { name: "PT Telkom Indonesia (Persero) Tbk" },
  { name: "PT Pos Indonesia (Persero)" },
  { name: "PT Jasa Marga (Persero) Tbk" },
  { name: "PT Pelabuhan Indonesia (Persero)" },
  { name: "PT Angkasa Pura Indonesia" },
  { name: "PT ASDP Indonesia Ferry (Persero)" },
  { name: "Perum BULOG" },
  { name: "PT Pupuk Indonesia (Persero)" },
];

/** Subsidiaries that are the units of a parent enterprise (they handle its retail complaints). */
const ENTERPRISE_PARENTS: Record<string, string> = {
  "PT Pertamina Patra Niaga": "PT Pertamina (Persero)",
  "PT Kereta Commuter Indonesia": "PT Kereta Api Indonesia (Persero)",
};

/** Offices of every provincial government. */
const PROVINCE_UNITS: { prefix: string; topics: Topic[] }[] = [
  { prefix: "Dinas Pendidikan", topics: ["education"] },
  { prefix: "Dinas Kesehatan", topics: ["health", "priority"] },
  { prefix: "Dinas Pekerjaan Umum dan Penataan Ruang", topics: ["infrastructure", "land"] },
  { prefix: "Dinas Perhubungan", topics: ["transport"] },
  { prefix: "Dinas Sosial", topics: ["social"] },
  { prefix: "Dinas Tenaga Kerja", topics: ["labour"] },
  { prefix: "Dinas Lingkungan Hidup", topics: ["environment"] },
  { prefix: "Badan Pendapatan Daerah", topics: ["tax"] },
  { prefix: "Inspektorat", topics: ["integrity"] },
];

/** Big cities whose offices (dinas) are in the directory; the others are reached through their government. */
const CITY_UNITS: { prefix: string; topics: Topic[] }[] = [
  { prefix: "Dinas Pendidikan", topics: ["education"] },
  { prefix: "Dinas Kesehatan", topics: ["health", "priority"] },
  { prefix: "Dinas Pekerjaan Umum dan Penataan Ruang", topics: ["infrastructure", "land"] },
  { prefix: "Dinas Kependudukan dan Pencatatan Sipil", topics: ["civil"] },
  { prefix: "Dinas Lingkungan Hidup", topics: ["environment"] },
  { prefix: "Dinas Perhubungan", topics: ["transport"] },
  { prefix: "Dinas Sosial", topics: ["social"] },
  { prefix: "Dinas Tenaga Kerja", topics: ["labour"] },
  { prefix: "Satuan Polisi Pamong Praja", topics: ["order"] },
  { prefix: "Badan Pendapatan Daerah", topics: ["tax"] },
  { prefix: "Inspektorat", topics: ["integrity"] },
];
/** Where a city's office carries its own name (Bandung and Surabaya merged water resources and roads). */
const CITY_UNIT_NAMES: Record<string, Record<string, string>> = {
  "Kota Bandung": { "Dinas Pekerjaan Umum dan Penataan Ruang": "Dinas Sumber Daya Air dan Bina Marga" },
  "Kota Surabaya": { "Dinas Pekerjaan Umum dan Penataan Ruang": "Dinas Sumber Daya Air dan Bina Marga" },
};
export const BIG_CITIES = ["Kota Bandung", "Kota Surabaya", "Kota Medan", "Kota Makassar", "Kota Semarang"];

/** Jakarta's administrative cities have suku dinas (branches of the province's offices) rather than dinas. */
const JAKARTA_SELATAN = "Kota Administrasi Jakarta Selatan";
const SUKU_DINAS: { name: string; topics: Topic[] }[] = [
  { name: "Suku Dinas Bina Marga", topics: ["infrastructure"] },
  { name: "Suku Dinas Sumber Daya Air", topics: ["infrastructure"] },
  { name: "Suku Dinas Kesehatan", topics: ["health", "priority"] },
  { name: "Suku Dinas Kependudukan dan Pencatatan Sipil", topics: ["civil"] },
  { name: "Suku Dinas Lingkungan Hidup", topics: ["environment"] },
  { name: "Suku Dinas Perhubungan", topics: ["transport"] },
  { name: "Suku Dinas Sosial", topics: ["social"] },
  { name: "Satuan Polisi Pamong Praja", topics: ["order"] },
];

/** Regional drinking-water companies (BUMD), owned by their local government. */
const WATER_COMPANIES: { name: string; owner: string }[] = [
  { name: "Perumda Air Minum Tirtawening Kota Bandung", owner: "Kota Bandung" },
  { name: "Perumda Air Minum Surya Sembada Kota Surabaya", owner: "Kota Surabaya" },
  { name: "Perumda Air Minum Tirtanadi Provinsi Sumatera Utara", owner: "Sumatera Utara" },
  { name: "Perumda Air Minum Kota Makassar", owner: "Kota Makassar" },
  { name: "Perumda Air Minum Tirta Moedal Kota Semarang", owner: "Kota Semarang" },
  { name: "Perumda Air Minum Jaya", owner: "Daerah Khusus Ibukota Jakarta" },
];

/** Provinces and cities whose own complaint systems are connected through the API. */
const CONNECTED_PROVINCES = new Set(["31", "32", "33", "35", "51"]);
const CONNECTED_CITIES = new Set(["Kota Bandung", "Kota Surabaya", "Kota Semarang"]);

export const provinceGovernmentName = (provinceName: string) => `Pemerintah Provinsi ${provinceName}`;
/** "Kabupaten Aceh Selatan" -> "Pemerintah Kabupaten Aceh Selatan", "Kota Bandung" -> "Pemerintah Kota Bandung". */
export const regencyGovernmentName = (regencyName: string) => `Pemerintah ${regencyName}`;

/** Every agency of the seed, parents before their units. Names are unique (asserted). */
export function agencySeeds(regions: RegionData): AgencySeed[] {
  const out: AgencySeed[] = [];
  for (const m of MINISTRIES) {
    out.push({ name: m.name, kind: AgencyKind.MINISTRY, requiresApproval: true });
    // A directorate-general publishes its own responses (its operators have no admin of their own in the demo).
    for (const u of m.units) out.push({ name: u, kind: AgencyKind.UNIT, parent: m.name });
  }
  for (const i of INSTITUTIONS) {
    out.push({ name: i.name, kind: AgencyKind.INSTITUTION, followUpDays: i.followUpDays });
    for (const u of i.units ?? []) out.push({ name: u, kind: AgencyKind.UNIT, parent: i.name });
  }
  for (const e of STATE_ENTERPRISES) {
    const parent = ENTERPRISE_PARENTS[e.name];
    out.push({
      name: e.name,
      kind: parent ? AgencyKind.UNIT : AgencyKind.STATE_ENTERPRISE,
      parent,
      followUpDays: e.followUpDays,
    });
    for (const u of e.units ?? []) {
      out.push({
        name: u.name,
        kind: AgencyKind.UNIT,
        parent: e.name,
        regionCode: u.regionCode,
        topics: ["energy"],
      });
    }
  }
  const provinceByName = new Map(regions.provinces.map((p) => [p.name, p]));
  for (const p of regions.provinces) {
    const gov = provinceGovernmentName(p.name);
    out.push({ name: gov, kind: AgencyKind.PROVINCE, regionCode: p.code, connected: CONNECTED_PROVINCES.has(p.code) });
    for (const u of PROVINCE_UNITS) {
      out.push({
        name: `${u.prefix} Provinsi ${p.name}`,
        kind: AgencyKind.UNIT,
        parent: gov,
        regionCode: p.code,
        topics: u.topics,
      });
    }
  }
  const regencyByName = new Map(regions.regencies.map((r) => [r.name, r]));
  for (const r of regions.regencies) {
    const gov = regencyGovernmentName(r.name);
    out.push({ name: gov, kind: AgencyKind.REGENCY, regionCode: r.code, connected: CONNECTED_CITIES.has(r.name) });
    if (BIG_CITIES.includes(r.name)) {
      for (const u of CITY_UNITS) {
        const prefix = CITY_UNIT_NAMES[r.name]?.[u.prefix] ?? u.prefix;
        out.push({
          name: `${prefix} ${r.name}`,
          kind: AgencyKind.UNIT,
          parent: gov,
          regionCode: r.code,
          topics: u.topics,
        });
      }
    }
    if (r.name === JAKARTA_SELATAN) {
      for (const u of SUKU_DINAS)
        out.push({
          name: `${u.name} ${r.name}`,
          kind: AgencyKind.UNIT,
          parent: gov,
          regionCode: r.code,
          topics: u.topics,
        });
    }
  }
  for (const w of WATER_COMPANIES) {
    const city = regencyByName.get(w.owner);
    const province = provinceByName.get(w.owner);
    const owner = city
      ? { name: regencyGovernmentName(city.name), code: city.code }
      : province
        ? { name: provinceGovernmentName(province.name), code: province.code }
        : null;
    if (!owner) throw new Error(`Seed: the owner of ${w.name} (${w.owner}) is not a region`);
    out.push({
      name: w.name,
      kind: AgencyKind.STATE_ENTERPRISE,
      parent: owner.name,
      regionCode: owner.code,
      topics: ["water"],
    });
  }
  const seen = new Set<string>();
  for (const a of out) {
    if (seen.has(a.name)) throw new Error(`Seed: the agency name "${a.name}" appears twice`);
    seen.add(a.name);
  }
  return out;
}

function depth(a: AgencySeed, byName: Map<string, AgencySeed>): number {
  if (!a.parent) return 0;
  const parent = byName.get(a.parent);
  if (!parent) throw new Error(`Seed: the parent of ${a.name} (${a.parent}) is not in the seed`);
  return 1 + depth(parent, byName);
}

/**
 * Inserts the agencies that are missing (matched by name), parents first, one statement per level of the hierarchy,
 * with the FOLLOW_UP service levels of those it inserts. Returns how many agencies were inserted.
 */
export async function seedAgencies(client: PgClient, seeds: AgencySeed[]): Promise<number> {
  const byName = new Map(seeds.map((a) => [a.name, a]));
  const levels: AgencySeed[][] = [];
  for (const a of seeds) {
    const d = depth(a, byName);
    levels[d] = [...(levels[d] ?? []), a];
  }
  const inserted: string[] = [];
  for (const level of levels) {
    if (!level?.length) continue;
    const res = await client.query<{ name: string }>({
      text: `insert into agency (name, kind, parent_id, region_code, connected, requires_approval)
        select u.name, u.kind, (select p.id from agency p where p.name = u.parent_name order by p.id limit 1),
          u.region_code, u.connected, u.requires_approval
        from unnest($1::text[], $2::text[], $3::text[], $4::varchar[], $5::bool[], $6::bool[])
          as u(name, kind, parent_name, region_code, connected, requires_approval)
        where not exists (select 1 from agency a where a.name = u.name)
        returning name`,
      values: [
        level.map((a) => a.name),
        level.map((a) => a.kind),
        level.map((a) => a.parent ?? null),
        level.map((a) => a.regionCode ?? null),
        level.map((a) => a.connected ?? false),
        level.map((a) => a.requiresApproval ?? false),
      ],
    });
    inserted.push(...res.rows.map((r) => r.name));
  }
  // Only for agencies inserted now: an admin may have changed or removed the settings of the others since.
  const own = inserted.flatMap((name) => {
    const days = byName.get(name)?.followUpDays;
    return days ? [{ name, days }] : [];
  });
  if (own.length) {
    await client.query({
      text: `insert into sla_setting (step, agency_id, working_days)
        select 'FOLLOW_UP', (select a.id from agency a where a.name = u.name order by a.id limit 1), u.days
        from unnest($1::text[], $2::int[]) as u(name, days)
        on conflict on constraint sla_setting_key do nothing`,
      values: [own.map((o) => o.name), own.map((o) => o.days)],
    });
  }
  return inserted.length;
}
