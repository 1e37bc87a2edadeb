import { useSession } from "@aduan/graphql-client/session";
import { useTranslation } from "react-i18next";
import { Dashboard } from "../features/dashboard/components/dashboard";

export default function DashboardPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const agencyId = state.status === "signedIn" ? (state.user.agency?.id ?? null) : null;
  return (
    <>
      <title>{t("documentTitle.dashboard")}</title>
      <Dashboard agencyId={agencyId} />
    </>
  );
}
