import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * An uploaded file. Its ID is a random UUID, so knowing it is the capability: unattached until a submission, message
 * or response claims it by its global ID (within a day).
 */
@Entity({ tableName: "attachment" })
export class Attachment {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "integer", nullable: true })
  reportId?: number | null;

  @Property({ type: "integer", nullable: true })
  messageId?: number | null;

  @Property({ type: "text" })
  fileName!: string;

  @Property({ type: "text" })
  contentType!: string;

  @Property({ type: "integer" })
  size!: number;

  @Property({ type: "text" })
  storageKey!: string;

  @Property({ type: "text" })
  sha256!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
