import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import type { RegionLevel } from "../gql/graphql";
import { SubmitRegionsQuery } from "../graphql";
import { Field } from "./fields";

function RegionSelect({
  level,
  parentCode,
  label,
  value,
  name,
  error,
  onChange,
}: {
  level: RegionLevel;
  parentCode: string | null;
  label: string;
  value: string;
  name: string;
  error?: string | null;
  onChange(code: string): void;
}) {
  const { t } = useTranslation("submit");
  const skip = level !== "PROVINCE" && !parentCode;
  const {
    data,
    loading,
    error: loadError,
  } = useQuery(SubmitRegionsQuery, {
    variables: level === "PROVINCE" ? { level } : { level, parentCode },
    skip,
  });
  const regions = data?.regions ?? [];
  const hint = loading ? t("regionsLoading") : loadError ? t("regionsError") : undefined;
  return (
    <Field label={`${label} (${t("optional")})`} hint={hint} error={error}>
      {(props) => (
        <select
          {...props}
          className="ad-input"
          name={name}
          value={value}
          disabled={skip || (loading && !regions.length)}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{t("choose")}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
          {/* A restored draft's choice shows before its list has loaded. */}
          {value && !regions.some((r) => r.code === value) ? <option value={value}>{value}</option> : null}
        </select>
      )}
    </Field>
  );
}

/** Province, then regency/city, then district: each list from the API once its parent is chosen. */
export function RegionPicker({
  provinceCode,
  regencyCode,
  districtCode,
  error,
  onProvince,
  onRegency,
  onDistrict,
}: {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  error?: string | null;
  onProvince(code: string): void;
  onRegency(code: string): void;
  onDistrict(code: string): void;
}) {
  const { t } = useTranslation("submit");
  return (
    <fieldset className="ad-stack" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend className="ad-field__label">{t("region")}</legend>
      <p className="ad-field__hint">{t("regionHint")}</p>
      <RegionSelect
        level="PROVINCE"
        parentCode={null}
        label={t("province")}
        name="region"
        value={provinceCode}
        error={error}
        onChange={onProvince}
      />
      <RegionSelect
        level="REGENCY"
        parentCode={provinceCode || null}
        label={t("regency")}
        name="regency"
        value={regencyCode}
        onChange={onRegency}
      />
      <RegionSelect
        level="DISTRICT"
        parentCode={regencyCode || null}
        label={t("district")}
        name="district"
        value={districtCode}
        onChange={onDistrict}
      />
    </fieldset>
  );
}
