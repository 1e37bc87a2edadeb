import type { ReactNode } from "react";

/** A list page's heading: its title, how many items (beside it), and a line on what the page is for. */
export function PageHeading({ title, count, intro }: { title: ReactNode; count?: ReactNode; intro?: ReactNode }) {
  return (
    <div>
      <div className="ad-spread">
        <h1>{title}</h1>
        {count ? <p className="ad-meta">{count}</p> : null}
      </div>
      {intro ? <p className="ad-meta">{intro}</p> : null}
    </div>
  );
}
