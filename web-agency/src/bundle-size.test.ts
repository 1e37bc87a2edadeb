// @vitest-environment node
import { fileURLToPath } from "node:url";
import { measureEntryBundle } from "@aduan/ui/testing/bundle-size";
import { expect, it } from "vitest";

/** What a phone downloads before the first page shows (gzipped): 147.8 KiB, of which React, Apollo Client (with rxjs
 * and graphql's printer) and i18next are ~140; the pages' texts, tables, dialogs and charts load with the pages. */
const BUDGET_JS_GZIP = 150 * 1024;
const BUDGET_CSS_GZIP = 5 * 1024;

it("keeps the first load within budget", { timeout: 120_000 }, async () => {
  const bundle = await measureEntryBundle(fileURLToPath(new URL("..", import.meta.url)));
  expect(bundle.jsGzipBytes).toBeLessThan(BUDGET_JS_GZIP);
  expect(bundle.cssGzipBytes).toBeLessThan(BUDGET_CSS_GZIP);
  // English texts and the WebSocket client load only when needed.
  expect(bundle.lazyFiles.some((file) => file.includes("messages.en"))).toBe(true);
  expect(bundle.lazyFiles.some((file) => file.includes("ws-link"))).toBe(true);
});
