import { Field, ObjectType } from "type-graphql";
import { AgencyKind } from "../common/enums";
import { Node } from "../common/node";
import { ConnectionType } from "../common/pagination";

export interface AgencyRow {
  __typename: "Agency";
  id: string;
  key: number;
  name: string;
  kind: AgencyKind;
  parentId: number | null;
  regionCode: string | null;
  connected: boolean;
  requiresApproval: boolean;
}

@ObjectType("Agency", { implements: Node, simpleResolvers: true })
export class AgencyType extends Node {
  @Field()
  name!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field({ description: "Whether the agency's own complaint system is connected through the API." })
  connected!: boolean;

  @Field({ description: "Whether responses by operators wait for an agency admin's approval." })
  requiresApproval!: boolean;
}

export const AgencyConnection = ConnectionType("Agency", AgencyType);
