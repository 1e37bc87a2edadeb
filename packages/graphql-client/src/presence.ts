import type { TypedDocumentNode } from "@apollo/client";
import { useMutation, useSubscription } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";

/** How often a console tells the API a report is still open (an entry lapses after 45 s without one). */
export const HEARTBEAT_MS = 20_000;

export interface PresenceViewer {
  userId: string;
  name: string;
}

export interface PresenceDocuments<V extends PresenceViewer> {
  /** `viewReport(input: { reportId, leaving })`, answering the current viewers. */
  viewReport: TypedDocumentNode<
    { viewReport: { viewers: readonly V[] } },
    { input: { reportId: string; leaving?: boolean | null } }
  >;
  /** `reportViewers(reportId)`: the live list. */
  reportViewers: TypedDocumentNode<{ reportViewers: readonly V[] }, { reportId: string }>;
}

/**
 * Staff presence on a report (both consoles): a heartbeat while mounted, "leaving" when it unmounts or the page is
 * hidden for good, and the colleagues who have it open. The live list is the authority once it has arrived: a
 * heartbeat's answer (a snapshot whose reply can land after it) never overwrites it. Each app passes its own typed
 * documents (codegen is per app).
 */
export function usePresence<V extends PresenceViewer>(reportId: string, docs: PresenceDocuments<V>): readonly V[] {
  const [viewers, setViewers] = useState<readonly V[]>([]);
  const live = useRef(false);
  const [viewReport] = useMutation(docs.viewReport);

  useSubscription(docs.reportViewers, {
    variables: { reportId },
    onData: ({ data }) => {
      if (!data.data) return;
      live.current = true;
      setViewers(data.data.reportViewers);
    },
  });

  useEffect(() => {
    let active = true;
    const beat = (leaving?: boolean) =>
      viewReport({ variables: { input: leaving ? { reportId, leaving } : { reportId } } }).then(
        (result) => {
          if (active && !leaving && !live.current && result.data) setViewers(result.data.viewReport.viewers);
        },
        () => {}, // presence is a courtesy: a missed heartbeat only lapses
      );
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const leave = () => void beat(true);
    window.addEventListener("pagehide", leave);
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [reportId, viewReport]);

  return viewers;
}
