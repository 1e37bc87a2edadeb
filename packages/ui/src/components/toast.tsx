import { type ExternalToast, Toaster as SonnerToaster, toast as sonnerToast } from "sonner";

/**
 * Where unobtrusive notices appear (once per app): a polite live region, so screen readers announce them
 * without moving focus, and the page never jumps.
 */
export function Toaster({ label }: { label: string }) {
  return <SonnerToaster position="bottom-right" containerAriaLabel={label} closeButton={false} richColors={false} />;
}

export interface NotifyOptions {
  description?: string;
  action?: { label: string; onClick(): void };
  /** Same id: the notice replaces the earlier one instead of piling up. */
  id?: string;
}

/** Shows a short notice in the Toaster. */
export function notify(message: string, options: NotifyOptions = {}) {
  const external: ExternalToast = { description: options.description, id: options.id };
  if (options.action) external.action = { label: options.action.label, onClick: options.action.onClick };
  return sonnerToast(message, external);
}
