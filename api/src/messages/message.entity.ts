import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from "@mikro-orm/core";
import { AuthorRole, MessageVisibility } from "../common/enums";
import { Report } from "../reports/report.entity";

@Entity({ tableName: "message" })
export class Message {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Report)
  report!: Rel<Report>;

  @Property({ type: "integer", nullable: true })
  dispositionId?: number | null;

  @Enum({ items: () => AuthorRole })
  authorRole!: AuthorRole;

  /** Staff author; always null for the reporter (anonymity). */
  @Property({ type: "integer", nullable: true })
  authorUserId?: number | null;

  /** Staff author's name at the time of writing. */
  @Property({ type: "text", nullable: true })
  authorName?: string | null;

  @Property({ type: "integer", nullable: true })
  agencyId?: number | null;

  @Property({ type: "text" })
  body!: string;

  @Enum({ items: () => MessageVisibility })
  visibility!: MessageVisibility;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
