/** Texts of the agency dashboard: they arrive with the dashboard page */
export const dashboardId = {
  dashboard: {
    heading: "Dasbor instansi",
    loadError: "Statistik tidak dapat dimuat.",
    open: "Disposisi terbuka",
    overdue: "Terlambat",
    medianFirstResponse: "Median tanggapan pertama",
    rating: "Rata-rata penilaian",
    hours: "{{value}} jam",
    byMonth: "Per bulan (12 bulan terakhir)",
    slaChart: "Kepatuhan tenggat per bulan",
    month: "Bulan",
    reports: "Laporan",
    sla: "Tepat waktu",
  },
};

export type DashboardMessages = typeof dashboardId;
