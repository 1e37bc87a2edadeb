import type { ReactNode } from "react";
import { cx } from "./cx";

export interface NoticeProps {
  tone?: "info" | "success" | "warning" | "danger";
  title?: ReactNode;
  children?: ReactNode;
  /** A way out, e.g. a retry button. */
  action?: ReactNode;
}

/** A message box; errors are announced at once (role alert), the rest politely (role status). */
export function Notice({ tone = "info", title, children, action }: NoticeProps) {
  return (
    <div className={cx("ad-notice", `ad-notice--${tone}`)} role={tone === "danger" ? "alert" : "status"}>
      {title ? <p className="ad-notice__title">{title}</p> : null}
      {children ? <div className="ad-notice__body">{children}</div> : null}
      {action ? <div className="ad-notice__action">{action}</div> : null}
    </div>
  );
}
