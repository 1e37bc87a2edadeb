import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { Agency } from "../agencies/agency.entity";
import { DispositionStatus } from "../common/enums";
import { Report } from "../reports/report.entity";

@Entity({ tableName: "disposition" })
export class Disposition {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Report)
  report!: Rel<Report>;

  @ManyToOne(() => Agency)
  agency!: Rel<Agency>;

  @ManyToOne(() => Agency, { nullable: true })
  fromAgency?: Rel<Agency> | null;

  /** The disposition this one was forwarded from. */
  @ManyToOne(() => Disposition, { nullable: true })
  parent?: Rel<Disposition> | null;

  @Property({ type: "text", nullable: true })
  instruction?: string | null;

  @Enum({ items: () => DispositionStatus })
  status: DispositionStatus = DispositionStatus.PENDING;

  @Property({ type: "text", nullable: true })
  returnReason?: string | null;

  /** A response waiting for the agency admin's approval. */
  @Property({ type: "text", nullable: true })
  draftBody?: string | null;

  @Property({ type: "integer", nullable: true })
  draftAuthorId?: number | null;

  @Property({ type: "timestamptz" })
  dueAt!: Date;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: "timestamptz", nullable: true })
  respondedAt?: Date | null;

  @Property({ type: "timestamptz", nullable: true })
  closedAt?: Date | null;
}
