import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { AgencyKind } from "../common/enums";

@Entity({ tableName: "category" })
export class Category {
  @PrimaryKey()
  id!: number;

  @Property({ type: "text" })
  name!: string;

  @ManyToOne(() => Category, { nullable: true })
  parent?: Rel<Category> | null;

  /** Routing hint: which kind of agency usually handles it (the regency government, a ministry...). */
  @Property({ type: "text", nullable: true })
  routingHint?: AgencyKind | null;

  /** Routing hint: a national agency that usually handles it. */
  @Property({ type: "integer", nullable: true })
  defaultAgencyId?: number | null;
}
