import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";

@Entity({ tableName: "category" })
export class Category {
  @PrimaryKey()
  id!: number;

  @Property({ type: "text" })
  name!: string;

  @ManyToOne(() => Category, { nullable: true })
  parent?: Rel<Category> | null;

  /** Routing hint for verifiers, free text: who usually handles such reports (the regency government, a ministry...). */
  @Property({ type: "text", nullable: true })
  routingHint?: string | null;

  /** Routing hint: a national agency that usually handles it. */
  @Property({ type: "integer", nullable: true })
  defaultAgencyId?: number | null;
}
