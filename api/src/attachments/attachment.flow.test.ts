import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { reportInput, SUBMIT } from "../../test/operations";

const app = useTestApp();

async function upload(name: string): Promise<string> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), name);
  const res = await fetch(`${app.url}/uploads`, { method: "POST", body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const TRACK_FILES = `query($t: String!, $c: String) { trackReport(trackingId: $t, accessCode: $c) { attachments { id fileName url } } }`;

describe("attachments from upload to a viewer's signed link", () => {
  it("a confidential report's photo opens for the reporter's code, not for the public", async () => {
    const id = await upload("lubang.png");
    const s = await app.gql(SUBMIT, { input: reportInput({ confidential: true, attachmentIds: [id] }) });
    expect(s.data.submitReport.userErrors).toEqual([]);
    const { trackingId, accessCode } = s.data.submitReport;

    const mine = await app.gql(TRACK_FILES, { t: trackingId, c: accessCode });
    const [file] = mine.data.trackReport.attachments;
    expect(file).toMatchObject({ id, fileName: "lubang.png" });
    const got = await fetch(`${app.url}${file.url}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("image/png");

    const pub = await app.gql(TRACK_FILES, { t: trackingId });
    expect(pub.data.trackReport.attachments).toEqual([]);
    expect((await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    // A link with its signature tampered with is a plain 404.
    const forged = file.url.replace(/sig=(.)/, (_: string, c: string) => `sig=${c === "0" ? "1" : "0"}`);
    expect(forged).not.toBe(file.url);
    expect((await fetch(`${app.url}${forged}`)).status).toBe(404);
  });

  it("an upload is claimed once: a second report cannot take it", async () => {
    const id = await upload("a.png");
    const first = await app.gql(SUBMIT, { input: reportInput({ attachmentIds: [id] }) });
    expect(first.data.submitReport.userErrors).toEqual([]);
    const second = await app.gql(SUBMIT, { input: reportInput({ attachmentIds: [id] }) });
    expect(second.data.submitReport.userErrors[0].code).toBe("ATTACHMENT_UNAVAILABLE");
  });
});
