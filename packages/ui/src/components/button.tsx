import type { ComponentPropsWithRef } from "react";
import { cx } from "./cx";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: "primary" | "secondary" | "ghost";
  /** Shows the action is under way: the button is disabled and announced as busy. */
  busy?: boolean;
}

export function Button({ variant = "primary", busy = false, className, disabled, type, ...rest }: ButtonProps) {
  return (
    <button
      type={type === "submit" || type === "reset" ? type : "button"}
      className={cx("ad-button", `ad-button--${variant}`, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    />
  );
}
