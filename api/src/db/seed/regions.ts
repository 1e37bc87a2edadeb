import fs from "node:fs";
import path from "node:path";
import type { PgClient } from "./db";

export interface RegionRow {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface RegionData {
  provinces: RegionRow[];
  regencies: RegionRow[];
  districts: RegionRow[];
}

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes (`"Ra""as"`). */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      out.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new Error("CSV: a quoted field is not closed");
  if (field !== "" || row.length) {
    row.push(field);
    out.push(row);
  }
  return out.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** The data folder of the installed idn-area-data package (ESM-only, so its CSV files are read directly). */
export function idnAreaDataDir(): string {
  return path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
}

function readTable(file: string, columns: string[]): Record<string, string>[] {
  const [header, ...body] = parseCsv(fs.readFileSync(file, "utf8"));
  const idx = columns.map((c) => {
    const i = header?.indexOf(c) ?? -1;
    if (i < 0) throw new Error(`${path.basename(file)}: column "${c}" is missing (have: ${header?.join(", ")})`);
    return i;
  });
  return body.map((r, n) => {
    if (r.length !== header.length)
      throw new Error(`${path.basename(file)} line ${n + 2}: ${r.length} fields, expected ${header.length}`);
    return Object.fromEntries(columns.map((c, k) => [c, r[idx[k]].trim()]));
  });
}

let cached: RegionData | undefined;

/** Indonesia's provinces, regencies/cities and districts (Kemendagri codes) from idn-area-data (read once). */
export function loadRegionData(): RegionData {
  cached ??= readRegionData(idnAreaDataDir());
  return cached;
}

export function readRegionData(dir: string): RegionData {
  const provinces = readTable(path.join(dir, "provinces.csv"), ["code", "name"]).map((r) => ({
    code: r.code,
    name: r.name,
    parentCode: null,
  }));
  const regencies = readTable(path.join(dir, "regencies.csv"), ["code", "province_code", "name"]).map((r) => ({
    code: r.code,
    name: r.name,
    parentCode: r.province_code,
  }));
  const districts = readTable(path.join(dir, "districts.csv"), ["code", "regency_code", "name"]).map((r) => ({
    code: r.code,
    name: r.name,
    parentCode: r.regency_code,
  }));
  return { provinces, regencies, districts };
}

/** Inserts the regions that are missing, in one statement (parents and children alike: the foreign key is checked at its end). */
export async function seedRegions(client: PgClient, data = loadRegionData()): Promise<number> {
  const all = [
    ...data.provinces.map((r) => ({ ...r, level: "PROVINCE" })),
    ...data.regencies.map((r) => ({ ...r, level: "REGENCY" })),
    ...data.districts.map((r) => ({ ...r, level: "DISTRICT" })),
  ];
  const res = await client.query({
    text: `insert into region (code, name, level, parent_code)
      select * from unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[])
      on conflict (code) do nothing`,
    values: [all.map((r) => r.code), all.map((r) => r.name), all.map((r) => r.level), all.map((r) => r.parentCode)],
  });
  return res.rowCount ?? 0;
}
