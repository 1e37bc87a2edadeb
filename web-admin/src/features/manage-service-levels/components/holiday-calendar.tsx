import { Button, ConnectionTable, type DataTableColumn, Notice, notify, TextField } from "@aduan/ui/components";
import { createFormatters } from "@aduan/ui/format";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceField } from "../../manage-common/components/choice-field";
import { FormActions } from "../../manage-common/components/form-actions";
import { useFormErrors } from "../../manage-common/form-errors";
import { useManageTranslation } from "../../manage-common/i18n";
import { wholeList } from "../../manage-common/whole-list";
import type { ManageHolidaysQuery } from "../gql/graphql";
import { HolidaysQuery, RemoveHolidayMutation, SetHolidayMutation } from "../graphql";

/** A holiday, identified by its date in the table. */
type Holiday = ManageHolidaysQuery["holidays"][number] & { id: string };
const FIELDS = ["date", "name"] as const;

/** The year in Asia/Jakarta, where the calendar's days are. */
function jakartaYear(now = new Date()) {
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Jakarta" }).format(now));
}

/** National holidays of a year (no deadline counts them as working days): add, rename by adding again, remove. */
export function HolidayCalendar() {
  const { t, i18n } = useManageTranslation();
  const { t: tc } = useTranslation("common");
  const thisYear = jakartaYear();
  const [year, setYear] = useState(thisYear);
  const holidays = useQuery(HolidaysQuery, { variables: { year } });
  const [remove] = useMutation(RemoveHolidayMutation, { refetchQueries: ["ManageHolidays"] });
  const removal = useFormErrors(FIELDS);
  const holidaysList = wholeList(
    holidays.data?.holidays.map((h) => ({ ...h, id: h.date })),
    holidays,
  );

  const columns = useMemo<DataTableColumn<Holiday>[]>(() => {
    const format = createFormatters(i18n.language, "Asia/Jakarta");
    return [
      {
        id: "date",
        header: t("holidays.column.date"),
        cell: (h) => <time dateTime={h.date}>{format.date(`${h.date}T12:00:00+07:00`)}</time>,
      },
      { id: "name", header: t("holidays.column.name"), cell: (h) => h.name },
      {
        id: "actions",
        header: t("holidays.column.actions"),
        cell: (h) => (
          <Button
            variant="ghost"
            aria-label={t("holidays.removeOne", { name: h.name, date: h.date })}
            onClick={async () => {
              const ok = await removal.run(
                async () => (await remove({ variables: { input: { date: h.date } } })).data?.removeHoliday,
              );
              if (ok) notify(t("holidays.removed", { name: h.name }));
            }}
          >
            {t("holidays.remove")}
          </Button>
        ),
      },
    ];
  }, [t, i18n.language, remove, removal.run]);

  return (
    <section className="ad-stack" aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">{t("holidays.heading")}</h2>
      <p className="ad-meta">{t("holidays.intro")}</p>
      <ChoiceField
        label={t("holidays.year")}
        value={String(year)}
        onChange={(event) => setYear(Number(event.target.value))}
        options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({
          value: String(y),
          label: String(y),
        }))}
      />
      {removal.errors.general ? <Notice tone="danger">{removal.errors.general}</Notice> : null}
      <ConnectionTable
        {...holidaysList}
        errorTitle={t("holidays.loadError")}
        emptyTitle={t("holidays.empty", { year })}
        loadingLabel={tc("loading")}
        caption={t("holidays.caption", { year })}
        columns={columns}
        dense
      />
      <AddHoliday />
    </section>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function AddHoliday() {
  const { t } = useManageTranslation();
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  const [checked, setChecked] = useState(false);
  const [save, { loading }] = useMutation(SetHolidayMutation, { refetchQueries: ["ManageHolidays"] });
  const { errors, run, clear } = useFormErrors(FIELDS);
  const dateError = !DATE.test(date) ? t("holidays.dateRequired") : null;
  const nameError =
    name.trim().length < 3 ? t("holidays.nameTooShort") : name.trim().length > 200 ? t("holidays.nameTooLong") : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    clear();
    if (dateError || nameError) return;
    const ok = await run(
      async () => (await save({ variables: { input: { date, name: name.trim() } } })).data?.setHoliday,
    );
    if (ok) {
      notify(t("holidays.added", { name: name.trim(), date }));
      setDate("");
      setName("");
      setChecked(false);
    }
  }

  return (
    <form className="ad-card ad-stack" onSubmit={submit} noValidate aria-labelledby="holiday-add-heading">
      <h3 id="holiday-add-heading">{t("holidays.addHeading")}</h3>
      <p className="ad-meta">{t("holidays.addHint")}</p>
      <div className="ad-filters">
        <TextField
          label={t("holidays.column.date")}
          type="date"
          min="2000-01-01"
          max="2099-12-31"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={(checked ? dateError : null) ?? errors.fields.date ?? null}
        />
        <TextField
          label={t("holidays.column.name")}
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          error={(checked ? nameError : null) ?? errors.fields.name ?? null}
        />
      </div>
      <FormActions error={errors.general} busy={loading} submitLabel={t("holidays.add")} />
    </form>
  );
}
