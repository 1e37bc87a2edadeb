import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AgencyType } from "../agencies/agency.types";
import { runMutation } from "../common/mutation";
import type { Context } from "../context";
import * as service from "./service-level.service";
import {
  ExtendDispositionInput,
  ExtendDispositionPayload,
  HolidayType,
  RemoveHolidayInput,
  RemoveHolidayPayload,
  RemoveServiceLevelInput,
  RemoveServiceLevelPayload,
  type ServiceLevelRow,
  ServiceLevelType,
  SetHolidayInput,
  SetHolidayPayload,
  SetServiceLevelInput,
  SetServiceLevelPayload,
} from "./service-level.types";

const NOT_RECOMPUTED = "Deadlines already set are not recomputed: the change applies to deadlines set from now on.";

@Resolver(() => ServiceLevelType)
export class ServiceLevelResolver {
  @Query(() => [HolidayType], { description: "National holidays of a year (not working days for any deadline)." })
  holidays(@Ctx() ctx: Context, @Arg("year", () => Int) year: number) {
    return service.holidays(ctx.em, year);
  }

  @Query(() => [ServiceLevelType], {
    description:
      "Stored service-level settings (staff only); with agencyId, those that can apply to that agency: its own, its " +
      "parent agencies' and the national ones.",
  })
  serviceLevels(@Ctx() ctx: Context, @Arg("agencyId", () => ID, { nullable: true }) agencyId?: string) {
    return service.listServiceLevels(ctx, agencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "Null: every agency (the national setting)." })
  agency(@Root() s: ServiceLevelRow, @Ctx() ctx: Context) {
    return s.agencyId ? ctx.loaders.agency.load(s.agencyId) : null;
  }

  @Mutation(() => SetHolidayPayload, { description: `Adds or renames a national holiday (admins). ${NOT_RECOMPUTED}` })
  setHoliday(@Ctx() ctx: Context, @Arg("input", () => SetHolidayInput) input: SetHolidayInput) {
    return runMutation(async () => ({ holiday: await service.setHoliday(ctx, input) }), { holiday: null });
  }

  @Mutation(() => RemoveHolidayPayload, { description: `Removes a national holiday (admins). ${NOT_RECOMPUTED}` })
  removeHoliday(@Ctx() ctx: Context, @Arg("input", () => RemoveHolidayInput) input: RemoveHolidayInput) {
    return runMutation(async () => ({ holiday: await service.removeHoliday(ctx, input) }), { holiday: null });
  }

  @Mutation(() => SetServiceLevelPayload, {
    description: `Stores the working days of a step for a kind and/or an agency (admins). ${NOT_RECOMPUTED}`,
  })
  setServiceLevel(@Ctx() ctx: Context, @Arg("input", () => SetServiceLevelInput) input: SetServiceLevelInput) {
    return runMutation(async () => ({ serviceLevel: await service.setServiceLevel(ctx, input) }), {
      serviceLevel: null,
    });
  }

  @Mutation(() => RemoveServiceLevelPayload, {
    description: `Removes a stored setting; the next less specific one applies (admins). ${NOT_RECOMPUTED}`,
  })
  removeServiceLevel(@Ctx() ctx: Context, @Arg("input", () => RemoveServiceLevelInput) input: RemoveServiceLevelInput) {
    return runMutation(async () => ({ serviceLevel: await service.removeServiceLevel(ctx, input) }), {
      serviceLevel: null,
    });
  }

  @Mutation(() => ExtendDispositionPayload, {
    description:
      "Extends an information request's follow-up deadline once, before it passes, by INFORMATION_EXTENSION " +
      "working days (staff of the disposition's agency). The reason is shown to the reporter on the timeline.",
  })
  extendDisposition(@Ctx() ctx: Context, @Arg("input", () => ExtendDispositionInput) input: ExtendDispositionInput) {
    return runMutation(
      async () => {
        const id = await service.extendDisposition(ctx, input);
        ctx.loaders.disposition.clear(id);
        return { disposition: await ctx.loaders.disposition.load(id) };
      },
      { disposition: null },
    );
  }
}
