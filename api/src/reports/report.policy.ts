import { raw, type Sql, sql } from "../common/sql";
import { isAnalyst, isVerifier, type Viewer } from "../common/viewer";

/**
 * Who sees what (DESIGN.md), as SQL fragments every read path uses: lists, node/nodes, trackReport, nested
 * reports and the inbox. `r` is the report's alias. The flags travel with each plain row to the field resolvers.
 */
export interface ReportScope {
  viewer: Viewer;
  /** The viewer's agency and all its units (parent agencies see what their units handle). */
  agencySubtree: number[];
  /** Reports this request proved to own with tracking ID + access code. */
  reporterGrants: number[];
  /** Reports this request reached by tracking ID: their status and timeline are public to the holder. */
  tracked: number[];
}

export interface ReportAccess {
  /** The viewer is the reporter (signed-in owner, or tracking ID + access code). */
  is_reporter: boolean;
  /** The viewer's agency (or one of its units) handles the report, or forwarded it. */
  is_handler: boolean;
  /** Content: kind, title, body, category, region, location, attachments, PUBLIC messages. */
  can_content: boolean;
  /** INTERNAL messages, instructions, return reasons, staff names. */
  can_internal: boolean;
}

export function isReporterSql(s: ReportScope, r = "r"): Sql {
  const parts: Sql[] = [];
  if (s.viewer.ownerTag) parts.push(sql`${raw(r)}.owner_tag = ${s.viewer.ownerTag}`);
  if (s.reporterGrants.length) parts.push(sql`${raw(r)}.id = any(${s.reporterGrants}::int[])`);
  // coalesce: owner_tag is null for reports submitted without an account, and null = tag is null, not false.
  return parts.length ? sql`coalesce(${parts.reduce((a, b) => sql`${a} or ${b}`)}, false)` : raw("false");
}

/** A disposition that is not RETURNED, to the viewer's agency or its units; a forwarder keeps FORWARDED ones. */
export function isHandlerSql(s: ReportScope, r = "r"): Sql {
  if (!s.agencySubtree.length) return raw("false");
  // A scalar subquery with LIMIT, not EXISTS: the planner would turn EXISTS into a hash of every disposition of the
  // agency (thousands of rows, per flag); this stays an index lookup on disposition(report_id) per report row.
  return sql`((select 1 from disposition hd where hd.report_id = ${raw(r)}.id and hd.status <> 'RETURNED'
    and hd.agency_id = any(${s.agencySubtree}::int[]) limit 1) is not null)`;
}

const publicContent = (r: string) => raw(`(${r}.verified_at is not null and not ${r}.confidential)`);

export function canInternalSql(s: ReportScope, r = "r"): Sql {
  return isVerifier(s.viewer) ? raw("true") : isHandlerSql(s, r);
}

export function canContentSql(s: ReportScope, r = "r"): Sql {
  if (isVerifier(s.viewer)) return raw("true");
  return sql`(${publicContent(r)} or ${isReporterSql(s, r)} or ${isHandlerSql(s, r)})`;
}

/**
 * Which reports a viewer may find at all (status, dates, timeline): public ones (verified, not confidential), their
 * own, those their agency handles, all for verifiers and analysts, and any this request reached by tracking ID.
 */
export function listedSql(s: ReportScope, r = "r"): Sql {
  if (isVerifier(s.viewer) || isAnalyst(s.viewer)) return raw("true");
  const tracked = s.tracked.length ? sql` or ${raw(r)}.id = any(${s.tracked}::int[])` : raw("");
  return sql`(${canContentSql(s, r)}${tracked})`;
}

/** The access flags as select-list columns. */
export function accessColumnsSql(s: ReportScope, r = "r"): Sql {
  return sql`${isReporterSql(s, r)} as is_reporter, ${isHandlerSql(s, r)} as is_handler,
    ${canContentSql(s, r)} as can_content, ${canInternalSql(s, r)} as can_internal`;
}

/** What the viewer may know of who reported (the identity rows of DESIGN.md's table). */
export type IdentityView = "none" | "name" | "full";

export function identityView(
  viewer: Viewer,
  row: ReportAccess & { anonymous: boolean; confidential: boolean },
): IdentityView {
  if (row.is_reporter) return "full";
  if (row.anonymous) return "none";
  if (row.can_internal) return "full";
  if (isAnalyst(viewer) && !isVerifier(viewer)) return "none";
  if (row.can_content && !row.confidential) return "name";
  return "none";
}

/**
 * A timeline entry as the viewer may see it, or null: internal events (instructions, return reasons, drafts, internal
 * notes) only for handlers and verifiers; notes are content; staff names only for staff who handle the report.
 */
export function eventView<E extends { internal: boolean; note: string | null; actorName: string | null }>(
  viewer: Viewer,
  report: ReportAccess,
  e: E,
): E | null {
  if (e.internal && !report.can_internal) return null;
  const staffNames = report.can_internal && (isVerifier(viewer) || viewer.agencyId != null);
  return {
    ...e,
    actorName: staffNames ? e.actorName : null,
    note: report.can_internal || (report.can_content && !e.internal) ? e.note : null,
  };
}
