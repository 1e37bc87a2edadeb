import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { CategoryType } from "../categories/category.types";
import { Channel, ReportKind, ReportStatus } from "../common/enums";
import { RegionType } from "../regions/region.types";

export enum StatisticsDimension {
  KIND = "KIND",
  STATUS = "STATUS",
  CATEGORY = "CATEGORY",
  AGENCY = "AGENCY",
  PROVINCE = "PROVINCE",
  REGENCY = "REGENCY",
  CHANNEL = "CHANNEL",
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
}
registerEnumType(StatisticsDimension, { name: "StatisticsDimension" });

export const TIME_DIMENSIONS = [StatisticsDimension.DAY, StatisticsDimension.WEEK, StatisticsDimension.MONTH] as const;

@InputType()
export class StatisticsFilter {
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
  @Field(() => [ReportKind], { nullable: true }) kinds?: ReportKind[] | null;
  @Field(() => [ReportStatus], { nullable: true }) statuses?: ReportStatus[] | null;
  @Field(() => [ID], { nullable: true }) categoryIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) agencyIds?: string[] | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [Channel], { nullable: true }) channels?: Channel[] | null;
}

/** A bucket's key as the engine computes it: codes and IDs; the resolver turns them into objects. */
export interface BucketKey {
  kind?: ReportKind;
  status?: ReportStatus;
  categoryId?: number;
  agencyId?: number;
  provinceCode?: string;
  regencyCode?: string;
  channel?: Channel;
  period?: Date;
}

export interface BucketRow {
  key: BucketKey;
  count: number;
  resolvedCount: number;
  confirmedCount: number;
  autoClosedCount: number;
  dispositionCount: number;
  medianFirstResponseHours: number | null;
  medianResolutionHours: number | null;
  slaCompliance: number | null;
  averageRating: number | null;
}

export interface StatisticsResult {
  total: number;
  buckets: BucketRow[];
}

@ObjectType({ simpleResolvers: true })
export class StatisticsKey {
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind;
  @Field(() => ReportStatus, { nullable: true }) status?: ReportStatus;
  @Field(() => CategoryType, { nullable: true }) category?: CategoryType;
  @Field(() => AgencyType, { nullable: true }) agency?: AgencyType;
  @Field(() => RegionType, { nullable: true }) province?: RegionType;
  @Field(() => RegionType, { nullable: true }) regency?: RegionType;
  @Field(() => Channel, { nullable: true }) channel?: Channel;
  @Field(() => Date, {
    nullable: true,
    description: "Start of the DAY, WEEK or MONTH (Asia/Jakarta) when grouped by time; one time dimension at most.",
  })
  period?: Date;
}

@ObjectType({ simpleResolvers: true })
export class StatisticsBucket {
  @Field(() => StatisticsKey) key!: StatisticsKey;
  @Field(() => Int) count!: number;
  @Field(() => Int) resolvedCount!: number;
  @Field(() => Int, { description: "Resolved and confirmed by the reporter." }) confirmedCount!: number;
  @Field(() => Int, { description: "Resolved because the reply window passed in silence." }) autoClosedCount!: number;
  @Field(() => Int, { description: "Dispositions with a deadline in this bucket: the sample behind slaCompliance." })
  dispositionCount!: number;
  @Field(() => Float, { nullable: true, description: "Median hours from submission to the first agency response." })
  medianFirstResponseHours!: number | null;
  @Field(() => Float, { nullable: true, description: "Median hours from submission to resolution." })
  medianResolutionHours!: number | null;
  @Field(() => Float, { nullable: true, description: "Share (0..1) of dispositions answered within their deadline." })
  slaCompliance!: number | null;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class Statistics {
  @Field(() => Int) total!: number;
  @Field(() => [StatisticsBucket]) buckets!: StatisticsBucket[];
}
