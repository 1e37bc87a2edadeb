import { Component, type ErrorInfo, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { ErrorNotice } from "./error-notice";
import { Loading } from "./loading";

/** A lazy page's code that did not arrive (offline, a flaky connection, a deploy that replaced it). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported|Loading chunk/i.test(
      error.message,
    )
  );
}

function PageFailedTitle() {
  const { t } = useTranslation("common");
  return <>{t("pageFailed")}</>;
}

interface BoundaryProps {
  /** The address: a failure is forgotten when it changes. */
  location: string;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  /** Where the error happened. */
  at: string | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, at: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.error === null) return state.at === props.location ? null : { at: props.location };
    // Elsewhere now: that page's failure is not this one's.
    return state.at === props.location ? null : { error: null, at: props.location };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The page is replaced by a notice; the cause stays visible to whoever debugs it.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // React keeps a failed lazy import failed: trying again means loading the app again.
    return (
      <ErrorNotice
        title={<PageFailedTitle />}
        code={isChunkLoadError(error) ? "NETWORK" : "UNKNOWN"}
        onRetry={() => window.location.reload()}
      />
    );
  }
}

/**
 * Where lazy pages go: a spinner while a page's code loads and, when it cannot be loaded (offline) or the page fails,
 * a notice with a way to try again instead of a blank screen. Going to another address starts afresh.
 */
export function PageBoundary({ children, loadingLabel }: { children: ReactNode; loadingLabel?: string }) {
  const [location] = useLocation();
  return (
    <Boundary location={location}>
      <Suspense fallback={<Loading label={loadingLabel} />}>{children}</Suspense>
    </Boundary>
  );
}
