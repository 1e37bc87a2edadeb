/** web-agency's own texts in Bahasa Indonesia (shared ones are in @aduan/ui/i18n). */
export const messagesId = {
  area: "Portal Instansi",
  documentTitle: {
    signIn: "Masuk — Portal Instansi Aduan",
    inbox: "Kotak masuk — Portal Instansi Aduan",
    notFound: "Halaman tidak ditemukan — Portal Instansi Aduan",
  },
  signIn: {
    heading: "Masuk ke Portal Instansi",
    intro: "Untuk petugas instansi yang menindaklanjuti laporan warga.",
  },
  inbox: {
    heading: "Kotak masuk disposisi",
    count_one: "{{count, number}} disposisi",
    count_other: "{{count, number}} disposisi",
    view: "Tampilkan",
    viewOpen: "Perlu ditindaklanjuti",
    viewAll: "Semua",
    emptyOpen: "Tidak ada disposisi yang perlu ditindaklanjuti.",
    emptyAll: "Belum ada disposisi untuk instansi Anda.",
    loadError: "Kotak masuk tidak dapat dimuat.",
    forAgency: "Untuk {{agency}}",
    reportStatus: "Status laporan:",
  },
};

export type Messages = typeof messagesId;
