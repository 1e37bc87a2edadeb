import { useSession } from "@aduan/graphql-client/session";
import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { StaffAdmin } from "../features/staff/components/staff-admin";
import { NotFoundPage } from "./not-found-page";

export default function StaffPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const user = state.status === "signedIn" ? state.user : null;
  if (!user?.agency || !user.roles.includes("AGENCY_ADMIN")) return <NotFoundPage />;
  return (
    <>
      <title>{t("documentTitle.staff")}</title>
      <StaffAdmin agency={user.agency} selfId={user.id} />
      <Toaster label={t("notices")} />
    </>
  );
}
