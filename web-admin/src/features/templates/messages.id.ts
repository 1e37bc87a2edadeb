/** The rejection templates page's texts (loaded with the page). */
export const templatesId = {
  heading: "Templat alasan penolakan",
  intro: "Alasan yang dipilih verifikator saat menolak laporan; pelapor menerimanya.",
  loadError: "Templat tidak dapat dimuat.",
  empty: "Belum ada templat.",
  edit: "Ubah",
  delete: "Hapus",
  editOne: "Ubah templat {{title}}",
  deleteOne: "Hapus templat {{title}}",
  newHeading: "Templat baru",
  editHeading: "Ubah templat",
  title: "Judul templat",
  body: "Isi alasan",
  titleMissing: "Tulis judul templat.",
  create: "Tambah templat",
  save: "Simpan perubahan",
  cancel: "Batal",
  created: 'Templat "{{title}}" ditambahkan.',
  updated: 'Templat "{{title}}" disimpan.',
  deleted: 'Templat "{{title}}" dihapus.',
};

export type TemplatesMessages = typeof templatesId;
