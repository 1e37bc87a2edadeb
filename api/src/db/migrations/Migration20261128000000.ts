import { Migration } from "@mikro-orm/migrations";

const list = (...v: string[]) => v.map((s) => `'${s}'`).join(", ");
const KINDS = list("COMPLAINT", "INFORMATION_REQUEST", "SUGGESTION", "WHISTLEBLOWING", "PRIORITY_PROGRAM");
const STATUSES = list(
  "SUBMITTED",
  "AWAITING_INFORMATION",
  "DISPOSED",
  "IN_PROGRESS",
  "RESPONDED",
  "RESOLVED",
  "REJECTED",
  "MERGED",
);
const CHANNELS = list("WEB", "MOBILE", "SMS", "TWITTER", "EMAIL", "API", "COUNTER");
const D_STATUSES = list("PENDING", "ACCEPTED", "AWAITING_APPROVAL", "RESPONDED", "RETURNED", "FORWARDED", "CLOSED");
const ROLES = list("REPORTER", "AGENCY", "VERIFIER", "ADMIN", "SYSTEM");

/** The foundation schema. Runs on PostgreSQL 15 (CI service) and 18 (embedded default). */
export class Migration20261128000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table region (
      code varchar(13) primary key,
      name text not null,
      level text not null check (level in ('PROVINCE', 'REGENCY', 'DISTRICT')),
      parent_code varchar(13) references region(code)
    );`);
    this.addSql(`create index region_parent_idx on region (parent_code);`);

    this.addSql(`create table agency (
      id serial primary key,
      name text not null,
      kind text not null check (kind in ('MINISTRY', 'INSTITUTION', 'PROVINCE', 'REGENCY', 'STATE_ENTERPRISE', 'UNIT')),
      parent_id int references agency(id),
      region_code varchar(13) references region(code),
      connected boolean not null default false,
      requires_approval boolean not null default false,
      follow_up_days int check (follow_up_days between 1 and 60),
      contact_email text,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index agency_parent_idx on agency (parent_id);`);
    this.addSql(`create index agency_region_idx on agency (region_code);`);
    this.addSql(`create index agency_name_trgm on agency using gin (name gin_trgm_ops);`);

    this.addSql(`create table category (
      id serial primary key,
      name text not null,
      parent_id int references category(id),
      routing_hint text,
      default_agency_id int references agency(id)
    );`);

    this.addSql(`create table app_user (
      id serial primary key,
      name text not null check (length(name) between 1 and 200),
      email text not null unique check (email = lower(email)),
      password_hash text not null,
      phone_sealed text,
      roles text[] not null default '{}',
      agency_id int references agency(id),
      disabled boolean not null default false,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index app_user_agency_idx on app_user (agency_id);`);

    this.addSql(`create table auth_session (
      id uuid primary key,
      user_id int not null references app_user(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );`);

    this.addSql(`create table report (
      id serial primary key,
      tracking_id varchar(13) not null unique,
      kind text not null check (kind in (${KINDS})),
      title text not null,
      original_title text,
      body text not null,
      status text not null check (status in (${STATUSES})),
      channel text not null check (channel in (${CHANNELS})),
      anonymous boolean not null,
      confidential boolean not null,
      category_id int references category(id),
      region_code varchar(13) references region(code),
      province_code varchar(13),
      regency_code varchar(13),
      lat double precision check (lat between -90 and 90),
      lng double precision check (lng between -180 and 180),
      incident_date timestamptz,
      support_count int not null default 0,
      resolution text check (resolution in ('CONFIRMED', 'AUTO_CLOSED')),
      duplicate_of_id int references report(id),
      access_code_hash text not null,
      owner_tag text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      verified_at timestamptz,
      first_response_at timestamptz,
      responded_at timestamptz,
      resolved_at timestamptz,
      due_at timestamptz,
      version int not null default 1,
      check (kind <> 'WHISTLEBLOWING' or (anonymous and confidential)),
      check ((status = 'RESOLVED') = (resolution is not null))
    );`);
    // The public list: verified, not confidential, newest first.
    this.addSql(
      `create index report_public_created_idx on report (created_at desc, id desc) where verified_at is not null and not confidential;`,
    );
    this.addSql(`create index report_created_idx on report (created_at desc, id desc);`);
    this.addSql(`create index report_status_idx on report (status, created_at desc);`);
    this.addSql(`create index report_owner_idx on report (owner_tag) where owner_tag is not null;`);
    this.addSql(`create index report_category_idx on report (category_id);`);
    this.addSql(`create index report_region_idx on report (province_code, regency_code);`);
    this.addSql(`create index report_due_idx on report (due_at) where due_at is not null;`);
    this.addSql(
      `create index report_search_idx on report using gin (to_tsvector('indonesian', title || ' ' || body));`,
    );

    this.addSql(`create table reporter_identity (
      report_id int primary key references report(id),
      name_sealed text,
      email_sealed text,
      phone_sealed text
    );`);

    this.addSql(`create table disposition (
      id serial primary key,
      report_id int not null references report(id),
      agency_id int not null references agency(id),
      from_agency_id int references agency(id),
      parent_id int references disposition(id),
      instruction text,
      status text not null check (status in (${D_STATUSES})),
      return_reason text,
      draft_body text,
      draft_author_id int,
      due_at timestamptz not null,
      created_at timestamptz not null default now(),
      accepted_at timestamptz,
      responded_at timestamptz,
      closed_at timestamptz
    );`);
    this.addSql(`create index disposition_report_idx on disposition (report_id);`);
    this.addSql(`create index disposition_agency_idx on disposition (agency_id, due_at, id);`);
    this.addSql(
      `create index disposition_from_agency_idx on disposition (from_agency_id) where from_agency_id is not null;`,
    );

    this.addSql(`create table message (
      id serial primary key,
      report_id int not null references report(id),
      disposition_id int references disposition(id),
      author_role text not null check (author_role in (${ROLES})),
      author_user_id int references app_user(id),
      author_name text,
      agency_id int references agency(id),
      body text not null,
      visibility text not null check (visibility in ('PUBLIC', 'INTERNAL')),
      created_at timestamptz not null default now(),
      check (author_role <> 'REPORTER' or (author_user_id is null and author_name is null))
    );`);
    this.addSql(`create index message_report_idx on message (report_id, id);`);

    this.addSql(`create table attachment (
      id uuid primary key,
      report_id int references report(id),
      message_id int references message(id),
      file_name text not null,
      content_type text not null,
      size int not null check (size > 0),
      storage_key text not null,
      sha256 text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index attachment_report_idx on attachment (report_id) where report_id is not null;`);
    this.addSql(`create index attachment_message_idx on attachment (message_id) where message_id is not null;`);

    this.addSql(`create table report_event (
      id bigserial primary key,
      report_id int not null references report(id),
      type text not null,
      from_status text check (from_status in (${STATUSES})),
      status text not null check (status in (${STATUSES})),
      actor_role text not null check (actor_role in (${ROLES})),
      actor_user_id int references app_user(id),
      disposition_id int references disposition(id),
      agency_id int references agency(id),
      note text,
      internal boolean not null default false,
      created_at timestamptz not null default now(),
      check (actor_role in ('AGENCY', 'VERIFIER', 'ADMIN') or actor_user_id is null)
    );`);
    this.addSql(`create index report_event_report_idx on report_event (report_id, id);`);
    this.addSql(`create function report_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'report_event is append-only: % is not allowed', tg_op using errcode = '42501';
      end $$;`);
    this.addSql(`create trigger report_event_no_update before update or delete on report_event
      for each row execute function report_event_append_only();`);

    this.addSql(`create table support (
      report_id int not null references report(id),
      user_id int not null references app_user(id),
      created_at timestamptz not null default now(),
      primary key (report_id, user_id)
    );`);

    this.addSql(`create table rating (
      report_id int primary key references report(id),
      score smallint not null check (score between 1 and 5),
      comment text,
      created_at timestamptz not null default now()
    );`);

    this.addSql(`create table idempotency_key (
      key_hash text primary key,
      report_id int not null references report(id),
      access_code_sealed text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );`);
    this.addSql(`create index idempotency_key_expires_idx on idempotency_key (expires_at);`);

    this.addSql(`create table holiday (
      day date primary key,
      name text not null
    );`);
  }
}
