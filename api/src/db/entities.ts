import { Agency } from "../agencies/agency.entity";
import { Attachment } from "../attachments/attachment.entity";
import { Category } from "../categories/category.entity";
import { Holiday } from "../common/holiday.entity";
import { Disposition } from "../dispositions/disposition.entity";
import { Message } from "../messages/message.entity";
import { Region } from "../regions/region.entity";
import { IdempotencyKey, Rating, Report, ReporterIdentity, Support } from "../reports/report.entity";
import { ReportEvent } from "../reports/report-event.entity";
import { AuthSession, User } from "../users/user.entity";

/** Explicit entity list: no folder globbing, the same from src/*.ts and dist/*.js. */
export const entities = [
  Region,
  Agency,
  Category,
  User,
  AuthSession,
  Report,
  ReporterIdentity,
  Support,
  Rating,
  IdempotencyKey,
  ReportEvent,
  Disposition,
  Message,
  Attachment,
  Holiday,
];
