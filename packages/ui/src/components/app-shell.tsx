import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./language-switch";

export interface AppShellProps {
  /** Which Aduan this is, e.g. "Portal Instansi"; shown beside the name. */
  area?: string;
  /** The app's home (its base path). */
  homeHref: string;
  /** Shown in the header before the language switch, e.g. the signed-in user and a sign-out button. */
  actions?: ReactNode;
  children: ReactNode;
}

/** Header, skip link and main landmark around an app's pages. */
export function AppShell({ area, homeHref, actions, children }: AppShellProps) {
  const { t } = useTranslation("common");
  return (
    <>
      <a className="ad-skip" href="#main">
        {t("skipToContent")}
      </a>
      <header className="ad-header">
        <div className="ad-header__inner">
          <a className="ad-brand" href={homeHref}>
            <Logo />
            <span className="ad-brand__name">{t("appName")}</span>
            {area ? <span className="ad-brand__area">{area}</span> : null}
          </a>
          <div className="ad-header__actions">
            {actions}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="ad-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function Logo() {
  return (
    <svg className="ad-brand__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path d="M9 10h14a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2h-8l-5 4v-4H9a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2z" fill="#fff" />
      <path d="M12 15.5h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
