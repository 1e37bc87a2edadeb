import { AgencyKind } from "../../common/enums";
import type { Topic } from "./agencies";
import type { PgClient } from "./db";

/**
 * The category tree of public-service areas, with what the synthetic reports of each are made of.
 * Placeholders: {jalan} a street, {kec} a district, {kab} the regency/city, {rs} its hospital, {sekolah} a school,
 * {pasar} a market, {n} a small number; in responses {instansi} the responding agency and {tgl} a date.
 */
export interface SubcategorySeed {
  name: string;
  /** The kind of agency that usually handles it; defaults to the area's. */
  hint?: AgencyKind;
  /** A national agency (or unit) that usually handles it. */
  agency?: string;
  /** Which units handle it, when not the area's (drinking water: the water companies). */
  topic?: Topic;
  /** A short noun phrase for the body: "jalan rusak". */
  subject: string;
  titles: string[];
  details: string[];
  asks: string[];
}

export interface CategorySeed {
  name: string;
  topic: Topic;
  /** Relative share of reports in this area. */
  weight: number;
  hint: AgencyKind;
  /** The ministry responsible for the area nationally. */
  ministry: string;
  children: SubcategorySeed[];
  questions: string[];
  suggestions: string[];
  responses: string[];
  answers: string[];
}

const { REGENCY, PROVINCE, MINISTRY, INSTITUTION, STATE_ENTERPRISE } = AgencyKind;

export const CATEGORY_TREE: CategorySeed[] = [
  {
    name: "Infrastruktur",
    topic: "infrastructure",
    weight: 20,
    hint: REGENCY,
    ministry: "Kementerian Pekerjaan Umum",
    children: [
      {
        name: "Jalan Rusak",
        subject: "jalan rusak",
        titles: [
          "Jalan berlubang di {jalan} membahayakan pengendara",
          "Jalan rusak parah di {jalan}, Kecamatan {kec}",
          "Aspal {jalan} mengelupas dan belum diperbaiki",
          "Banyak lubang di ruas {jalan} arah {kec}",
        ],
        details: [
          "Lubang di badan jalan cukup dalam dan tergenang air saat hujan sehingga tidak terlihat oleh pengendara.",
          "Sudah beberapa pengendara sepeda motor terjatuh di lokasi ini, terutama pada malam hari.",
          "Perbaikan terakhir hanya berupa tambal sulam dan kini sudah rusak kembali.",
          "Kerusakan jalan menyebabkan kemacetan panjang pada jam berangkat kerja dan sekolah.",
        ],
        asks: [
          "Mohon jalan tersebut segera diperbaiki sebelum memakan korban.",
          "Kami berharap ada perbaikan permanen, bukan sekadar tambal sulam.",
        ],
      },
      {
        name: "Drainase dan Banjir",
        subject: "saluran air yang tersumbat",
        titles: [
          "Saluran air tersumbat menyebabkan banjir di {jalan}",
          "Banjir setiap hujan deras di permukiman Kecamatan {kec}",
          "Gorong-gorong di {jalan} ambrol",
        ],
        details: [
          "Saluran penuh sampah dan lumpur sehingga air meluap ke jalan dan rumah warga.",
          "Genangan bisa mencapai lutut orang dewasa dan baru surut setelah beberapa jam.",
          "Bau tidak sedap dari saluran yang mampet mengganggu warga sekitar.",
        ],
        asks: [
          "Mohon dilakukan normalisasi saluran dan pengerukan sedimen.",
          "Mohon saluran diperlebar karena sudah tidak mampu menampung air hujan.",
        ],
      },
      {
        name: "Penerangan Jalan Umum",
        subject: "lampu penerangan jalan yang mati",
        titles: [
          "Lampu PJU di {jalan} mati sudah berminggu-minggu",
          "Jalan gelap di Kecamatan {kec} rawan kejahatan",
          "Tiang lampu jalan di {jalan} roboh",
        ],
        details: [
          "Sepanjang kurang lebih {n}00 meter jalan gelap gulita pada malam hari.",
          "Sudah terjadi beberapa kasus penjambretan di lokasi ini sejak lampu mati.",
          "Kabel lampu terlihat menjuntai dan berbahaya bagi pejalan kaki.",
        ],
        asks: ["Mohon lampu penerangan jalan segera diperbaiki."],
      },
      {
        name: "Jembatan",
        subject: "jembatan yang rusak",
        titles: [
          "Jembatan penghubung di Kecamatan {kec} retak dan miring",
          "Jembatan gantung di {kec} putus, warga terisolasi",
          "Pagar pengaman jembatan di {jalan} hilang",
        ],
        details: [
          "Lantai jembatan berlubang dan beberapa papan sudah lapuk.",
          "Jembatan ini satu-satunya akses warga menuju pasar dan sekolah.",
          "Anak-anak sekolah terpaksa memutar cukup jauh karena jembatan tidak bisa dilalui.",
        ],
        asks: ["Mohon dilakukan pemeriksaan dan perbaikan jembatan segera."],
      },
      {
        name: "Air Bersih",
        topic: "water",
        subject: "gangguan air bersih",
        titles: [
          "Air PDAM tidak mengalir di Kecamatan {kec} selama {n} hari",
          "Air PDAM keruh dan berbau di {jalan}",
          "Tagihan air melonjak padahal pemakaian normal",
        ],
        details: [
          "Air hanya mengalir tengah malam dengan debit sangat kecil.",
          "Warga terpaksa membeli air galon dan air tangki untuk kebutuhan sehari-hari.",
          "Air yang keluar berwarna kecokelatan dan tidak layak dipakai mandi.",
        ],
        asks: ["Mohon pasokan air segera dinormalkan dan ada pemberitahuan jika ada gangguan."],
      },
      {
        name: "Trotoar dan Fasilitas Pejalan Kaki",
        subject: "trotoar yang rusak",
        titles: [
          "Trotoar di {jalan} rusak dan dipakai parkir",
          "Penutup saluran di trotoar {jalan} berlubang",
          "Tidak ada jalur aman pejalan kaki di {jalan}",
        ],
        details: [
          "Ubin trotoar banyak yang pecah dan ada lubang yang menganga.",
          "Penyandang disabilitas dan lansia kesulitan melintas.",
          "Pejalan kaki terpaksa turun ke badan jalan dan berisiko tertabrak.",
        ],
        asks: ["Mohon trotoar diperbaiki dan ditertibkan."],
      },
    ],
    questions: [
      "Permohonan informasi jadwal perbaikan jalan di Kecamatan {kec}",
      "Status {jalan}: jalan kabupaten/kota atau jalan provinsi?",
      "Permintaan data anggaran pemeliharaan jalan tahun ini",
    ],
    suggestions: [
      "Usulan pembangunan trotoar ramah disabilitas di {jalan}",
      "Saran pemasangan cermin cembung di tikungan {jalan}",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. Tim {instansi} telah meninjau lokasi dan melakukan perbaikan pada {tgl}. Apabila masih ditemukan kerusakan, silakan sampaikan kembali melalui kanal ini.",
      "Laporan Saudara telah kami tindak lanjuti. Lokasi yang dilaporkan sudah masuk program pemeliharaan rutin dan pengerjaan dilaksanakan mulai {tgl}. Mohon maaf atas ketidaknyamanannya.",
      "Berdasarkan peninjauan lapangan pada {tgl}, kerusakan telah ditangani sementara. Perbaikan menyeluruh dijadwalkan dalam anggaran perubahan tahun ini.",
    ],
    answers: [
      "Terima kasih atas permohonan informasi Saudara. Ruas yang dimaksud merupakan kewenangan {instansi}; jadwal pemeliharaan dan rincian anggarannya kami kirimkan melalui surel dan dapat dilihat pada laman PPID kami.",
    ],
  },
  {
    name: "Kesehatan",
    topic: "health",
    weight: 11,
    hint: REGENCY,
    ministry: "Kementerian Kesehatan",
    children: [
      {
        name: "BPJS Kesehatan",
        hint: INSTITUTION,
        agency: "BPJS Kesehatan",
        subject: "layanan BPJS Kesehatan",
        titles: [
          "Kartu JKN tidak aktif padahal iuran sudah dibayar",
          "Kesulitan pindah faskes tingkat pertama BPJS Kesehatan",
          "Status PBI JKN keluarga saya tiba-tiba dinonaktifkan",
          "Klaim rawat inap peserta JKN ditolak rumah sakit",
        ],
        details: [
          "Iuran sudah dibayar melalui autodebet setiap bulan namun status kepesertaan tercatat menunggak.",
          "Aplikasi Mobile JKN selalu gagal saat mengajukan perubahan data.",
          "Petugas di kantor cabang meminta kami kembali minggu depan tanpa kejelasan.",
          "Kami baru tahu kartu tidak aktif saat hendak berobat dalam keadaan darurat.",
        ],
        asks: [
          "Mohon status kepesertaan kami segera dipulihkan.",
          "Mohon penjelasan tertulis mengapa kepesertaan kami dinonaktifkan.",
        ],
      },
      {
        name: "Pelayanan Puskesmas",
        subject: "pelayanan puskesmas",
        titles: [
          "Antrean {puskesmas} sangat panjang dan petugas tidak ramah",
          "{puskesmas} tutup sebelum jam pelayanan berakhir",
          "Dokter tidak ada di {puskesmas} saat jam praktik",
        ],
        details: [
          "Pasien sudah datang sejak pukul 07.00 tetapi baru dilayani menjelang siang.",
          "Petugas pendaftaran berbicara kasar kepada pasien lansia.",
          "Obat yang diresepkan tidak tersedia dan pasien diminta membeli di apotek luar.",
        ],
        asks: ["Mohon pelayanan puskesmas dibenahi dan jadwal dokter diumumkan dengan jelas."],
      },
      {
        name: "Pelayanan Rumah Sakit",
        subject: "pelayanan rumah sakit",
        titles: [
          "Pasien JKN ditolak di {rs} dengan alasan kamar penuh",
          "Pelayanan IGD {rs} sangat lambat",
          "{rs} meminta biaya tambahan kepada pasien JKN",
        ],
        details: [
          "Keluarga pasien diminta mencari rumah sakit lain padahal kondisi pasien gawat.",
          "Pasien menunggu lebih dari {n} jam di IGD tanpa diperiksa dokter.",
          "Kami diminta membayar obat di luar paket padahal peserta JKN aktif.",
        ],
        asks: ["Mohon rumah sakit tersebut ditegur dan pelayanannya diperbaiki."],
      },
      {
        name: "Imunisasi dan Gizi Anak",
        subject: "layanan imunisasi dan gizi anak",
        titles: [
          "Posyandu di Kecamatan {kec} tidak aktif lagi",
          "Vaksin imunisasi dasar kosong di {puskesmas}",
          "Pemberian makanan tambahan balita di {kec} tidak merata",
        ],
        details: [
          "Sudah {n} bulan tidak ada kegiatan penimbangan balita di lingkungan kami.",
          "Orang tua diminta datang kembali bulan depan karena stok vaksin habis.",
          "Beberapa balita dengan berat badan kurang justru tidak mendapat bantuan.",
        ],
        asks: ["Mohon layanan posyandu dan ketersediaan vaksin diperhatikan."],
      },
      {
        name: "Obat dan Makanan",
        hint: INSTITUTION,
        agency: "Badan Pengawas Obat dan Makanan",
        subject: "peredaran obat dan makanan yang tidak aman",
        titles: [
          "Obat tanpa izin edar dijual bebas di {pasar}",
          "Makanan kedaluwarsa dijual di toko di {jalan}",
          "Kosmetik diduga mengandung merkuri dijual daring",
        ],
        details: [
          "Produk tersebut tidak mencantumkan nomor izin edar dan label berbahasa Indonesia.",
          "Tanggal kedaluwarsa pada kemasan sudah lewat beberapa bulan.",
          "Beberapa pembeli mengalami iritasi kulit setelah memakai produk itu.",
        ],
        asks: ["Mohon dilakukan pengawasan dan penarikan produk dari peredaran."],
      },
    ],
    questions: [
      "Bagaimana cara mengaktifkan kembali kepesertaan PBI JKN?",
      "Permohonan informasi jadwal dokter spesialis di {rs}",
      "Syarat rujukan berjenjang untuk peserta JKN",
    ],
    suggestions: ["Saran antrean daring untuk {puskesmas}", "Usulan penambahan jam layanan posyandu pada akhir pekan"],
    responses: [
      "Terima kasih atas laporan Saudara. {instansi} telah melakukan klarifikasi kepada fasilitas kesehatan terkait pada {tgl}; petugas yang bersangkutan telah dibina dan pelayanan telah diperbaiki.",
      "Laporan Saudara telah kami tindak lanjuti. Status kepesertaan telah diperbarui pada {tgl} dan dapat digunakan kembali di fasilitas kesehatan.",
      "Kami telah berkoordinasi dengan fasilitas kesehatan terkait pada {tgl}. Ketersediaan obat dan vaksin telah dipenuhi dan jadwal layanan diumumkan di papan informasi.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Persyaratan dan alur layanan yang dimaksud dapat dilihat pada laman resmi {instansi}; ringkasannya: bawa KTP-el dan kartu JKN ke fasilitas kesehatan tingkat pertama tempat Saudara terdaftar.",
    ],
  },
  {
    name: "Pendidikan",
    topic: "education",
    weight: 10,
    hint: REGENCY,
    ministry: "Kementerian Pendidikan Dasar dan Menengah",
    children: [
      {
        name: "Penerimaan Murid Baru",
        subject: "penerimaan murid baru",
        titles: [
          "Dugaan kecurangan jalur domisili pada SPMB di {sekolah}",
          "Situs pendaftaran SPMB tidak bisa diakses",
          "Anak saya tidak diterima di {sekolah} padahal rumah sangat dekat",
        ],
        details: [
          "Ada calon murid yang baru pindah KK beberapa minggu sebelum pendaftaran tetapi diterima.",
          "Situs selalu menampilkan pesan galat sejak hari pertama pendaftaran.",
          "Jarak rumah kami ke sekolah kurang dari 500 meter, namun nama anak kami tidak masuk daftar.",
        ],
        asks: ["Mohon proses seleksi diperiksa dan hasilnya diumumkan secara transparan."],
      },
      {
        name: "Pungutan Sekolah",
        subject: "pungutan di sekolah",
        titles: [
          "Pungutan uang gedung di {sekolah} memberatkan orang tua",
          "Siswa diwajibkan membeli seragam dan LKS di {sekolah}",
          "Ijazah ditahan {sekolah} karena tunggakan",
        ],
        details: [
          "Orang tua diminta membayar Rp{n}.500.000 tanpa rincian penggunaan.",
          "Siswa yang belum membayar tidak boleh mengikuti ujian.",
          "Sumbangan disebut sukarela tetapi nominal dan tenggatnya ditentukan sekolah.",
        ],
        asks: ["Mohon pungutan tersebut ditertibkan sesuai aturan yang berlaku."],
      },
      {
        name: "Sarana dan Prasarana Sekolah",
        subject: "kerusakan sarana sekolah",
        titles: [
          "Atap ruang kelas {sekolah} ambruk",
          "Toilet {sekolah} tidak layak pakai",
          "Siswa {sekolah} belajar di lantai karena kekurangan meja",
        ],
        details: [
          "Plafon sudah lapuk dan sebagian jatuh saat hujan deras.",
          "Dari {n} kelas hanya separuh yang layak digunakan.",
          "Air bersih di sekolah tidak tersedia sehingga toilet tidak bisa dipakai.",
        ],
        asks: ["Mohon sekolah tersebut mendapat bantuan rehabilitasi."],
      },
      {
        name: "Guru dan Tenaga Kependidikan",
        subject: "masalah guru dan tenaga kependidikan",
        titles: [
          "Guru honorer di {sekolah} belum menerima gaji {n} bulan",
          "Guru sering tidak hadir mengajar di {sekolah}",
          "Tunjangan profesi guru terlambat cair",
        ],
        details: [
          "Honor guru dibayar dari dana BOS tetapi sudah berbulan-bulan tertunda.",
          "Siswa sering dibiarkan belajar sendiri tanpa guru di kelas.",
          "Tidak ada penjelasan dari dinas mengenai keterlambatan pencairan.",
        ],
        asks: ["Mohon dinas pendidikan turun tangan."],
      },
      {
        name: "Bantuan Pendidikan",
        hint: MINISTRY,
        agency: "Kementerian Pendidikan Dasar dan Menengah",
        subject: "bantuan pendidikan",
        titles: [
          "Dana PIP anak saya belum cair",
          "Siswa dari keluarga miskin tidak terdaftar penerima PIP",
          "Dana PIP dipotong oleh pihak sekolah",
        ],
        details: [
          "Nama anak kami tercantum sebagai penerima di laman resmi, tetapi dana belum diterima.",
          "Rekening belum diaktifkan dan sekolah tidak memberi informasi.",
          "Setiap siswa diminta menyerahkan sebagian dana dengan alasan biaya administrasi.",
        ],
        asks: ["Mohon pencairan bantuan diperiksa."],
      },
      {
        name: "Perguruan Tinggi",
        hint: MINISTRY,
        agency: "Kementerian Pendidikan Tinggi, Sains, dan Teknologi",
        subject: "layanan perguruan tinggi",
        titles: [
          "Pencairan KIP Kuliah terlambat",
          "Ijazah dari kampus swasta belum terbit setelah wisuda",
          "Kampus memungut biaya di luar UKT",
        ],
        details: [
          "Mahasiswa penerima KIP Kuliah belum menerima biaya hidup semester ini.",
          "Sudah {n} bulan sejak wisuda tetapi ijazah belum diberikan.",
          "Biaya praktikum dan wisuda ditarik terpisah tanpa dasar yang jelas.",
        ],
        asks: ["Mohon kementerian memeriksa kampus tersebut."],
      },
    ],
    questions: [
      "Jadwal dan persyaratan SPMB jenjang SMP di {kab}",
      "Bagaimana cara mengecek status penerima PIP?",
      "Permohonan data jumlah guru honorer per sekolah",
    ],
    suggestions: [
      "Saran pengumuman hasil SPMB dengan peta jarak yang terbuka",
      "Usulan perpustakaan keliling untuk sekolah di Kecamatan {kec}",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. {instansi} telah memanggil pihak sekolah pada {tgl}; pungutan yang tidak sesuai ketentuan telah dihentikan dan dana yang terlanjur dibayarkan akan dikembalikan.",
      "Laporan telah kami tindak lanjuti dengan pemeriksaan data pada {tgl}. Hasilnya telah disampaikan kepada sekolah dan orang tua yang bersangkutan.",
      "Kami telah melakukan peninjauan ke sekolah pada {tgl}. Sekolah tersebut masuk usulan rehabilitasi tahun anggaran berikutnya, sementara ruang kelas yang rusak tidak digunakan demi keselamatan siswa.",
    ],
    answers: [
      "Terima kasih atas permohonan informasi Saudara. Jadwal, persyaratan, dan petunjuk teknis yang dimaksud telah diumumkan di laman resmi {instansi}; salinannya kami kirimkan melalui kontak Saudara.",
    ],
  },
  {
    name: "Kependudukan dan Catatan Sipil",
    topic: "civil",
    weight: 8,
    hint: REGENCY,
    ministry: "Kementerian Dalam Negeri",
    children: [
      {
        name: "KTP Elektronik",
        subject: "pengurusan KTP elektronik",
        titles: [
          "KTP elektronik belum jadi setelah {n} bulan perekaman",
          "Blangko KTP-el habis di Disdukcapil {kab}",
          "Diminta biaya untuk pencetakan KTP-el di kantor Kecamatan {kec}",
        ],
        details: [
          "Setiap kali datang, petugas hanya memberikan surat keterangan pengganti.",
          "Antrean dibatasi sehingga warga harus datang sejak subuh.",
          "Oknum petugas menawarkan jalur cepat dengan membayar sejumlah uang.",
        ],
        asks: ["Mohon KTP-el saya segera dicetak."],
      },
      {
        name: "Kartu Keluarga",
        subject: "pengurusan kartu keluarga",
        titles: [
          "Pengurusan kartu keluarga di {kab} berbelit-belit",
          "Data di kartu keluarga salah dan sulit diperbaiki",
          "KK hasil cetak mandiri ditolak saat mendaftar sekolah",
        ],
        details: [
          "Saya diminta melengkapi dokumen yang berbeda setiap kali datang.",
          "Nama dan tanggal lahir anak saya tertulis keliru.",
          "Petugas sekolah meminta KK cetakan kantor padahal KK elektronik sudah berlaku.",
        ],
        asks: ["Mohon perbaikan data dipercepat."],
      },
      {
        name: "Akta Kelahiran",
        subject: "penerbitan akta kelahiran",
        titles: [
          "Akta kelahiran anak belum terbit setelah {n} minggu",
          "Syarat akta kelahiran di {kab} tidak sesuai aturan",
          "Layanan akta kelahiran daring tidak berfungsi",
        ],
        details: [
          "Berkas sudah lengkap dan diterima, tetapi status permohonan tidak berubah.",
          "Kami diminta surat pengantar dari RT, RW, dan kelurahan padahal tidak diwajibkan.",
          "Aplikasi selalu gagal saat mengunggah dokumen.",
        ],
        asks: ["Mohon akta kelahiran segera diterbitkan."],
      },
      {
        name: "Data Kependudukan Ganda",
        subject: "data kependudukan yang bermasalah",
        titles: [
          "NIK saya terdaftar ganda dan tidak bisa dipakai mendaftar",
          "NIK tidak ditemukan saat mendaftar layanan publik",
          "Data kependudukan orang tua yang sudah meninggal masih aktif",
        ],
        details: [
          "Sistem menolak pendaftaran karena NIK dianggap sudah dipakai orang lain.",
          "Petugas di berbagai layanan meminta saya memperbaiki data ke Disdukcapil.",
          "Akibatnya pengurusan warisan dan bantuan sosial terhambat.",
        ],
        asks: ["Mohon data saya segera dipadankan."],
      },
    ],
    questions: [
      "Syarat pindah datang antarprovinsi",
      "Apakah pengurusan KTP-el dipungut biaya?",
      "Jam layanan Disdukcapil {kab} pada hari Sabtu",
    ],
    suggestions: [
      "Usulan layanan jemput bola KTP-el untuk lansia di Kecamatan {kec}",
      "Saran sistem antrean daring di Disdukcapil {kab}",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. Dokumen kependudukan Saudara telah selesai dicetak pada {tgl} dan dapat diambil di kantor {instansi} dengan membawa bukti pengajuan.",
      "Data kependudukan Saudara telah kami perbaiki dan padankan pada {tgl}. Silakan mencoba kembali layanan yang sebelumnya menolak NIK Saudara.",
      "Kami telah menegur petugas yang bersangkutan. Layanan dokumen kependudukan tidak dipungut biaya; bila ada permintaan uang, mohon dilaporkan kembali.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Seluruh layanan administrasi kependudukan tidak dipungut biaya. Persyaratan lengkap tercantum pada maklumat pelayanan {instansi}.",
    ],
  },
  {
    name: "Lingkungan Hidup",
    topic: "environment",
    weight: 7,
    hint: REGENCY,
    ministry: "Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup",
    children: [
      {
        name: "Sampah",
        subject: "sampah yang tidak diangkut",
        titles: [
          "Tumpukan sampah di {jalan} tidak diangkut selama {n} hari",
          "TPS liar di pinggir sungai Kecamatan {kec}",
          "Pembakaran sampah di permukiman Kecamatan {kec}",
        ],
        details: [
          "Sampah menumpuk hingga ke badan jalan dan menimbulkan bau busuk.",
          "Lalat dan tikus bertambah banyak, warga khawatir akan penyakit.",
          "Asap pembakaran masuk ke rumah warga setiap sore.",
        ],
        asks: ["Mohon jadwal pengangkutan sampah ditertibkan."],
      },
      {
        name: "Pencemaran Sungai",
        hint: PROVINCE,
        subject: "pencemaran sungai",
        titles: [
          "Limbah pabrik mencemari sungai di Kecamatan {kec}",
          "Air sungai di {kec} berubah warna dan ikan mati",
          "Limbah rumah potong dibuang ke sungai",
        ],
        details: [
          "Air sungai berwarna hitam pekat dan berbusa setiap malam.",
          "Warga yang memakai air sungai untuk mencuci mengalami gatal-gatal.",
          "Pembuangan limbah dilakukan diam-diam saat hujan.",
        ],
        asks: ["Mohon dilakukan uji sampel air dan penindakan terhadap pelaku."],
      },
      {
        name: "Pencemaran Udara dan Bau",
        subject: "pencemaran udara dan bau",
        titles: [
          "Asap pabrik di Kecamatan {kec} mengganggu pernapasan warga",
          "Bau menyengat dari peternakan ayam dekat permukiman",
          "Debu dari tambang pasir di {kec}",
        ],
        details: [
          "Banyak anak-anak di sekitar lokasi mengalami batuk dan sesak napas.",
          "Bau tercium hingga radius satu kilometer, terutama pada malam hari.",
          "Truk pengangkut tidak ditutup terpal sehingga debu beterbangan.",
        ],
        asks: ["Mohon izin lingkungan usaha tersebut diperiksa."],
      },
      {
        name: "Kebakaran Hutan dan Lahan",
        hint: MINISTRY,
        agency: "Kementerian Kehutanan",
        subject: "kebakaran hutan dan lahan",
        titles: [
          "Kebakaran lahan gambut di Kecamatan {kec}",
          "Kabut asap akibat pembakaran lahan",
          "Pembukaan lahan dengan cara dibakar di {kec}",
        ],
        details: [
          "Api sudah menyala selama {n} hari dan asapnya masuk ke permukiman.",
          "Sekolah-sekolah terpaksa meliburkan siswa karena kualitas udara buruk.",
          "Diduga lahan sengaja dibakar untuk perkebunan.",
        ],
        asks: ["Mohon segera dipadamkan dan pelaku ditindak."],
      },
      {
        name: "Pohon dan Ruang Terbuka Hijau",
        subject: "pohon dan taman kota",
        titles: [
          "Pohon besar di {jalan} rawan tumbang",
          "Taman kota di Kecamatan {kec} tidak terawat",
          "Penebangan pohon peneduh di {jalan} tanpa pemberitahuan",
        ],
        details: [
          "Dahan pohon sudah retak dan menjorok ke jalan raya.",
          "Fasilitas bermain anak rusak dan rumput tidak pernah dipangkas.",
          "Pohon-pohon berusia puluhan tahun ditebang dalam satu malam.",
        ],
        asks: ["Mohon dilakukan pemangkasan dan perawatan."],
      },
    ],
    questions: [
      "Jadwal pengangkutan sampah di Kecamatan {kec}",
      "Permohonan dokumen izin lingkungan pabrik di {kec}",
      "Hasil uji kualitas air sungai di {kab}",
    ],
    suggestions: ["Usulan bank sampah di setiap kelurahan", "Saran penambahan tong sampah terpilah di {jalan}"],
    responses: [
      "Terima kasih atas laporan Saudara. Petugas kebersihan telah mengangkut sampah di lokasi pada {tgl} dan jadwal pengangkutan rutin telah ditetapkan kembali.",
      "Tim {instansi} telah mengambil sampel dan melakukan pemeriksaan lapangan pada {tgl}. Perusahaan yang bersangkutan telah diberi sanksi administratif dan wajib memperbaiki pengolahan limbahnya.",
    ],
    answers: [
      "Terima kasih atas permohonan informasi Saudara. Dokumen yang diminta termasuk informasi publik; salinannya telah kami kirimkan melalui kontak Saudara.",
    ],
  },
  {
    name: "Sosial dan Bantuan",
    topic: "social",
    weight: 7,
    hint: REGENCY,
    ministry: "Kementerian Sosial",
    children: [
      {
        name: "Bantuan Sosial",
        hint: MINISTRY,
        agency: "Kementerian Sosial",
        subject: "penyaluran bantuan sosial",
        titles: [
          "Bantuan PKH keluarga saya berhenti tanpa alasan",
          "Bansos sembako tidak diterima utuh",
          "Penyaluran bantuan dipotong oknum pendamping",
        ],
        details: [
          "Sejak {n} bulan lalu dana tidak lagi masuk ke rekening kami.",
          "Kami hanya menerima sebagian dari jumlah yang diumumkan pemerintah.",
          "Penerima diminta menyerahkan uang sebagai ucapan terima kasih.",
        ],
        asks: ["Mohon penyaluran bantuan diperiksa."],
      },
      {
        name: "Data Penerima Bantuan",
        subject: "data penerima bantuan sosial",
        titles: [
          "Warga mampu terdaftar sebagai penerima bansos di Kecamatan {kec}",
          "Keluarga miskin tidak masuk data penerima bantuan",
          "Cara mengusulkan warga ke DTSEN tidak jelas",
        ],
        details: [
          "Ada penerima yang memiliki mobil dan rumah bertingkat.",
          "Tetangga kami yang lansia dan hidup sendiri tidak pernah didata.",
          "Musyawarah desa untuk pemutakhiran data tidak pernah diumumkan.",
        ],
        asks: ["Mohon data penerima diverifikasi ulang."],
      },
      {
        name: "Lansia dan Penyandang Disabilitas",
        subject: "layanan bagi lansia dan penyandang disabilitas",
        titles: [
          "Lansia terlantar di Kecamatan {kec} butuh bantuan",
          "Kursi roda bantuan yang dijanjikan belum diterima",
          "Tidak ada akses disabilitas di kantor pelayanan {kab}",
        ],
        details: [
          "Beliau tinggal sendiri tanpa keluarga dan kondisinya sakit-sakitan.",
          "Pendataan sudah dilakukan lebih dari setahun lalu.",
          "Tidak tersedia ramp dan loket prioritas.",
        ],
        asks: ["Mohon dinas sosial meninjau langsung."],
      },
      {
        name: "Bantuan Bencana",
        hint: INSTITUTION,
        agency: "Badan Nasional Penanggulangan Bencana",
        subject: "bantuan korban bencana",
        titles: [
          "Bantuan korban banjir di Kecamatan {kec} belum merata",
          "Rumah rusak akibat gempa belum mendapat bantuan",
          "Pengungsi kekurangan air bersih dan obat-obatan",
        ],
        details: [
          "Sebagian warga di posko pengungsian belum menerima logistik.",
          "Pendataan rumah rusak sudah dilakukan tetapi tidak ada kabar lanjutan.",
          "Anak-anak dan lansia di pengungsian mulai sakit.",
        ],
        asks: ["Mohon distribusi bantuan dipercepat."],
      },
    ],
    questions: [
      "Syarat menjadi penerima PKH",
      "Cara mengecek status penerima bansos",
      "Jadwal penyaluran bantuan sembako bulan ini",
    ],
    suggestions: [
      "Usulan pengumuman daftar penerima bansos di balai desa",
      "Saran layanan pengaduan bansos di setiap kelurahan",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. Data keluarga Saudara telah kami verifikasi pada {tgl} dan diusulkan kembali sebagai penerima bantuan pada periode berikutnya.",
      "{instansi} telah memeriksa penyaluran bantuan di lokasi pada {tgl}. Pendamping yang terbukti memotong bantuan telah diberhentikan dan kekurangan bantuan disalurkan kembali.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Status penerima bantuan dapat dicek mandiri melalui laman cek bansos dengan memasukkan data wilayah dan nama sesuai KTP-el.",
    ],
  },
  {
    name: "Ketenagakerjaan",
    topic: "labour",
    weight: 6,
    hint: REGENCY,
    ministry: "Kementerian Ketenagakerjaan",
    children: [
      {
        name: "Upah dan THR",
        hint: PROVINCE,
        subject: "pembayaran upah dan THR",
        titles: [
          "THR belum dibayar oleh perusahaan tempat saya bekerja",
          "Gaji di bawah UMK di perusahaan di Kecamatan {kec}",
          "Upah lembur tidak pernah dibayar",
        ],
        details: [
          "Perusahaan beralasan sedang rugi padahal produksi berjalan normal.",
          "Karyawan bekerja {n}0 jam per minggu dengan upah jauh di bawah ketentuan.",
          "Karyawan yang menanyakan hak justru diancam tidak diperpanjang kontraknya.",
        ],
        asks: ["Mohon pengawas ketenagakerjaan memeriksa perusahaan tersebut."],
      },
      {
        name: "BPJS Ketenagakerjaan",
        hint: INSTITUTION,
        agency: "BPJS Ketenagakerjaan",
        subject: "layanan BPJS Ketenagakerjaan",
        titles: [
          "Pencairan JHT BPJS Ketenagakerjaan dipersulit",
          "Perusahaan memotong iuran tetapi tidak menyetorkannya",
          "Klaim jaminan kecelakaan kerja belum dibayar",
        ],
        details: [
          "Pengajuan melalui aplikasi ditolak berulang kali tanpa alasan yang jelas.",
          "Saldo di aplikasi tidak bertambah selama {n} bulan padahal gaji dipotong.",
          "Berkas klaim sudah lengkap sejak lama.",
        ],
        asks: ["Mohon hak saya segera dibayarkan."],
      },
      {
        name: "PHK dan Hubungan Industrial",
        subject: "pemutusan hubungan kerja",
        titles: [
          "PHK sepihak tanpa pesangon",
          "Kontrak kerja diperpanjang terus tanpa pengangkatan",
          "Pekerja dirumahkan tanpa upah",
        ],
        details: [
          "Saya diberhentikan melalui pesan singkat tanpa surat resmi.",
          "Sudah {n} tahun bekerja dengan kontrak tiga bulanan.",
          "Tidak ada perundingan bipartit sebelum keputusan diambil.",
        ],
        asks: ["Mohon dilakukan mediasi."],
      },
      {
        name: "Pekerja Migran",
        hint: MINISTRY,
        agency: "Kementerian Pelindungan Pekerja Migran Indonesia/Badan Pelindungan Pekerja Migran Indonesia",
        subject: "perlindungan pekerja migran",
        titles: [
          "Keluarga saya yang bekerja di luar negeri tidak bisa dihubungi",
          "Perusahaan penempatan meminta biaya besar",
          "Pekerja migran dipulangkan tanpa gaji",
        ],
        details: [
          "Sudah {n} bulan tidak ada kabar sejak keberangkatan.",
          "Calon pekerja diminta membayar puluhan juta rupiah sebelum berangkat.",
          "Majikan tidak membayar gaji selama beberapa bulan terakhir.",
        ],
        asks: ["Mohon pemerintah membantu memulangkan dan melindungi keluarga kami."],
      },
    ],
    questions: [
      "Besaran UMK {kab} tahun ini",
      "Syarat pencairan JHT bagi pekerja yang mengundurkan diri",
      "Cara melapor perusahaan yang tidak membayar THR",
    ],
    suggestions: ["Usulan posko pengaduan THR di setiap kecamatan", "Saran pelatihan kerja gratis untuk lulusan SMK"],
    responses: [
      "Terima kasih atas laporan Saudara. Pengawas ketenagakerjaan telah melakukan pemeriksaan ke perusahaan pada {tgl} dan menerbitkan nota pemeriksaan agar hak pekerja segera dipenuhi.",
      "Mediasi antara pekerja dan perusahaan telah dilaksanakan pada {tgl} dan menghasilkan perjanjian bersama. Salinan risalah dapat diminta di kantor {instansi}.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Ketentuan yang dimaksud diatur dalam peraturan ketenagakerjaan yang berlaku; ringkasan dan formulirnya tersedia di laman {instansi}.",
    ],
  },
  {
    name: "Perhubungan",
    topic: "transport",
    weight: 6,
    hint: REGENCY,
    ministry: "Kementerian Perhubungan",
    children: [
      {
        name: "Angkutan Umum",
        subject: "layanan angkutan umum",
        titles: [
          "Angkot trayek {kec} sering ngetem dan menaikkan tarif",
          "Bus kota di {kab} jarang datang",
          "Sopir angkutan umum ugal-ugalan di {jalan}",
        ],
        details: [
          "Penumpang menunggu lebih dari {n}0 menit di halte.",
          "Tarif dinaikkan sepihak tanpa dasar keputusan kepala daerah.",
          "Beberapa kali hampir terjadi kecelakaan karena kendaraan melaju terlalu kencang.",
        ],
        asks: ["Mohon pengawasan angkutan umum ditingkatkan."],
      },
      {
        name: "Lampu Lalu Lintas dan Rambu",
        subject: "lampu lalu lintas dan rambu",
        titles: [
          "Lampu lalu lintas di simpang {jalan} mati",
          "Rambu lalu lintas di {jalan} tertutup pohon",
          "Marka zebra cross di depan {sekolah} sudah pudar",
        ],
        details: [
          "Simpang menjadi semrawut terutama pada jam sibuk.",
          "Pengendara dari luar kota sering salah arah karena rambu tidak terlihat.",
          "Anak-anak sekolah kesulitan menyeberang jalan.",
        ],
        asks: ["Mohon segera diperbaiki."],
      },
      {
        name: "Parkir Liar",
        subject: "parkir liar",
        titles: [
          "Parkir liar di {jalan} menyebabkan kemacetan",
          "Juru parkir liar menarik tarif di atas ketentuan di {pasar}",
          "Kendaraan parkir di trotoar {jalan}",
        ],
        details: [
          "Separuh badan jalan dipakai parkir sehingga lalu lintas tersendat.",
          "Tarif parkir motor diminta Rp{n}.000 tanpa karcis.",
          "Pejalan kaki terpaksa berjalan di badan jalan.",
        ],
        asks: ["Mohon penertiban parkir liar."],
      },
      {
        name: "Kereta Api",
        hint: STATE_ENTERPRISE,
        agency: "PT Kereta Api Indonesia (Persero)",
        subject: "layanan kereta api",
        titles: [
          "Kereta sering terlambat pada jam berangkat kerja",
          "Pengembalian tiket kereta yang dibatalkan belum diterima",
          "Toilet di stasiun kotor dan tidak terawat",
        ],
        details: [
          "Keterlambatan bisa mencapai {n}0 menit tanpa pengumuman.",
          "Sudah lebih dari 30 hari sejak pembatalan tetapi dana belum dikembalikan.",
          "Air tidak mengalir dan lantai becek.",
        ],
        asks: ["Mohon layanan diperbaiki."],
      },
      {
        name: "Pelabuhan dan Penyeberangan",
        hint: STATE_ENTERPRISE,
        agency: "PT ASDP Indonesia Ferry (Persero)",
        subject: "layanan penyeberangan",
        titles: [
          "Antrean kendaraan di pelabuhan penyeberangan mengular",
          "Tiket kapal penyeberangan dijual calo",
          "Jadwal kapal penyeberangan sering berubah tanpa pemberitahuan",
        ],
        details: [
          "Kendaraan mengantre lebih dari {n} jam untuk masuk kapal.",
          "Tiket daring selalu habis tetapi calo menjual dengan harga dua kali lipat.",
          "Penumpang terlantar di dermaga tanpa informasi.",
        ],
        asks: ["Mohon pengaturan antrean dan penjualan tiket diperbaiki."],
      },
    ],
    questions: [
      "Jadwal dan rute bus kota di {kab}",
      "Tarif resmi parkir di tepi jalan umum",
      "Syarat uji KIR kendaraan angkutan barang",
    ],
    suggestions: ["Usulan halte dengan peneduh di {jalan}", "Saran penambahan armada bus sekolah"],
    responses: [
      "Terima kasih atas laporan Saudara. Petugas {instansi} telah melakukan penertiban dan perbaikan di lokasi pada {tgl}. Pengawasan rutin akan terus dilakukan.",
      "Laporan Saudara telah kami tindak lanjuti pada {tgl}. Operator telah diberi teguran dan diminta memperbaiki layanan sesuai standar pelayanan minimal.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Jadwal, tarif, dan persyaratan yang dimaksud tersedia di laman resmi {instansi} dan papan informasi di terminal.",
    ],
  },
  {
    name: "Energi dan Listrik",
    topic: "energy",
    weight: 6,
    hint: STATE_ENTERPRISE,
    ministry: "Kementerian Energi dan Sumber Daya Mineral",
    children: [
      {
        name: "Pemadaman Listrik",
        agency: "PT PLN (Persero)",
        subject: "pemadaman listrik",
        titles: [
          "Listrik padam berulang kali di Kecamatan {kec}",
          "Pemadaman listrik tanpa pemberitahuan selama {n} jam",
          "Tegangan listrik naik turun merusak peralatan rumah",
        ],
        details: [
          "Dalam seminggu terjadi pemadaman hampir setiap malam.",
          "Usaha kecil warga merugi karena bahan makanan di lemari pendingin rusak.",
          "Pengaduan melalui aplikasi hanya dijawab otomatis.",
        ],
        asks: ["Mohon PLN menjelaskan penyebabnya dan memperbaiki jaringan."],
      },
      {
        name: "Tagihan dan Token Listrik",
        agency: "PT PLN (Persero)",
        subject: "tagihan dan token listrik",
        titles: [
          "Tagihan listrik bulan ini melonjak tidak wajar",
          "Token listrik sudah dibayar tetapi tidak masuk",
          "Meteran listrik rusak tetapi tetap ditagih",
        ],
        details: [
          "Tagihan naik tiga kali lipat padahal pemakaian sama seperti biasa.",
          "Bukti pembayaran ada tetapi kode token tidak pernah diterima.",
          "Petugas pencatat meter tidak pernah datang.",
        ],
        asks: ["Mohon tagihan dikoreksi."],
      },
      {
        name: "Sambungan Baru dan Jaringan",
        agency: "PT PLN (Persero)",
        subject: "jaringan listrik",
        titles: [
          "Permohonan pasang baru listrik belum ditindaklanjuti",
          "Tiang listrik miring di {jalan} membahayakan",
          "Kabel listrik menjuntai rendah di {jalan}",
        ],
        details: [
          "Permohonan sudah diajukan {n} bulan lalu dan biaya sudah dibayar.",
          "Tiang sudah condong dan kabelnya menyentuh atap rumah warga.",
          "Kendaraan tinggi bisa tersangkut kabel.",
        ],
        asks: ["Mohon segera ditangani sebelum terjadi kecelakaan."],
      },
      {
        name: "LPG 3 Kg",
        agency: "PT Pertamina Patra Niaga",
        subject: "distribusi LPG 3 kg",
        titles: [
          "Gas elpiji 3 kg langka di Kecamatan {kec}",
          "Pangkalan menjual LPG 3 kg di atas HET",
          "Pembelian LPG 3 kg dibatasi tanpa sosialisasi",
        ],
        details: [
          "Warga harus berkeliling ke beberapa pangkalan dan tetap tidak mendapat gas.",
          "Harga di pangkalan Rp{n}.000 lebih mahal dari harga eceran tertinggi.",
          "Pedagang kecil kesulitan berjualan karena tidak ada gas.",
        ],
        asks: ["Mohon pasokan dan harga LPG diawasi."],
      },
      {
        name: "BBM dan SPBU",
        agency: "PT Pertamina Patra Niaga",
        subject: "penyaluran BBM",
        titles: [
          "SPBU di {jalan} kehabisan solar bersubsidi",
          "Dugaan penimbunan solar subsidi oleh oknum",
          "Takaran BBM di SPBU {jalan} diduga kurang",
        ],
        details: [
          "Antrean truk mengular hingga ke jalan raya sejak pagi.",
          "Ada kendaraan yang mengisi berulang kali dengan tangki modifikasi.",
          "Setelah diukur, jumlah BBM tidak sesuai dengan yang tertera di mesin.",
        ],
        asks: ["Mohon dilakukan pengawasan penyaluran BBM."],
      },
    ],
    questions: [
      "Harga eceran tertinggi LPG 3 kg di {kab}",
      "Syarat dan biaya penyambungan baru listrik rumah tangga",
      "Jadwal pemeliharaan jaringan listrik di Kecamatan {kec}",
    ],
    suggestions: [
      "Usulan pemberitahuan pemadaman terencana melalui SMS",
      "Saran pendataan pembeli LPG 3 kg yang lebih sederhana",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. Petugas {instansi} telah memperbaiki gangguan jaringan di lokasi pada {tgl} dan pasokan listrik kembali normal.",
      "Tagihan Saudara telah kami periksa pada {tgl}. Terdapat kesalahan pencatatan meter dan kelebihan tagihan akan diperhitungkan pada rekening bulan berikutnya.",
      "{instansi} telah menambah pasokan ke wilayah tersebut sejak {tgl} dan memberi sanksi kepada pangkalan yang menjual di atas harga eceran tertinggi.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Ketentuan harga dan biaya yang dimaksud ditetapkan pemerintah dan dapat dilihat di laman resmi {instansi}.",
    ],
  },
  {
    name: "Pertanahan",
    topic: "land",
    weight: 4,
    hint: MINISTRY,
    ministry: "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    children: [
      {
        name: "Sertifikat Tanah",
        subject: "penerbitan sertifikat tanah",
        titles: [
          "Sertifikat tanah belum terbit setelah {n} tahun",
          "Biaya pengurusan sertifikat di kantor pertanahan tidak jelas",
          "Sertifikat elektronik tidak bisa diakses",
        ],
        details: [
          "Berkas sudah dinyatakan lengkap tetapi prosesnya tidak ada kabar.",
          "Kami diminta membayar biaya tambahan tanpa kuitansi resmi.",
          "Petugas loket menyarankan memakai jasa perantara.",
        ],
        asks: ["Mohon proses sertifikat diselesaikan."],
      },
      {
        name: "Pendaftaran Tanah Sistematis Lengkap",
        subject: "program PTSL",
        titles: [
          "Pungutan PTSL di desa melebihi ketentuan",
          "Program PTSL di Kecamatan {kec} tidak kunjung selesai",
          "Nama pemilik salah pada sertifikat PTSL",
        ],
        details: [
          "Warga diminta membayar Rp{n}.000.000 per bidang oleh panitia desa.",
          "Pengukuran sudah dilakukan setahun lalu.",
          "Perbaikan nama dikenai biaya tambahan.",
        ],
        asks: ["Mohon program PTSL diawasi."],
      },
      {
        name: "Sengketa Tanah",
        subject: "sengketa tanah",
        titles: [
          "Tanah warisan kami diklaim pihak lain dengan sertifikat ganda",
          "Penyerobotan lahan warga oleh pengembang perumahan",
          "Batas tanah dalam sertifikat tidak sesuai kondisi lapangan",
        ],
        details: [
          "Kami memiliki sertifikat sejak puluhan tahun lalu.",
          "Pagar dibangun di atas tanah kami tanpa izin.",
          "Pengukuran ulang sudah diajukan tetapi belum dijadwalkan.",
        ],
        asks: ["Mohon dilakukan mediasi dan penelitian data yuridis."],
      },
      {
        name: "Tata Ruang dan Persetujuan Bangunan",
        hint: REGENCY,
        subject: "izin bangunan dan tata ruang",
        titles: [
          "Bangunan di {jalan} berdiri tanpa PBG",
          "Pengurusan PBG di {kab} berbelit-belit",
          "Ruko dibangun di atas saluran air di {jalan}",
        ],
        details: [
          "Bangunan bertingkat berdiri di kawasan yang diperuntukkan sebagai permukiman.",
          "Permohonan sudah diajukan melalui SIMBG tetapi tidak ada verifikasi.",
          "Saluran air tertutup bangunan sehingga lingkungan sekitar banjir.",
        ],
        asks: ["Mohon pemerintah daerah menertibkan bangunan tersebut."],
      },
    ],
    questions: [
      "Biaya resmi pendaftaran tanah pertama kali",
      "Jadwal program PTSL di Kecamatan {kec}",
      "Cara mengecek keaslian sertifikat tanah",
    ],
    suggestions: ["Usulan loket layanan pertanahan keliling di kecamatan", "Saran pengumuman biaya PTSL di balai desa"],
    responses: [
      "Terima kasih atas laporan Saudara. Berkas permohonan Saudara telah diproses dan sertifikat dapat diambil di kantor pertanahan mulai {tgl}.",
      "{instansi} telah melakukan penelitian data dan mediasi para pihak pada {tgl}. Hasil mediasi dituangkan dalam berita acara dan salinannya dikirim kepada Saudara.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Biaya layanan pertanahan diatur dalam peraturan pemerintah tentang PNBP; rinciannya dapat dihitung melalui aplikasi resmi {instansi}.",
    ],
  },
  {
    name: "Ketertiban Umum",
    topic: "order",
    weight: 5,
    hint: REGENCY,
    ministry: "Kementerian Dalam Negeri",
    children: [
      {
        name: "Pedagang Kaki Lima",
        subject: "pedagang kaki lima yang mengganggu",
        titles: [
          "PKL menutup trotoar di {jalan}",
          "Lapak PKL di depan {pasar} menyebabkan macet",
          "Pedagang berjualan di badan jalan {jalan}",
        ],
        details: [
          "Pejalan kaki tidak bisa lewat dan harus turun ke jalan.",
          "Sampah sisa dagangan dibiarkan menumpuk setiap malam.",
          "Penertiban hanya sementara, beberapa hari kemudian pedagang kembali.",
        ],
        asks: ["Mohon ditata dan disediakan lokasi berjualan yang layak."],
      },
      {
        name: "Kebisingan dan Gangguan",
        subject: "gangguan ketertiban",
        titles: [
          "Tempat hiburan malam di {jalan} bising hingga dini hari",
          "Balap liar setiap malam Minggu di {jalan}",
          "Knalpot brong mengganggu warga Kecamatan {kec}",
        ],
        details: [
          "Suara musik terdengar keras sampai pukul 03.00.",
          "Warga tidak bisa beristirahat dan anak-anak terganggu belajar.",
          "Sudah ada korban luka akibat balap liar.",
        ],
        asks: ["Mohon dilakukan penertiban."],
      },
      {
        name: "Bangunan Liar",
        subject: "bangunan liar",
        titles: [
          "Bangunan liar di bantaran sungai Kecamatan {kec}",
          "Reklame liar di {jalan} membahayakan",
          "Lahan fasilitas umum diduduki bangunan liar",
        ],
        details: [
          "Bangunan terus bertambah dan mempersempit aliran sungai.",
          "Papan reklame besar berdiri miring setelah angin kencang.",
          "Taman yang seharusnya untuk warga kini dipakai berjualan.",
        ],
        asks: ["Mohon ditertibkan sesuai peraturan daerah."],
      },
      {
        name: "Premanisme",
        hint: INSTITUTION,
        agency: "Kepolisian Negara Republik Indonesia",
        subject: "premanisme",
        titles: [
          "Pungutan oleh preman di {pasar}",
          "Geng motor meresahkan warga Kecamatan {kec}",
          "Pemalakan sopir truk di {jalan}",
        ],
        details: [
          "Pedagang dipaksa membayar uang keamanan setiap hari.",
          "Warga takut keluar rumah pada malam hari.",
          "Pelaku mengancam menggunakan senjata tajam.",
        ],
        asks: ["Mohon aparat kepolisian meningkatkan patroli."],
      },
    ],
    questions: [
      "Jadwal penertiban PKL di {kab}",
      "Aturan jam operasional tempat hiburan malam",
      "Prosedur izin keramaian untuk acara warga",
    ],
    suggestions: ["Usulan zona khusus PKL di Kecamatan {kec}", "Saran patroli gabungan setiap malam Minggu"],
    responses: [
      "Terima kasih atas laporan Saudara. Satuan Polisi Pamong Praja bersama aparat kecamatan telah melakukan penertiban pada {tgl} dan lokasi akan dipantau secara berkala.",
      "{instansi} telah menindaklanjuti laporan Saudara pada {tgl} dengan patroli dan pembinaan kepada para pihak. Mohon segera melapor kembali bila gangguan berulang.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Ketentuan yang dimaksud diatur dalam peraturan daerah tentang ketertiban umum; salinannya tersedia di laman JDIH daerah.",
    ],
  },
  {
    name: "Pajak dan Retribusi",
    topic: "tax",
    weight: 3,
    hint: REGENCY,
    ministry: "Kementerian Keuangan",
    children: [
      {
        name: "Pajak Bumi dan Bangunan",
        subject: "tagihan PBB",
        titles: [
          "SPPT PBB tidak sesuai luas tanah",
          "Kenaikan PBB di {kab} sangat tinggi",
          "SPPT PBB tidak pernah dibagikan",
        ],
        details: [
          "Luas bangunan yang tercantum dua kali lipat dari kondisi sebenarnya.",
          "Tagihan tahun ini naik lebih dari {n}00 persen tanpa sosialisasi.",
          "Kami baru tahu ada tunggakan saat akan menjual tanah.",
        ],
        asks: ["Mohon dilakukan pemeriksaan ulang objek pajak."],
      },
      {
        name: "Pajak Kendaraan Bermotor",
        hint: PROVINCE,
        subject: "layanan pajak kendaraan bermotor",
        titles: [
          "Antrean Samsat {kab} sangat panjang",
          "Pembayaran pajak kendaraan lewat aplikasi gagal tetapi saldo terpotong",
          "Calo berkeliaran di kantor Samsat",
        ],
        details: [
          "Wajib pajak mengantre sejak pagi dan baru selesai sore hari.",
          "Notifikasi pembayaran berhasil tidak pernah muncul.",
          "Calo menawarkan jasa di depan loket tanpa ditegur petugas.",
        ],
        asks: ["Mohon layanan Samsat dibenahi."],
      },
      {
        name: "Pajak Pusat",
        hint: MINISTRY,
        agency: "Direktorat Jenderal Pajak",
        subject: "layanan perpajakan",
        titles: [
          "Kesulitan aktivasi akun Coretax",
          "Pengembalian kelebihan pembayaran pajak tidak kunjung diproses",
          "Bukti potong pajak tidak muncul di akun wajib pajak",
        ],
        details: [
          "Kode verifikasi tidak pernah masuk ke surel maupun nomor ponsel.",
          "Permohonan sudah diajukan lebih dari {n} bulan.",
          "Kantor pelayanan pajak meminta kami menghubungi pusat kontak yang selalu sibuk.",
        ],
        asks: ["Mohon bantuan penyelesaian."],
      },
      {
        name: "Retribusi Daerah",
        subject: "retribusi daerah",
        titles: [
          "Retribusi sampah ditarik dua kali",
          "Retribusi pasar naik tanpa sosialisasi",
          "Karcis retribusi tidak diberikan petugas di {pasar}",
        ],
        details: [
          "Retribusi ditagih melalui rekening air dan juga oleh petugas kelurahan.",
          "Pedagang tidak pernah diajak bicara sebelum tarif dinaikkan.",
          "Uang retribusi diduga tidak masuk ke kas daerah.",
        ],
        asks: ["Mohon penarikan retribusi ditertibkan."],
      },
    ],
    questions: [
      "Tarif PBB dan cara pengajuan keringanan",
      "Cara membayar pajak kendaraan secara daring",
      "Besaran retribusi pasar tahun ini",
    ],
    suggestions: ["Usulan pembayaran PBB melalui dompet digital", "Saran layanan Samsat keliling di Kecamatan {kec}"],
    responses: [
      "Terima kasih atas laporan Saudara. Objek pajak Saudara telah diteliti ulang pada {tgl} dan SPPT telah diperbaiki sesuai kondisi sebenarnya.",
      "{instansi} telah menelusuri transaksi Saudara pada {tgl}; pembayaran telah tercatat dan bukti pembayaran dikirim melalui surel.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Tarif dan tata cara yang dimaksud diatur dalam peraturan daerah tentang pajak dan retribusi daerah dan dapat dilihat di laman {instansi}.",
    ],
  },
  {
    name: "Korupsi dan Pungli",
    topic: "integrity",
    weight: 3,
    hint: REGENCY,
    ministry: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    children: [
      {
        name: "Pungutan Liar",
        subject: "pungutan liar",
        titles: [
          "Pungli pengurusan surat di kantor kelurahan",
          "Oknum petugas meminta uang pelicin",
          "Pungutan tidak resmi di {puskesmas}",
        ],
        details: [
          "Warga diminta membayar Rp{n}0.000 agar surat cepat selesai.",
          "Tanpa membayar, berkas dibiarkan berminggu-minggu.",
          "Uang diminta tunai tanpa tanda terima.",
        ],
        asks: ["Mohon oknum tersebut diperiksa dan diberi sanksi."],
      },
      {
        name: "Penyalahgunaan Dana Desa",
        subject: "penyalahgunaan dana desa",
        titles: [
          "Dugaan penyelewengan dana desa di Kecamatan {kec}",
          "Proyek dana desa diduga fiktif",
          "Laporan penggunaan dana desa tidak pernah diumumkan",
        ],
        details: [
          "Jalan desa yang dilaporkan selesai ternyata tidak pernah dibangun.",
          "Harga material dalam laporan jauh di atas harga pasar.",
          "Baliho APBDes tidak pernah dipasang.",
        ],
        asks: ["Mohon inspektorat melakukan audit."],
      },
      {
        name: "Suap dan Gratifikasi",
        hint: INSTITUTION,
        agency: "Komisi Pemberantasan Korupsi",
        subject: "suap dan gratifikasi",
        titles: [
          "Dugaan suap dalam rekrutmen pegawai",
          "Gratifikasi dalam pengurusan izin usaha",
          "Pejabat meminta jatah proyek",
        ],
        details: [
          "Peserta diminta menyetor sejumlah uang agar dinyatakan lulus.",
          "Pengusaha diminta memberikan hadiah agar izin diterbitkan.",
          "Kontraktor diminta menyerahkan persentase nilai kontrak.",
        ],
        asks: ["Mohon ditindaklanjuti oleh aparat penegak hukum."],
      },
      {
        name: "Penyimpangan Pengadaan",
        subject: "penyimpangan pengadaan barang dan jasa",
        titles: [
          "Dugaan pengaturan pemenang tender proyek di {kab}",
          "Kualitas proyek jauh di bawah spesifikasi kontrak",
          "Pengadaan barang dengan harga tidak wajar",
        ],
        details: [
          "Pemenang tender sudah diketahui sebelum lelang dibuka.",
          "Bangunan baru berumur {n} bulan sudah retak-retak.",
          "Harga satuan barang tiga kali lipat harga di toko daring.",
        ],
        asks: ["Mohon proyek tersebut diaudit."],
      },
      {
        name: "Pelanggaran Disiplin ASN",
        hint: INSTITUTION,
        agency: "Badan Kepegawaian Negara",
        subject: "pelanggaran disiplin ASN",
        titles: [
          "ASN sering tidak masuk kerja tanpa keterangan",
          "Oknum ASN terlibat politik praktis",
          "ASN merangkap pekerjaan saat jam dinas",
        ],
        details: [
          "Yang bersangkutan hanya datang untuk absen lalu pergi.",
          "Oknum tersebut aktif berkampanye untuk salah satu calon.",
          "Pelayanan kepada warga terbengkalai.",
        ],
        asks: ["Mohon diberikan sanksi sesuai aturan disiplin."],
      },
    ],
    questions: [
      "Cara melaporkan gratifikasi",
      "Bagaimana perlindungan bagi pelapor pelanggaran?",
      "Permohonan informasi hasil audit dana desa",
    ],
    suggestions: [
      "Usulan pembayaran layanan nontunai di semua kantor kelurahan",
      "Saran pemasangan CCTV di loket pelayanan",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. Laporan telah ditelaah dan ditindaklanjuti dengan pemeriksaan oleh aparat pengawas intern pada {tgl}. Hasil pemeriksaan bersifat rahasia, namun sanksi telah dijatuhkan kepada pihak yang terbukti melanggar.",
      "{instansi} telah menurunkan tim pemeriksa pada {tgl}. Identitas pelapor dijaga kerahasiaannya. Perkembangan akan disampaikan melalui kanal ini.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Pelapor pelanggaran dilindungi kerahasiaan identitasnya; tata cara pelaporan tersedia di laman {instansi}.",
    ],
  },
  {
    name: "Pertanian dan Pangan",
    topic: "food",
    weight: 4,
    hint: MINISTRY,
    ministry: "Kementerian Pertanian",
    children: [
      {
        name: "Pupuk Bersubsidi",
        hint: STATE_ENTERPRISE,
        agency: "PT Pupuk Indonesia (Persero)",
        subject: "ketersediaan pupuk bersubsidi",
        titles: [
          "Pupuk subsidi langka di Kecamatan {kec}",
          "Kios pupuk menjual di atas HET",
          "Petani terdaftar tidak mendapat jatah pupuk subsidi",
        ],
        details: [
          "Menjelang musim tanam, pupuk urea tidak tersedia di kios resmi.",
          "Harga per karung lebih mahal Rp{n}0.000 dari harga eceran tertinggi.",
          "Nama kami ada di e-RDKK tetapi kios menyatakan kuota habis.",
        ],
        asks: ["Mohon distribusi pupuk diawasi."],
      },
      {
        name: "Harga dan Stok Beras",
        hint: STATE_ENTERPRISE,
        agency: "Perum BULOG",
        subject: "harga dan kualitas beras",
        titles: [
          "Harga beras SPHP di {pasar} melebihi HET",
          "Beras bantuan pangan berkutu dan berbau",
          "Beras SPHP sulit ditemukan di pasar",
        ],
        details: [
          "Pedagang menjual beras SPHP dengan harga beras premium.",
          "Beras yang kami terima berwarna kuning dan berbau apek.",
          "Stok di pasar habis sejak awal bulan.",
        ],
        asks: ["Mohon dilakukan operasi pasar."],
      },
      {
        name: "Irigasi",
        hint: REGENCY,
        subject: "saluran irigasi",
        titles: [
          "Saluran irigasi rusak, sawah di Kecamatan {kec} kekeringan",
          "Pintu air irigasi jebol",
          "Pembagian air irigasi tidak adil",
        ],
        details: [
          "Sudah {n} musim tanam petani gagal panen karena kekurangan air.",
          "Tanggul saluran longsor sehingga air tidak sampai ke sawah hilir.",
          "Air hanya mengalir ke sawah milik orang tertentu.",
        ],
        asks: ["Mohon saluran irigasi segera diperbaiki."],
      },
      {
        name: "Bantuan Pertanian",
        hint: REGENCY,
        subject: "bantuan alat dan sarana pertanian",
        titles: [
          "Bantuan traktor dikuasai oknum ketua kelompok tani",
          "Bantuan benih tidak sampai ke petani",
          "Penyuluh pertanian tidak pernah datang",
        ],
        details: [
          "Anggota kelompok harus menyewa alat yang seharusnya bantuan untuk bersama.",
          "Benih yang diterima jauh lebih sedikit dari daftar penerima.",
          "Petani tidak mendapat pendampingan saat serangan hama.",
        ],
        asks: ["Mohon dinas pertanian memeriksa penyalurannya."],
      },
    ],
    questions: [
      "Cara mendaftar e-RDKK pupuk bersubsidi",
      "Harga eceran tertinggi beras SPHP",
      "Jadwal operasi pasar beras di {kab}",
    ],
    suggestions: ["Usulan kartu tani digital untuk penebusan pupuk", "Saran pasar tani mingguan di Kecamatan {kec}"],
    responses: [
      "Terima kasih atas laporan Saudara. {instansi} telah menambah alokasi dan memantau penyaluran di kios resmi sejak {tgl}. Kios yang menjual di atas HET telah diberi sanksi.",
      "Tim telah meninjau lokasi pada {tgl}. Perbaikan saluran irigasi dilaksanakan melalui kegiatan padat karya dan ditargetkan selesai sebelum musim tanam.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Pendaftaran dilakukan melalui kelompok tani dan penyuluh di kecamatan; ketentuannya dapat dilihat di laman {instansi}.",
    ],
  },
  {
    name: "Program Prioritas Nasional",
    topic: "priority",
    weight: 2,
    hint: INSTITUTION,
    ministry: "Kementerian Sekretariat Negara",
    children: [
      {
        name: "Makan Bergizi Gratis",
        agency: "Badan Gizi Nasional",
        subject: "Makan Bergizi Gratis",
        titles: [
          "Menu Makan Bergizi Gratis di {sekolah} basi",
          "Siswa keracunan setelah menyantap makanan MBG",
          "Distribusi MBG di Kecamatan {kec} sering terlambat",
        ],
        details: [
          "Lauk berbau tidak sedap dan nasi sudah berair saat dibagikan.",
          "Beberapa siswa mual dan muntah setelah makan siang.",
          "Makanan baru tiba menjelang jam pulang sekolah.",
        ],
        asks: ["Mohon dapur penyedia diperiksa dan diawasi."],
      },
      {
        name: "Cek Kesehatan Gratis",
        hint: MINISTRY,
        agency: "Kementerian Kesehatan",
        subject: "Cek Kesehatan Gratis",
        titles: [
          "Pendaftaran Cek Kesehatan Gratis di {puskesmas} ditolak",
          "Hasil Cek Kesehatan Gratis tidak pernah diberikan",
          "Kuota Cek Kesehatan Gratis selalu penuh",
        ],
        details: [
          "Petugas menyatakan kuota hari itu sudah habis sejak pagi.",
          "Sampel darah sudah diambil tetapi hasilnya tidak ada di aplikasi.",
          "Warga lansia tidak bisa mendaftar melalui aplikasi.",
        ],
        asks: ["Mohon pelaksanaannya diperbaiki."],
      },
      {
        name: "Sekolah Rakyat",
        hint: MINISTRY,
        agency: "Kementerian Sosial",
        subject: "Sekolah Rakyat",
        titles: [
          "Informasi pendaftaran Sekolah Rakyat tidak jelas",
          "Anak dari keluarga miskin ekstrem tidak lolos Sekolah Rakyat",
          "Fasilitas asrama Sekolah Rakyat belum memadai",
        ],
        details: [
          "Tidak ada pengumuman resmi di kelurahan tentang cara mendaftar.",
          "Keluarga kami termasuk desil terbawah tetapi tidak dipanggil.",
          "Kamar asrama sempit dan air bersih terbatas.",
        ],
        asks: ["Mohon kejelasan dari penyelenggara."],
      },
      {
        name: "Koperasi Desa/Kelurahan Merah Putih",
        hint: MINISTRY,
        agency: "Kementerian Koperasi",
        subject: "Koperasi Desa/Kelurahan Merah Putih",
        titles: [
          "Pembentukan Koperasi Merah Putih tidak melibatkan warga",
          "Pengurus Koperasi Merah Putih dipilih tanpa musyawarah",
          "Koperasi Merah Putih di desa kami belum beroperasi",
        ],
        details: [
          "Warga tidak pernah diundang rapat pembentukan.",
          "Pengurus berasal dari keluarga perangkat desa.",
          "Gerai koperasi sudah diresmikan tetapi selalu tutup.",
        ],
        asks: ["Mohon pembentukan koperasi dievaluasi."],
      },
    ],
    questions: [
      "Syarat sekolah penerima Makan Bergizi Gratis",
      "Cara mendaftar Cek Kesehatan Gratis",
      "Jadwal pendaftaran Sekolah Rakyat tahun ajaran baru",
    ],
    suggestions: [
      "Usulan menu MBG berbahan pangan lokal",
      "Saran jalur pendaftaran Cek Kesehatan Gratis tanpa aplikasi untuk lansia",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. {instansi} telah melakukan pemeriksaan ke lokasi pada {tgl}; penyedia telah diberi teguran tertulis dan diwajibkan memperbaiki standar keamanan pangan.",
      "Laporan Saudara telah ditindaklanjuti pada {tgl} bersama pemerintah daerah. Pelaksanaan program di lokasi tersebut akan dipantau secara berkala.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Petunjuk teknis program tersedia di laman resmi {instansi} dan diumumkan melalui pemerintah daerah.",
    ],
  },
  {
    name: "Pelayanan Publik Lainnya",
    topic: "other",
    weight: 5,
    hint: REGENCY,
    ministry: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    children: [
      {
        name: "Perizinan dan Mal Pelayanan Publik",
        subject: "layanan perizinan",
        titles: [
          "Pengurusan izin usaha di MPP {kab} lambat",
          "Petugas loket perizinan meminta biaya tambahan",
          "Sistem perizinan daring sering gangguan",
        ],
        details: [
          "Permohonan sudah {n} minggu tanpa kejelasan status.",
          "Petugas menawarkan percepatan dengan imbalan.",
          "Berkas yang sudah diunggah hilang dan harus diulang.",
        ],
        asks: ["Mohon standar pelayanan dipatuhi."],
      },
      {
        name: "SIM, SKCK, dan Layanan Kepolisian",
        hint: INSTITUTION,
        agency: "Kepolisian Negara Republik Indonesia",
        subject: "layanan SIM dan SKCK",
        titles: [
          "Ujian praktik SIM dipersulit",
          "Biaya SKCK tidak sesuai tarif resmi",
          "Antrean perpanjangan SIM sangat panjang",
        ],
        details: [
          "Peserta yang tidak memakai calo selalu dinyatakan gagal.",
          "Saya diminta membayar lebih dari tarif PNBP tanpa kuitansi.",
          "Loket hanya dibuka sebagian meski pengunjung ramai.",
        ],
        asks: ["Mohon pelayanan diawasi."],
      },
      {
        name: "Paspor dan Imigrasi",
        hint: MINISTRY,
        agency: "Direktorat Jenderal Imigrasi",
        subject: "layanan paspor",
        titles: [
          "Kuota antrean paspor daring selalu habis",
          "Paspor belum jadi setelah jadwal pengambilan",
          "Calo paspor beroperasi di kantor imigrasi",
        ],
        details: [
          "Setiap pembukaan kuota, dalam hitungan menit langsung penuh.",
          "Saat datang sesuai jadwal, petugas meminta kembali minggu depan.",
          "Calo menawarkan jadwal wawancara dengan bayaran.",
        ],
        asks: ["Mohon sistem antrean diperbaiki."],
      },
      {
        name: "Layanan Keagamaan",
        hint: MINISTRY,
        agency: "Kementerian Agama",
        subject: "layanan keagamaan",
        titles: [
          "Biaya nikah di KUA Kecamatan {kec} melebihi ketentuan",
          "Keberangkatan umrah jemaah tertunda oleh biro perjalanan",
          "Dana bantuan madrasah tidak jelas penggunaannya",
        ],
        details: [
          "Kami diminta membayar biaya tambahan padahal menikah di kantor KUA.",
          "Jemaah sudah melunasi biaya namun jadwal terus diundur.",
          "Guru madrasah tidak tahu ke mana dana bantuan digunakan.",
        ],
        asks: ["Mohon kementerian memeriksa."],
      },
      {
        name: "Internet dan Telekomunikasi",
        hint: STATE_ENTERPRISE,
        agency: "PT Telkom Indonesia (Persero) Tbk",
        subject: "layanan internet",
        titles: [
          "Gangguan internet rumah tidak kunjung diperbaiki",
          "Tidak ada sinyal seluler di Kecamatan {kec}",
          "Tagihan internet tetap ditagih setelah berhenti berlangganan",
        ],
        details: [
          "Sudah {n} hari internet mati dan teknisi belum datang.",
          "Warga harus naik ke bukit untuk mendapatkan sinyal.",
          "Permintaan berhenti berlangganan sudah diajukan secara resmi.",
        ],
        asks: ["Mohon gangguan segera diperbaiki."],
      },
    ],
    questions: [
      "Standar waktu pelayanan izin usaha di MPP {kab}",
      "Tarif resmi pembuatan SKCK",
      "Syarat pembuatan paspor untuk anak",
    ],
    suggestions: [
      "Usulan layanan perizinan di hari Sabtu",
      "Saran papan informasi tarif resmi di semua loket pelayanan",
    ],
    responses: [
      "Terima kasih atas laporan Saudara. {instansi} telah menindaklanjuti pada {tgl}: permohonan Saudara telah diselesaikan dan petugas yang bersangkutan telah dibina.",
      "Laporan Saudara telah kami periksa pada {tgl}. Sistem antrean telah diperbaiki dan kuota layanan ditambah.",
    ],
    answers: [
      "Terima kasih atas pertanyaan Saudara. Standar pelayanan, tarif resmi, dan persyaratan tercantum pada maklumat pelayanan {instansi}.",
    ],
  },
];

/**
 * The routing hint verifiers read beside a category (free text, editable by admins): who usually handles such
 * reports, from the kind of agency the seed routes them to.
 */
export const ROUTING_HINTS: Record<AgencyKind, string> = {
  REGENCY: "Biasanya pemerintah kabupaten/kota tempat kejadian (dinas terkait).",
  PROVINCE: "Biasanya pemerintah provinsi tempat kejadian (dinas terkait).",
  MINISTRY: "Biasanya kementerian yang membidangi layanan ini.",
  INSTITUTION: "Biasanya lembaga pemerintah nonkementerian yang menyelenggarakan layanan ini.",
  STATE_ENTERPRISE: "Biasanya BUMN penyelenggara layanan ini.",
  UNIT: "Biasanya unit kerja instansi yang menyelenggarakan layanan ini.",
};

/** Inserts the missing categories (matched by name and parent), areas first. Returns how many were inserted. */
export async function seedCategories(client: PgClient, tree = CATEGORY_TREE): Promise<number> {
  const res1 = await client.query({
    text: `insert into category (name, parent_id, routing_hint, default_agency_id)
      select u.name, null, u.hint, null from unnest($1::text[], $2::text[]) as u(name, hint)
      where not exists (select 1 from category c where c.name = u.name and c.parent_id is null)`,
    values: [tree.map((c) => c.name), tree.map((c) => ROUTING_HINTS[c.hint])],
  });
  const children = tree.flatMap((c) =>
    c.children.map((s) => ({ parent: c.name, name: s.name, hint: s.hint ?? c.hint, agency: s.agency ?? null })),
  );
  const res2 = await client.query({
    text: `insert into category (name, parent_id, routing_hint, default_agency_id)
      select u.name, p.id, u.hint, (select a.id from agency a where a.name = u.agency order by a.id limit 1)
      from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as u(name, parent_name, hint, agency)
      join lateral (select id from category where name = u.parent_name and parent_id is null order by id limit 1) p on true
      where not exists (select 1 from category c where c.name = u.name and c.parent_id = p.id)`,
    values: [
      children.map((c) => c.name),
      children.map((c) => c.parent),
      children.map((c) => ROUTING_HINTS[c.hint]),
      children.map((c) => c.agency),
    ],
  });
  return (res1.rowCount ?? 0) + (res2.rowCount ?? 0);
}
