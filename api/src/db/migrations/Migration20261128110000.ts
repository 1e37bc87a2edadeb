import { Migration } from "@mikro-orm/migrations";

const list = (...v: string[]) => v.map((s) => `'${s}'`).join(", ");
const STEPS = list("VERIFICATION", "FOLLOW_UP", "INFORMATION_EXTENSION", "REPLY_WINDOW", "ESCALATION_NATIONAL");
const KINDS = list("COMPLAINT", "INFORMATION_REQUEST", "SUGGESTION", "WHISTLEBLOWING", "PRIORITY_PROGRAM");

/** Service levels: per-kind and per-agency working-day settings, escalation state (see service-levels/). */
export class Migration20261128110000 extends Migration {
  override async up(): Promise<void> {
    // One row per (step, kind, agency); a null kind or agency means "any". Without a row the built-in defaults apply
    // (service-levels/service-levels.ts). NULLS NOT DISTINCT (PostgreSQL 15+) makes (FOLLOW_UP, null, null) unique too.
    this.addSql(`create table sla_setting (
      id serial primary key,
      step text not null check (step in (${STEPS})),
      kind text check (kind in (${KINDS})),
      agency_id int references agency(id) on delete cascade,
      working_days int not null check (working_days between 1 and 60),
      updated_at timestamptz not null default now(),
      constraint sla_setting_key unique nulls not distinct (step, kind, agency_id)
    );`);
    // The agency-level follow-up override becomes a FOLLOW_UP row of that agency (any kind).
    this.addSql(`insert into sla_setting (step, agency_id, working_days)
      select 'FOLLOW_UP', id, follow_up_days from agency where follow_up_days is not null;`);
    this.addSql(`alter table agency drop column follow_up_days;`);

    // Escalation of an overdue disposition. The state belongs to the deadline it was recorded for
    // (escalated_due_at): when due_at moves (a dispute, an extension), an overdue disposition starts again at level 1.
    this.addSql(`alter table disposition
      add column escalation_level smallint not null default 0 check (escalation_level between 0 and 2),
      add column escalated_due_at timestamptz,
      add column escalated_at timestamptz,
      add column escalate_national_at timestamptz,
      add column extended_at timestamptz,
      add check ((escalation_level = 0) = (escalated_due_at is null));`);
    // The sweep's scans: open dispositions by deadline, level-1 escalations by when national admins are due.
    this.addSql(`create index disposition_open_due_idx on disposition (due_at)
      where status in ('PENDING', 'ACCEPTED', 'AWAITING_APPROVAL');`);
    this.addSql(`create index disposition_escalate_national_idx on disposition (escalate_national_at)
      where escalation_level = 1;`);

    // Escalation of a verification deadline (national admins), again tied to the deadline it was for.
    this.addSql(`alter table report
      add column verification_escalated_at timestamptz,
      add column verification_escalated_due_at timestamptz;`);
    this.addSql(
      `create index report_sla_due_idx on report (status, due_at) where status in ('SUBMITTED', 'RESPONDED');`,
    );
  }
}
