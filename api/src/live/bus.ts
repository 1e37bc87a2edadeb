import { EventEmitter } from "node:events";
import Redis from "ioredis";
import type { Logger } from "../common/logger";

/**
 * Publish/subscribe between API processes. With REDIS_URL, Redis pub/sub carries every message to every process
 * (including the publisher); without, an in-process emitter. Channels are namespaced by deployment (the database
 * name), so several deployments, or test databases, can share one Redis.
 */
export interface EventBus {
  /** Resolves once the message is handed to Redis (or delivered in-process). */
  publish(topic: string, payload: unknown): Promise<void>;
  /** Resolves once messages on the topic reach the handler (Redis has confirmed the subscription). */
  subscribe(topic: string, handler: (payload: unknown) => void): Promise<() => void>;
  close(): Promise<void>;
  /** The Redis connection for ordinary commands (rate limits), when the bus runs on Redis. */
  redis?: Redis;
  /** Prefix for this deployment's keys and channels. */
  namespace?: string;
}

export function createLocalBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(topic, payload) {
      emitter.emit(topic, payload);
    },
    async subscribe(topic, handler) {
      emitter.on(topic, handler);
      return () => emitter.off(topic, handler);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export async function createRedisBus(url: string, namespace: string, log: Logger): Promise<EventBus> {
  const opts = { lazyConnect: true, maxRetriesPerRequest: 3, enableAutoPipelining: true };
  const pub = new Redis(url, opts);
  const sub = new Redis(url, { ...opts, maxRetriesPerRequest: null });
  for (const c of [pub, sub]) c.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
  await Promise.all([pub.connect(), sub.connect()]);
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const channel = (topic: string) => `${namespace}:${topic}`;
  const topicOf = new Map<string, string>();
  sub.on("message", (ch: string, message: string) => {
    const topic = topicOf.get(ch);
    if (!topic) return;
    try {
      local.emit(topic, JSON.parse(message));
    } catch (err) {
      log.error({ err, channel: ch }, "bad message on the event bus");
    }
  });
  return {
    redis: pub,
    namespace,
    async publish(topic, payload) {
      await pub.publish(channel(topic), JSON.stringify(payload));
    },
    async subscribe(topic, handler) {
      if (!topicOf.has(channel(topic))) {
        topicOf.set(channel(topic), topic);
        await sub.subscribe(channel(topic));
      }
      local.on(topic, handler);
      return () => local.off(topic, handler);
    },
    async close() {
      local.removeAllListeners();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
