/** The notification outbox's texts in Bahasa Indonesia. */
export const outboxId = {
  title: "Kotak keluar notifikasi — Portal Verifikasi Aduan",
  heading: "Kotak keluar notifikasi",
  intro:
    "Email dan SMS yang dikirim platform, atau akan dikirim, kepada pelapor dan petugas, terbaru lebih dulu. Alamat penerima disamarkan; kontak pelapor anonim tidak ditampilkan.",
  caption: "Notifikasi, terbaru lebih dulu",
  count_one: "{{count, number}} notifikasi",
  count_other: "{{count, number}} notifikasi",
  empty: "Tidak ada notifikasi yang cocok.",
  loadError: "Kotak keluar tidak dapat dimuat.",
  attempts_one: "{{count}} percobaan",
  attempts_other: "{{count}} percobaan",
  sentAt: "Terkirim {{date}}",
  loggedAt: "Dicatat {{date}}",
  via: "lewat {{transport}}",
  onlyReport: "Hanya {{trackingId}}",
  onlyReportLabel: "Hanya {{trackingId}}: tampilkan notifikasi laporan ini saja",
  showAll: "Tampilkan semua laporan",
  filteredByReport: "Hanya notifikasi laporan {{trackingId}}.",
  column: {
    time: "Dibuat",
    recipient: "Penerima",
    message: "Pesan",
    report: "Laporan",
    status: "Status",
  },
  audience: {
    REPORTER: "Pelapor",
    STAFF: "Petugas",
  },
  channel: {
    EMAIL: "Email",
    SMS: "SMS",
  },
  status: {
    QUEUED: "Dalam antrean",
    SENT: "Terkirim",
    LOGGED: "Hanya dicatat (tanpa pengirim)",
    FAILED: "Gagal",
  },
  filter: {
    label: "Saring notifikasi",
    status: "Status",
    anyStatus: "Semua status",
    channel: "Saluran",
    anyChannel: "Semua saluran",
  },
};

export type OutboxMessages = typeof outboxId;
