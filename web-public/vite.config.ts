/// <reference types="vitest/config" />
import { apiProxy } from "@aduan/graphql-client/dev-server";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/** The design tokens' primary colour (packages/ui/src/styles.css `--ad-color-primary`) and page background. */
const THEME_COLOR = "#0b57c4";
const BACKGROUND_COLOR = "#f5f6f8";

/**
 * The app shell's JavaScript: the entry chunk and what it imports statically, as the build wrote them, and the
 * submit page (`/lapor`, ~16 KiB), so that a citizen who installed the app can start a report offline (the draft is
 * kept until it can be sent). Only these are precached; another lazy page's chunk (the statistics page's charts are
 * ~130 KiB) is cached when first opened.
 */
const OFFLINE_PAGES = [/\/src\/pages\/submit-page\.tsx$/];
const shellFiles = new Set<string>();
function appShell(): Plugin {
  return {
    name: "aduan:app-shell",
    apply: "build",
    generateBundle(_options, bundle) {
      shellFiles.clear();
      const visit = (file: string) => {
        const chunk = bundle[file];
        if (chunk?.type !== "chunk" || shellFiles.has(file)) return;
        shellFiles.add(file);
        for (const imported of chunk.imports) visit(imported);
      };
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== "chunk") continue;
        const page = chunk.facadeModuleId ?? "";
        if (chunk.isEntry || OFFLINE_PAGES.some((pattern) => pattern.test(page))) visit(file);
      }
    },
  };
}

// Served by the API at "/" (client routes fall back to index.html).
export default defineConfig({
  base: "/",
  plugins: [
    react(),
    appShell(),
    // Installable, and the app shell opens offline. The registration is a tiny separate script (registerSW.js), not
    // part of the entry bundle; the service worker precaches the built shell and never touches the API.
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script-defer",
      includeManifestIcons: false, // the glob below precaches them (and the favicon), once
      manifest: {
        id: "/",
        name: "Aduan — Layanan aspirasi dan pengaduan publik",
        short_name: "Aduan",
        description: "Sampaikan dan lacak pengaduan layanan publik, lalu lihat tindak lanjut instansi.",
        lang: "id",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        categories: ["government", "utilities"],
        icons: [
          { src: "/pwa-192x192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/pwa-512x512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/pwa-maskable-512x512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        ],
      },
      workbox: {
        // The shell: index.html, the entry's JavaScript, the styles and icons (hashed files, so updates are exact).
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        globIgnores: ["sw.js", "workbox-*.js", "registerSW.js"],
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter(
              (entry) => !entry.url.startsWith("assets/") || !entry.url.endsWith(".js") || shellFiles.has(entry.url),
            ),
            warnings: shellFiles.size ? [] : ["aduan:app-shell found no entry chunk: no JavaScript precached"],
          }),
        ],
        cleanupOutdatedCaches: true,
        // Client routes open from the cached index.html, but not the API's own paths or the other two apps
        // (/agency/, /admin/ share this origin). Nothing is cached at run time: /graphql (and its WebSocket),
        // /uploads and /open-data always go to the network.
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [
          /^\/graphql(\/|$)/,
          /^\/uploads(\/|$)/,
          /^\/open-data(\/|$)/,
          /^\/healthz$/,
          /^\/agency(\/|$)/,
          /^\/admin(\/|$)/,
        ],
        runtimeCaching: [
          {
            // Lazy pages' chunks, once opened: content-hashed, so cache-first is exact.
            urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith("/assets/"),
            handler: "CacheFirst",
            options: { cacheName: "aduan-assets", expiration: { maxEntries: 80, maxAgeSeconds: 60 * 60 * 24 * 90 } },
          },
        ],
      },
    }),
  ],
  server: { proxy: apiProxy() },
  preview: { proxy: apiProxy() },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    env: { TZ: "Asia/Jakarta" },
  },
});
