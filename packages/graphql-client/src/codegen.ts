import type { CodegenConfig } from "@graphql-codegen/cli";

export interface AduanCodegenOptions {
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
}: AduanCodegenOptions = {}): CodegenConfig {
  return {
    overwrite: true,
    schema,
    documents,
    ignoreNoDocuments: false,
    generates: {
      [output]: {
        preset: "client",
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
      },
    },
  };
}
