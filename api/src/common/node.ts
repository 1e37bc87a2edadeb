import { Field, ID, InterfaceType } from "type-graphql";

/**
 * Relay's Node. Read-model rows are plain objects carrying `__typename`, which resolves the concrete type
 * (type-graphql's default instanceof check would reject plain rows).
 */
@InterfaceType({ resolveType: (value: { __typename?: string }) => value.__typename })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
