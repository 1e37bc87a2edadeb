import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { StatusBar } from "./components/status-bar";
import { event, reportFixture } from "./fixtures";
import { withLiveEvents } from "./live";

afterEach(cleanup);

const current = () =>
  within(screen.getByRole("list", { name: "Tahapan laporan" }))
    .getAllByRole("listitem")
    .filter((item) => item.getAttribute("aria-current") === "step")
    .map((item) => item.querySelector(".tr-steps__label")?.textContent);

describe("StatusBar", () => {
  it("marks the current stage and says what happens next", () => {
    renderWithProviders(<StatusBar status="RESPONDED" dueAt="2026-12-10T10:00:00.000Z" overdue={false} />);
    expect(current()).toEqual(["Ditanggapi"]);
    expect(screen.getByText(/Konfirmasi jika masalah selesai/)).toBeTruthy();
    expect(screen.queryByText("Terlambat")).toBeNull();
  });

  it("keeps a report awaiting information on the first stage, and flags a missed deadline", () => {
    renderWithProviders(<StatusBar status="AWAITING_INFORMATION" dueAt="2026-11-25T10:00:00.000Z" overdue />);
    expect(current()).toEqual(["Dikirim"]);
    expect(screen.getByText("Menunggu informasi", { selector: ".ad-chip" })).toBeTruthy();
    expect(screen.getByText("Terlambat")).toBeTruthy();
  });

  it("shows no stages for a rejected report", () => {
    renderWithProviders(<StatusBar status="REJECTED" dueAt={null} overdue={false} />);
    expect(screen.queryByRole("list", { name: "Tahapan laporan" })).toBeNull();
    expect(screen.getByText(/tidak dapat diproses/)).toBeTruthy();
  });
});

describe("withLiveEvents", () => {
  it("adds each new event once, in time order, and takes the newest status", () => {
    const report = reportFixture();
    const responded = event("e4", "RESPONDED", "RESPONDED", "2026-11-24T05:00:00.000Z");
    const message = event("e5", "MESSAGE_POSTED", "RESPONDED", "2026-11-24T06:00:00.000Z");
    const merged = withLiveEvents(report, [message, responded, responded, report.timeline[0]]);
    expect(merged.timeline.map((e) => e.id)).toEqual([...report.timeline.map((e) => e.id), "e4", "e5"]);
    expect(merged.status).toBe("RESPONDED");
    expect(withLiveEvents(report, [])).toBe(report);
  });
});
