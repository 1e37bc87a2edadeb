import { SelectField } from "@aduan/ui/components";
import { type ComponentProps, useId } from "react";

/** The library's SelectField with a field-level error read with it (as TextField has). */
export function ChoiceField({
  error,
  ...select
}: Omit<ComponentProps<typeof SelectField>, "aria-invalid" | "aria-describedby"> & { error?: string | null }) {
  const errorId = useId();
  return (
    <div className={error ? "ad-field--invalid" : undefined}>
      <SelectField {...select} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      {error ? (
        <p className="ad-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
