import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** National holidays (Asia/Jakarta calendar) for working-day deadlines. */
@Entity({ tableName: "holiday" })
export class Holiday {
  @PrimaryKey({ type: "date" })
  day!: string;

  @Property({ type: "text" })
  name!: string;
}
