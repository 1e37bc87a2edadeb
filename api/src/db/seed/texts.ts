/** Indonesian text pools for the synthetic reports: names, places and the phrases reports and replies are made of. */

export const FIRST_NAMES = [
  "Budi",
  "Siti",
  "Agus",
  "Dewi",
  "Andi",
  "Rina",
  "Joko",
  "Sri",
  "Ahmad",
  "Nur",
  "Hendra",
  "Wati",
  "Rudi",
  "Yuni",
  "Dedi",
  "Lestari",
  "Eko",
  "Fitri",
  "Bambang",
  "Ratna",
  "Putu",
  "Made",
  "Ketut",
  "Wayan",
  "Nyoman",
  "Rizky",
  "Dian",
  "Fajar",
  "Intan",
  "Yusuf",
  "Aisyah",
  "Ilham",
  "Nabila",
  "Arif",
  "Citra",
  "Dimas",
  "Eka",
  "Gilang",
  "Hana",
  "Indra",
  "Kartika",
  "Lukman",
  "Maya",
  "Nanda",
  "Oktaviani",
  "Prasetyo",
  "Rahmat",
  "Sari",
  "Taufik",
  "Umar",
  "Vina",
  "Wahyu",
  "Yoga",
  "Zainal",
  "Asep",
  "Ujang",
  "Cecep",
  "Euis",
  "Neneng",
  "Teguh",
  "Slamet",
  "Suparman",
  "Sutrisno",
  "Tri",
  "Yohanes",
  "Maria",
  "Yosef",
  "Theresia",
  "Fransiska",
  "Michael",
  "Ayu",
  "Bayu",
  "Dodi",
  "Erna",
  "Fauzi",
  "Guntur",
  "Hasan",
  "Irwan",
  "Junaidi",
  "Khairul",
  "Lina",
  "Marlina",
  "Novi",
  "Rahmawati",
  "Syahrul",
  "Tono",
  "Wulan",
  "Zulkifli",
  "Andreas",
  "Kevin",
  "Samuel",
  "Ruth",
  "Imelda",
  "Roni",
  "Firman",
  "Ikhsan",
  "Aldi",
  "Ridwan",
  "Hadi",
];

export const LAST_NAMES = [
  "Santoso",
  "Wijaya",
  "Saputra",
  "Hidayat",
  "Kurniawan",
  "Setiawan",
  "Pratama",
  "Susanto",
  "Rahmawati",
  "Lestari",
  "Siregar",
  "Nasution",
  "Harahap",
  "Lubis",
  "Simanjuntak",
  "Sitompul",
  "Hutapea",
  "Pardede",
  "Tambunan",
  "Ginting",
  "Sembiring",
  "Tarigan",
  "Manurung",
  "Wibowo",
  "Nugroho",
  "Purnomo",
  "Suryadi",
  "Hasibuan",
  "Rangkuti",
  "Daulay",
  "Gunawan",
  "Halim",
  "Tanjung",
  "Putri",
  "Permana",
  "Sulistyo",
  "Firmansyah",
  "Ramadhan",
  "Maulana",
  "Syahputra",
  "Wahyudi",
  "Hakim",
  "Fauzan",
  "Rosyid",
  "Mahendra",
  "Kusuma",
  "Suharto",
  "Wirawan",
  "Sinaga",
  "Panjaitan",
  "Pangaribuan",
  "Lumban Gaol",
  "Tobing",
  "Mokoginta",
  "Pakaya",
  "Latuconsina",
  "Wenda",
  "Tabuni",
  "Rumbiak",
  "Mandagi",
  "Sondakh",
  "Rumengan",
  "Pattiasina",
  "Syamsuddin",
  "Daeng",
  "Bachtiar",
  "Rahman",
  "Yusuf",
  "Anwar",
];

export const EMAIL_DOMAINS = [
  "gmail.com",
  "gmail.com",
  "gmail.com",
  "yahoo.co.id",
  "yahoo.com",
  "outlook.com",
  "ymail.com",
];

export const STREETS = [
  "Jl. Jenderal Sudirman",
  "Jl. Ahmad Yani",
  "Jl. Diponegoro",
  "Jl. Gatot Subroto",
  "Jl. Pahlawan",
  "Jl. Merdeka",
  "Jl. Imam Bonjol",
  "Jl. Sultan Hasanuddin",
  "Jl. Pemuda",
  "Jl. Veteran",
  "Jl. Gajah Mada",
  "Jl. Hayam Wuruk",
  "Jl. R.A. Kartini",
  "Jl. Cut Nyak Dhien",
  "Jl. Teuku Umar",
  "Jl. Pattimura",
  "Jl. Sam Ratulangi",
  "Jl. Ki Hajar Dewantara",
  "Jl. Pangeran Diponegoro",
  "Jl. Dr. Wahidin",
  "Jl. Mayjen Sutoyo",
  "Jl. Letjen S. Parman",
  "Jl. Kapten Tendean",
  "Jl. Proklamasi",
  "Jl. Nusantara",
  "Jl. Pendidikan",
  "Jl. Mawar",
  "Jl. Melati",
  "Jl. Kenanga",
  "Jl. Anggrek",
  "Jl. Flamboyan",
  "Jl. Cempaka",
  "Jl. Dahlia",
  "Jl. Cendrawasih",
  "Jl. Rajawali",
  "Jl. Merpati",
  "Jl. Kenari",
  "Jl. Raya {kec}",
  "Jl. Pasar {kec}",
  "Jl. Lingkar {kec}",
  "Jl. Stasiun",
  "Jl. Pelabuhan",
  "Jl. Bhayangkara",
  "Jl. Sisingamangaraja",
  "Jl. Juanda",
  "Jl. K.H. Agus Salim",
  "Jl. Cokroaminoto",
  "Jl. Hos Cokroaminoto",
  "Jl. Tuanku Tambusai",
];

export const LANDMARKS = [
  "masjid",
  "SD negeri",
  "pos ronda",
  "pasar",
  "minimarket",
  "kantor kelurahan",
  "balai desa",
  "pertigaan",
  "jembatan",
  "puskesmas",
  "terminal",
  "lapangan sepak bola",
  "gereja",
  "pom bensin",
  "sekolah dasar",
];

export const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export const GREETINGS = [
  "Selamat pagi Bapak/Ibu.",
  "Selamat siang.",
  "Assalamualaikum Wr. Wb.",
  "Dengan hormat,",
  "Yth. Bapak/Ibu petugas,",
  "Salam sejahtera.",
  "",
  "",
];

export const COMPLAINT_INTROS = [
  "Saya ingin melaporkan {subject} di {lokasi}.",
  "Saya warga Kecamatan {kec} ingin menyampaikan keluhan terkait {subject}.",
  "Melalui kanal ini saya melaporkan {subject} yang terjadi di {lokasi}.",
  "Izin melapor, ada {subject} di {lokasi} yang perlu perhatian pemerintah.",
  "Kami warga sekitar {lokasi} mengeluhkan {subject}.",
];

export const SINCE = [
  "Kondisi ini sudah berlangsung sekitar {n} minggu.",
  "Sudah lebih dari {n} bulan belum ada penanganan.",
  "Masalah ini sudah pernah kami sampaikan ke kelurahan namun belum ada tindak lanjut.",
  "Kejadian terakhir terjadi {n} hari yang lalu.",
  "Warga sudah beberapa kali mengadu secara lisan tetapi tidak ada perubahan.",
  "",
];

export const CLOSINGS = [
  "Terima kasih.",
  "Atas perhatiannya kami ucapkan terima kasih.",
  "Mohon ditindaklanjuti.",
  "Terima kasih atas perhatian Bapak/Ibu.",
  "Wassalamualaikum Wr. Wb.",
  "Semoga segera ada solusi.",
  "",
];

export const INFO_INTROS = [
  "Saya ingin meminta informasi publik mengenai hal berikut.",
  "Saya ingin menanyakan informasi terkait {subject}.",
  "Berdasarkan UU Keterbukaan Informasi Publik, saya mengajukan permohonan informasi sebagai berikut.",
  "Mohon bantuan informasi mengenai {subject}.",
];

export const INFO_PURPOSES = [
  "Informasi ini saya perlukan untuk mengurus keperluan keluarga.",
  "Informasi tersebut akan saya gunakan sebagai bahan penelitian skripsi.",
  "Kami membutuhkan informasi ini untuk musyawarah warga di lingkungan kami.",
  "Informasi ini penting bagi usaha kecil yang sedang saya rintis.",
  "Mohon dijelaskan juga persyaratan dan lama prosesnya.",
];

export const SUGGESTION_INTROS = [
  "Saya ingin menyampaikan saran untuk perbaikan layanan {area}.",
  "Sebagai warga Kecamatan {kec}, saya mengusulkan hal berikut.",
  "Izin memberi masukan terkait {subject}.",
];

export const SUGGESTION_REASONS = [
  "Menurut saya hal ini akan sangat membantu warga, terutama lansia dan penyandang disabilitas.",
  "Di daerah lain cara ini sudah berhasil dan biayanya tidak besar.",
  "Dengan begitu warga tidak perlu bolak-balik ke kantor dan antrean bisa berkurang.",
  "Hal ini juga dapat mengurangi peluang pungutan liar.",
];

export const WHISTLE_INTROS = [
  "Saya ingin melaporkan dugaan pelanggaran yang saya ketahui secara langsung.",
  "Dengan ini saya menyampaikan pengaduan dugaan penyimpangan oleh oknum aparatur.",
  "Saya adalah pihak yang mengetahui langsung kejadian berikut dan ingin melaporkannya.",
];

export const WHISTLE_CLOSINGS = [
  "Saya memohon identitas saya dirahasiakan karena khawatir akan adanya pembalasan.",
  "Saya memiliki foto dan rekaman percakapan sebagai bukti pendukung dan bersedia memberikannya kepada pemeriksa.",
  "Mohon kasus ini diperiksa secara independen agar tidak terulang.",
];

export const PRIORITY_INTROS = [
  "Saya ingin menyampaikan masukan terkait pelaksanaan program {subject} di daerah kami.",
  "Program {subject} sangat baik, namun pelaksanaannya di lapangan perlu dibenahi.",
];

export const VERIFIER_QUESTIONS = [
  "Mohon lengkapi alamat lokasi kejadian (nama jalan, RT/RW, kelurahan) agar laporan dapat diteruskan ke instansi yang berwenang.",
  "Mohon sampaikan waktu kejadian dan, bila ada, foto pendukung agar laporan dapat kami verifikasi.",
  "Mohon jelaskan nama fasilitas atau kantor layanan yang dimaksud dalam laporan Saudara.",
  "Mohon jelaskan kronologi singkat kejadian dan pihak yang sudah Saudara hubungi sebelumnya.",
];

export const REPORTER_ANSWERS = [
  "Lokasinya di {jalan}, dekat {landmark}, Kecamatan {kec}.",
  "Kejadiannya hari Senin pagi sekitar pukul 08.00. Foto sudah saya lampirkan.",
  "Tempatnya di depan {landmark} di {jalan}. Sebelumnya saya sudah lapor ke ketua RT tetapi belum ada tindak lanjut.",
  "Baik, lokasi persisnya di {jalan} Kecamatan {kec}, sekitar 100 meter dari {landmark}.",
];

export const REPORTER_FOLLOW_UPS = [
  "Mohon informasi perkembangan laporan saya.",
  "Sudah {n} hari, belum ada petugas yang datang ke lokasi.",
  "Kondisinya semakin parah, mohon segera ditangani.",
  "Apakah laporan saya sudah diterima oleh instansi terkait?",
];

export const REPORTER_THANKS = [
  "Terima kasih, sudah ditangani.",
  "Terima kasih atas tindak lanjutnya, kondisi sekarang sudah jauh lebih baik.",
  "Alhamdulillah sudah beres. Terima kasih kepada petugas.",
  "Terima kasih atas penjelasannya.",
];

export const DISPUTE_REASONS = [
  "Perbaikan hanya dilakukan sebagian, masalah di lokasi yang sama masih ada.",
  "Tanggapan tidak sesuai dengan kondisi di lapangan; sampai hari ini masalah belum selesai.",
  "Disebutkan sudah ditangani, padahal belum ada petugas yang datang ke lokasi.",
  "Penjelasan yang diberikan belum menjawab pertanyaan saya.",
];

export const RATING_COMMENTS: Record<number, string[]> = {
  1: ["Tidak ada perbaikan nyata.", "Sangat lambat dan tidak jelas."],
  2: ["Ditangani tetapi hasilnya kurang memuaskan.", "Respons terlalu lama."],
  3: ["Cukup, meski agak lama.", "Sudah ditangani, semoga tidak terulang."],
  4: ["Penanganan cukup cepat, terima kasih.", "Petugas responsif."],
  5: [
    "Sangat cepat dan memuaskan, terima kasih!",
    "Luar biasa, langsung ditangani.",
    "Pelayanan prima, terima kasih Aduan.",
  ],
};

export const INTERNAL_NOTES = [
  "Sudah dikoordinasikan dengan UPT wilayah, menunggu jadwal peninjauan lapangan.",
  "Mohon bidang terkait menyiapkan data pendukung sebelum tanggapan dikirim.",
  "Lokasi sudah disurvei; perbaikan permanen perlu anggaran perubahan.",
  "Pelapor sudah dihubungi melalui telepon untuk konfirmasi lokasi.",
  "Perlu klarifikasi ke pihak ketiga sebelum memberi jawaban.",
  "Draf tanggapan sedang diperiksa oleh kepala bidang.",
];

export const INSTRUCTIONS = [
  "Mohon ditindaklanjuti sesuai kewenangan dan disampaikan tanggapan kepada pelapor.",
  "Mohon segera ditangani karena menyangkut keselamatan warga.",
  "Mohon dilakukan pengecekan lapangan dan tanggapan disertai dokumentasi.",
  "Mohon koordinasi dengan instansi terkait bila diperlukan.",
];

export const FORWARD_NOTES = [
  "Diteruskan untuk ditindaklanjuti sesuai tugas dan fungsi.",
  "Mohon ditangani dan dilaporkan hasilnya paling lambat tiga hari kerja.",
  "Diteruskan karena substansi laporan merupakan kewenangan unit terkait.",
];

export const RETURN_REASONS = [
  "Bukan kewenangan kami: lokasi yang dilaporkan berada di wilayah administrasi lain.",
  "Bukan kewenangan kami: ruas jalan tersebut berstatus jalan provinsi.",
  "Substansi laporan merupakan kewenangan instansi pusat, mohon didisposisikan ulang.",
  "Bukan kewenangan kami: layanan tersebut dikelola oleh badan usaha, bukan pemerintah daerah.",
];

export const REJECTIONS: {
  code: "INCOMPLETE" | "OUT_OF_SCOPE" | "NOT_PUBLIC_SERVICE";
  reason: string;
  weight: number;
}[] = [
  {
    code: "INCOMPLETE",
    reason: "Laporan belum memuat lokasi dan waktu kejadian yang jelas sehingga tidak dapat ditindaklanjuti.",
    weight: 4,
  },
  {
    code: "OUT_OF_SCOPE",
    reason:
      "Laporan menyangkut perkara pidana; silakan melapor ke Kepolisian atau mengikuti proses peradilan yang berjalan.",
    weight: 2,
  },
  {
    code: "NOT_PUBLIC_SERVICE",
    reason:
      "Laporan menyangkut sengketa pribadi antarwarga, bukan pelayanan publik; silakan menempuh musyawarah atau jalur perdata.",
    weight: 2,
  },
];

export const INCOMPLETE_AFTER_QUESTION =
  "Pelapor tidak melengkapi informasi yang diminta dalam batas waktu, sehingga laporan tidak dapat ditindaklanjuti.";

export const GENERIC_RESPONSES = [
  "Terima kasih atas laporan Saudara. Laporan telah kami tindak lanjuti melalui peninjauan lapangan pada {tgl} dan permasalahan telah ditangani oleh {instansi}.",
  "Laporan Saudara telah kami terima dan tindak lanjuti. Hasil penanganan pada {tgl}: petugas telah berkoordinasi dengan pihak terkait dan permasalahan telah diselesaikan. Bila masih ada kendala, silakan sampaikan kembali.",
];

export const GENERIC_ANSWERS = [
  "Terima kasih atas permohonan informasi Saudara. Informasi yang diminta telah kami kirimkan melalui kontak yang Saudara cantumkan dan juga tersedia di laman PPID {instansi}.",
  "Menanggapi permohonan informasi Saudara, persyaratan, prosedur, dan jangka waktu layanan dapat dilihat pada maklumat pelayanan {instansi}. Untuk pertanyaan lanjutan silakan menghubungi loket informasi kami pada hari kerja.",
];

export const SUGGESTION_RESPONSES = [
  "Terima kasih atas saran Saudara. Usulan ini akan kami bahas dalam rapat perencanaan {instansi} dan menjadi bahan perbaikan layanan.",
  "Kami mengapresiasi masukan Saudara. Saran tersebut telah kami teruskan kepada bidang terkait untuk dikaji kelayakannya pada tahun anggaran berikutnya.",
];

export const STAFF_TITLES = ["Operator", "Petugas Pengelola Pengaduan", "Admin Layanan"];
export const VERIFIER_AUTHOR = "Tim Verifikasi Aduan";
