import { Field, ObjectType } from "type-graphql";
import { Node } from "../common/node";

export interface CategoryRow {
  __typename: "Category";
  id: string;
  key: number;
  name: string;
  parentId: number | null;
}

@ObjectType("Category", { implements: Node, simpleResolvers: true })
export class CategoryType extends Node {
  @Field()
  name!: string;
}
