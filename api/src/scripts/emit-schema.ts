import fs from "node:fs";
import path from "node:path";
import { printedSchema } from "../schema";

// Writes the repo-root schema.graphql (no database needed); a test fails when the committed file differs.
printedSchema().then((text) => {
  const file = path.resolve(__dirname, "..", "..", "..", "schema.graphql");
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
});
