/** Texts of deadline badges (the inbox and the report view load them). */
export const calendarId = {
  left_one: "{{count}} hari kerja lagi",
  left_other: "{{count}} hari kerja lagi",
  today: "Berakhir hari ini",
  late_one: "Terlambat {{count}} hari kerja",
  late_other: "Terlambat {{count}} hari kerja",
  lateNoCount: "Lewat tenggat",
  due: "Tenggat {{date}}",
  escalation: {
    AGENCY_ADMINS: "Dieskalasi ke admin instansi",
    NATIONAL_ADMINS: "Dieskalasi ke admin nasional",
  },
  full: "Tenggat {{date}} WIB. Dihitung dalam hari kerja: tanpa Sabtu, Minggu, dan hari libur nasional.",
};

export type CalendarMessages = typeof calendarId;
