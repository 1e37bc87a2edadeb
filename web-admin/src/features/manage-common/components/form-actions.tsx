import { Button, Notice } from "@aduan/ui/components";
import { useManageTranslation } from "../i18n";

/** The end of a management form: what went wrong that belongs to no field, then submit (and cancel). */
export function FormActions({
  error,
  busy,
  submitLabel,
  onCancel,
}: {
  error?: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel?(): void;
}) {
  const { t } = useManageTranslation();
  return (
    <>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <div className="ad-row">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        ) : null}
      </div>
    </>
  );
}
