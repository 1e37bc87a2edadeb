/** web-admin's own texts in Bahasa Indonesia (shared ones are in @aduan/ui/i18n). */
export const messagesId = {
  area: "Portal Verifikasi",
  notices: "Pemberitahuan",
  nav: {
    label: "Menu portal",
    queue: "Antrean verifikasi",
    audit: "Log audit",
    templates: "Templat penolakan",
    manage: "Kelola",
  },
  oversightNav: {
    returned: "Dikembalikan",
    overdue: "Disposisi terlambat",
    statistics: "Statistik",
    outbox: "Kotak keluar",
  },
  documentTitle: {
    templates: "Templat penolakan — Portal Verifikasi Aduan",
    signIn: "Masuk — Portal Verifikasi Aduan",
    queue: "Antrean verifikasi — Portal Verifikasi Aduan",
    audit: "Log audit — Portal Verifikasi Aduan",
    notFound: "Halaman tidak ditemukan — Portal Verifikasi Aduan",
  },
  signIn: {
    heading: "Masuk ke Portal Verifikasi",
    intro: "Untuk verifikator, admin nasional dan analis (statistik).",
  },
};

export type Messages = typeof messagesId;
