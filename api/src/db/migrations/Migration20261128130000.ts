import { Migration } from "@mikro-orm/migrations";

/** Statistics and analytics: a trigram index for duplicate detection (similar/similar.queries.ts). */
export class Migration20261128130000 extends Migration {
  override async up(): Promise<void> {
    // `title % $text` (pg_trgm similarity) finds near-identical titles without reading the table; GIN, not GiST:
    // smaller and faster to search, and the candidates are ranked afterwards anyway.
    this.addSql(`create index report_title_trgm_idx on report using gin (title gin_trgm_ops);`);
  }
}
