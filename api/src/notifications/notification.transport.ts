import nodemailer from "nodemailer";
import type { Logger } from "../common/logger";
import type { Config } from "../config";
import type { NotificationChannel } from "./notification.messages";

export interface OutgoingMessage {
  notificationId: string;
  channel: NotificationChannel;
  /** The real address or number: handed to the transport, never logged. */
  to: string;
  /** What logs may show instead. */
  masked: string;
  subject: string;
  body: string;
}

/** One way out for messages: mail (SMTP), SMS (an operator's gateway), or the log. */
export interface Transport {
  /** Recorded in notification.transport. */
  readonly name: string;
  /** Nothing leaves the process (the development default): the notification is LOGGED, not SENT. */
  readonly logOnly: boolean;
  /** Resolves once the message is accepted; throws when it is not (the job retries). */
  send(message: OutgoingMessage): Promise<void>;
}

/** An SMS transport is a transport for the SMS channel; an operator plugs theirs in here. */
export type SmsTransport = Transport;

/** The development default: a log line with the notification ID and the masked recipient only. */
export function logTransport(log: Logger): Transport {
  return {
    name: "log",
    logOnly: true,
    async send(m) {
      log.info(
        { notificationId: m.notificationId, channel: m.channel, recipient: m.masked },
        "notification logged, not sent (no transport configured); the admin outbox shows it",
      );
    },
  };
}

export function smtpTransport(url: string, from: string): Transport {
  // Short timeouts: the notification row stays locked while a message is handed over (nodemailer's socket default
  // is 10 minutes). A slow server is a failed attempt, retried later.
  const mailer = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: "smtp",
    logOnly: false,
    async send(m) {
      await mailer.sendMail({ from, to: m.to, subject: m.subject, text: m.body });
    },
  };
}

/**
 * An operator's HTTP SMS gateway: POST `{"to": "+62...", "text": "..."}` as JSON, with a bearer token when one is
 * configured; any 2xx answer means accepted.
 */
export function httpSmsTransport(url: string, token: string | undefined, timeoutMs: number): SmsTransport {
  return {
    name: "sms-gateway",
    logOnly: false,
    async send(m) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: m.to, text: m.body }),
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel();
      if (res.status < 200 || res.status > 299) throw new Error(`SMS gateway answered HTTP ${res.status}`);
    },
  };
}

export type Transports = Record<NotificationChannel, Transport>;

const cache = new WeakMap<Config, Transports>();

/** SMTP when SMTP_URL is set, the SMS gateway when SMS_GATEWAY_URL is set; the log otherwise. One set per config. */
export function transportsFor(config: Config, log: Logger): Transports {
  let t = cache.get(config);
  if (!t) {
    t = {
      EMAIL: config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.MAIL_FROM) : logTransport(log),
      SMS: config.SMS_GATEWAY_URL
        ? httpSmsTransport(config.SMS_GATEWAY_URL, config.SMS_GATEWAY_TOKEN, 10_000)
        : logTransport(log),
    };
    cache.set(config, t);
  }
  return t;
}
