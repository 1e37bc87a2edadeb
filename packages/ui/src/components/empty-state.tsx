import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="ad-empty">
      <p className="ad-empty__title">{title}</p>
      {children ? <div className="ad-empty__body">{children}</div> : null}
    </div>
  );
}
