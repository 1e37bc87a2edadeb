import type { ProxyOptions } from "vite";

/** Vite dev/preview proxy to the API: GraphQL over HTTP and WebSocket on one path, plus uploaded files. */
export declare function apiProxy(target?: string): Record<string, ProxyOptions>;
