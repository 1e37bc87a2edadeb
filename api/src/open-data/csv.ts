/**
 * RFC 4180 CSV: a field with a comma, a double quote, CR or LF is quoted and its quotes doubled; records end in
 * CRLF. Null and undefined are empty fields; numbers are written as JavaScript prints them (full precision).
 */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * The inverse of csvRecord, strict: quoted fields, doubled quotes, CRLF records; throws on anything else (a bare LF or
 * CR, text after a closing quote, a last record without CRLF). Tests read the downloads back with it.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`stray text after quotes at ${i}`);
    } else if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text[i] === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      if (text[i] === "\n") throw new Error(`bare LF outside quotes at ${i}`);
      field += text[i++];
    }
  }
  if (field !== "" || record.length) throw new Error("last record does not end in CRLF");
  return records;
}
