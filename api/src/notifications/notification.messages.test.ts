import { describe, expect, it } from "vitest";
import { EventType } from "../common/enums";
import {
  escalationMessage,
  maskEmail,
  maskPhone,
  maskRecipient,
  normalizePhone,
  REPORTER_EVENTS,
  reporterMessage,
} from "./notification.messages";

describe("notification texts", () => {
  it("tell the reporter the tracking ID, the status and the tracking link, for each event they hear of", () => {
    for (const type of REPORTER_EVENTS) {
      for (const channel of ["EMAIL", "SMS"] as const) {
        const m = reporterMessage(channel, type, "DISPOSED", "ADU-7K3M-9QXD", "https://aduan.example.id");
        expect(m?.body).toContain("ADU-7K3M-9QXD");
        expect(m?.body).toContain("https://aduan.example.id/track/ADU-7K3M-9QXD");
        expect(m?.body).toContain("Diteruskan ke instansi berwenang");
      }
    }
    expect(reporterMessage("EMAIL", EventType.ACCEPTED, "IN_PROGRESS", "ADU-7K3M-9QXD", "x")).toBeNull();
    expect(
      reporterMessage("SMS", EventType.VERIFIED, "DISPOSED", "ADU-7K3M-9QXD", "http://localhost:4000")?.body,
    ).toMatchInlineSnapshot(
      `"Aduan: laporan ADU-7K3M-9QXD telah diverifikasi. Status: Diteruskan ke instansi berwenang. http://localhost:4000/track/ADU-7K3M-9QXD"`,
    );
  });

  it("point escalations at the right console", () => {
    expect(escalationMessage("ADU-7K3M-9QXD", "DISPOSED", false, "http://h").body).toContain("http://h/agency/");
    expect(escalationMessage("ADU-7K3M-9QXD", "SUBMITTED", true, "http://h").body).toContain("http://h/admin/");
  });

  it("mask addresses, and show nothing of an anonymous reporter's", () => {
    expect(maskEmail("budi.santoso@gmail.com")).toBe("b***@gmail.com");
    expect(maskPhone("+62 812-3456-7890")).toBe("+62 8** **** 7890");
    expect(maskPhone("081234567890")).toBe("+62 8** **** 7890");
    expect(normalizePhone("0812 3456 7890")).toBe("+6281234567890");
    expect(maskRecipient("EMAIL", "budi@gmail.com", true)).not.toMatch(/b|gmail/);
    expect(maskRecipient("SMS", "+6281234567890", true)).not.toMatch(/[0-9]/);
  });
});
