import { useTranslation } from "react-i18next";

export function NotFound({ homeHref }: { homeHref: string }) {
  const { t } = useTranslation("common");
  return (
    <section className="ad-stack">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <a className="ad-button ad-button--secondary" href={homeHref}>
          {t("notFound.home")}
        </a>
      </p>
    </section>
  );
}
