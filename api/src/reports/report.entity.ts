import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { Category } from "../categories/category.entity";
import { Channel, ReportKind, ReportStatus, Resolution } from "../common/enums";
import { Region } from "../regions/region.entity";

/** Write model of a report. Reads go through report.queries.ts (plain rows), never through this class. */
@Entity({ tableName: "report" })
export class Report {
  [OptionalProps]?: "supportCount" | "createdAt" | "updatedAt" | "version";

  @PrimaryKey()
  id!: number;

  @Property({ type: "string", length: 13, unique: true })
  trackingId!: string;

  @Enum({ items: () => ReportKind })
  kind!: ReportKind;

  @Property({ type: "text" })
  title!: string;

  /** The reporter's own title when a verifier wrote a clearer one. */
  @Property({ type: "text", nullable: true })
  originalTitle?: string | null;

  @Property({ type: "text" })
  body!: string;

  @Enum({ items: () => ReportStatus })
  status: ReportStatus = ReportStatus.SUBMITTED;

  @Enum({ items: () => Channel })
  channel: Channel = Channel.WEB;

  @Property({ type: "boolean" })
  anonymous!: boolean;

  @Property({ type: "boolean" })
  confidential!: boolean;

  @ManyToOne(() => Category, { nullable: true })
  category?: Rel<Category> | null;

  /** Most specific region given (province, regency or district); province and regency denormalised for statistics. */
  @ManyToOne(() => Region, { nullable: true, fieldName: "region_code" })
  region?: Rel<Region> | null;

  @Property({ type: "string", length: 13, nullable: true })
  provinceCode?: string | null;

  @Property({ type: "string", length: 13, nullable: true })
  regencyCode?: string | null;

  @Property({ type: "double", nullable: true })
  lat?: number | null;

  @Property({ type: "double", nullable: true })
  lng?: number | null;

  @Property({ type: "timestamptz", nullable: true })
  incidentDate?: Date | null;

  @Property({ type: "integer" })
  supportCount: number = 0;

  @Enum({ items: () => Resolution, nullable: true })
  resolution?: Resolution | null;

  @ManyToOne(() => Report, { nullable: true })
  duplicateOf?: Rel<Report> | null;

  /** HMAC-SHA256 of the access code with the server key. */
  @Property({ type: "text", hidden: true })
  accessCodeHash!: string;

  /** HMAC of the signed-in reporter's user ID: links the report to its owner without a plain foreign key. */
  @Property({ type: "text", nullable: true, hidden: true })
  ownerTag?: string | null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz" })
  updatedAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: "timestamptz", nullable: true })
  firstResponseAt?: Date | null;

  @Property({ type: "timestamptz", nullable: true })
  respondedAt?: Date | null;

  @Property({ type: "timestamptz", nullable: true })
  resolvedAt?: Date | null;

  /** The current deadline (verification, follow-up or reply window), null where none runs. */
  @Property({ type: "timestamptz", nullable: true })
  dueAt?: Date | null;

  @Property({ type: "integer", version: true })
  version: number = 1;
}

/** Who reported: kept apart from the report, every field sealed with AES-256-GCM. */
@Entity({ tableName: "reporter_identity" })
export class ReporterIdentity {
  @ManyToOne(() => Report, { primary: true })
  report!: Rel<Report>;

  @Property({ type: "text", nullable: true })
  nameSealed?: string | null;

  @Property({ type: "text", nullable: true })
  emailSealed?: string | null;

  @Property({ type: "text", nullable: true })
  phoneSealed?: string | null;
}

@Entity({ tableName: "support" })
export class Support {
  @ManyToOne(() => Report, { primary: true })
  report!: Rel<Report>;

  @PrimaryKey({ type: "integer" })
  userId!: number;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}

@Entity({ tableName: "rating" })
export class Rating {
  @ManyToOne(() => Report, { primary: true })
  report!: Rel<Report>;

  @Property({ type: "smallint" })
  score!: number;

  @Property({ type: "text", nullable: true })
  comment?: string | null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}

/** A retried submission returns the first result; the access code is kept sealed for 24 hours only. */
@Entity({ tableName: "idempotency_key" })
export class IdempotencyKey {
  @PrimaryKey({ type: "text" })
  keyHash!: string;

  @ManyToOne(() => Report)
  report!: Rel<Report>;

  @Property({ type: "text" })
  accessCodeSealed!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz" })
  expiresAt!: Date;
}
