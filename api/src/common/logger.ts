import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    // Nothing a reporter typed or owns is ever logged; these keys are stripped even if a caller slips.
    redact: { paths: ["*.email", "*.phone", "*.password", "*.accessCode", "*.authorization", "*.name"], remove: true },
  });
}
