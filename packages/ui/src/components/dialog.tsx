import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A modal dialog (Radix): titled and described for screen readers, focus kept inside, Escape or ✕ closes it. */
export function Dialog({ open, onOpenChange, title, description, children }: DialogProps) {
  const { t } = useTranslation("common");
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="ad-dialog__overlay" />
        <RadixDialog.Content className="ad-dialog">
          <div className="ad-spread">
            <RadixDialog.Title className="ad-dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close className="ad-button ad-button--ghost" aria-label={t("close")}>
              <span aria-hidden="true">✕</span>
            </RadixDialog.Close>
          </div>
          {description ? (
            <RadixDialog.Description className="ad-dialog__description">{description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="ad-visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
