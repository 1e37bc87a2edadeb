import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../common/node";
import { ConnectionType } from "../common/pagination";

export enum NotificationStatus {
  QUEUED = "QUEUED",
  SENT = "SENT",
  LOGGED = "LOGGED",
  FAILED = "FAILED",
}
export enum NotificationChannel {
  EMAIL = "EMAIL",
  SMS = "SMS",
}
export enum NotificationAudience {
  REPORTER = "REPORTER",
  STAFF = "STAFF",
}
registerEnumType(NotificationStatus, {
  name: "NotificationStatus",
  valuesConfig: {
    QUEUED: { description: "Waiting to be sent, or between retries (see attempts, lastError)." },
    SENT: { description: "Accepted by the mail server or SMS gateway." },
    LOGGED: { description: "No transport is configured (development): written to the log and this outbox only." },
    FAILED: { description: "Every attempt failed." },
  },
});
registerEnumType(NotificationChannel, { name: "NotificationChannel" });
registerEnumType(NotificationAudience, { name: "NotificationAudience" });

export interface NotificationRow {
  __typename: "Notification";
  id: string;
  key: string;
  eventId: string;
  reportId: number;
  audience: NotificationAudience;
  channel: NotificationChannel;
  recipient: string;
  subject: string;
  body: string;
  status: NotificationStatus;
  transport: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

@ObjectType("Notification", {
  implements: Node,
  simpleResolvers: true,
  description: "A message the platform sent, or would send, to a reporter or staff member (the outbox).",
})
export class NotificationType extends Node {
  @Field(() => ID, { description: "The ReportEvent that caused it." })
  eventId!: string;

  @Field(() => NotificationAudience)
  audience!: NotificationAudience;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field({
    description: "Masked (b***@gmail.com, +62 8** **** 7890); an anonymous reporter's contact is not shown at all.",
  })
  recipient!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => NotificationStatus)
  status!: NotificationStatus;

  @Field(() => String, { nullable: true, description: "smtp, sms-gateway or log." })
  transport!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

export const NotificationConnection = ConnectionType("Notification", NotificationType);

@InputType()
export class NotificationFilter {
  @Field(() => NotificationStatus, { nullable: true })
  status?: NotificationStatus | null;

  @Field(() => NotificationChannel, { nullable: true })
  channel?: NotificationChannel | null;

  @Field(() => ID, { nullable: true })
  reportId?: string | null;
}
