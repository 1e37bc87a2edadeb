import { type ComponentPropsWithRef, type ReactNode, useId } from "react";
import { cx } from "./cx";

export interface TextFieldProps extends Omit<ComponentPropsWithRef<"input">, "id"> {
  label: string;
  /** Help shown under the label and read with the field. */
  hint?: ReactNode;
  /** What is wrong with the value; marks the field invalid and is read with it. */
  error?: string | null;
}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("ad-field", error && "ad-field--invalid", className)}>
      <label className="ad-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="ad-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="ad-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? (
        <p className="ad-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
