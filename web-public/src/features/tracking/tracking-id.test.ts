import { describe, expect, it } from "vitest";
import { normalizeAccessCode, normalizeTrackingId } from "./tracking-id";

describe("normalizeTrackingId", () => {
  it("accepts what people type", () => {
    expect(normalizeTrackingId("ADU-7K3M-9QXD")).toBe("ADU-7K3M-9QXD");
    expect(normalizeTrackingId(" adu 7k3m 9qxd ")).toBe("ADU-7K3M-9QXD");
    expect(normalizeTrackingId("ADU7K3M9QXD")).toBe("ADU-7K3M-9QXD");
    expect(normalizeTrackingId("adu-7k3m-9qxo")).toBe("ADU-7K3M-9QX0");
    expect(normalizeTrackingId("ADU-IL00-0000")).toBe("ADU-1100-0000");
  });

  it("rejects what cannot be a tracking ID", () => {
    expect(normalizeTrackingId("ADU-123")).toBeNull();
    expect(normalizeTrackingId("")).toBeNull();
    expect(normalizeTrackingId("XYZ-7K3M-9QXD")).toBeNull();
    expect(normalizeTrackingId("ADU-7K3M-9QXU")).toBeNull(); // U is not Crockford base32
    expect(normalizeTrackingId("ADU-7K3M-9QXD-1")).toBeNull();
  });
});

describe("normalizeAccessCode", () => {
  it("accepts 16 base32 characters in any grouping", () => {
    expect(normalizeAccessCode("abcd-efgh-jkmn-pqrs")).toBe("ABCDEFGHJKMNPQRS");
    expect(normalizeAccessCode("ABCD EFGH JKMN PQRS")).toBe("ABCDEFGHJKMNPQRS");
  });

  it("rejects anything else", () => {
    expect(normalizeAccessCode("ABCDEFGH")).toBeNull();
    expect(normalizeAccessCode("ABCDEFGHJKMNPQRU")).toBeNull();
  });
});
