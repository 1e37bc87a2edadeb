import type { CodegenConfig } from "@graphql-codegen/cli";

export interface AduanCodegenOptions {
  /**
   * One output per folder of src/features (`src/features/<name>/gql/`, from that folder's documents) instead of one
   * for the app: the client preset's `graphql()` holds a map of every document it knows, so a single output puts
   * every page's documents into the entry bundle; per feature, a lazy page's documents load with the page.
   */
  features?: string[];
  /** The committed schema emitted by the API (default: the repo root's, seen from an app folder). */
  schema?: string;
  documents?: string[];
  /** Where the typed documents go (default src/gql/). */
  output?: string;
}

/**
 * One codegen set-up for every Aduan front end: the client preset's typed documents from the committed
 * schema.graphql (never a live server), `DateTime` as its ISO string, enums as string unions.
 */
export function aduanCodegen({
  schema = "../schema.graphql",
  documents = ["src/**/*.{ts,tsx}", "!src/gql/**", "!src/**/*.test.{ts,tsx}"],
  output = "src/gql/",
  features,
}: AduanCodegenOptions = {}): CodegenConfig {
  const target = (docs: string[]) => ({
    documents: docs,
    preset: "client" as const,
    presetConfig: { fragmentMasking: false },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      scalars: { DateTime: "string" },
      strictScalars: true,
      skipTypename: false,
      nonOptionalTypename: true,
      dedupeFragments: true,
    },
  });
  const generates = features
    ? Object.fromEntries(
        features.map((f) => [
          `src/features/${f}/gql/`,
          target([`src/features/${f}/**/*.{ts,tsx}`, `!src/features/${f}/gql/**`, "!src/**/*.test.{ts,tsx}"]),
        ]),
      )
    : { [output]: target(documents) };
  return { overwrite: true, schema, ignoreNoDocuments: false, generates };
}
