import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from "type-graphql";
import { UserError } from "../common/errors";
import { runMutation } from "../common/mutation";
import type { Context } from "../context";
import * as dispositions from "../dispositions/disposition.service";
import {
  DispositionActionInput,
  type DispositionRow,
  DispositionType,
  ForwardDispositionInput,
  RespondInput,
  ReturnDispositionInput,
} from "../dispositions/disposition.types";
import { type MessageRow, MessageType } from "../messages/message.types";
import {
  ConfirmResolutionInput,
  DisputeResolutionInput,
  MergeReportInput,
  PostMessageInput,
  RejectReportInput,
  RequestInformationInput,
  SetReportPrivacyInput,
  SubmitReportInput,
  SupportReportInput,
  VerifyReportInput,
} from "./report.inputs";
import * as reports from "./report.service";
import { type ReportRow, ReportType } from "./report.types";

@ObjectType({ simpleResolvers: true })
class SubmitReportPayload {
  @Field(() => ReportType, { nullable: true }) report!: ReportRow | null;
  @Field(() => String, { nullable: true }) trackingId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Shown once: with the tracking ID it opens the reporter's view.",
  })
  accessCode!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
class ReportPayload {
  @Field(() => ReportType, { nullable: true }) report!: ReportRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
class DispositionPayload {
  @Field(() => DispositionType, { nullable: true }) disposition!: DispositionRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true })
class MessagePayload {
  @Field(() => MessageType, { nullable: true }) message!: MessageRow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

/** Thin: arguments -> command -> the object re-read through the read path, with the viewer's rights. */
@Resolver()
export class ReportMutations {
  private async report(ctx: Context, id: number) {
    ctx.loaders.report.clear(id);
    return { report: await ctx.loaders.report.load(id) };
  }

  private async disposition(ctx: Context, id: number) {
    ctx.loaders.disposition.clear(id);
    return { disposition: await ctx.loaders.disposition.load(id) };
  }

  @Mutation(() => SubmitReportPayload)
  submitReport(@Ctx() ctx: Context, @Arg("input", () => SubmitReportInput) input: SubmitReportInput) {
    return runMutation(
      async () => {
        const r = await reports.submitReport(ctx, input);
        ctx.reporterGrants.add(r.reportId);
        return { ...(await this.report(ctx, r.reportId)), trackingId: r.trackingId, accessCode: r.accessCode };
      },
      { report: null, trackingId: null, accessCode: null },
    );
  }

  @Mutation(() => ReportPayload)
  verifyReport(@Ctx() ctx: Context, @Arg("input", () => VerifyReportInput) input: VerifyReportInput) {
    return runMutation(async () => this.report(ctx, await reports.verifyReport(ctx, input)), { report: null });
  }

  @Mutation(() => ReportPayload, { description: "Postpone verification and ask the reporter for what is missing." })
  requestInformation(@Ctx() ctx: Context, @Arg("input", () => RequestInformationInput) input: RequestInformationInput) {
    return runMutation(async () => this.report(ctx, await reports.requestInformation(ctx, input)), { report: null });
  }

  @Mutation(() => ReportPayload)
  rejectReport(@Ctx() ctx: Context, @Arg("input", () => RejectReportInput) input: RejectReportInput) {
    return runMutation(async () => this.report(ctx, await reports.rejectReport(ctx, input)), { report: null });
  }

  @Mutation(() => ReportPayload)
  mergeReport(@Ctx() ctx: Context, @Arg("input", () => MergeReportInput) input: MergeReportInput) {
    return runMutation(async () => this.report(ctx, await reports.mergeReport(ctx, input)), { report: null });
  }

  @Mutation(() => DispositionPayload)
  acceptDisposition(@Ctx() ctx: Context, @Arg("input", () => DispositionActionInput) input: DispositionActionInput) {
    return runMutation(
      async () => this.disposition(ctx, await dispositions.acceptDisposition(ctx, input.dispositionId)),
      { disposition: null },
    );
  }

  @Mutation(() => DispositionPayload)
  returnDisposition(@Ctx() ctx: Context, @Arg("input", () => ReturnDispositionInput) input: ReturnDispositionInput) {
    return runMutation(async () => this.disposition(ctx, await dispositions.returnDisposition(ctx, input)), {
      disposition: null,
    });
  }

  @Mutation(() => DispositionPayload)
  forwardDisposition(@Ctx() ctx: Context, @Arg("input", () => ForwardDispositionInput) input: ForwardDispositionInput) {
    return runMutation(async () => this.disposition(ctx, await dispositions.forwardDisposition(ctx, input)), {
      disposition: null,
    });
  }

  @Mutation(() => DispositionPayload)
  respond(@Ctx() ctx: Context, @Arg("input", () => RespondInput) input: RespondInput) {
    return runMutation(async () => this.disposition(ctx, await dispositions.respond(ctx, input)), {
      disposition: null,
    });
  }

  @Mutation(() => DispositionPayload, { description: "The agency admin publishes a response drafted by an operator." })
  approveResponse(@Ctx() ctx: Context, @Arg("input", () => DispositionActionInput) input: DispositionActionInput) {
    return runMutation(
      async () => this.disposition(ctx, await dispositions.approveResponse(ctx, input.dispositionId)),
      { disposition: null },
    );
  }

  @Mutation(() => MessagePayload)
  postMessage(@Ctx() ctx: Context, @Arg("input", () => PostMessageInput) input: PostMessageInput) {
    return runMutation(
      async () => {
        const id = await reports.postMessage(ctx, input);
        const m = await ctx.loaders.message.load(id);
        const report = m ? await ctx.loaders.report.load(m.reportId) : null;
        return { message: m && report ? { ...m, can_internal: report.can_internal } : null };
      },
      { message: null },
    );
  }

  @Mutation(() => ReportPayload)
  confirmResolution(@Ctx() ctx: Context, @Arg("input", () => ConfirmResolutionInput) input: ConfirmResolutionInput) {
    return runMutation(async () => this.report(ctx, await reports.confirmResolution(ctx, input)), { report: null });
  }

  @Mutation(() => ReportPayload)
  disputeResolution(@Ctx() ctx: Context, @Arg("input", () => DisputeResolutionInput) input: DisputeResolutionInput) {
    return runMutation(async () => this.report(ctx, await reports.disputeResolution(ctx, input)), { report: null });
  }

  @Mutation(() => ReportPayload)
  supportReport(@Ctx() ctx: Context, @Arg("input", () => SupportReportInput) input: SupportReportInput) {
    return runMutation(async () => this.report(ctx, await reports.supportReport(ctx, input.reportId)), {
      report: null,
    });
  }

  @Mutation(() => ReportPayload, {
    description: "Raise (staff or reporter) or lower (reporter only) a report's privacy.",
  })
  setReportPrivacy(@Ctx() ctx: Context, @Arg("input", () => SetReportPrivacyInput) input: SetReportPrivacyInput) {
    return runMutation(async () => this.report(ctx, await reports.setReportPrivacy(ctx, input)), { report: null });
  }
}
