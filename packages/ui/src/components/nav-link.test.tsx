import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { NavLink } from "./nav-link";

afterEach(cleanup);

function at(path: string) {
  const { hook } = memoryLocation({ path });
  render(
    <Router hook={hook}>
      <NavLink href="/">Antrean</NavLink>
      <NavLink href="/kelola" nested className="ad-button">
        Kelola
      </NavLink>
      <NavLink href="/audit">Audit</NavLink>
    </Router>,
  );
  return (name: string) => screen.getByRole("link", { name }).getAttribute("aria-current");
}

describe("NavLink", () => {
  it("marks the current page only", () => {
    const current = at("/audit");
    expect(current("Audit")).toBe("page");
    expect(current("Antrean")).toBeNull();
    expect(current("Kelola")).toBeNull();
  });

  it("marks a nested section on the pages below it, and a plain link only at its own address", () => {
    const current = at("/kelola/pengguna");
    expect(current("Kelola")).toBe("page");
    expect(current("Antrean")).toBeNull();
    expect(screen.getByRole("link", { name: "Kelola" }).className).toBe("ad-button");
  });
});
