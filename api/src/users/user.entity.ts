import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { Agency } from "../agencies/agency.entity";
import type { Role } from "../common/enums";

@Entity({ tableName: "app_user" })
export class User {
  @PrimaryKey()
  id!: number;

  @Property({ type: "text" })
  name!: string;

  /** Stored lower-cased; unique. */
  @Property({ type: "text", unique: true })
  email!: string;

  @Property({ type: "text", hidden: true })
  passwordHash!: string;

  /** Encrypted at rest (AES-256-GCM). */
  @Property({ type: "text", nullable: true, hidden: true })
  phoneSealed?: string | null;

  @Property({ type: "text[]" })
  roles: Role[] = [];

  @ManyToOne(() => Agency, { nullable: true })
  agency?: Rel<Agency> | null;

  @Property({ type: "boolean" })
  disabled: boolean = false;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}

/** A signed-in session: tokens carry its ID, so a token expires with it and can be revoked. */
@Entity({ tableName: "auth_session" })
export class AuthSession {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne(() => User)
  user!: Rel<User>;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @Property({ type: "timestamptz", nullable: true })
  revokedAt?: Date | null;
}
