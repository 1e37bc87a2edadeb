import type { Translation } from "@aduan/ui/i18n";
import type { OutboxMessages } from "./messages.id";

export const outboxEn: Translation<OutboxMessages> = {
  title: "Notification outbox — Aduan verification portal",
  heading: "Notification outbox",
  intro:
    "Emails and text messages the platform sent, or will send, to reporters and staff, newest first. Recipients are masked; an anonymous reporter's contact is not shown.",
  caption: "Notifications, newest first",
  count_one: "{{count, number}} notification",
  count_other: "{{count, number}} notifications",
  empty: "No matching notifications.",
  loadError: "The outbox could not be loaded.",
  attempts_one: "{{count}} attempt",
  attempts_other: "{{count}} attempts",
  sentAt: "Sent {{date}}",
  loggedAt: "Logged {{date}}",
  via: "via {{transport}}",
  onlyReport: "Only {{trackingId}}",
  onlyReportLabel: "Only {{trackingId}}: show just this report's notifications",
  showAll: "Show all reports",
  filteredByReport: "Only the notifications of report {{trackingId}}.",
  column: {
    time: "Created",
    recipient: "Recipient",
    message: "Message",
    report: "Report",
    status: "Status",
  },
  audience: {
    REPORTER: "Reporter",
    STAFF: "Staff",
  },
  channel: {
    EMAIL: "Email",
    SMS: "SMS",
  },
  status: {
    QUEUED: "Queued",
    SENT: "Sent",
    LOGGED: "Logged only (no transport)",
    FAILED: "Failed",
  },
  filter: {
    label: "Filter notifications",
    status: "Status",
    anyStatus: "Any status",
    channel: "Channel",
    anyChannel: "Any channel",
  },
};
