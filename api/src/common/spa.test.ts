import { describe, expect, it } from "vitest";
import { revalidated } from "./spa";

describe("SPA caching", () => {
  it("revalidates files whose names do not change with their content, and lets hashed assets be immutable", () => {
    for (const f of [
      "/x/dist/index.html",
      "/x/dist/manifest.webmanifest",
      "/x/dist/sw.js",
      "/x/dist/registerSW.js",
      "/x/dist/pwa-192x192.png",
    ])
      expect(revalidated(f), f).toBe(true);
    for (const f of ["/x/dist/assets/index-3f9a1c.js", "/x/dist/assets/index-8c2d.css"])
      expect(revalidated(f), f).toBe(false);
  });
});
