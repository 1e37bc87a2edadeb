import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { lazy } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Link, Route, Router, Switch } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { createI18n } from "../i18n";
import { isChunkLoadError, PageBoundary } from "./page-boundary";

const i18n = await createI18n({ id: {}, en: async () => ({}) }, { persist: false, language: "id" });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const offline = () => Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/page.js"));

function app(path: string) {
  const Broken = lazy(offline);
  const Fine = lazy(async () => ({ default: () => <h1>Statistik</h1> }));
  const { hook } = memoryLocation({ path });
  return render(
    <I18nextProvider i18n={i18n}>
      <Router hook={hook}>
        <Link href="/statistik">ke statistik</Link>
        <PageBoundary>
          <Switch>
            <Route path="/laporan" component={Broken} />
            <Route path="/statistik" component={Fine} />
          </Switch>
        </PageBoundary>
      </Router>
    </I18nextProvider>,
  );
}

describe("PageBoundary", () => {
  it("tells a reader offline that the page could not be loaded, with a way to try again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    app("/laporan");
    expect(await screen.findByText("Halaman ini tidak dapat dimuat.")).toBeTruthy();
    expect(screen.getByText(/Periksa koneksi internet Anda/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Coba lagi" })).toBeTruthy();
  });

  it("forgets the failure on another address", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    app("/laporan");
    await screen.findByText("Halaman ini tidak dapat dimuat.");
    await act(async () => fireEvent.click(screen.getByRole("link", { name: "ke statistik" })));
    expect(await screen.findByRole("heading", { name: "Statistik" })).toBeTruthy();
    expect(screen.queryByText("Halaman ini tidak dapat dimuat.")).toBeNull();
  });

  it("tells a failed download from other errors", () => {
    expect(isChunkLoadError(new TypeError("Failed to fetch dynamically imported module: x.js"))).toBe(true);
    expect(isChunkLoadError(new TypeError("Importing a module script failed."))).toBe(true);
    expect(isChunkLoadError(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});
