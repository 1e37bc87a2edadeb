import { Migration } from "@mikro-orm/migrations";

/** Notifications to reporters and webhooks for third parties (see notifications/ and webhooks/). */
export class Migration20261128120000 extends Migration {
  override async up(): Promise<void> {
    // The outbox of mail and SMS: what the platform sent, or would send (no transport configured), and to whom
    // (masked). One row per event, channel and recipient, so a retried job never sends twice. recipient_key is an
    // HMAC of event ID and address: unique per event, yet it links no two reports to one person.
    this.addSql(`create table notification (
      id bigserial primary key,
      event_id bigint not null references report_event(id),
      report_id int not null references report(id),
      audience text not null check (audience in ('REPORTER', 'STAFF')),
      channel text not null check (channel in ('EMAIL', 'SMS')),
      recipient_key text not null,
      recipient_sealed text,
      recipient_masked text not null,
      subject text not null,
      body text not null,
      status text not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'LOGGED', 'FAILED')),
      transport text,
      attempts int not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      unique (event_id, channel, recipient_key)
    );`);
    this.addSql(`create index notification_report_idx on notification (report_id, id);`);
    this.addSql(`create index notification_status_idx on notification (status, id);`);

    this.addSql(`create table webhook (
      id serial primary key,
      url text not null check (url ~ '^https?://'),
      description text,
      secret_sealed text not null,
      event_types text[] not null default '{}',
      agency_id int references agency(id),
      active boolean not null default true,
      created_by int references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      check (deleted_at is null or not active)
    );`);
    this.addSql(`create index webhook_active_idx on webhook (id) where active;`);
    this.addSql(`create index webhook_agency_idx on webhook (agency_id, id) where agency_id is not null;`);

    this.addSql(`create table webhook_delivery (
      id bigserial primary key,
      webhook_id int not null references webhook(id),
      event_id bigint not null references report_event(id),
      status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
      attempts int not null default 0,
      last_status_code int,
      last_error text,
      next_attempt_at timestamptz,
      first_attempt_at timestamptz,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      unique (webhook_id, event_id)
    );`);
    this.addSql(`create index webhook_delivery_log_idx on webhook_delivery (webhook_id, id);`);
  }
}
