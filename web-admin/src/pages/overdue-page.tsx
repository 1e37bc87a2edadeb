import { OverdueList } from "../features/oversight/components/overdue-list";
import { useOversightTranslation } from "../features/oversight/i18n";

export default function OverduePage() {
  const { t } = useOversightTranslation();
  return (
    <>
      <title>{t("overdue.title")}</title>
      <OverdueList />
    </>
  );
}
