import { defineConfig } from "vitest/config";

// Dates render in the reader's time zone; tests pin one so their expectations hold on any machine.
process.env.TZ = "Asia/Jakarta";

export default defineConfig({
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
