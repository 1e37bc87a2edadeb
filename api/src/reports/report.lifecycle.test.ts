import { describe, expect, it } from "vitest";
import { DispositionStatus as D, ReportStatus as S } from "../common/enums";
import { deriveStatus } from "./report.lifecycle";

describe("deriveStatus (several agencies)", () => {
  it("stays DISPOSED while every open disposition is pending", () => {
    expect(deriveStatus(S.DISPOSED, [D.PENDING, D.PENDING])).toBe(S.DISPOSED);
  });
  it("is IN_PROGRESS once one is accepted", () => {
    expect(deriveStatus(S.DISPOSED, [D.PENDING, D.ACCEPTED])).toBe(S.IN_PROGRESS);
  });
  it("is RESPONDED only when every active one has responded", () => {
    expect(deriveStatus(S.IN_PROGRESS, [D.RESPONDED, D.ACCEPTED])).toBe(S.IN_PROGRESS);
    expect(deriveStatus(S.IN_PROGRESS, [D.RESPONDED, D.RETURNED, D.FORWARDED, D.RESPONDED])).toBe(S.RESPONDED);
  });
  it("goes back to SUBMITTED when all are returned", () => {
    expect(deriveStatus(S.IN_PROGRESS, [D.RETURNED, D.RETURNED])).toBe(S.SUBMITTED);
  });
  it("keeps IN_PROGRESS across a forward to a pending disposition", () => {
    expect(deriveStatus(S.IN_PROGRESS, [D.FORWARDED, D.PENDING])).toBe(S.IN_PROGRESS);
  });
  it("awaiting approval counts as work in progress", () => {
    expect(deriveStatus(S.DISPOSED, [D.AWAITING_APPROVAL])).toBe(S.IN_PROGRESS);
  });
});
