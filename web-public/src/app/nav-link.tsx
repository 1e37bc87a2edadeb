import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";

/** A header link, marked as the current page at `href` (and, with `nested`, below it). */
export function NavLink({ href, nested = false, children }: { href: string; nested?: boolean; children: ReactNode }) {
  const [exact] = useRoute(href);
  const [below] = useRoute(`${href}/*`);
  return (
    <Link
      href={href}
      className="ad-button ad-button--ghost"
      aria-current={exact || (nested && below) ? "page" : undefined}
    >
      {children}
    </Link>
  );
}
