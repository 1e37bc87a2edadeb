import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { printedSchema } from "./schema";

const root = path.resolve(__dirname, "..", "..");

describe("schema.graphql", () => {
  it("the committed file equals the schema the code emits (run `npm run schema`)", async () => {
    expect(fs.readFileSync(path.join(root, "schema.graphql"), "utf8")).toBe(await printedSchema());
  });

  it("keeps the public contract for everything built so far", () => {
    const contract = path.join(root, "..", "shared", "bin", "check-contract");
    let out: string;
    try {
      out = execFileSync(contract, [path.join(root, "schema.graphql")], { encoding: "utf8" });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const breaks = out.split("\n").filter((l) => l.startsWith("  "));
    // Statistics, similarReports and subscriptions arrive with the issues that build them.
    const later = /statistics|subscription|similarReports/i;
    expect(breaks.filter((b) => !later.test(b))).toEqual([]);
  });
});
