import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";

/**
 * A navigation link, marked as the current page (`aria-current`) at `href` and, with `nested`, on the pages below it
 * (a section with its own sub-navigation).
 */
export function NavLink({
  href,
  nested = false,
  className,
  children,
}: {
  href: string;
  nested?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const [exact] = useRoute(href);
  const [below] = useRoute(`${href.replace(/\/$/, "")}/*`);
  return (
    <Link href={href} className={className} aria-current={exact || (nested && below) ? "page" : undefined}>
      {children}
    </Link>
  );
}
