// REST transport for attachments: `POST /uploads` takes one file, cleans it and stores it unclaimed;
// `GET /uploads/:id?exp&sig` serves it to whoever holds a signed link (resolvers issue those after their policy check).
import crypto from "node:crypto";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import zlib from "node:zlib";
import busboy from "busboy";
import express from "express";
import { fileTypeFromBuffer } from "file-type";
import { RateLimiterRes } from "rate-limiter-flexible";
import sharp from "sharp";
import { toGlobalId } from "../common/ids";
import { type CreateLimiter, memoryLimiters } from "../common/limiter";
import type { Logger } from "../common/logger";
import type { Config } from "../config";
import type { Orm } from "../db/orm";
import { Attachment } from "./attachment.entity";
import { verifyAttachmentSignature } from "./attachment.links";
import { createStorage, type Storage, storageKeyFor } from "./storage";

/** Largest file accepted, before cleaning. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The file plus room for the multipart framing around it. */
const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
/** After an early refusal, at most this much more is read (and thrown away) so the client can read the answer. */
const DRAIN_LIMIT_BYTES = 2 * MAX_REQUEST_BYTES;
/** Longest side of a stored image: plenty to read a document or see a pothole, far smaller than a phone's original. */
export const MAX_IMAGE_SIDE = 4096;
/** Decoding more pixels than this would take hundreds of megabytes of memory. */
const MAX_INPUT_PIXELS = 100_000_000;
/** Total bytes inflated while checking the compressed object streams of one PDF. */
const MAX_PDF_INFLATE_BYTES = 64 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

const ACCEPTED = "Only photos (JPEG, PNG, WebP, HEIC) and PDF documents can be uploaded";
const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

type UploadErrorCode =
  | "BAD_USER_INPUT"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "NOT_FOUND"
  | "INTERNAL";

/** A refusal with its HTTP status: the client sees `{ error: { code, message } }`, never more. */
class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const badInput = (message: string) => new UploadError(400, "BAD_USER_INPUT", message);
const unsupported = (message: string) => new UploadError(415, "UNSUPPORTED_MEDIA_TYPE", message);
const tooLarge = (message = `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`) =>
  new UploadError(413, "PAYLOAD_TOO_LARGE", message);

export interface UploadRouterDeps {
  config: Config;
  orm: Orm;
  log: Logger;
  /** Defaults to local disk under `DATA_DIR/uploads`. */
  storage?: Storage;
  /** Uploads per client address per window; defaults to 30 per 10 minutes. */
  rateLimit?: { points: number; durationSeconds: number };
  /** Where limits are counted (common/limiter.ts); defaults to this process's memory. */
  createLimiter?: CreateLimiter;
}

export function uploadRouter(deps: UploadRouterDeps): express.Router {
  const { config, orm, log } = deps;
  const storage = deps.storage ?? createStorage(config);
  const limit = deps.rateLimit ?? { points: 30, durationSeconds: 600 };
  const limiter = (deps.createLimiter ?? memoryLimiters)({
    points: limit.points,
    duration: limit.durationSeconds,
    keyPrefix: "upload",
  });
  const router = express.Router();

  router.post("/", async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    try {
      try {
        await limiter.consume(clientKey(req.ip ?? req.socket.remoteAddress));
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        res.setHeader("Retry-After", String(Math.max(1, Math.ceil(e.msBeforeNext / 1000))));
        throw new UploadError(429, "RATE_LIMITED", "Too many uploads from this address; try again later");
      }
      if (!req.is("multipart/form-data"))
        throw badInput('Send the file as multipart/form-data in a field named "file"');
      const declared = Number(req.headers["content-length"]);
      if (Number.isFinite(declared) && declared > MAX_REQUEST_BYTES) throw tooLarge();

      const upload = await receiveFile(req);
      const cleaned = await clean(upload);
      const id = crypto.randomUUID();
      const storageKey = storageKeyFor(id);
      await storage.put(storageKey, cleaned.data);
      try {
        const em = orm.em.fork();
        const row = em.create(Attachment, {
          id,
          reportId: null,
          messageId: null,
          fileName: cleaned.fileName,
          contentType: cleaned.contentType,
          size: cleaned.data.length,
          storageKey,
          sha256: crypto.createHash("sha256").update(cleaned.data).digest("hex"),
          createdAt: new Date(),
        });
        await em.persist(row).flush();
      } catch (e) {
        await storage
          .delete(storageKey)
          .catch((err: unknown) => log.error({ err, attachmentId: id }, "could not remove an orphaned upload"));
        throw e;
      }
      // IDs, types and sizes only: a file name can name the reporter.
      log.info(
        { attachmentId: id, contentType: cleaned.contentType, size: cleaned.data.length },
        "attachment uploaded",
      );
      res.status(201).json({
        id: toGlobalId("Attachment", id),
        fileName: cleaned.fileName,
        contentType: cleaned.contentType,
        size: cleaned.data.length,
      });
    } catch (e) {
      sendError(req, res, e, log);
    }
  });

  router.get("/:id", async (req, res) => {
    const id = req.params.id;
    const exp = typeof req.query.exp === "string" ? req.query.exp : "";
    const sig = typeof req.query.sig === "string" ? req.query.sig : "";
    try {
      // Unknown, unsigned, wrongly signed and expired all get the same answer.
      if (!UUID.test(id) || !verifyAttachmentSignature(config.keys, id, exp, sig)) throw notFound();
      const row = await orm.em.fork().findOne(Attachment, { id });
      if (!row) throw notFound();
      const stream = await storage.get(row.storageKey);
      if (!stream) {
        log.error({ attachmentId: id }, "attachment row has no stored file");
        throw notFound();
      }
      const disposition = row.contentType.startsWith("image/") ? "inline" : "attachment";
      res.status(200).set({
        "Content-Type": row.contentType,
        "Content-Length": String(row.size),
        "Content-Disposition": contentDisposition(disposition, row.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, max-age=900",
        "Content-Security-Policy": CSP,
        "Referrer-Policy": "no-referrer",
      });
      try {
        await pipeline(stream, res);
      } catch (err) {
        // Mostly a client that went away mid-download; the response is already under way either way.
        log.debug({ err, attachmentId: id }, "attachment download interrupted");
      }
    } catch (e) {
      sendError(req, res, e, log);
    }
  });

  // Anything that escaped the handlers (express passes it here): JSON, never a stack trace.
  router.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    sendError(req, res, err, log);
  });

  return router;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const notFound = () => new UploadError(404, "NOT_FOUND", "Not found");

function sendError(req: express.Request, res: express.Response, e: unknown, log: Logger) {
  const err = e instanceof UploadError ? e : new UploadError(500, "INTERNAL", "Internal server error");
  if (!(e instanceof UploadError)) log.error({ err: e }, "upload request failed");
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!req.complete) drain(req);
  res.status(err.status).json({ error: { code: err.code, message: err.message } });
}

/**
 * Reads and discards what the client is still sending after an early answer, so that it gets to read that answer
 * instead of a reset connection; a client that keeps sending past the drain limit is cut off.
 */
function drain(req: express.Request) {
  let drained = 0;
  req.unpipe();
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.on("error", () => undefined);
  req.resume();
}

/** Rate-limit key: the IPv4 address, or the /64 network of an IPv6 address (one subscriber's allocation). */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!ip.includes(":")) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

interface Upload {
  fileName: string;
  data: Buffer;
}

/** Parses the multipart body: exactly one file, in the field `file`, of at most MAX_UPLOAD_BYTES. */
function receiveFile(req: express.Request): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 8 * 1024, parts: 21, headerPairs: 20 },
      });
    } catch {
      reject(badInput('Send the file as multipart/form-data in a field named "file"'));
      return;
    }

    let upload: Upload | undefined;
    let fileParts = 0;
    let problem: UploadError | undefined;
    let settled = false;
    let received = 0;

    const finish = () => {
      if (settled) return;
      settled = true;
      req.off("data", count);
      if (problem) reject(problem);
      else if (!upload) reject(badInput('No file was sent: put it in the multipart field named "file"'));
      else if (upload.data.length === 0) reject(badInput("The file is empty"));
      else resolve(upload);
    };
    const refuse = (e: UploadError) => {
      problem ??= e;
    };
    // Busboy stops keeping file bytes at the limit but would read an endless body to its end: stop it here.
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_REQUEST_BYTES) {
        req.unpipe(parser);
        refuse(tooLarge());
        finish();
      }
    };

    parser.on("file", (field, stream, info) => {
      // A body cut short errors each open file stream too: unhandled, that would bring the process down.
      stream.on("error", () => refuse(badInput("The multipart body is malformed or incomplete")));
      fileParts += 1;
      if (field !== "file") {
        refuse(badInput(`Unexpected file field "${field.slice(0, 40)}": send the file in the field named "file"`));
        stream.resume();
        return;
      }
      if (fileParts > 1) {
        refuse(badInput("Send exactly one file per upload"));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        chunks.length = 0;
        refuse(tooLarge());
      });
      stream.on("end", () => {
        if (!stream.truncated) upload = { fileName: info.filename ?? "", data: Buffer.concat(chunks) };
      });
    });
    parser.on("filesLimit", () => refuse(badInput("Send exactly one file per upload")));
    parser.on("fieldsLimit", () => refuse(badInput("Too many form fields")));
    parser.on("partsLimit", () => refuse(badInput("Too many form parts")));
    parser.on("error", () => {
      req.unpipe(parser);
      refuse(badInput("The multipart body is malformed or incomplete"));
      finish();
    });
    parser.on("close", finish);
    req.on("data", count);
    req.on("close", () => {
      if (req.complete) return;
      refuse(badInput("The upload was interrupted"));
      finish();
    });
    req.pipe(parser);
  });
}

interface Cleaned {
  fileName: string;
  contentType: string;
  data: Buffer;
}

type ImageFormat = "jpeg" | "png" | "webp";

/** What we store for each detected type, and the extensions a name may keep for it. */
const KINDS: Record<string, { contentType: string; ext: string; keep: string[]; image?: ImageFormat; heif?: true }> = {
  "image/jpeg": { contentType: "image/jpeg", ext: "jpg", keep: ["jpg", "jpeg", "jpe", "jfif"], image: "jpeg" },
  "image/png": { contentType: "image/png", ext: "png", keep: ["png"], image: "png" },
  "image/webp": { contentType: "image/webp", ext: "webp", keep: ["webp"], image: "webp" },
  // Few browsers show HEIC: store JPEG.
  "image/heic": { contentType: "image/jpeg", ext: "jpg", keep: ["jpg", "jpeg"], image: "jpeg", heif: true },
  "image/heif": { contentType: "image/jpeg", ext: "jpg", keep: ["jpg", "jpeg"], image: "jpeg", heif: true },
  "image/heic-sequence": { contentType: "image/jpeg", ext: "jpg", keep: ["jpg", "jpeg"], image: "jpeg", heif: true },
  "image/heif-sequence": { contentType: "image/jpeg", ext: "jpg", keep: ["jpg", "jpeg"], image: "jpeg", heif: true },
  "application/pdf": { contentType: "application/pdf", ext: "pdf", keep: ["pdf"] },
};

/** Decides the type from the bytes (never the name or the client's Content-Type), then cleans the file. */
async function clean(upload: Upload): Promise<Cleaned> {
  const detected = await fileTypeFromBuffer(upload.data);
  const kind = detected ? KINDS[detected.mime] : undefined;
  if (!kind) throw unsupported(`${ACCEPTED}; this file is ${detected ? detected.mime : "of an unknown type"}`);
  let data: Buffer;
  if (kind.image) {
    data = await reencodeImage(upload.data, kind.image, kind.heif === true);
  } else {
    const reason = await pdfRefusal(upload.data);
    if (reason) throw unsupported(`This PDF ${reason}`);
    data = upload.data;
  }
  return { fileName: sanitizeFileName(upload.fileName, kind.ext, kind.keep), contentType: kind.contentType, data };
}

/**
 * Decodes and re-encodes the pixels, which leaves every piece of metadata behind (EXIF with GPS and device, XMP,
 * IPTC, comments); colour profiles are converted to sRGB first. The EXIF orientation is applied before it goes.
 */
async function reencodeImage(input: Buffer, format: ImageFormat, heif: boolean): Promise<Buffer> {
  const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true })
    .timeout({ seconds: 30 });
  if (format === "jpeg") image.jpeg({ quality: 85 });
  else if (format === "png") image.png();
  else image.webp({ quality: 85 });
  try {
    return await image.toBuffer();
  } catch (e) {
    const message = e instanceof Error ? e.message : "";
    if (/pixel limit/i.test(message))
      throw tooLarge(`The image has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels`);
    if (heif) {
      throw unsupported(
        "This HEIC/HEIF photo cannot be read by the server; send it as JPEG instead (on an iPhone: Settings > Camera > Formats > Most Compatible)",
      );
    }
    throw unsupported("The image could not be read; it may be damaged or incomplete");
  }
}

/** Names whose presence makes a PDF unsafe to hand to the staff's PDF readers, with why. */
const PDF_REFUSED: Record<string, string> = {
  Encrypt: "is encrypted or password-protected; upload an unprotected copy",
  JavaScript: "contains JavaScript, which is not accepted; print it to a new PDF and upload that",
  JS: "contains JavaScript, which is not accepted; print it to a new PDF and upload that",
  Launch: "tries to launch programs, which is not accepted; print it to a new PDF and upload that",
  EmbeddedFile: "carries embedded files, which are not accepted; upload them separately",
  EmbeddedFiles: "carries embedded files, which are not accepted; upload them separately",
  RichMedia: "embeds multimedia, which is not accepted; print it to a new PDF and upload that",
  XFA: "is an XFA form, which is not accepted; print it to a new PDF and upload that",
};

const inflate = promisify(zlib.inflate);

function isPdfWhitespace(c: number): boolean {
  return c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

// ( ) < > [ ] { } / %
const PDF_DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isPdfRegular(c: number): boolean {
  return !isPdfWhitespace(c) && !PDF_DELIMITERS.has(c);
}

interface PdfStream {
  /** Names in the dictionary of the stream's object. */
  dict: Set<string>;
  start: number;
  end: number;
}

/**
 * Tokenises PDF syntax the way readers do: comments, literal strings (nested, escaped) and hex strings are skipped,
 * so a name hidden in a string neither hides an object nor raises a false alarm; stream data is skipped up to the
 * first `endstream`, which never hides more than a reader would treat as data. Adds every name (with `#xx`
 * escapes decoded) to `names`; returns the streams found, or null when one is never closed.
 */
function walkPdf(text: string, names: Set<string>): PdfStream[] | null {
  const streams: PdfStream[] = [];
  let dict = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x25) {
      // % comment, to the end of the line
      while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x28) {
      // ( literal string )
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        i++;
      }
    } else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      i += 2;
    } else if (c === 0x3c) {
      // <hex string>
      const close = text.indexOf(">", i);
      i = close === -1 ? n : close + 1;
    } else if (c === 0x2f) {
      let j = i + 1;
      while (j < n && isPdfRegular(text.charCodeAt(j))) j++;
      const raw = text.slice(i + 1, j);
      const name = raw.includes("#")
        ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
        : raw;
      names.add(name);
      dict.add(name);
      i = j;
    } else if (isPdfRegular(c)) {
      let j = i;
      while (j < n && isPdfRegular(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      i = j;
      if (word === "obj") {
        dict = new Set();
      } else if (word === "stream") {
        if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 2;
        else if (text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) i += 1;
        const end = text.indexOf("endstream", i);
        if (end === -1) return null;
        streams.push({ dict, start: i, end });
        dict = new Set();
        i = end + "endstream".length;
      }
    } else {
      i++;
    }
  }
  return streams;
}

/**
 * Why a PDF is refused, or null. Looks for encryption, scripts, launch actions and embedded files among the
 * document's objects: those in the file's own syntax and those packed into compressed object streams (inflated for
 * the check). Other stream contents (page drawings, images, fonts) cannot carry actions and are not parsed.
 */
export async function pdfRefusal(data: Buffer): Promise<string | null> {
  const text = data.toString("latin1");
  if (!/^%PDF-[12]\.\d/.test(text)) return "is not a valid PDF document";
  if (text.lastIndexOf("%%EOF") === -1) return "is incomplete or damaged";
  const names = new Set<string>();
  const streams = walkPdf(text, names);
  if (!streams) return "is incomplete or damaged";
  let uncheckable = false;
  let budget = MAX_PDF_INFLATE_BYTES;
  for (const s of streams) {
    if (!s.dict.has("ObjStm")) continue;
    const filters = [...s.dict].filter((x) => x.endsWith("Decode"));
    // Predictors (DecodeParms) would interleave bytes with the objects: no object stream needs them.
    if (filters.length !== 1 || filters[0] !== "FlateDecode" || s.dict.has("DecodeParms") || budget <= 0) {
      uncheckable = true;
      continue;
    }
    try {
      const inflated = await inflate(data.subarray(s.start, s.end), {
        maxOutputLength: budget,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      budget -= inflated.length;
      // Object streams hold objects only; a stream inside one is malformed.
      if (walkPdf(inflated.toString("latin1"), names)?.length !== 0) uncheckable = true;
    } catch {
      uncheckable = true;
    }
  }
  if (names.has("Encrypt")) return PDF_REFUSED.Encrypt;
  const refused = Object.keys(PDF_REFUSED).find((k) => names.has(k));
  if (refused) return PDF_REFUSED[refused];
  if (uncheckable) return "uses a structure that cannot be checked; print it to a new PDF and upload that";
  return null;
}

/**
 * A safe display name: no folders, no control or bidirectional-override characters, nothing Windows refuses,
 * at most MAX_FILE_NAME_LENGTH characters, ending in the extension of the stored type.
 */
export function sanitizeFileName(original: string, ext: string, keep: string[] = [ext]): string {
  let name = (original.normalize("NFC").split(/[\\/]/).pop() ?? "")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  let suffix = ext;
  const dot = name.lastIndexOf(".");
  if (dot > 0 && /^[a-z0-9]{1,8}$/i.test(name.slice(dot + 1))) {
    const current = name.slice(dot + 1).toLowerCase();
    if (keep.includes(current)) suffix = current;
    name = name.slice(0, dot).replace(/[\s.]+$/, "");
  }
  const room = MAX_FILE_NAME_LENGTH - suffix.length - 1;
  const chars = Array.from(name);
  if (chars.length > room)
    name = chars
      .slice(0, room)
      .join("")
      .replace(/[\s.]+$/, "");
  return `${name || "file"}.${suffix}`;
}

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
