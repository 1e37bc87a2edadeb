/** The returned queue's and the overdue list's texts in Bahasa Indonesia. */
export const oversightId = {
  returned: {
    title: "Laporan dikembalikan — Portal Verifikasi Aduan",
    heading: "Laporan dikembalikan",
    intro:
      "Laporan yang dikembalikan oleh semua instansi tujuannya (bukan kewenangannya), yang terlama lebih dulu. Baca alasannya, lalu disposisikan ulang.",
    caption: "Laporan yang dikembalikan instansi",
    count_one: "{{count, number}} laporan dikembalikan",
    count_other: "{{count, number}} laporan dikembalikan",
    empty: "Tidak ada laporan yang dikembalikan.",
    loadError: "Daftar laporan dikembalikan tidak dapat dimuat.",
    noReason: "Tanpa alasan tertulis",
    shortcuts:
      "Pintasan: ↑/↓ atau j/k pindah baris, Enter buka laporan. Di laporan: Ctrl+Enter disposisikan ulang, Alt+R tolak, Alt+I minta informasi, Esc kembali.",
    column: {
      report: "Laporan",
      agencies: "Dikembalikan oleh",
      reasons: "Alasan",
      received: "Masuk",
      due: "Batas verifikasi",
    },
    reasons: {
      heading: "Alasan pengembalian",
      history: "Riwayat disposisi",
    },
  },
  overdue: {
    title: "Disposisi terlambat — Portal Verifikasi Aduan",
    heading: "Disposisi melewati tenggat",
    intro:
      "Disposisi yang belum ditanggapi setelah tenggatnya, di semua instansi, yang paling lama terlambat lebih dulu, dengan status eskalasinya.",
    caption: "Disposisi yang melewati tenggat",
    count_one: "{{count, number}} disposisi terlambat",
    count_other: "{{count, number}} disposisi terlambat",
    empty: "Tidak ada disposisi yang melewati tenggat.",
    loadError: "Daftar disposisi terlambat tidak dapat dimuat.",
    escalatedAt: "sejak {{date}}",
    nationalDue: "ke admin nasional {{date}} bila masih terlambat",
    column: {
      report: "Laporan",
      agency: "Instansi",
      status: "Status disposisi",
      due: "Tenggat",
      escalation: "Eskalasi",
    },
    escalation: {
      NONE: "Belum dieskalasi",
      AGENCY_ADMINS: "Ke admin instansi",
      NATIONAL_ADMINS: "Ke admin nasional",
    },
    filter: {
      label: "Saring disposisi terlambat",
      agency: "Instansi",
      anyAgency: "Semua instansi",
      escalation: "Eskalasi",
      anyEscalation: "Semua tingkat",
      search: "Cari laporan (kata atau nomor)",
      apply: "Cari",
    },
  },
};

export type OversightMessages = typeof oversightId;
