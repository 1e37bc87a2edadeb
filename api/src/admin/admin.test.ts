import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";

const app = useTestApp();

const AGENCY = `agency { id name kind connected requiresApproval contactEmail parent { id } region { code } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { userErrors { field code message } ${AGENCY} } }`;
const UPDATE_AGENCY = `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { userErrors { field code message } ${AGENCY} } }`;
const CATEGORY = `category { id name routingHint defaultAgency { id } parent { id } }`;
const CREATE_CATEGORY = `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { userErrors { field code message } ${CATEGORY} } }`;
const UPDATE_CATEGORY = `mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { userErrors { field code message } ${CATEGORY} } }`;
const TREE = `{ categories { id name routingHint children { id name routingHint defaultAgency { name } } } }`;

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe("agency management", () => {
  it("admins create and update agencies in the tree", async () => {
    const { tokens, agencies } = app.fx;
    const c = await app.gql(
      CREATE_AGENCY,
      {
        input: {
          name: " Dinas Kesehatan Kota Bandung ",
          kind: "UNIT",
          parentId: agencies.bandung,
          regionCode: "32.73",
          contactEmail: "Dinkes@Bandung.go.id",
          requiresApproval: true,
        },
      },
      tokens.admin,
    );
    expect(c.data.createAgency.userErrors).toEqual([]);
    const created = c.data.createAgency.agency;
    expect(created).toMatchObject({
      name: "Dinas Kesehatan Kota Bandung",
      kind: "UNIT",
      connected: false,
      requiresApproval: true,
      contactEmail: "dinkes@bandung.go.id",
      parent: { id: agencies.bandung },
      region: { code: "32.73" },
    });
    // The city's admin now manages its staff (the agency subtree is read with the session).
    const staff = await app.gql(
      `query($id: ID!) { agencyStaff(agencyId: $id) { id } }`,
      { id: created.id },
      tokens.bandungAdmin,
    );
    expect(staff.errors).toBeUndefined();

    const u = await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: created.id, connected: true, parentId: null, contactEmail: null, name: "Dinkes" } },
      tokens.admin,
    );
    expect(u.data.updateAgency.agency).toMatchObject({
      name: "Dinkes",
      connected: true,
      requiresApproval: true,
      contactEmail: null,
      parent: null,
      region: { code: "32.73" },
    });
    // Omitted fields stay.
    const same = await app.gql(UPDATE_AGENCY, { input: { agencyId: created.id, kind: "INSTITUTION" } }, tokens.admin);
    expect(same.data.updateAgency.agency).toMatchObject({ name: "Dinkes", kind: "INSTITUTION", connected: true });

    // Contact emails are for admins.
    const q = `query($id: ID!) { node(id: $id) { ... on Agency { contactEmail } } }`;
    await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: agencies.kemenkes, contactEmail: "pengaduan@kemkes.go.id" } },
      tokens.admin,
    );
    expect((await app.gql(q, { id: agencies.kemenkes }, tokens.admin)).data.node.contactEmail).toBe(
      "pengaduan@kemkes.go.id",
    );
    expect((await app.gql(q, { id: agencies.kemenkes }, tokens.verifier)).data.node.contactEmail).toBeNull();
  });

  it("refuses loops, unknown references and bad input as userErrors", async () => {
    const { tokens, agencies } = app.fx;
    const loop = await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: agencies.bandung, parentId: agencies.bandungUnit } },
      tokens.admin,
    );
    expect(loop.data.updateAgency.userErrors[0]).toMatchObject({ code: "LOOP", field: ["input", "parentId"] });
    const self = await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: agencies.bandung, parentId: agencies.bandung } },
      tokens.admin,
    );
    expect(self.data.updateAgency.userErrors[0].code).toBe("LOOP");
    const region = await app.gql(CREATE_AGENCY, { input: { name: "X", kind: "UNIT", regionCode: "99" } }, tokens.admin);
    expect(region.data.createAgency.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "regionCode"] });
    const bad = await app.gql(
      CREATE_AGENCY,
      { input: { name: " ", kind: "UNIT", contactEmail: "nope" } },
      tokens.admin,
    );
    expect(bad.data.createAgency.userErrors.map((e: { field: string[] }) => e.field.join("."))).toEqual([
      "input.name",
      "input.contactEmail",
    ]);
  });

  it("lets agency admins manage their own units, and nothing else", async () => {
    const { tokens, agencies } = app.fx;
    const unit = await app.gql(
      CREATE_AGENCY,
      { input: { name: "UPT Penerangan Jalan", kind: "UNIT", parentId: agencies.bandung } },
      tokens.bandungAdmin,
    );
    expect(unit.data.createAgency.userErrors).toEqual([]);
    expect(unit.data.createAgency.agency).toMatchObject({ kind: "UNIT", parent: { id: agencies.bandung } });
    // Its own agency: approval and contact, yes; the connected flag, no.
    const approval = await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: agencies.bandung, requiresApproval: true } },
      tokens.bandungAdmin,
    );
    expect(approval.data.updateAgency.agency.requiresApproval).toBe(true);
    // The contact they edit is theirs to read (their agency and its units), not another agency's.
    const contact = await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: unit.data.createAgency.agency.id, contactEmail: "pju@bandung.go.id" } },
      tokens.bandungAdmin,
    );
    expect(contact.data.updateAgency.agency.contactEmail).toBe("pju@bandung.go.id");
    await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: agencies.kemenkes, contactEmail: "pengaduan@kemkes.go.id" } },
      tokens.admin,
    );
    const read = `query($id: ID!) { node(id: $id) { ... on Agency { contactEmail } } }`;
    expect((await app.gql(read, { id: agencies.kemenkes }, tokens.bandungAdmin)).data.node.contactEmail).toBeNull();
    expect((await app.gql(read, { id: agencies.bandung }, tokens.bandungOp)).data.node.contactEmail).toBeNull();
    await app.gql(UPDATE_AGENCY, { input: { agencyId: agencies.bandung, requiresApproval: false } }, tokens.admin);
    expect(
      code(
        await app.gql(UPDATE_AGENCY, { input: { agencyId: agencies.bandung, connected: true } }, tokens.bandungAdmin),
      ),
    ).toBe("FORBIDDEN");
    // Not a ministry, not under another agency, not another agency's settings.
    expect(code(await app.gql(CREATE_AGENCY, { input: { name: "X", kind: "MINISTRY" } }, tokens.bandungAdmin))).toBe(
      "FORBIDDEN",
    );
    const elsewhere = await app.gql(
      CREATE_AGENCY,
      { input: { name: "X", kind: "UNIT", parentId: agencies.kemenkes } },
      tokens.bandungAdmin,
    );
    expect(elsewhere.data.createAgency.userErrors[0]).toMatchObject({ code: "NOT_FOUND" });
    const other = await app.gql(
      UPDATE_AGENCY,
      { input: { agencyId: agencies.kemenkes, requiresApproval: false } },
      tokens.bandungAdmin,
    );
    expect(other.data.updateAgency.userErrors[0]).toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for admins (and agency admins, for their units) only", async () => {
    const { tokens, agencies } = app.fx;
    for (const who of ["verifier", "bandungOp", "analyst"] as const) {
      expect(code(await app.gql(CREATE_AGENCY, { input: { name: "X", kind: "UNIT" } }, tokens[who])), who).toBe(
        "FORBIDDEN",
      );
      expect(
        code(await app.gql(UPDATE_AGENCY, { input: { agencyId: agencies.bandung, connected: true } }, tokens[who])),
        who,
      ).toBe("FORBIDDEN");
      expect(code(await app.gql(CREATE_CATEGORY, { input: { name: "X" } }, tokens[who])), who).toBe("FORBIDDEN");
    }
    expect(code(await app.gql(CREATE_AGENCY, { input: { name: "X", kind: "UNIT" } }))).toBe("UNAUTHENTICATED");
    expect(code(await app.gql(UPDATE_CATEGORY, { input: { categoryId: app.fx.categories.road, name: "X" } }))).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("category management", () => {
  it("admins shape the category tree; the change shows at once", async () => {
    const { tokens, agencies, categories } = app.fx;
    const c = await app.gql(
      CREATE_CATEGORY,
      {
        input: {
          name: "Lampu Jalan",
          parentId: categories.infrastructure,
          routingHint: "Dinas PU kota/kabupaten",
          defaultAgencyId: agencies.bandungUnit,
        },
      },
      tokens.admin,
    );
    expect(c.data.createCategory.userErrors).toEqual([]);
    const id = c.data.createCategory.category.id;
    const tree = await app.gql(TREE, {}, tokens.verifier);
    const infra = tree.data.categories.find((x: { id: string }) => x.id === categories.infrastructure);
    expect(infra.children).toContainEqual({
      id,
      name: "Lampu Jalan",
      routingHint: "Dinas PU kota/kabupaten",
      defaultAgency: { name: "Dinas Pekerjaan Umum Kota Bandung" },
    });
    // Routing guidance is for staff.
    const anon = await app.gql(TREE, {});
    const anonChild = anon.data.categories
      .find((x: { id: string }) => x.id === categories.infrastructure)
      .children.find((x: { id: string }) => x.id === id);
    expect(anonChild).toMatchObject({ routingHint: null, defaultAgency: null });

    const moved = await app.gql(
      UPDATE_CATEGORY,
      { input: { categoryId: id, parentId: null, routingHint: null, name: "Penerangan Jalan" } },
      tokens.admin,
    );
    expect(moved.data.updateCategory.category).toMatchObject({
      name: "Penerangan Jalan",
      parent: null,
      routingHint: null,
      defaultAgency: { id: agencies.bandungUnit },
    });
    const top = await app.gql(TREE, {}, tokens.admin);
    expect(top.data.categories.map((x: { name: string }) => x.name)).toContain("Penerangan Jalan");

    const loop = await app.gql(
      UPDATE_CATEGORY,
      { input: { categoryId: categories.infrastructure, parentId: categories.road } },
      tokens.admin,
    );
    expect(loop.data.updateCategory.userErrors[0].code).toBe("LOOP");
    const missing = await app.gql(
      CREATE_CATEGORY,
      { input: { name: "X", parentId: "Q2F0ZWdvcnk6OTk5OTk" } },
      tokens.admin,
    );
    expect(missing.data.createCategory.userErrors[0]).toMatchObject({
      code: "NOT_FOUND",
      field: ["input", "parentId"],
    });
  });
});
