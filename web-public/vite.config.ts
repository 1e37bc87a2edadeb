/// <reference types="vitest/config" />
import { apiProxy } from "@aduan/graphql-client/dev-server";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the API at "/" (client routes fall back to index.html).
export default defineConfig({
  base: "/",
  plugins: [react()],
  server: { proxy: apiProxy() },
  preview: { proxy: apiProxy() },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    env: { TZ: "Asia/Jakarta" },
  },
});
