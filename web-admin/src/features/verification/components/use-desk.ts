import { notify } from "@aduan/ui/components";
import { useRef, useState } from "react";

/**
 * A desk's list and its open report: which row has focus, which report is open, and what happens when the open
 * report leaves the list (announced, the list refetched, on to the next report) or is closed (focus back on its row).
 */
export function useDesk(rows: readonly { id: string }[], refetch: () => unknown, onLeft?: (id: string) => void) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const tableRef = useRef<HTMLDivElement>(null);

  function done(message: string) {
    if (openId) onLeft?.(openId);
    const index = rows.findIndex((row) => row.id === openId);
    const next = rows[index + 1] ?? rows[index - 1] ?? null;
    setAnnouncement(message);
    notify(message, { id: "desk-done" });
    void refetch();
    // On to the next report: a verifier clears the list without going back to it.
    setOpenId(next?.id ?? null);
    setActiveId(next?.id ?? null);
  }

  function openReport(id: string) {
    setOpenId(id);
    // Already open: the panel keeps its form, and focus goes back to it.
    if (id === openId) document.getElementById(`${id}-heading`)?.focus();
  }

  function close() {
    const id = openId;
    setOpenId(null);
    setActiveId(id);
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>(`[data-row-id="${id}"]`)?.focus());
  }

  return { activeId, setActiveId, openId, setOpenId, announcement, tableRef, done, openReport, close };
}
