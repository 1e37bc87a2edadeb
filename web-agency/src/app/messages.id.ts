/** web-agency's own texts in Bahasa Indonesia (shared ones are in @aduan/ui/i18n). */
export const messagesId = {
  area: "Portal Instansi",
  documentTitle: {
    signIn: "Masuk — Portal Instansi Aduan",
    inbox: "Kotak masuk — Portal Instansi Aduan",
    report: "Laporan — Portal Instansi Aduan",
    dashboard: "Dasbor — Portal Instansi Aduan",
    templates: "Templat balasan — Portal Instansi Aduan",
    staff: "Petugas — Portal Instansi Aduan",
    units: "Unit kerja — Portal Instansi Aduan",
    notFound: "Halaman tidak ditemukan — Portal Instansi Aduan",
  },
  signIn: {
    heading: "Masuk ke Portal Instansi",
    intro: "Untuk petugas instansi yang menindaklanjuti laporan warga.",
  },
  nav: {
    label: "Menu portal",
    inbox: "Kotak masuk",
    dashboard: "Dasbor",
    templates: "Templat balasan",
    staff: "Petugas",
    units: "Unit kerja",
  },
  notices: "Pemberitahuan",
};

export type Messages = typeof messagesId;
