import { Migration } from "@mikro-orm/migrations";

/** Consoles (issues 6 and 7): audit-log search over report_event, and saved reply / rejection templates. */
export class Migration20261128140000 extends Migration {
  override async up(): Promise<void> {
    // auditEvents pages newest first by id; each filter gets an index that yields ids in that order.
    // (By report: report_event_report_idx (report_id, id) already exists.)
    this.addSql(
      `create index report_event_actor_idx on report_event (actor_user_id, id) where actor_user_id is not null;`,
    );
    this.addSql(`create index report_event_type_idx on report_event (type, id);`);
    this.addSql(`create index report_event_created_idx on report_event (created_at, id);`);

    // REPLY templates belong to an agency; REJECTION templates are national (no agency).
    this.addSql(`create table message_template (
      id serial primary key,
      kind text not null check (kind in ('REPLY', 'REJECTION')),
      agency_id int references agency(id),
      title text not null check (length(title) between 1 and 200),
      body text not null check (length(body) between 1 and 10000),
      created_by int references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((kind = 'REPLY') = (agency_id is not null))
    );`);
    this.addSql(`create index message_template_agency_idx on message_template (kind, agency_id);`);
  }
}
