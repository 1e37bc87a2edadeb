import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation("common");
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <fieldset className="ad-lang">
      <legend className="ad-visually-hidden">{t("language.label")}</legend>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          className="ad-lang__option"
          aria-pressed={current === code}
          onClick={() => void i18n.changeLanguage(code)}
        >
          {code.toUpperCase()}
          <span className="ad-visually-hidden" lang={code}>
            {t(`language.${code}`)}
          </span>
        </button>
      ))}
    </fieldset>
  );
}
