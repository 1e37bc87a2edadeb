import type { Formatters } from "@aduan/ui/format";
import type { TrackedReportData } from "./components/tracked-report";

/** A translation lookup by plain key (`common:` prefix for the shared texts). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The report's handling has gone wrong in a way the Ombudsman can take up: a missed deadline, or a disputed response. */
export function escalationReasons(report: TrackedReportData): Array<"overdue" | "disputed"> {
  const reasons: Array<"overdue" | "disputed"> = [];
  if (report.overdue || report.dispositions.some(missedDeadline)) reasons.push("overdue");
  if (report.timeline.some((event) => event.type === "DISPUTED")) reasons.push("disputed");
  return reasons;
}

/** Whether the agency missed its deadline: still open past it, or responded after it. */
export function missedDeadline(d: TrackedReportData["dispositions"][number]): boolean {
  if (d.overdue) return true;
  return Boolean(d.respondedAt && d.dueAt && Date.parse(d.respondedAt) > Date.parse(d.dueAt));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * The escalation file for the Ombudsman Republik Indonesia: proof of a prior complaint to the service provider, with
 * the chronology, the agencies and their responses, the deadlines and whether they were missed. A self-contained
 * HTML page that prints well (no scripts, no outside resources).
 */
export function buildEscalationFile(
  report: TrackedReportData,
  { t, format, now, language }: { t: Translate; format: Formatters; now: Date; language: string },
): string {
  const e = (key: string, options?: Record<string, unknown>) => escapeHtml(t(`tracking:escalation.${key}`, options));
  const when = (iso: string | null | undefined) => (iso ? escapeHtml(format.dateTime(iso)) : "–");
  const eventLabel = (event: TrackedReportData["timeline"][number]) => {
    const label = t(`common:eventType.${event.type}`);
    return escapeHtml(label.endsWith(`eventType.${event.type}`) ? t(`common:reportStatus.${event.status}`) : label);
  };
  const reasons = escalationReasons(report);
  const facts: Array<[string, string]> = [
    [e("trackingId"), escapeHtml(report.trackingId)],
    [e("title"), escapeHtml(report.title ?? t("common:hiddenTitle"))],
    [e("submittedAt"), when(report.createdAt)],
    [e("status"), escapeHtml(t(`common:reportStatus.${report.status}`))],
    [e("dueAt"), report.dueAt ? when(report.dueAt) : "–"],
    [e("overdue"), report.overdue ? e("yes") : e("no")],
  ];
  if (report.category) facts.push([e("category"), escapeHtml(report.category.name)]);
  if (report.region) facts.push([e("region"), escapeHtml(report.region.name)]);

  const dispositions = report.dispositions.map(
    (d) =>
      `<tr><td>${escapeHtml(d.agency.name)}</td><td>${escapeHtml(t(`common:dispositionStatus.${d.status}`))}</td>` +
      `<td>${when(d.createdAt)}</td><td>${when(d.acceptedAt)}</td><td>${when(d.dueAt)}</td><td>${when(d.respondedAt)}</td>` +
      `<td>${missedDeadline(d) ? `<strong>${e("missed")}</strong>` : e("met")}</td></tr>`,
  );
  const responses = report.messages.nodes.filter((m) => m.authorRole === "AGENCY");
  const author = (m: TrackedReportData["messages"]["nodes"][number]) =>
    escapeHtml(
      m.authorRole === "REPORTER"
        ? t("tracking:escalation.reporter")
        : (m.authorName ?? t(`common:authorRole.${m.authorRole}`)),
    );

  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<title>${e("documentTitle", { trackingId: report.trackingId })}</title>
<style>
body { font: 11pt/1.5 system-ui, sans-serif; color: #1a1f29; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #8a93a0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eaedf1; }
.pre { white-space: pre-wrap; }
</style>
</head>
<body>
<h1>${e("heading")}</h1>
<p>${e("intro")}</p>
<p>${e("generatedAt", { date: format.dateTime(now.toISOString()) })}</p>
<h2>${e("reasonsHeading")}</h2>
<ul>${reasons.map((reason) => `<li>${e(`reason.${reason}`)}</li>`).join("")}</ul>
<h2>${e("reportHeading")}</h2>
<table><tbody>${facts.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join("")}</tbody></table>
${report.body ? `<p class="pre">${escapeHtml(report.body)}</p>` : ""}
<h2>${e("agenciesHeading")}</h2>
${
  dispositions.length
    ? `<table><thead><tr><th>${e("agency")}</th><th>${e("status")}</th><th>${e("disposedAt")}</th><th>${e("acceptedAt")}</th><th>${e("dueAt")}</th><th>${e("respondedAt")}</th><th>${e("deadline")}</th></tr></thead><tbody>${dispositions.join("")}</tbody></table>`
    : `<p>${e("noAgencies")}</p>`
}
<h2>${e("responsesHeading")}</h2>
${
  responses.length
    ? responses
        .map((m) => `<h3>${author(m)} · ${when(m.createdAt)}</h3><p class="pre">${escapeHtml(m.body)}</p>`)
        .join("\n")
    : `<p>${e("noResponses")}</p>`
}
<h2>${e("chronologyHeading")}</h2>
<table><thead><tr><th>${e("date")}</th><th>${e("event")}</th><th>${e("by")}</th><th>${e("note")}</th></tr></thead><tbody>
${report.timeline
  .map(
    (event) =>
      `<tr><td>${when(event.createdAt)}</td><td>${eventLabel(event)}</td><td>${escapeHtml(t(`common:authorRole.${event.actorRole}`))}</td><td class="pre">${event.note ? escapeHtml(event.note) : ""}</td></tr>`,
  )
  .join("\n")}
</tbody></table>
<h2>${e("dialogueHeading")}</h2>
${
  report.messages.nodes.length
    ? report.messages.nodes
        .map((m) => `<h3>${author(m)} · ${when(m.createdAt)}</h3><p class="pre">${escapeHtml(m.body)}</p>`)
        .join("\n")
    : `<p>${e("noMessages")}</p>`
}
<h2>${e("nextHeading")}</h2>
<p>${e("next")}</p>
</body>
</html>
`;
}
