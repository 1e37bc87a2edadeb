import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Vite 8 transforms TS with oxc, which honours tsconfig's experimentalDecorators + emitDecoratorMetadata.
export default defineConfig({
  resolve: {
    // One graphql module: type-graphql and Apollo require() the CommonJS build; without this our own imports would
    // get the .mjs one ("Cannot use GraphQLObjectType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ["test/global-setup.ts"],
  },
});
