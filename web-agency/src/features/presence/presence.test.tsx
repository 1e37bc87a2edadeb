import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { Presence } from "./components/presence";
import { ReportViewersSubscription, ViewReportMutation } from "./graphql";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const REPORT = "UmVwb3J0OjE";
const viewer = (name: string, userId = `VXNlcjo${name.length}`) => ({
  __typename: "ReportViewer" as const,
  userId,
  name,
  lastSeenAt: "2026-11-28T05:00:00.000Z",
});
const heartbeat = (viewers: object[], leaving?: boolean) => ({
  request: {
    query: ViewReportMutation,
    variables: { input: leaving ? { reportId: REPORT, leaving } : { reportId: REPORT } },
  },
  result: { data: { viewReport: { __typename: "ViewReportPayload", viewers } } },
});

describe("Presence", () => {
  it("names colleagues viewing the report, politely, and follows the live list", async () => {
    renderWithProviders(<Presence reportId={REPORT} />, {
      mocks: [
        heartbeat([viewer("Sari Wulandari")]),
        {
          request: { query: ReportViewersSubscription, variables: { reportId: REPORT } },
          result: { data: { reportViewers: [viewer("Sari Wulandari"), viewer("Andi", "VXNlcjo5")] } },
          // Well after the heartbeat's answer even on a busy machine (a live list that comes first wins over it).
          delay: 400,
        },
      ],
    });
    const line = await screen.findByText("Juga dibuka oleh: Sari Wulandari");
    expect(line.closest("[aria-live]")?.getAttribute("aria-live")).toBe("polite");
    expect(await screen.findByText("Juga dibuka oleh: Sari Wulandari, Andi")).toBeTruthy();
  });

  it("says nothing when nobody else has it open, beats every 20 seconds and says when it leaves", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const beats = vi.fn(() => ({ data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } }));
    const left = vi.fn(() => ({ data: { viewReport: { __typename: "ViewReportPayload", viewers: [] } } }));
    const { unmount, container } = renderWithProviders(<Presence reportId={REPORT} />, {
      mocks: [
        {
          request: { query: ViewReportMutation, variables: { input: { reportId: REPORT } } },
          result: beats,
          maxUsageCount: 5,
        },
        {
          request: { query: ViewReportMutation, variables: { input: { reportId: REPORT, leaving: true } } },
          result: left,
        },
      ],
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(beats).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe("");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    expect(beats).toHaveBeenCalledTimes(2);
    unmount();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(left).toHaveBeenCalledTimes(1);
  });
});
