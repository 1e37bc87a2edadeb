import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";

const app = useTestApp();

const LIST = `query($kind: MessageTemplateKind!, $agencyId: ID) {
  messageTemplates(kind: $kind, agencyId: $agencyId) { id title body kind updatedAt agency { id name } } }`;
const FIELDS = `userErrors { field message code } template { id title body kind updatedAt agency { id } }`;
const CREATE = `mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: MessageTemplateIdInput!) { deleteMessageTemplate(input: $input) {
  userErrors { field message code } deletedTemplateId } }`;

async function create(input: Record<string, unknown>, token: string) {
  const res = await app.gql(CREATE, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data.createMessageTemplate;
}

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe("reply templates (agency)", () => {
  it("agency admins manage their agency's; its staff and its units' staff read them", async () => {
    const { tokens, agencies } = app.fx;
    const c = await create(
      { kind: "REPLY", title: "  Terima kasih ", body: "Laporan Anda sedang kami proses." },
      tokens.bandungAdmin,
    );
    expect(c.userErrors).toEqual([]);
    expect(c.template).toMatchObject({ title: "Terima kasih", kind: "REPLY", agency: { id: agencies.bandung } });
    const unitOwn = await create(
      {
        kind: "REPLY",
        title: "Jadwal perbaikan",
        body: "Perbaikan dijadwalkan minggu ini.",
        agencyId: agencies.bandungUnit,
      },
      tokens.bandungAdmin,
    );
    expect(unitOwn.template.agency.id).toBe(agencies.bandungUnit);
    const kemenkes = await create(
      { kind: "REPLY", title: "Kemenkes", body: "Balasan kementerian." },
      tokens.kemenkesAdmin,
    );

    const op = await app.gql(LIST, { kind: "REPLY" }, tokens.bandungOp);
    expect(op.data.messageTemplates.map((t: { title: string }) => t.title)).toEqual(["Terima kasih"]);
    // A unit's operator gets the unit's and the city's.
    const unit = await app.gql(LIST, { kind: "REPLY" }, tokens.unitOp);
    expect(unit.data.messageTemplates.map((t: { title: string }) => t.title)).toEqual([
      "Jadwal perbaikan",
      "Terima kasih",
    ]);
    const narrowed = await app.gql(LIST, { kind: "REPLY", agencyId: agencies.bandungUnit }, tokens.bandungAdmin);
    expect(narrowed.data.messageTemplates).toHaveLength(1);
    // Another agency's list is not revealed.
    expect(code(await app.gql(LIST, { kind: "REPLY", agencyId: agencies.kemenkes }, tokens.bandungOp))).toBe(
      "NOT_FOUND",
    );
    // Admins read any agency's.
    const admin = await app.gql(LIST, { kind: "REPLY", agencyId: agencies.kemenkes }, tokens.admin);
    expect(admin.data.messageTemplates.map((t: { id: string }) => t.id)).toEqual([kemenkes.template.id]);

    const u = await app.gql(
      UPDATE,
      { input: { templateId: c.template.id, body: "Sudah kami teruskan." } },
      tokens.bandungAdmin,
    );
    expect(u.data.updateMessageTemplate.template).toMatchObject({
      title: "Terima kasih",
      body: "Sudah kami teruskan.",
    });
    expect(new Date(u.data.updateMessageTemplate.template.updatedAt) >= new Date(c.template.updatedAt)).toBe(true);

    // Operators read but do not manage; another agency's admin does not see it.
    expect(code(await app.gql(UPDATE, { input: { templateId: c.template.id, title: "x" } }, tokens.bandungOp))).toBe(
      "FORBIDDEN",
    );
    expect(code(await app.gql(DELETE, { input: { templateId: c.template.id } }, tokens.kemenkesAdmin))).toBe(
      "NOT_FOUND",
    );
    expect(code(await app.gql(DELETE, { input: { templateId: c.template.id } }, tokens.kemenkesOp))).toBe("NOT_FOUND");
    expect(code(await app.gql(CREATE, { input: { kind: "REPLY", title: "a", body: "b" } }, tokens.bandungOp))).toBe(
      "FORBIDDEN",
    );
    expect(
      code(
        await app.gql(
          CREATE,
          { input: { kind: "REPLY", title: "a", body: "b", agencyId: agencies.kemenkes } },
          tokens.bandungAdmin,
        ),
      ),
    ).toBe("NOT_FOUND");

    const d = await app.gql(DELETE, { input: { templateId: c.template.id } }, tokens.bandungAdmin);
    expect(d.data.deleteMessageTemplate).toEqual({ userErrors: [], deletedTemplateId: c.template.id });
    const after = await app.gql(LIST, { kind: "REPLY" }, tokens.bandungOp);
    expect(after.data.messageTemplates).toEqual([]);
    expect(code(await app.gql(DELETE, { input: { templateId: c.template.id } }, tokens.bandungAdmin))).toBe(
      "NOT_FOUND",
    );
  });

  it("validates input as userErrors", async () => {
    const { tokens } = app.fx;
    const r = await create({ kind: "REPLY", title: "   ", body: "x".repeat(10_001) }, tokens.bandungAdmin);
    expect(r.template).toBeNull();
    expect(r.userErrors.map((e: { field: string[] }) => e.field.join("."))).toEqual(["input.title", "input.body"]);
    const noAgency = await create({ kind: "REPLY", title: "a", body: "b" }, tokens.admin);
    expect(noAgency.userErrors[0]).toMatchObject({ code: "REQUIRED", field: ["input", "agencyId"] });
  });
});

describe("rejection templates (national)", () => {
  it("admins manage them, verifiers read them, nobody else", async () => {
    const { tokens, agencies } = app.fx;
    const c = await create(
      { kind: "REJECTION", title: "Bukan pelayanan publik", body: "Laporan ini bukan..." },
      tokens.admin,
    );
    expect(c.userErrors).toEqual([]);
    expect(c.template.agency).toBeNull();
    const withAgency = await create(
      { kind: "REJECTION", title: "a", body: "b", agencyId: agencies.bandung },
      tokens.admin,
    );
    expect(withAgency.userErrors[0].code).toBe("INVALID");

    const v = await app.gql(LIST, { kind: "REJECTION" }, tokens.verifier);
    expect(v.data.messageTemplates.map((t: { id: string }) => t.id)).toEqual([c.template.id]);
    for (const who of ["bandungAdmin", "bandungOp", "analyst", "citizen"] as const) {
      expect(code(await app.gql(LIST, { kind: "REJECTION" }, tokens[who])), who).toBe("FORBIDDEN");
    }
    expect(code(await app.gql(LIST, { kind: "REJECTION" }))).toBe("UNAUTHENTICATED");
    expect(code(await app.gql(LIST, { kind: "REPLY" }, tokens.verifier))).toBe("FORBIDDEN");
    expect(code(await app.gql(CREATE, { input: { kind: "REJECTION", title: "a", body: "b" } }, tokens.verifier))).toBe(
      "FORBIDDEN",
    );
    expect(code(await app.gql(UPDATE, { input: { templateId: c.template.id, title: "x" } }, tokens.verifier))).toBe(
      "FORBIDDEN",
    );
    expect(code(await app.gql(DELETE, { input: { templateId: c.template.id } }, tokens.bandungAdmin))).toBe(
      "FORBIDDEN",
    );
    expect(code(await app.gql(DELETE, { input: { templateId: c.template.id } }))).toBe("UNAUTHENTICATED");

    const u = await app.gql(
      UPDATE,
      { input: { templateId: c.template.id, title: "Di luar kewenangan" } },
      tokens.admin,
    );
    expect(u.data.updateMessageTemplate.template.title).toBe("Di luar kewenangan");
  });
});
