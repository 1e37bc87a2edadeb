import fs from "node:fs";
import path from "node:path";
import express from "express";

/** The three built SPAs, served from the API's port: / (citizens), /agency/, /admin/. */
export const SPAS = [
  { mount: "/agency", dir: "web-agency" },
  { mount: "/admin", dir: "web-admin" },
  { mount: "/", dir: "web-public" },
] as const;

/** The repo root, from api/src/common (swc-node, vitest) or api/dist/src/common (node). */
const repoRoot = [path.resolve(__dirname, "../../.."), path.resolve(__dirname, "../../../..")].find((p) =>
  fs.existsSync(path.join(p, "turbo.json")),
);

export function spaDist(dir: string): string | null {
  return repoRoot ? path.join(repoRoot, dir, "dist") : null;
}

export function mountSpas(app: express.Express): void {
  for (const spa of SPAS) {
    const dist = spaDist(spa.dir);
    if (!dist || !fs.existsSync(path.join(dist, "index.html"))) continue;
    const index = path.join(dist, "index.html");
    app.use(spa.mount, express.static(dist, { index: false, maxAge: "1y", immutable: true, setHeaders: noCacheHtml }));
    // Client-side routes fall back to the app's index.html (never cached, so deploys show at once).
    const fallback: express.RequestHandler = (req, res, next) => {
      if (req.method !== "GET" || req.path.startsWith("/graphql") || req.path.startsWith("/uploads")) return next();
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(index);
    };
    if (spa.mount === "/") app.use(fallback);
    else app.use(spa.mount, fallback);
  }
}

/**
 * Vite names what it puts under assets/ by content hash: those are immutable. Everything else (index.html, the web
 * app manifest, the service worker and its registration, icons from public/) keeps its name across deploys and is
 * revalidated on every load, so a deploy shows at once.
 */
export const revalidated = (file: string) => !/[\\/]assets[\\/]/.test(file);

function noCacheHtml(res: express.Response, file: string) {
  if (revalidated(file)) res.setHeader("Cache-Control", "no-cache");
}
