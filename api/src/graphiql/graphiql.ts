// The in-browser GraphQL IDE for analysts: Ruru (Benjie Gillam's GraphiQL 5 distribution), served from the ruru
// npm package itself (its bundle ships inside the package, brotli-compressed): no CDN, no build step.
//   GET /graphql            with Accept: text/html and no query string: the IDE page
//   GET /graphql/ide/*      its scripts, styles, workers and font
// Everything else on /graphql (POST, GET with ?query=) is the API, untouched.
import crypto from "node:crypto";
import express from "express";
import { ruruHTML } from "ruru/server";

type RuruClientConfig = Parameters<typeof ruruHTML>[0]["clientConfig"];

import { getStaticFile } from "ruru/static";
import { EXAMPLE_TABS, WELCOME } from "./examples";

export const IDE_ASSETS = "/graphql/ide/";

/** Hashes of the page's inline scripts, so the CSP allows exactly those and nothing injected. */
function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  }
  return hashes;
}

export function idePage(): { html: string; csp: string } {
  const html = ruruHTML({
    endpoint: "/graphql",
    staticPath: IDE_ASSETS,
    htmlParts: {
      titleTag: '<title>Aduan GraphQL IDE</title>\n<link rel="icon" href="data:,">',
    },
    // defaultTabs is passed through to GraphiQL's provider (Ruru forwards props it does not use itself).
    clientConfig: { defaultQuery: WELCOME, defaultTabs: EXAMPLE_TABS } as unknown as RuruClientConfig,
  });
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${inlineScriptHashes(html).join(" ")}`,
    // GraphiQL and Monaco set inline styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data: blob:",
    // 'self' covers same-origin ws: and wss: (subscriptions over graphql-ws) in CSP level 3 browsers.
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { html, csp };
}

/** Browsers navigating to /graphql get the IDE; API clients (a query string, or no HTML in Accept) never do. */
function wantsIde(req: express.Request): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.query && Object.keys(req.query).length > 0) return false;
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

export function ideRouter(): express.Router {
  const router = express.Router();
  const { html, csp } = idePage();

  router.get("/graphql", (req, res, next) => {
    if (!wantsIde(req)) return next();
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Vary", "Accept");
    res.send(html);
  });

  router.get(`${IDE_ASSETS}*path`, async (req, res, next) => {
    try {
      const file = await getStaticFile({
        staticPath: IDE_ASSETS,
        urlPath: req.path,
        acceptEncoding: req.headers["accept-encoding"],
        disallowDevAssets: true,
      });
      if (!file) {
        res.status(404).setHeader("Cache-Control", "no-store");
        return void res.type("text/plain").send("Not found");
      }
      res.set(file.headers);
      res.setHeader("Vary", "Accept-Encoding");
      // Not content-hashed names: a day, then revalidate by ETag (the bundle changes only with the pinned version).
      res.setHeader("Cache-Control", "public, max-age=86400");
      res.setHeader("X-Content-Type-Options", "nosniff");
      if (req.headers["if-none-match"] === file.headers.etag) return void res.status(304).end();
      res.end(file.content);
    } catch (e) {
      next(e);
    }
  });
  return router;
}
