import { Button, Dialog, Notice } from "@aduan/ui/components";
import { useState } from "react";
import { useManageTranslation } from "../i18n";

/**
 * A value the API returns once (an initial password, a webhook's signing secret): shown in a dialog with a copy
 * button and the warning that it cannot be shown again. Closing the dialog forgets it.
 */
export function OneTimeSecret({
  title,
  label,
  value,
  description,
  onClose,
}: {
  title: string;
  /** What the value is, e.g. "Initial password". */
  label: string;
  value: string | null;
  description: string;
  onClose(): void;
}) {
  const { t } = useManageTranslation();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  return (
    <Dialog
      open={value != null}
      onOpenChange={(open) => {
        if (!open) {
          setCopied(null);
          onClose();
        }
      }}
      title={title}
      description={description}
    >
      <div className="ad-stack">
        <p className="ad-field__label">{label}</p>
        <p className="ad-mono ad-secret">{value}</p>
        <Notice tone="warning">{t("secret.once")}</Notice>
        <div className="ad-row">
          <Button
            variant="secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(value ?? "");
                setCopied("yes");
              } catch {
                setCopied("failed");
              }
            }}
          >
            {t("secret.copy")}
          </Button>
          <Button
            onClick={() => {
              setCopied(null);
              onClose();
            }}
          >
            {t("secret.done")}
          </Button>
        </div>
        <p role="status" className="ad-meta">
          {copied === "yes" ? t("secret.copied") : copied === "failed" ? t("secret.copyFailed") : ""}
        </p>
      </div>
    </Dialog>
  );
}
