import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { forbidden, unauthenticated } from "../common/errors";
import { isAgencyStaff, isVerifier } from "../common/viewer";
import type { Context } from "../context";
import { ReportType } from "../reports/report.types";
import { listDispositions, OPEN_DISPOSITION } from "./disposition.queries";
import {
  DispositionConnection,
  DispositionEscalation,
  DispositionFilter,
  DispositionOrder,
  type DispositionRow,
  DispositionType,
  ESCALATION_BY_LEVEL,
} from "./disposition.types";

@Resolver(() => DispositionType)
export class DispositionResolver {
  @Query(() => DispositionConnection, {
    description: "The signed-in agency user's inbox (its agency and units); all dispositions for verifiers and admins.",
  })
  dispositions(
    @Ctx() ctx: Context,
    @Arg("filter", () => DispositionFilter, { nullable: true }) filter?: DispositionFilter,
    @Arg("orderBy", () => DispositionOrder, { nullable: true }) orderBy?: DispositionOrder,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    if (!ctx.viewer.userId) throw unauthenticated();
    if (!isAgencyStaff(ctx.viewer) && !isVerifier(ctx.viewer))
      throw forbidden("Only agency staff and verifiers have an inbox");
    return listDispositions(ctx.em, ctx.scope(), filter, orderBy, { first, after });
  }

  @FieldResolver(() => ReportType)
  report(@Root() d: DispositionRow, @Ctx() ctx: Context) {
    return d.reportRow ?? ctx.loaders.report.load(d.reportId);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() d: DispositionRow, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(d.agencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  fromAgency(@Root() d: DispositionRow, @Ctx() ctx: Context) {
    return d.fromAgencyId ? ctx.loaders.agency.load(d.fromAgencyId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  instruction(@Root() d: DispositionRow) {
    return d.can_internal ? d.instruction : null;
  }

  @FieldResolver(() => String, { nullable: true })
  returnReason(@Root() d: DispositionRow) {
    return d.can_internal ? d.returnReason : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "A response waiting for the agency admin's approval (staff only).",
  })
  draftResponse(@Root() d: DispositionRow) {
    return d.can_internal ? d.draftBody : null;
  }

  @FieldResolver(() => DispositionEscalation, {
    nullable: true,
    description: "Escalation for the current deadline (staff of the handling agency and verifiers; null for others).",
  })
  escalation(@Root() d: DispositionRow) {
    return d.can_internal ? ESCALATION_BY_LEVEL[d.escalationLevel] : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the current escalation level was reached." })
  escalatedAt(@Root() d: DispositionRow) {
    return d.can_internal ? d.escalatedAt : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "Escalated to the agency's admins: when the national admins are told if it is still overdue then.",
  })
  nationalEscalationDueAt(@Root() d: DispositionRow) {
    return d.can_internal ? d.escalateNationalAt : null;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() d: DispositionRow) {
    return OPEN_DISPOSITION.includes(d.status) && d.dueAt.getTime() < Date.now();
  }
}
