import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { AgencyKind } from "../common/enums";
import { Region } from "../regions/region.entity";

@Entity({ tableName: "agency" })
export class Agency {
  @PrimaryKey()
  id!: number;

  @Property({ type: "text" })
  name!: string;

  @Enum({ items: () => AgencyKind })
  kind!: AgencyKind;

  @ManyToOne(() => Agency, { nullable: true })
  parent?: Rel<Agency> | null;

  @ManyToOne(() => Region, { nullable: true, fieldName: "region_code" })
  region?: Rel<Region> | null;

  /** Connected local complaint systems sync through the API. */
  @Property({ type: "boolean" })
  connected: boolean = false;

  /** Responses by operators wait for an agency admin's approval (as ministries do with a signed memo). */
  @Property({ type: "boolean" })
  requiresApproval: boolean = false;

  @Property({ type: "text", nullable: true })
  contactEmail?: string | null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
