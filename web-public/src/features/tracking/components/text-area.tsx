import { cx } from "@aduan/ui/components";
import { type ComponentPropsWithRef, type ReactNode, useId } from "react";

/** A multi-line field with the same label, hint and error wiring as TextField. */
export function TextArea({
  label,
  hint,
  error,
  className,
  ...textarea
}: Omit<ComponentPropsWithRef<"textarea">, "id"> & { label: string; hint?: ReactNode; error?: string | null }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("ad-field", error && "ad-field--invalid", className)}>
      <label className="ad-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="ad-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        className="ad-input tr-textarea"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {error ? (
        <p className="ad-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
