import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Manifest } from "vite";

export interface EntryBundle {
  /** The JavaScript files the first page load needs: the entry chunk and its static imports. */
  jsFiles: string[];
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** Chunks loaded later (dynamic imports), not counted above. */
  lazyFiles: string[];
}

/**
 * Builds the app at `root` for production into a temporary folder and measures what a phone downloads before the
 * first page renders. Byte counts, not timings, so a budget test gives the same answer on any machine.
 */
export async function measureEntryBundle(root: string): Promise<EntryBundle> {
  const outDir = await mkdtemp(join(tmpdir(), "aduan-bundle-"));
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root,
      configFile: join(root, "vite.config.ts"),
      mode: "production",
      logLevel: "silent",
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const manifest = JSON.parse(await readFile(join(outDir, ".vite", "manifest.json"), "utf8")) as Manifest;
    const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
    if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
    const js = new Set<string>();
    const css = new Set<string>();
    const lazy = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || js.has(chunk.file)) return;
      js.add(chunk.file);
      for (const file of chunk.css ?? []) css.add(file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(entries[0][0]);
    for (const chunk of Object.values(manifest))
      if (!js.has(chunk.file) && chunk.file.endsWith(".js")) lazy.add(chunk.file);

    let jsBytes = 0;
    let jsGzipBytes = 0;
    for (const file of js) {
      const content = await readFile(join(outDir, file));
      jsBytes += content.length;
      jsGzipBytes += gzipSync(content, { level: 9 }).length;
    }
    let cssGzipBytes = 0;
    for (const file of css) cssGzipBytes += gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
    return { jsFiles: [...js], jsBytes, jsGzipBytes, cssGzipBytes, lazyFiles: [...lazy] };
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    await rm(outDir, { recursive: true, force: true });
  }
}
