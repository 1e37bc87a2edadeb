import { Button, Dialog, notify } from "@aduan/ui/components";
import { useEffect, useRef, useState } from "react";
import { useManageTranslation } from "../../manage-common/i18n";
import { ServiceLevelSettings } from "../../manage-service-levels/components/service-level-settings";
import { AgencyForm } from "./agency-form";
import { AgencyTree, type ManagedAgency } from "./agency-tree";

/** Agencies for national admins: the tree beside the chosen agency's details, its units and its SLA overrides. */
export function AgencyAdmin() {
  const { t } = useManageTranslation();
  const [selected, setSelected] = useState<ManagedAgency | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  // Choosing an agency moves focus to its details (on a phone they are below the tree).
  const selectedId = selected?.id;
  useEffect(() => {
    if (selectedId) detailHeading.current?.focus();
  }, [selectedId]);
  /** The new agency's parent: null for a top-level agency; undefined while the dialog is closed. */
  const [creatingUnder, setCreatingUnder] = useState<ManagedAgency | null | undefined>(undefined);

  function created(agency: ManagedAgency) {
    setCreatingUnder(undefined);
    setSelected(agency);
    notify(t("agencies.created", { name: agency.name }));
  }

  return (
    <section className="ad-stack" aria-labelledby="agencies-heading">
      <div className="ad-spread">
        <h2 id="agencies-heading">{t("agencies.heading")}</h2>
        <Button variant="secondary" onClick={() => setCreatingUnder(null)}>
          {t("agencies.newTopLevel")}
        </Button>
      </div>
      <p className="ad-meta">{t("agencies.intro")}</p>
      <div className="ad-report-grid">
        <AgencyTree selectedId={selected?.id ?? null} onSelect={setSelected} />
        {selected ? (
          <section className="ad-stack ad-manage-detail" aria-labelledby="agency-detail-heading">
            <div className="ad-card ad-stack">
              <div className="ad-spread">
                <h2 id="agency-detail-heading" ref={detailHeading} tabIndex={-1}>
                  {selected.name}
                </h2>
                <Button variant="secondary" onClick={() => setCreatingUnder(selected)}>
                  {t("agencies.newUnit")}
                </Button>
              </div>
              <AgencyForm
                key={selected.id}
                agency={selected}
                onSaved={(agency) => {
                  setSelected(agency);
                  notify(t("agencies.saved", { name: agency.name }));
                }}
              />
            </div>
            <div className="ad-card">
              <ServiceLevelSettings key={selected.id} agency={selected} />
            </div>
          </section>
        ) : (
          <p className="ad-meta">{t("agencies.chooseOne")}</p>
        )}
      </div>
      <Dialog
        open={creatingUnder !== undefined}
        onOpenChange={(open) => {
          if (!open) setCreatingUnder(undefined);
        }}
        title={creatingUnder ? t("agencies.newUnitOf", { name: creatingUnder.name }) : t("agencies.newTopLevel")}
      >
        {creatingUnder !== undefined ? (
          <AgencyForm
            parent={creatingUnder ? { id: creatingUnder.id, name: creatingUnder.name } : null}
            onSaved={created}
            onCancel={() => setCreatingUnder(undefined)}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
