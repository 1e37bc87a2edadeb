import { Migration } from "@mikro-orm/migrations";

/**
 * The outbox: every ReportEvent is queued for relay by a trigger in the transaction that writes it, and a
 * notification on channel aduan_outbox (delivered by PostgreSQL only when that transaction commits) wakes the relay.
 * The relay (live/relay.ts) removes rows as it publishes them, so an event committed while no API runs is published
 * when one starts. The seed's bulk history sets aduan.seeding and stays out of the outbox.
 */
export class Migration20261128100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table event_outbox (
      id bigserial primary key,
      event_id bigint not null references report_event(id)
    );`);
    this.addSql(`create function report_event_to_outbox() returns trigger language plpgsql as $$
      begin
        -- Synthetic history written by the seed (db/seed) happened in no one's present: nothing to relay.
        if current_setting('aduan.seeding', true) = 'on' then
          return null;
        end if;
        insert into event_outbox (event_id) values (new.id);
        perform pg_notify('aduan_outbox', '');
        return null;
      end $$;`);
    this.addSql(`create trigger report_event_outbox after insert on report_event
      for each row execute function report_event_to_outbox();`);
  }
}
