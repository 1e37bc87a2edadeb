/** web-admin's own texts in Bahasa Indonesia (shared ones are in @aduan/ui/i18n). */
export const messagesId = {
  area: "Portal Verifikasi",
  documentTitle: {
    signIn: "Masuk — Portal Verifikasi Aduan",
    queue: "Antrean verifikasi — Portal Verifikasi Aduan",
    notFound: "Halaman tidak ditemukan — Portal Verifikasi Aduan",
  },
  signIn: {
    heading: "Masuk ke Portal Verifikasi",
    intro: "Untuk verifikator dan admin nasional.",
  },
  queue: {
    heading: "Antrean verifikasi",
    intro: "Laporan baru yang menunggu verifikasi, tenggat terdekat lebih dulu.",
    count_one: "{{count, number}} laporan menunggu",
    count_other: "{{count, number}} laporan menunggu",
    empty: "Tidak ada laporan yang menunggu verifikasi.",
    loadError: "Antrean verifikasi tidak dapat dimuat.",
    received: "Masuk {{date}}",
    via: "lewat {{channel}}",
  },
};

export type Messages = typeof messagesId;
