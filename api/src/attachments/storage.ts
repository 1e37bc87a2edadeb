import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import type { Config } from "../config";

/** Where attachment bytes live. Keys come from `storageKeyFor`; the database row holds the key. */
export interface Storage {
  /** Stores the bytes under the key, atomically: a reader sees the whole file or nothing. */
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** `ab/cd/<uuid>`: two levels of 256 folders keep any one folder small. */
export function storageKeyFor(id: string): string {
  if (!UUID.test(id)) throw new Error("attachment id must be a lower-case UUID");
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}

/** Files under one folder, mode 0600 in folders of mode 0700: only the API's own user reads them. */
export class LocalDiskStorage implements Storage {
  constructor(readonly root: string) {}

  /** Only keys of our own shape reach the file system: no path, however built, escapes the root. */
  private pathOf(key: string): string {
    const m = KEY.exec(key);
    if (!m || m[3].slice(0, 2) !== m[1] || m[3].slice(2, 4) !== m[2]) throw new Error("malformed storage key");
    return path.join(this.root, m[1], m[2], m[3]);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${crypto.randomBytes(6).toString("hex")}.tmp`;
    const handle = await fs.promises.open(tmp, "wx", 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await fs.promises.rm(tmp, { force: true });
      throw e;
    }
    await handle.close();
    try {
      await fs.promises.rename(tmp, file);
    } catch (e) {
      await fs.promises.rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Readable | null> {
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(this.pathOf(key), "r");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

/** The product's storage: local disk under `DATA_DIR/uploads`. */
export function createStorage(config: Pick<Config, "DATA_DIR">): Storage {
  return new LocalDiskStorage(path.join(config.DATA_DIR, "uploads"));
}
