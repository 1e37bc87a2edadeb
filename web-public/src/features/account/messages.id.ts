/** Accounts (sign up, sign in, my reports) in Bahasa Indonesia: a namespace loaded with those lazy pages. */
export const accountMessagesId = {
  nav: {
    signIn: "Masuk",
    myReports: "Laporan saya",
    account: "Akun",
  },
  signIn: {
    documentTitle: "Masuk — Aduan",
    heading: "Masuk ke akun Anda",
    intro:
      "Akun tidak wajib untuk melapor. Dengan akun, Anda dapat mendukung laporan publik dan melihat semua laporan Anda di satu tempat.",
    noAccount: "Belum punya akun?",
    signUpLink: "Daftar",
    staffAccount: "Akun petugas tidak dapat dipakai di sini. Masuklah melalui portal instansi atau portal verifikasi.",
    returnNotice: "Masuk dulu, lalu Anda kembali ke halaman sebelumnya.",
  },
  signUp: {
    documentTitle: "Daftar akun — Aduan",
    heading: "Buat akun",
    intro:
      "Cukup nama, email dan kata sandi. Laporan yang Anda kirim saat masuk tersimpan di akun Anda, juga yang anonim (identitas Anda tetap tidak terlihat oleh instansi).",
    name: "Nama",
    email: "Email",
    emailHint: "Untuk masuk; tidak ditampilkan kepada publik.",
    phone: "Nomor telepon (opsional)",
    phoneHint: "Misalnya +62 812 3456 7890.",
    password: "Kata sandi",
    passwordHint: "Minimal 10 karakter.",
    passwordConfirm: "Ulangi kata sandi",
    submit: "Daftar",
    submitting: "Sedang mendaftar…",
    haveAccount: "Sudah punya akun?",
    signInLink: "Masuk",
    errors: {
      nameRequired: "Masukkan nama Anda.",
      nameTooLong: "Nama paling banyak 200 karakter.",
      emailRequired: "Masukkan alamat email Anda.",
      emailInvalid: "Masukkan alamat email yang benar, misalnya nama@contoh.id.",
      emailTaken: "Sudah ada akun dengan email ini. Silakan masuk.",
      phoneInvalid: "Masukkan nomor telepon seperti +62 812 3456 7890.",
      passwordRequired: "Buat kata sandi.",
      passwordTooShort: "Kata sandi minimal 10 karakter.",
      passwordTooLong: "Kata sandi paling banyak 200 karakter.",
      passwordMismatch: "Kedua kata sandi tidak sama.",
    },
  },
  myReports: {
    documentTitle: "Laporan saya — Aduan",
    heading: "Laporan saya",
    intro:
      "Laporan yang Anda kirim saat masuk dengan akun ini, termasuk yang belum diverifikasi. Buka satu untuk melacak dan membalas.",
    signedInAs: "Masuk sebagai {{name}}",
    empty: "Anda belum mengirim laporan dengan akun ini.",
    emptyHint: "Laporan yang dikirim tanpa masuk tidak muncul di sini; lacak dengan nomor pelacakan dan kode aksesnya.",
    listHeading: "Semua laporan Anda",
    newReport: "Buat laporan",
    signInNeeded: "Masuk untuk melihat laporan Anda.",
  },
  checking: "Memeriksa sesi…",
  unavailable: "Sesi Anda belum dapat diperiksa.",
};

export type AccountMessages = typeof accountMessagesId;
