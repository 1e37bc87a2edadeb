import type { Constructor } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import { Migration20261128000000 } from "./migrations/Migration20261128000000";
import { Migration20261128100000 } from "./migrations/Migration20261128100000";
import { Migration20261128110000 } from "./migrations/Migration20261128110000";
import { Migration20261128120000 } from "./migrations/Migration20261128120000";
import { Migration20261128130000 } from "./migrations/Migration20261128130000";
import { Migration20261128140000 } from "./migrations/Migration20261128140000";
import { Migration20261202000000 } from "./migrations/Migration20261202000000";
import { Migration20261205000000 } from "./migrations/Migration20261205000000";

/**
 * Every migration, in order. Listed explicitly so that the same code runs from src (swc-node, vitest) and from
 * dist (node) without MikroORM's file globbing and native import() (which bypasses vitest's transform).
 */
export const migrationsList: { name: string; class: Constructor<Migration> }[] = [
  { name: "Migration20261128000000", class: Migration20261128000000 },
  { name: "Migration20261128100000", class: Migration20261128100000 },
  { name: "Migration20261128110000", class: Migration20261128110000 },
  { name: "Migration20261128120000", class: Migration20261128120000 },
  { name: "Migration20261128130000", class: Migration20261128130000 },
  { name: "Migration20261128140000", class: Migration20261128140000 },
  { name: "Migration20261202000000", class: Migration20261202000000 },
  { name: "Migration20261205000000", class: Migration20261205000000 },
];
