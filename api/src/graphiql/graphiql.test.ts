import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  validate,
} from "graphql";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { checkQueryLimits } from "../common/limits";
import { getSchema } from "../schema";
import { EXAMPLE_TABS, WELCOME } from "./examples";

const app = useTestApp();

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

async function page() {
  const res = await fetch(`${app.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  return { res, html: await res.text() };
}

/** Every URL the page loads: script and link tags, module imports, and the editor's workers. */
function assetUrls(html: string): string[] {
  const urls = new Set<string>();
  // (data: URLs are inline, nothing to fetch.)
  for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) if (!m[1].startsWith("data:")) urls.add(m[1]);
  for (const m of html.matchAll(/\bimport\s*(?:\{[^}]*\}\s*from\s*)?"([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/realFetch\("([^"]+)"\)/g)) urls.add(m[1]);
  const base = /new URL\("([^"]+)" \+ file/.exec(html)?.[1];
  if (base) for (const m of html.matchAll(/worker\("([^"]+)"\)/g)) urls.add(base + m[1]);
  return [...urls];
}

describe("GraphQL IDE at /graphql", () => {
  it("serves the page to browsers, with a CSP that allows only this origin and the page's own scripts", async () => {
    const { res, html } = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toContain('<div id="ruru-root">');
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    // No CDN, no other host: the machine and CI have no internet.
    expect(html.match(/https?:\/\/[^\s"'<>]+/g) ?? []).toEqual([]);
  });

  it("serves every asset the page references from this server", async () => {
    const { html } = await page();
    const urls = assetUrls(html);
    expect(urls).toEqual(
      expect.arrayContaining([
        "/graphql/ide/ruru.js",
        "/graphql/ide/ruru.css",
        "/graphql/ide/editorWorker.js",
        "/graphql/ide/graphqlWorker.js",
        "/graphql/ide/jsonWorker.js",
      ]),
    );
    for (const url of urls) {
      expect(url.startsWith("/graphql/ide/"), url).toBe(true);
      const res = await fetch(`${app.url}${url}`);
      expect(res.status, url).toBe(200);
      expect(res.headers.get("content-type"), url).toMatch(/^(text\/javascript|text\/css|application\/json)/);
      expect((await res.arrayBuffer()).byteLength, url).toBeGreaterThan(100);
    }
    // The bundle's lazily loaded chunks (webpack `.e(id)` -> `${id}.js`, next to ruru.js) are all here too.
    const js = await (await fetch(`${app.url}/graphql/ide/ruru.js`)).text();
    const chunks = [...new Set([...js.matchAll(/\.e\((\d+)\)/g)].map((m) => `${m[1]}.js`))];
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect((await fetch(`${app.url}/graphql/ide/${chunk}`)).status, chunk).toBe(200);
    const missing = await fetch(`${app.url}/graphql/ide/nope.js`);
    expect(missing.status).toBe(404);
    const map = await fetch(`${app.url}/graphql/ide/ruru.js.map`);
    expect(map.status).toBe(404);
  });

  it("leaves the API alone: POST, and GET with a query string or without HTML in Accept", async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    // A browser-style Accept with a query string is an API call too.
    const withQuery = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: BROWSER_ACCEPT, "apollo-require-preflight": "true" },
    });
    expect(withQuery.headers.get("content-type")).toMatch(/json/);
    // CSRF prevention still holds for simple GETs (no preflight header, no JSON content type).
    const simple = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(simple.status).toBe(400);
    expect(await app.gql("{ __typename }")).toEqual({ data: { __typename: "Query" } });
    const json = await fetch(`${app.url}/graphql`, { headers: { accept: "application/json" } });
    expect(json.headers.get("content-type")).not.toMatch(/html/);
  });

  it("answers GraphiQL's full introspection query (15 levels) despite the depth limit, with the API's schema", async () => {
    const res = await app.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
    expect(res.errors).toBeUndefined();
    expect(printSchema(lexicographicSortSchema(buildClientSchema(res.data as IntrospectionQuery)))).toBe(
      printSchema(lexicographicSortSchema(await getSchema())),
    );
    // The limit still holds for ordinary queries.
    const deep = `{ reports { nodes { ${"duplicateOf { ".repeat(11)}id${" }".repeat(13)} }`;
    expect((await app.gql(deep)).errors?.[0].message).toMatch(/levels deep/);
  });

  it("ships example queries that are valid against the schema and within the limits", async () => {
    const schema = await getSchema();
    expect(EXAMPLE_TABS.length).toBeGreaterThanOrEqual(5);
    for (const tab of [...EXAMPLE_TABS, { query: WELCOME }]) {
      const doc = parse(tab.query);
      expect(validate(schema, doc), tab.query).toEqual([]);
      for (const op of doc.definitions) {
        if (op.kind === Kind.OPERATION_DEFINITION) expect(() => checkQueryLimits(schema, doc, op, {})).not.toThrow();
      }
    }
    const { html } = await page();
    expect(html).toContain("MonthlyReportsByProvince");
    expect(html).toContain("AgencyLeagueTable");
  });

  it("runs the examples against the API", async () => {
    for (const tab of EXAMPLE_TABS.filter((t) => t.query.trimStart().startsWith("#") && !/mutation/.test(t.query))) {
      const res = await app.gql(tab.query);
      expect(res.errors, tab.query).toBeUndefined();
    }
  });
});
