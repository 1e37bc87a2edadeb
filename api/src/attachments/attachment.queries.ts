import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../common/ids";
import { query, sql } from "../common/sql";
import type { AttachmentRow } from "./attachment.types";

const cols = sql`id::text as key, report_id as "reportId", message_id as "messageId", file_name as "fileName",
  content_type as "contentType", size`;

function shape(rows: AttachmentRow[]): AttachmentRow[] {
  for (const r of rows) {
    r.__typename = "Attachment";
    r.id = toGlobalId("Attachment", r.key);
  }
  return rows;
}

/** The report's own attachments (not those of its messages). */
export async function attachmentsByReports(em: EntityManager, ids: readonly number[]) {
  const rows = shape(
    await query(
      em,
      sql`select ${cols} from attachment where report_id = any(${[...ids]}::int[]) and message_id is null order by created_at`,
    ),
  );
  return ids.map((id) => rows.filter((r) => r.reportId === id));
}

export async function attachmentsByMessages(em: EntityManager, ids: readonly number[]) {
  const rows = shape(
    await query(em, sql`select ${cols} from attachment where message_id = any(${[...ids]}::int[]) order by created_at`),
  );
  return ids.map((id) => rows.filter((r) => r.messageId === id));
}

export async function attachmentsByKeys(em: EntityManager, keys: readonly string[]) {
  const rows = shape(await query(em, sql`select ${cols} from attachment where id = any(${[...keys]}::uuid[])`));
  const by = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => by.get(k) ?? null);
}
