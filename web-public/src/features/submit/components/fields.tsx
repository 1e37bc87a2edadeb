import { cx } from "@aduan/ui/components";
import type { ReactNode } from "react";
import { useId } from "react";

/** A labelled control (select, textarea) in the house field style, with its hint and error read with it. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("ad-field", error && "ad-field--invalid")}>
      <label className="ad-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="ad-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {error ? (
        <p className="ad-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, error }: { id?: string; error?: string | null }) {
  return error ? (
    <p className="ad-field__error" id={id}>
      {error}
    </p>
  ) : null;
}
