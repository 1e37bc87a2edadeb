import { notificationJobs } from "../notifications/notification.jobs";
import { serviceLevelJobs } from "../service-levels/sla-sweep";
import { webhookJobs } from "../webhooks/webhook.jobs";
import type { JobModule } from "./types";

/** Every feature's background work; the worker (jobs/worker.ts) runs them all. */
export const jobModules: JobModule[] = [serviceLevelJobs, notificationJobs, webhookJobs];
