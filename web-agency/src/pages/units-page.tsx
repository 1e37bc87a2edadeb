import { useSession } from "@aduan/graphql-client/session";
import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { UnitsAdmin } from "../features/units/components/units-admin";
import { NotFoundPage } from "./not-found-page";

export default function UnitsPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const user = state.status === "signedIn" ? state.user : null;
  if (!user?.agency || !user.roles.includes("AGENCY_ADMIN")) return <NotFoundPage />;
  return (
    <>
      <title>{t("documentTitle.units")}</title>
      <UnitsAdmin agency={user.agency} />
      <Toaster label={t("notices")} />
    </>
  );
}
