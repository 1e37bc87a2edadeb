import "reflect-metadata";
import crypto from "node:crypto";
import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestOrm } from "../../test/db";
import { fromGlobalId } from "../common/ids";
import { createLogger } from "../common/logger";
import { type Config, loadConfig, testKeys } from "../config";
import type { Orm } from "../db/orm";
import { signedAttachmentPath } from "./attachment.links";
import { clientKey, MAX_UPLOAD_BYTES, pdfRefusal, sanitizeFileName, uploadRouter } from "./upload.route";

let orm: Orm;
let dropDatabase: () => Promise<void>;
let config: Config;
let server: http.Server;
let base: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aduan-uploads-"));
  config = { ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }, { DATA_DIR: dataDir }), keys: testKeys() };
  const db = await openTestOrm();
  orm = db.orm;
  dropDatabase = db.drop;
  const log = createLogger("silent");
  const app = express();
  app.use("/uploads", uploadRouter({ config, orm, log }));
  // A second instance with a tiny allowance, for the rate limit.
  app.use("/limited", uploadRouter({ config, orm, log, rateLimit: { points: 2, durationSeconds: 60 } }));
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await dropDatabase?.();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Uploaded {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

async function upload(data: Uint8Array, name: string, type = "application/octet-stream", at = "/uploads") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)], { type }), name);
  const res = await fetch(`${base}${at}`, { method: "POST", body: form });
  return { res, body: (await res.json()) as Uploaded & { error?: { code: string; message: string } } };
}

async function rowCount(): Promise<number> {
  const [r] = await orm.em.fork().getConnection().execute<{ n: string }[]>("select count(*) as n from attachment");
  return Number(r.n);
}

function storedFiles(): string[] {
  const root = path.join(dataDir, "uploads");
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) =>
    fs.statSync(path.join(root, f)).isFile(),
  );
}

async function row(globalId: string) {
  const key = fromGlobalId(globalId)?.key ?? "";
  const [r] = await orm.em.fork().getConnection().execute<
    {
      id: string;
      report_id: number | null;
      message_id: number | null;
      storage_key: string;
      sha256: string;
      size: number;
      file_name: string;
      content_type: string;
    }[]
  >(
    "select id::text, report_id, message_id, storage_key, sha256, size, file_name, content_type from attachment where id = ?",
    [key],
  );
  return r;
}

/** Whether an EXIF block points to a GPS IFD (tag 0x8825), in either byte order. */
function hasGpsIfd(exif: Buffer): boolean {
  const littleEndian = exif.includes(Buffer.from("II*\0", "latin1"));
  return exif.includes(Buffer.from(littleEndian ? [0x25, 0x88] : [0x88, 0x25]));
}

/** A small, valid one-page PDF with a correct cross-reference table; `extra` goes into the catalog. */
function minimalPdf(extra = "", trailerExtra = ""): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${extra}>>`,
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    null,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const content = "BT /F1 18 Tf 20 40 Td (Jalan rusak) Tj ET";
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out +=
      o === null
        ? `${i + 1} 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`
        : `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A PDF 1.5 whose catalog sits in a compressed object stream, where a raw byte scan would not see its keys. */
function pdfWithObjectStream(catalog: string): Buffer {
  const packed = `1 0 ${catalog}`;
  const compressed = zlib.deflateSync(Buffer.from(packed, "latin1"));
  const head = Buffer.from(
    `%PDF-1.5\n10 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
    "latin1",
  );
  const tail = Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
  return Buffer.concat([head, compressed, tail]);
}

describe("POST /uploads", () => {
  it("strips EXIF (GPS, camera) from a JPEG, applies its orientation and sanitises the name", async () => {
    const original = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a6" } })
      .withExif({
        IFD0: { Make: "TestCam", Model: "X1" },
        IFD3: {
          GPSLatitudeRef: "S",
          GPSLatitude: "6/1 12/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "106/1 49/1 0/1",
        },
      })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const before = await sharp(original).metadata();
    expect(before.exif && hasGpsIfd(before.exif)).toBe(true);
    expect(original.includes("TestCam")).toBe(true);

    const { res, body } = await upload(original, "../../etc/passwd.jpg", "image/jpeg");
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ fileName: "passwd.jpg", contentType: "image/jpeg" });
    expect(fromGlobalId(body.id)?.type).toBe("Attachment");

    const r = await row(body.id);
    expect(r).toMatchObject({
      report_id: null,
      message_id: null,
      file_name: "passwd.jpg",
      content_type: "image/jpeg",
      size: body.size,
    });
    expect(r.storage_key).toBe(`${r.id.slice(0, 2)}/${r.id.slice(2, 4)}/${r.id}`);
    const file = path.join(dataDir, "uploads", r.storage_key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const stored = fs.readFileSync(file);
    expect(stored.length).toBe(body.size);
    expect(crypto.createHash("sha256").update(stored).digest("hex")).toBe(r.sha256);

    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([48, 64]);
    expect(stored.includes("TestCam")).toBe(false);

    const dl = await fetch(`${base}${signedAttachmentPath(config.keys, r.id)}`);
    expect(dl.status).toBe(200);
    const downloaded = Buffer.from(await dl.arrayBuffer());
    expect(downloaded.equals(stored)).toBe(true);
    expect((await sharp(downloaded).metadata()).exif).toBeUndefined();
  });

  it("strips EXIF from a WebP and scales a large image down to 4096 px", async () => {
    const webp = await sharp({ create: { width: 5000, height: 100, channels: 3, background: "#c33" } })
      .withExif({ IFD0: { Make: "TestCam" } })
      .webp()
      .toBuffer();
    expect((await sharp(webp).metadata()).exif).toBeDefined();
    const { res, body } = await upload(webp, "jalan.webp", "image/webp");
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ fileName: "jalan.webp", contentType: "image/webp" });
    const meta = await sharp(
      fs.readFileSync(path.join(dataDir, "uploads", (await row(body.id)).storage_key)),
    ).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 4096 });
    expect(meta.exif).toBeUndefined();
  });

  it("decides the type by content: a PNG named .pdf is stored as image/png", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: "#00f8" } })
      .png()
      .toBuffer();
    const { res, body } = await upload(png, "scan.pdf", "application/pdf");
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ fileName: "scan.png", contentType: "image/png" });
    expect((await row(body.id)).content_type).toBe("image/png");
  });

  it("refuses a text file named photo.jpg with 415 and stores nothing", async () => {
    const [rows, files] = [await rowCount(), storedFiles().length];
    const { res, body } = await upload(Buffer.from("just some text, not a photo\n"), "photo.jpg", "image/jpeg");
    expect(res.status).toBe(415);
    expect(body.error?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(body.error?.message).toMatch(/JPEG, PNG, WebP, HEIC/);
    expect(await rowCount()).toBe(rows);
    expect(storedFiles()).toHaveLength(files);
  });

  it("refuses a HEIC photo the server cannot decode with a clear message", async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from("ftypheic\0\0\0\0mif1heic", "latin1"),
      crypto.randomBytes(512),
    ]);
    const { res, body } = await upload(heic, "IMG_0001.HEIC", "image/heic");
    expect(res.status).toBe(415);
    expect(body.error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    expect(body.error?.message).toMatch(/HEIC.*JPEG/);
  });

  it("refuses an image that cannot be decoded", async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const { res, body } = await upload(png.subarray(0, 60), "broken.png", "image/png");
    expect(res.status).toBe(415);
    expect(body.error?.message).toMatch(/could not be read/);
  });

  it("refuses 11 MB with 413 and stores nothing", async () => {
    const [rows, files] = [await rowCount(), storedFiles().length];
    const { res, body } = await upload(crypto.randomBytes(11 * 1024 * 1024), "big.jpg", "image/jpeg");
    expect(res.status).toBe(413);
    expect(body.error?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await rowCount()).toBe(rows);
    expect(storedFiles()).toHaveLength(files);
  });

  it("refuses a file one byte over the limit while parsing (the request itself is within bounds)", async () => {
    const rows = await rowCount();
    const { res, body } = await upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41), "almost.pdf", "application/pdf");
    expect(res.status).toBe(413);
    expect(body.error?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await rowCount()).toBe(rows);
  });

  it("accepts a small valid PDF unchanged", async () => {
    const pdf = minimalPdf();
    expect(await pdfRefusal(pdf)).toBeNull();
    const { res, body } = await upload(pdf, "Surat Pengaduan.pdf", "application/pdf");
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ fileName: "Surat Pengaduan.pdf", contentType: "application/pdf", size: pdf.length });
    expect((await row(body.id)).sha256).toBe(crypto.createHash("sha256").update(pdf).digest("hex"));
  });

  it("refuses PDFs with scripts, launch actions or encryption, also when hidden in object streams or name escapes", async () => {
    const rows = await rowCount();
    const cases: [Buffer, RegExp][] = [
      [minimalPdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "), /JavaScript/],
      [minimalPdf("/OpenAction << /S /Launch /F (cmd.exe) >> "), /launch/],
      [minimalPdf("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> "), /JavaScript/],
      [minimalPdf("", "/Encrypt 9 0 R "), /encrypted/],
      [pdfWithObjectStream("<< /Type /Catalog /Names << /JavaScript 7 0 R >> >>"), /JavaScript/],
      [minimalPdf("/Names << /EmbeddedFiles 8 0 R >> "), /embedded files/],
    ];
    for (const [pdf, message] of cases) {
      const { res, body } = await upload(pdf, "doc.pdf", "application/pdf");
      expect(res.status).toBe(415);
      expect(body.error?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(body.error?.message).toMatch(message);
    }
    expect(await pdfRefusal(pdfWithObjectStream("<< /Type /Catalog /Pages 2 0 R >>"))).toBeNull();
    // A fake `stream` inside a string must not hide what follows it; names inside strings and comments are text.
    expect(
      await pdfRefusal(
        minimalPdf("/Lang (x >> stream\n) /OpenAction << /S /JavaScript /JS (app.alert(1)) >> /Foo (endstream) "),
      ),
    ).toMatch(/JavaScript/);
    expect(await pdfRefusal(minimalPdf("/Lang (a \\) (b\\) /JS) ) % /Launch in a comment\n"))).toBeNull();
    expect(await pdfRefusal(Buffer.from("%PDF-1.4\n1 0 obj\n<< /Length 5 >>\nstream\nabc"))).toMatch(/incomplete/);
    expect(await rowCount()).toBe(rows);
  });

  it("answers 400 for a missing file, two files, a wrong field, an empty file or a body that is not multipart", async () => {
    const none = new FormData();
    none.append("note", "hello");
    const two = new FormData();
    two.append("file", new Blob(["a"]), "a.txt");
    two.append("file", new Blob(["b"]), "b.txt");
    const wrongField = new FormData();
    wrongField.append("photo", new Blob(["a"]), "a.jpg");
    const empty = new FormData();
    empty.append("file", new Blob([]), "empty.jpg");
    for (const body of [none, two, wrongField, empty, JSON.stringify({ file: "x" })]) {
      const res = await fetch(`${base}/uploads`, {
        method: "POST",
        body,
        headers: typeof body === "string" ? { "content-type": "application/json" } : {},
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BAD_USER_INPUT");
    }
  });

  it("answers 400 for a multipart body cut short inside the file, and keeps serving", async () => {
    const body =
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff';
    const res = await fetch(`${base}/uploads`, {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "BAD_USER_INPUT", message: "The multipart body is malformed or incomplete" },
    });
    const after = await fetch(`${base}/uploads`, {
      method: "POST",
      body: "x",
      headers: { "content-type": "text/plain" },
    });
    expect(after.status).toBe(400);
  });

  it("rate-limits uploads per address with 429 and Retry-After", async () => {
    const text = Buffer.from("not an image");
    expect((await upload(text, "a.txt", "text/plain", "/limited")).res.status).toBe(415);
    expect((await upload(text, "a.txt", "text/plain", "/limited")).res.status).toBe(415);
    const { res, body } = await upload(text, "a.txt", "text/plain", "/limited");
    expect(res.status).toBe(429);
    expect(body.error?.code).toBe("RATE_LIMITED");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("GET /uploads/:id", () => {
  let image: { key: string; bytes: Buffer };
  let pdf: { key: string; bytes: Buffer };

  beforeAll(async () => {
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#888" } })
      .jpeg()
      .toBuffer();
    const a = await upload(jpeg, "Foto jalan rusak ñ.jpg", "image/jpeg");
    const ka = (await row(a.body.id)).storage_key;
    image = { key: fromGlobalId(a.body.id)?.key ?? "", bytes: fs.readFileSync(path.join(dataDir, "uploads", ka)) };
    const doc = minimalPdf();
    const b = await upload(doc, "laporan.pdf", "application/pdf");
    pdf = { key: fromGlobalId(b.body.id)?.key ?? "", bytes: doc };
  });

  it("streams an image inline with protective headers when the signature is valid", async () => {
    const res = await fetch(`${base}${signedAttachmentPath(config.keys, image.key)}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(image.bytes)).toBe(true);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("content-length")).toBe(String(image.bytes.length));
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="Foto jalan rusak _.jpg"; filename*=UTF-8''Foto%20jalan%20rusak%20%C3%B1.jpg`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, max-age=900");
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
  });

  it("serves a PDF as a download", async () => {
    const res = await fetch(`${base}${signedAttachmentPath(config.keys, pdf.key)}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf.bytes)).toBe(true);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="laporan.pdf"; filename*=UTF-8''laporan.pdf`,
    );
  });

  it("answers the same 404 for a wrong signature, an expired link, an unknown id and a malformed id", async () => {
    const valid = signedAttachmentPath(config.keys, image.key);
    const wrongSig = valid.replace(/sig=([0-9a-f])/, (_, c: string) => `sig=${c === "0" ? "1" : "0"}`);
    const otherKey = signedAttachmentPath({ ...testKeys(), hmacKey: Buffer.alloc(32, 9) }, image.key);
    const expired = signedAttachmentPath(config.keys, image.key, Date.now() - 16 * 60 * 1000);
    const unknown = signedAttachmentPath(config.keys, crypto.randomUUID());
    const noSig = `/uploads/${image.key}`;
    const malformed = signedAttachmentPath(config.keys, "not-a-uuid");
    const answers = new Set<string>();
    for (const p of [wrongSig, otherKey, expired, unknown, noSig, malformed]) {
      const res = await fetch(`${base}${p}`);
      expect(res.status).toBe(404);
      answers.add(await res.text());
    }
    expect([...answers]).toEqual([JSON.stringify({ error: { code: "NOT_FOUND", message: "Not found" } })]);
  });
});

describe("helpers", () => {
  it("sanitises file names", () => {
    expect(sanitizeFileName("../../etc/passwd.jpg", "jpg", ["jpg", "jpeg"])).toBe("passwd.jpg");
    expect(sanitizeFileName("C:\\Users\\budi\\KTP.JPEG", "jpg", ["jpg", "jpeg"])).toBe("KTP.jpeg");
    expect(sanitizeFileName("invoice\u202Egpj.exe", "pdf")).toBe("invoicegpj.pdf");
    expect(sanitizeFileName("a\u0000b\nc<d>:e?.pdf", "pdf")).toBe("abc_d__e_.pdf");
    expect(sanitizeFileName("..", "png")).toBe("file.png");
    expect(sanitizeFileName("", "pdf")).toBe("file.pdf");
    expect(sanitizeFileName("Laporan v1.2 final", "pdf")).toBe("Laporan v1.2 final.pdf");
    const long = sanitizeFileName(`${"é".repeat(300)}.png`, "png");
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith(".png")).toBe(true);
  });

  it("keys rate limits by IPv4 address or IPv6 /64", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:ffff:0:0:1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
  });
});
