import { createFormatters } from "@aduan/ui/format";
import { describe, expect, it } from "vitest";
import { createAppI18n } from "../../app/i18n";
import { buildEscalationFile, escalationReasons, type Translate } from "./escalation";
import { agencyMessage, event, reportFixture } from "./fixtures";
import { registerTrackingMessages } from "./i18n";

const i18n = await createAppI18n({ persist: false, language: "id" });
registerTrackingMessages(i18n);
const t: Translate = (key, options) => String(i18n.t(key as never, options as never));
const format = createFormatters("id", "Asia/Jakarta");
const now = new Date("2026-12-05T03:00:00.000Z");

const disputed = reportFixture({
  viewerIsReporter: true,
  body: "Lampu di depan SDN 3 mati <sejak> lama.",
  timeline: [
    ...reportFixture().timeline,
    event("RXZlbnQ6NA", "RESPONDED", "RESPONDED", "2026-11-24T05:00:00.000Z", { actorRole: "AGENCY" }),
    event("RXZlbnQ6NQ", "DISPUTED", "IN_PROGRESS", "2026-11-25T01:00:00.000Z", { actorRole: "REPORTER" }),
  ],
  dispositions: [
    {
      ...reportFixture().dispositions[0],
      respondedAt: "2026-12-03T05:00:00.000Z",
      dueAt: "2026-12-01T10:00:00.000Z",
      status: "RESPONDED",
    },
  ],
  messages: {
    __typename: "MessageConnection",
    totalCount: 1,
    nodes: [agencyMessage("TWVzc2FnZTox", "Lampu sudah diganti pada 24 November.", "2026-11-24T05:00:00.000Z")],
  },
});

describe("escalationReasons", () => {
  it("is empty while the report is on time and undisputed", () => {
    expect(escalationReasons(reportFixture())).toEqual([]);
  });

  it("names a missed deadline, of the report or of an agency, and a dispute", () => {
    expect(escalationReasons(reportFixture({ overdue: true }))).toEqual(["overdue"]);
    expect(escalationReasons(disputed)).toEqual(["overdue", "disputed"]);
  });
});

describe("buildEscalationFile", () => {
  const html = buildEscalationFile(disputed, { t, format, now, language: "id" });
  const text = new DOMParser().parseFromString(html, "text/html");

  it("is addressed to the Ombudsman and names the report", () => {
    expect(text.querySelector("h1")?.textContent).toBe("Berkas eskalasi kepada Ombudsman Republik Indonesia");
    expect(text.title).toBe("Berkas eskalasi laporan ADU-7K3M-9QXD");
    expect(text.body.textContent).toContain("ADU-7K3M-9QXD");
    expect(text.body.textContent).toContain("Pelapor menyanggah tanggapan instansi.");
    expect(text.body.textContent).toContain("Tindak lanjut melewati tenggat waktu pelayanan.");
  });

  it("lists the agencies with their dates and the deadline they missed, and their responses", () => {
    const row = [...text.querySelectorAll("tr")].find((tr) =>
      tr.textContent?.includes("Dinas Perhubungan Kota Bandung"),
    );
    const cells = [...(row?.querySelectorAll("td") ?? [])].map((td) => td.textContent);
    expect(cells).toEqual([
      "Dinas Perhubungan Kota Bandung",
      "Sudah ditanggapi",
      format.dateTime("2026-11-21T02:00:00.000Z"),
      format.dateTime("2026-11-21T04:00:00.000Z"),
      format.dateTime("2026-12-01T10:00:00.000Z"),
      format.dateTime("2026-12-03T05:00:00.000Z"),
      "Terlewat",
    ]);
    expect(text.body.textContent).toContain("Lampu sudah diganti pada 24 November.");
  });

  it("gives the chronology in order with dates, and escapes what people wrote", () => {
    const chronology = [...text.querySelectorAll("table")].at(-1);
    const rows = [...(chronology?.querySelectorAll("tbody tr") ?? [])].map((tr) =>
      [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent),
    );
    expect(rows.map((r) => r[1])).toEqual([
      "Laporan dikirim",
      "Diteruskan ke instansi",
      "Instansi menerima laporan",
      "Instansi memberi tanggapan",
      "Pelapor menyanggah tanggapan",
    ]);
    expect(rows[0]).toEqual([format.dateTime("2026-11-20T03:15:00.000Z"), "Laporan dikirim", "Pelapor"]);
    expect(html).toContain("mati &lt;sejak&gt; lama.");
    expect(html).not.toContain("<sejak>");
    expect(html).not.toContain("<script");
  });
});

describe("buildEscalationFile in English", () => {
  it("uses the page's English texts, registered with the page (no backend round trip)", async () => {
    const en = await createAppI18n({ persist: false, language: "en" });
    registerTrackingMessages(en);
    const tEn: Translate = (key, options) => String(en.t(key as never, options as never));
    const html = buildEscalationFile(disputed, {
      t: tEn,
      format: createFormatters("en", "Asia/Jakarta"),
      now,
      language: "en",
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Escalation file for the Ombudsman of the Republic of Indonesia");
    expect(html).toContain("The reporter disputed the agency&#39;s response.");
    expect(html).toContain("Agency responded");
  });
});
