// What reporters and staff are told, in Bahasa Indonesia with one English line. Status only: never report content,
// never a name, never the access code (the platform does not keep it).

import { EventType, ReportStatus } from "../common/enums";

export type NotificationChannel = "EMAIL" | "SMS";

export interface ComposedMessage {
  subject: string;
  body: string;
}

/** Events the reporter hears about. CONFIRMED and AUTO_CLOSED are the two ways a report is resolved. */
export const REPORTER_EVENTS: ReadonlySet<string> = new Set([
  EventType.VERIFIED,
  EventType.INFORMATION_REQUESTED,
  EventType.RESPONDED,
  EventType.CONFIRMED,
  EventType.AUTO_CLOSED,
  EventType.REJECTED,
]);

const STATUS_ID: Record<string, string> = {
  [ReportStatus.SUBMITTED]: "Menunggu verifikasi",
  [ReportStatus.AWAITING_INFORMATION]: "Menunggu informasi tambahan dari Anda",
  [ReportStatus.DISPOSED]: "Diteruskan ke instansi berwenang",
  [ReportStatus.IN_PROGRESS]: "Sedang ditindaklanjuti",
  [ReportStatus.RESPONDED]: "Telah ditanggapi",
  [ReportStatus.RESOLVED]: "Selesai",
  [ReportStatus.REJECTED]: "Tidak dapat diproses",
  [ReportStatus.MERGED]: "Digabungkan dengan laporan lain",
};

/** [Indonesian headline, Indonesian sentence, English sentence] per event type. */
const REPORTER_TEXT: Record<string, [string, string, string]> = {
  [EventType.VERIFIED]: [
    "telah diverifikasi",
    "Laporan Anda telah diverifikasi dan diteruskan kepada instansi yang berwenang.",
    "Your report was verified and passed to the responsible agency.",
  ],
  [EventType.INFORMATION_REQUESTED]: [
    "memerlukan informasi tambahan",
    "Verifikator memerlukan informasi tambahan sebelum laporan Anda dapat diproses. Silakan jawab melalui tautan di bawah.",
    "The verifier needs more information before your report can proceed; please answer through the link below.",
  ],
  [EventType.RESPONDED]: [
    "telah ditanggapi",
    "Instansi telah memberikan tanggapan atas laporan Anda. Silakan baca dan konfirmasi apakah masalah Anda sudah selesai.",
    "An agency has responded to your report; please read it and confirm whether the problem is solved.",
  ],
  [EventType.CONFIRMED]: [
    "telah selesai",
    "Laporan Anda telah selesai. Terima kasih atas konfirmasi Anda.",
    "Your report is resolved. Thank you for confirming.",
  ],
  [EventType.AUTO_CLOSED]: [
    "telah ditutup",
    "Laporan Anda ditutup karena batas waktu untuk menanggapi jawaban instansi telah berakhir.",
    "Your report was closed because the time to reply to the agency's response has ended.",
  ],
  [EventType.REJECTED]: [
    "tidak dapat diproses",
    "Laporan Anda tidak dapat diproses lebih lanjut. Alasannya dapat Anda lihat melalui tautan di bawah.",
    "Your report cannot be processed further; the reason is shown at the link below.",
  ],
};

export const statusLabel = (status: string) => STATUS_ID[status] ?? status;

export function publicBaseUrl(publicUrl: string | undefined): string {
  return (publicUrl ?? "http://localhost:4000").replace(/\/+$/, "");
}

export const trackingLink = (base: string, trackingId: string) => `${base}/track/${trackingId}`;

/** The reporter's message for an event, or null for events reporters are not told of. */
export function reporterMessage(
  channel: NotificationChannel,
  eventType: string,
  status: string,
  trackingId: string,
  base: string,
): ComposedMessage | null {
  const text = REPORTER_TEXT[eventType];
  if (!text) return null;
  const [headline, id, en] = text;
  const link = trackingLink(base, trackingId);
  const subject = `Laporan ${trackingId} ${headline}`;
  if (channel === "SMS") {
    return { subject, body: `Aduan: laporan ${trackingId} ${headline}. Status: ${statusLabel(status)}. ${link}` };
  }
  const body = [
    "Yth. Pelapor,",
    "",
    `${id}`,
    "",
    `Nomor pelacakan: ${trackingId}`,
    `Status: ${statusLabel(status)} (${status})`,
    `Lihat perkembangan laporan: ${link}`,
    "Untuk membalas atau melihat rincian, gunakan kode akses yang Anda terima saat melapor.",
    "",
    `${en} Report ${trackingId}, status ${status}: ${link}`,
    "",
    "Pesan ini dikirim otomatis oleh Aduan. Mohon tidak membalas email ini.",
  ].join("\n");
  return { subject, body };
}

/** An overdue report escalated to an agency's admins (agency console) or the national admins (admin console). */
export function escalationMessage(
  trackingId: string,
  status: string,
  national: boolean,
  base: string,
): ComposedMessage {
  const consoleUrl = `${base}${national ? "/admin/" : "/agency/"}`;
  return {
    subject: `Eskalasi: laporan ${trackingId} melewati batas waktu`,
    body: [
      national ? "Yth. Admin Nasional," : "Yth. Admin Instansi,",
      "",
      `Laporan ${trackingId} telah melewati batas waktu layanan dan dieskalasikan kepada Anda.`,
      `Status: ${statusLabel(status)} (${status})`,
      `Buka konsol: ${consoleUrl}`,
      "",
      `Report ${trackingId} is overdue and was escalated to you (status ${status}).`,
      "",
      "Pesan ini dikirim otomatis oleh Aduan.",
    ].join("\n"),
  };
}

/** "b***@gmail.com": enough for an admin to tell messages apart, not enough to know whose they are. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***@${email.slice(at + 1)}`;
}

/** Digits in international form, "+62..." (Indonesian numbers are often written 08...). */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, "");
  if (phone.trim().startsWith("+")) return `+${digits}`;
  if (digits.startsWith("0")) return `+62${digits.slice(1)}`;
  if (digits.startsWith("62")) return `+${digits}`;
  return `+${digits}`;
}

/** "+62 8** **** 7890". */
export function maskPhone(phone: string): string {
  const n = normalizePhone(phone).slice(1);
  if (n.length < 8) return "+** ***";
  const cc = n.startsWith("62") ? "62" : n.slice(0, 2);
  const rest = n.slice(cc.length);
  return `+${cc} ${rest[0]}** **** ${rest.slice(-4)}`;
}

/**
 * How a recipient appears in the outbox viewer and the log. An anonymous reporter's contact is theirs alone
 * (DESIGN.md: admins never learn who reported anonymously), so not even a masked part of it is shown.
 */
export function maskRecipient(channel: NotificationChannel, recipient: string, anonymous: boolean): string {
  if (anonymous) return channel === "EMAIL" ? "anonymous reporter (email)" : "anonymous reporter (SMS)";
  return channel === "EMAIL" ? maskEmail(recipient) : maskPhone(recipient);
}
