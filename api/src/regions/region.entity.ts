import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { RegionLevel } from "../common/enums";

/** Indonesia's administrative areas, from the idn-area-data package. */
@Entity({ tableName: "region" })
export class Region {
  @PrimaryKey({ type: "string", length: 13 })
  code!: string;

  @Property({ type: "text" })
  name!: string;

  @Enum({ items: () => RegionLevel, nativeEnumName: undefined })
  level!: RegionLevel;

  @ManyToOne(() => Region, { nullable: true, fieldName: "parent_code" })
  parent?: Rel<Region> | null;
}
