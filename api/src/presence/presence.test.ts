import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/app";
import { subscribe, wsClient } from "../../test/live";
import { reportInput, SUBMIT, VERIFY } from "../../test/operations";

const app = useTestApp();

const VIEW = `mutation($input: ViewReportInput!) { viewReport(input: $input) { viewers { userId name lastSeenAt } } }`;
const VIEWERS = `query($id: ID!) { reportViewers(reportId: $id) { name } }`;
const LIVE = `subscription($id: ID!) { reportViewers(reportId: $id) { name } }`;

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const names = (res: { data?: { viewReport: { viewers: { name: string }[] } } }) =>
  res.data?.viewReport.viewers.map((v) => v.name);

async function disposedReport(): Promise<string> {
  const s = await app.gql(SUBMIT, { input: reportInput() });
  const id = s.data.submitReport.report.id;
  const v = await app.gql(
    VERIFY,
    {
      input: {
        reportId: id,
        categoryId: app.fx.categories.road,
        agencyIds: [app.fx.agencies.bandung],
        instruction: "Cek",
      },
    },
    app.fx.tokens.verifier,
  );
  expect(v.data.verifyReport.userErrors).toEqual([]);
  return id;
}

let reportId: string;
beforeAll(async () => {
  reportId = await disposedReport();
});

describe("presence", () => {
  it("colleagues see each other; verifiers and agencies are separate teams", async () => {
    const { tokens } = app.fx;
    const view = (token: string, leaving = false) => app.gql(VIEW, { input: { reportId, leaving } }, token);
    expect(names(await view(tokens.bandungOp))).toEqual([]);
    const second = await view(tokens.bandungAdmin);
    expect(names(second)).toEqual(["Test bandungOp"]);
    expect(Date.parse(second.data.viewReport.viewers[0].lastSeenAt)).not.toBeNaN();
    expect((await app.gql(VIEWERS, { id: reportId }, tokens.bandungOp)).data.reportViewers).toEqual([
      { name: "Test bandungAdmin" },
    ]);
    // Verifiers do not see agency staff, nor they them.
    expect(names(await view(tokens.verifier))).toEqual([]);
    expect(names(await view(tokens.admin))).toEqual(["Test verifier"]);
    expect(names(await view(tokens.bandungOp))).toEqual(["Test bandungAdmin"]);

    expect(names(await view(tokens.bandungAdmin, true))).toEqual(["Test bandungOp"]);
    expect((await app.gql(VIEWERS, { id: reportId }, tokens.bandungOp)).data.reportViewers).toEqual([]);
  });

  it("is only for staff who may read the report's internal side", async () => {
    const { tokens } = app.fx;
    // Another agency, and a unit the report was not sent to: not found.
    for (const who of ["kemenkesOp", "unitOp"] as const) {
      expect(code(await app.gql(VIEW, { input: { reportId } }, tokens[who])), who).toBe("NOT_FOUND");
      expect(code(await app.gql(VIEWERS, { id: reportId }, tokens[who])), who).toBe("NOT_FOUND");
    }
    for (const who of ["citizen", "analyst"] as const) {
      expect(code(await app.gql(VIEW, { input: { reportId } }, tokens[who])), who).toBe("FORBIDDEN");
    }
    expect(code(await app.gql(VIEW, { input: { reportId } }))).toBe("UNAUTHENTICATED");
    expect(code(await app.gql(VIEWERS, { id: reportId }))).toBe("UNAUTHENTICATED");
    expect(code(await app.gql(VIEW, { input: { reportId: "nope" } }, tokens.bandungOp))).toBe("BAD_USER_INPUT");
  });

  it("streams the list as it changes over graphql-ws", async () => {
    const { tokens } = app.fx;
    const id = await disposedReport();
    const client = wsClient(app.url, tokens.bandungOp);
    try {
      const feed = subscribe(client, LIVE, { id });
      expect((await feed.nth(1)).data).toEqual({ reportViewers: [] });
      await app.gql(VIEW, { input: { reportId: id } }, tokens.bandungAdmin);
      expect((await feed.nth(2)).data).toEqual({ reportViewers: [{ name: "Test bandungAdmin" }] });
      // Another team's arrival changes nothing here; the next change is the colleague leaving.
      await app.gql(VIEW, { input: { reportId: id } }, tokens.verifier);
      await app.gql(VIEW, { input: { reportId: id, leaving: true } }, tokens.bandungAdmin);
      expect((await feed.nth(3)).data).toEqual({ reportViewers: [] });
      expect(feed.results).toHaveLength(3);

      const foreign = wsClient(app.url, tokens.kemenkesOp);
      try {
        const denied = subscribe(foreign, LIVE, { id });
        await denied.done;
        expect(denied.results[0].errors?.[0].extensions?.code).toBe("NOT_FOUND");
      } finally {
        await foreign.dispose();
      }
    } finally {
      await client.dispose();
    }
  });
});
