/** The audit log page's texts (loaded with the page). */
export const auditId = {
  heading: "Log audit",
  caption: "Peristiwa laporan, terbaru lebih dulu",
  count_one: "{{count, number}} peristiwa",
  count_other: "{{count, number}} peristiwa",
  empty: "Tidak ada peristiwa yang cocok.",
  loadError: "Log audit tidak dapat dimuat.",
  internal: "internal",
  column: {
    time: "Waktu",
    report: "Laporan",
    type: "Peristiwa",
    actor: "Pelaku",
    agency: "Instansi",
    note: "Catatan",
  },
  role: {
    ADMIN: "Admin",
    AGENCY: "Instansi",
    REPORTER: "Pelapor",
    SYSTEM: "Sistem",
    VERIFIER: "Verifikator",
  },
  filter: {
    label: "Saring log audit",
    trackingId: "Nomor laporan",
    type: "Jenis peristiwa",
    anyType: "Semua peristiwa",
    from: "Dari tanggal",
    to: "Sampai tanggal",
    mine: "Hanya tindakan saya",
    apply: "Terapkan",
  },
};

export type AuditMessages = typeof auditId;
