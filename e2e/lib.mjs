// What the e2e scenarios share: the API's address and demo accounts, GraphQL over fetch, axe-core checks, sign-in,
// a generated PNG. The scenarios live in public.mjs, agency.mjs and admin.mjs; smoke.mjs runs them.
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** axe-core's serious and critical violations on the page as it is now, as lines ("impact id (help) at targets"). */
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
export async function seriousViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.impact} ${v.id} (${v.help}) at ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 5)
            .join(", ")}`,
      );
  });
}

/** Fails naming every serious or critical axe-core violation on the page. */
export async function expectAccessible(page, where) {
  const violations = await seriousViolations(page);
  if (violations.length) throw new Error(`axe-core on ${where}:\n${violations.join("\n")}`);
}

export const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:4000");
export const password = process.env.E2E_PASSWORD ?? "aduan-demo-2026";
export const agencyEmail = process.env.E2E_AGENCY_EMAIL ?? "operator.bandung@aduan.id";
export const adminEmail = process.env.E2E_ADMIN_EMAIL ?? "verifikator@aduan.id";
export const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), "aduan-e2e");
export const TIMEOUT = 15_000;

export const url = (path) => new URL(path, base).toString();

/**
 * Full-page screenshots `${name}-${width}.png` at a phone's width (390 px) and a desktop's (1280 px), the viewport
 * put back as it was after. At each width the page must fit: nothing may widen it past the screen (a phone would
 * scroll sideways).
 */
export async function screenshotWidths(page, name, widths = [390, 1280]) {
  const before = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    // Let the page lay itself out again at the new width before the picture.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (wide > 1) throw new Error(`${name} is ${wide} px wider than a ${width} px screen`);
  }
  if (before) await page.setViewportSize(before);
}
export const log = (line) => process.stdout.write(`${line}\n`);

export async function graphql(query, variables) {
  const response = await fetch(url("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
  return body.data;
}

/** A fresh anonymous report, to track with its access code like a reporter would. */
export async function submitReport() {
  const data = await graphql(
    `mutation Submit($input: SubmitReportInput!) {
      submitReport(input: $input) { trackingId accessCode userErrors { message } }
    }`,
    {
      input: {
        kind: "COMPLAINT",
        title: "Lampu penerangan jalan mati di depan sekolah",
        body: "Sudah seminggu lampu jalan di depan SDN 3 mati. Anak-anak pulang les melewati jalan yang gelap.",
        anonymous: true,
        confidential: false,
        idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      },
    },
  );
  const { trackingId, accessCode, userErrors } = data.submitReport;
  if (userErrors.length || !trackingId || !accessCode)
    throw new Error(`submitReport: ${userErrors[0]?.message ?? "no tracking ID"}`);
  return { trackingId, accessCode };
}

/** A GraphQL request as a staff member (token from logIn). */
export async function graphqlAs(token, query, variables) {
  const response = await fetch(url("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
  return body.data;
}

export async function staffToken(email) {
  const data = await graphqlAs(
    null,
    `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { agency { id } } userErrors { message } } }`,
    { input: { email, password } },
  );
  if (!data.logIn.token) throw new Error(`logIn ${email}: ${data.logIn.userErrors[0]?.message}`);
  return { token: data.logIn.token, agencyId: data.logIn.user?.agency?.id ?? null };
}

export function noUserErrors(name, payload) {
  if (payload.userErrors?.length) throw new Error(`${name}: ${payload.userErrors[0].message}`);
  return payload;
}

export async function signIn(page, email, secret) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(secret);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** The list, or its empty state, has rendered (not the spinner or an error). */
export async function listOrEmpty(page, emptyText) {
  await page.locator("ul.ad-list > li").first().or(page.getByText(emptyText)).waitFor({ timeout: TIMEOUT });
}

/** A small valid PNG (a 16×16 gradient), made here so the test needs no fixture file. */
export async function tinyPng() {
  const { deflateSync } = await import("node:zlib");
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const size = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) rows.set([200, 40 + x * 8, 40 + y * 8], y * (1 + size * 3) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Verifies a fresh anonymous report to the demo operator's agency through the API; returns its ids and access. */
export async function reportForOperator(verifier, operator) {
  const report = await submitReport();
  const { trackReport } = await graphql(
    "query Id($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { id } }",
    { t: report.trackingId, c: report.accessCode },
  );
  const { categories } = await graphqlAs(verifier.token, "{ categories { id } }");
  noUserErrors(
    "verifyReport",
    (
      await graphqlAs(
        verifier.token,
        `mutation Verify($input: VerifyReportInput!) { verifyReport(input: $input) { userErrors { message } } }`,
        { input: { reportId: trackReport.id, categoryId: categories[0].id, agencyIds: [operator.agencyId] } },
      )
    ).verifyReport,
  );
  return { ...report, id: trackReport.id };
}
