import { Field, ObjectType } from "type-graphql";
import { RegionLevel } from "../common/enums";
import { Node } from "../common/node";

export interface RegionRow {
  __typename: "Region";
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

@ObjectType("Region", { implements: Node, simpleResolvers: true })
export class RegionType extends Node {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;
}
