import { Migration } from "@mikro-orm/migrations";

/** Account management (issue 7): the admins' user list pages by name and searches name or email by substring. */
export class Migration20261202000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index app_user_name_idx on app_user (name, id);`);
    this.addSql(
      `create index app_user_search_trgm on app_user using gin ((lower(name) || ' ' || email) gin_trgm_ops);`,
    );
  }
}
