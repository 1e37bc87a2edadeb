import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import { trackingMessagesEn } from "./messages.en";
import { type TrackingMessages, trackingMessagesId } from "./messages.id";

declare module "i18next" {
  interface ResourceNamespaceMap {
    tracking: TrackingMessages;
  }
}

/**
 * The tracking page's texts, both languages, in the `tracking` namespace: they come with the page's lazy chunk
 * (about 3 kB gzip) instead of the entry every visitor downloads. Registered before the namespace is asked for,
 * so i18next never asks the app's backend for it.
 */
export function registerTrackingMessages(i18n: I18n): void {
  if (!i18n.hasResourceBundle("id", "tracking")) i18n.addResourceBundle("id", "tracking", trackingMessagesId);
  if (!i18n.hasResourceBundle("en", "tracking")) i18n.addResourceBundle("en", "tracking", trackingMessagesEn);
}

/** `useTranslation("tracking")`, with the namespace registered first. */
export function useTrackingTranslation() {
  const { i18n } = useTranslation();
  registerTrackingMessages(i18n);
  return useTranslation("tracking");
}
