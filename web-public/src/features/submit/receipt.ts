/** The receipt a reporter keeps: plain text, readable anywhere, printable. */
export interface ReceiptTexts {
  heading: string;
  trackingId: string;
  accessCode: string;
  submittedAt: string;
  howToTrack: string;
  warning: string;
}

export function receiptText(
  texts: ReceiptTexts,
  data: { trackingId: string; accessCode: string; date: string; trackUrl: string },
): string {
  return [
    texts.heading,
    "",
    `${texts.trackingId}: ${data.trackingId}`,
    `${texts.accessCode}: ${data.accessCode}`,
    `${texts.submittedAt}: ${data.date}`,
    "",
    texts.howToTrack,
    data.trackUrl,
    "",
    texts.warning,
    "",
  ].join("\r\n");
}

/** Offers the text as a file download. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies with the Clipboard API; where it is missing or refused (http, old browsers), with a hidden text area. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the old way.
  }
  try {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  } catch {
    return false;
  }
}
