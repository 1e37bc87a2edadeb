import { Toaster } from "@aduan/ui/components";
import { useTranslation } from "react-i18next";
import { useParams, useSearch } from "wouter";
import { ReportView } from "../features/report/components/report-view";

export default function ReportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams<{ id: string }>();
  const action = new URLSearchParams(useSearch()).get("action");
  return (
    <>
      <title>{t("documentTitle.report")}</title>
      <ReportView
        key={id}
        dispositionId={decodeURIComponent(id)}
        initialAction={action === "respond" ? "respond" : null}
      />
      <Toaster label={t("notices")} />
    </>
  );
}
