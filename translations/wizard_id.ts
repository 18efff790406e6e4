<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Addresses</name>
    <message>
        <source>Line {line}: &quot;{text}&quot; is not an IP address. Write one address per line, like 203.0.113.7 or 2001:db8::7.</source>
        <translation>Baris {line}: &quot;{text}&quot; bukan alamat IP. Tulis satu alamat per baris, misalnya 203.0.113.7 atau 2001:db8::7.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>borrowing: a margin loan carries interest (riba)</source>
        <translation>meminjam: pinjaman margin dikenai bunga (riba)</translation>
    </message>
    <message>
        <source>interest (riba) was charged on borrowed funds</source>
        <translation>bunga (riba) dikenakan atas dana pinjaman</translation>
    </message>
    <message>
        <source>a loan: it carries interest (riba)</source>
        <translation>pinjaman: dikenai bunga (riba)</translation>
    </message>
    <message>
        <source>a derivatives position: a contract on a price, not a coin owned</source>
        <translation>posisi derivatif: kontrak atas harga, bukan koin yang dimiliki</translation>
    </message>
    <message>
        <source>funds moved to or from derivatives trading</source>
        <translation>dana dipindahkan ke atau dari trading derivatif</translation>
    </message>
    <message>
        <source>funds lent or staked for a return that may be interest (riba)</source>
        <translation>dana dipinjamkan atau dimasukkan ke staking demi imbal hasil yang mungkin berupa bunga (riba)</translation>
    </message>
    <message>
        <source>funds left the account</source>
        <translation>dana keluar dari akun</translation>
    </message>
    <message>
        <source>funds moved between wallets or accounts</source>
        <translation>dana dipindahkan antardompet atau antarakun</translation>
    </message>
    <message>
        <source>an order on margin (with borrowed funds)</source>
        <translation>order margin (dengan dana pinjaman)</translation>
    </message>
    <message>
        <source>What my bot did</source>
        <translation>Apa yang dilakukan bot saya</translation>
    </message>
    <message>
        <source>The exchange&apos;s own records of the last {days} days, read with the key: everything that was not spot trading.</source>
        <translation>Catatan bursa sendiri selama {days} hari terakhir, dibaca dengan kunci ini: semua yang bukan trading spot.</translation>
    </message>
    <message>
        <source>The key whose account to read</source>
        <translation>Kunci yang akunnya akan dibaca</translation>
    </message>
    <message>
        <source>{label} ({exchange})</source>
        <translation>{label} ({exchange})</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records</source>
        <translation>Membaca catatan bursa</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;Simpan laporan…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records…</source>
        <translation>Membaca catatan bursa…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records… {count} pages read.</source>
        <translation>Membaca catatan bursa… {count} halaman sudah dibaca.</translation>
    </message>
    <message>
        <source>Nothing but spot trades in the last {days} days.</source>
        <translation>Hanya trading spot dalam {days} hari terakhir.</translation>
    </message>
    <message>
        <source>{count} records were not spot trading:</source>
        <translation>{count} catatan bukan trading spot:</translation>
    </message>
    <message>
        <source>{day}: {meaning}. {amount} {asset} ({record})</source>
        <translation>{day}: {meaning}. {amount} {asset} ({record})</translation>
    </message>
    <message>
        <source>What was read:</source>
        <translation>Yang dibaca:</translation>
    </message>
    <message>
        <source>What {exchange}&apos;s records cannot show, so this check did not see:</source>
        <translation>Yang tidak bisa ditunjukkan catatan {exchange}, jadi pemeriksaan ini tidak melihatnya:</translation>
    </message>
    <message>
        <source>• {item}</source>
        <translation>• {item}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Laporan disimpan.</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>margin borrowing and interest</source>
        <translation>peminjaman margin dan bunga</translation>
    </message>
    <message>
        <source>Crypto Loan borrowing</source>
        <translation>peminjaman melalui Crypto Loan</translation>
    </message>
    <message>
        <source>money moved from Spot to the futures, margin, options and portfolio margin wallets</source>
        <translation>dana yang dipindahkan dari Spot ke dompet futures, margin, opsi, dan portfolio margin</translation>
    </message>
    <message>
        <source>Simple Earn subscriptions, flexible and locked</source>
        <translation>langganan Simple Earn, fleksibel dan terkunci</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Binance users</source>
        <translation>penarikan dana, baik on-chain maupun ke pengguna Binance lain</translation>
    </message>
    <message>
        <source>futures positions and income: read through the futures API, which a key made before the futures account was opened cannot use; the money moved to the futures wallets in the period is read instead, positions from before it are not</source>
        <translation>posisi dan pendapatan futures: dibaca melalui API futures, yang tidak bisa dipakai oleh kunci yang dibuat sebelum akun futures dibuka; sebagai gantinya, yang dibaca adalah dana yang dipindahkan ke dompet futures dalam periode ini, sedangkan posisi dari sebelum periode itu tidak terbaca</translation>
    </message>
    <message>
        <source>Dual Investment, staking and Auto-Invest, which have records of their own</source>
        <translation>Dual Investment, staking, dan Auto-Invest, yang memiliki catatan tersendiri</translation>
    </message>
    <message>
        <source>isolated margin pairs that were closed</source>
        <translation>pasangan margin terisolasi yang sudah ditutup</translation>
    </message>
    <message>
        <source>universal transfers older than six months</source>
        <translation>transfer universal yang lebih lama dari enam bulan</translation>
    </message>
    <message>
        <source>the unified account&apos;s transaction log (trades by category, funding, delivery, liquidation, interest, loans, Earn, leveraged tokens)</source>
        <translation>log transaksi akun terpadu (transaksi per kategori, biaya pendanaan, penyerahan kontrak, likuidasi, bunga, pinjaman, Earn, token leverage)</translation>
    </message>
    <message>
        <source>open positions (linear USDT and USDC, inverse, option)</source>
        <translation>posisi terbuka (linear USDT dan USDC, inverse, opsi)</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Bybit users</source>
        <translation>penarikan dana, baik on-chain maupun ke pengguna Bybit lain</translation>
    </message>
    <message>
        <source>the Funding account&apos;s own movements other than withdrawals (Earn or loans paid from it, P2P): Bybit&apos;s funding history has no stable types to read</source>
        <translation>pergerakan akun pendanaan (Funding) itu sendiri selain penarikan (Earn atau pinjaman yang dibayar dari akun itu, P2P): riwayat pendanaan Bybit tidak memiliki jenis catatan yang tetap untuk dibaca</translation>
    </message>
    <message>
        <source>On-chain Earn orders, which Bybit lists only one order at a time by its id</source>
        <translation>order On-chain Earn, yang hanya ditampilkan Bybit satu per satu berdasarkan ID-nya</translation>
    </message>
    <message>
        <source>the time before the account became a unified trading account</source>
        <translation>masa sebelum akun menjadi akun trading terpadu</translation>
    </message>
    <message>
        <source>cancelled or rejected orders after 24 hours</source>
        <translation>order yang dibatalkan atau ditolak, setelah lewat 24 jam</translation>
    </message>
    <message>
        <source>orders (futures, leverage, margin, liquidation)</source>
        <translation>order (futures, leverage, margin, likuidasi)</translation>
    </message>
    <message>
        <source>US futures positions open now</source>
        <translation>posisi futures AS yang sedang terbuka</translation>
    </message>
    <message>
        <source>each wallet&apos;s transactions (sends and withdrawals, derivatives settlements, Earn and staking, transfers)</source>
        <translation>transaksi setiap dompet (pengiriman dan penarikan, penyelesaian derivatif, Earn dan staking, transfer)</translation>
    </message>
    <message>
        <source>other portfolios: a Coinbase key sees its own portfolio only, and moves between portfolios have no history</source>
        <translation>portofolio lain: kunci Coinbase hanya melihat portofolionya sendiri, dan perpindahan antarportofolio tidak memiliki riwayat</translation>
    </message>
    <message>
        <source>international perpetuals, which left the Advanced Trade API in 2026 for a platform with keys of its own</source>
        <translation>perpetual internasional, yang keluar dari Advanced Trade API pada 2026 dan pindah ke platform dengan kuncinya sendiri</translation>
    </message>
    <message>
        <source>ledger entries (margin, rollover, credit, transfers, withdrawals, staking, rewards)</source>
        <translation>entri catatan mutasi dana (margin, rollover, kredit, transfer, penarikan, staking, imbalan)</translation>
    </message>
    <message>
        <source>trades (leverage)</source>
        <translation>transaksi (leverage)</translation>
    </message>
    <message>
        <source>closed orders (leverage)</source>
        <translation>order yang sudah ditutup (leverage)</translation>
    </message>
    <message>
        <source>open margin positions</source>
        <translation>posisi margin yang terbuka</translation>
    </message>
    <message>
        <source>Kraken Futures: a separate platform with keys of its own; only the ledger&apos;s transfers to and from it show here</source>
        <translation>Kraken Futures: platform terpisah dengan kuncinya sendiri; di sini hanya terlihat transfer ke dan dari platform itu yang tercatat di catatan mutasi dana</translation>
    </message>
    <message>
        <source>Earn allocations and withdrawal status: they need Query Funds, which a spot-only key must not have; the ledger&apos;s staking, reward and withdrawal entries stand in</source>
        <translation>alokasi Earn dan status penarikan: keduanya memerlukan Query Funds, yang tidak boleh dimiliki kunci khusus spot; sebagai gantinya dipakai entri staking, imbalan, dan penarikan di catatan mutasi dana</translation>
    </message>
    <message>
        <source>how long Kraken keeps each record is not documented</source>
        <translation>berapa lama Kraken menyimpan setiap catatan tidak didokumentasikan</translation>
    </message>
    <message>
        <source>trading-account bills (borrowing, interest, transfers, fills by instrument type)</source>
        <translation>mutasi akun trading (peminjaman, bunga, transfer, transaksi yang tereksekusi per jenis instrumen)</translation>
    </message>
    <message>
        <source>funding-account bills (withdrawals, transfers, Earn and staking, loans)</source>
        <translation>mutasi akun pendanaan (penarikan, transfer, Earn dan staking, pinjaman)</translation>
    </message>
    <message>
        <source>open positions</source>
        <translation>posisi terbuka</translation>
    </message>
    <message>
        <source>trading-account bills older than three months (OKX keeps them as a quarterly download only)</source>
        <translation>mutasi akun trading yang lebih lama dari tiga bulan (OKX hanya menyimpannya sebagai unduhan per kuartal)</translation>
    </message>
    <message>
        <source>transfers between sub-accounts, which only the main account&apos;s key sees</source>
        <translation>transfer antarsubakun, yang hanya terlihat oleh kunci akun utama</translation>
    </message>
    <message>
        <source>convert history, which needs the Trade permission</source>
        <translation>riwayat konversi (Convert), yang memerlukan izin Trade</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>The record says</source>
        <translation>Isi catatan</translation>
    </message>
    <message>
        <source>Key {label} on {exchange}, from {start} to {end}: {requests} requests to the exchange.</source>
        <translation>Kunci {label} di {exchange}, dari {start} sampai {end}: {requests} permintaan ke bursa.</translation>
    </message>
    <message>
        <source>What the account did</source>
        <translation>Apa yang dilakukan akun</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>How?</source>
        <translation>Bagaimana?</translation>
    </message>
    <message>
        <source>Tick the one that is true:</source>
        <translation>Centang yang benar:</translation>
    </message>
    <message>
        <source>Tick each one that is true:</source>
        <translation>Centang semua yang benar:</translation>
    </message>
    <message>
        <source>Next opens once all boxes are ticked.</source>
        <translation>Tombol Lanjut aktif setelah semua kotak dicentang.</translation>
    </message>
    <message>
        <source>Next opens once one box is ticked.</source>
        <translation>Tombol Lanjut aktif setelah satu kotak dicentang.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>The wizard met an unexpected problem. Nothing was saved unless the Done page said so. You can close the wizard and start it again.</source>
        <translation>Panduan ini mengalami masalah yang tidak terduga. Tidak ada yang disimpan kecuali halaman Selesai menyatakannya. Anda bisa menutup panduan ini dan memulainya lagi.</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>Name for the key</source>
        <translation>Nama untuk kunci</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Salin nama</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key</source>
        <translation>Saya sudah membuat kunci dan dapat melihat API Key-nya</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Add a &amp;reminder to my calendar…</source>
        <translation>Tambahkan &amp;pengingat ke kalender saya…</translation>
    </message>
    <message>
        <source>Save a verification &amp;report…</source>
        <translation>Simpan lapo&amp;ran pemeriksaan…</translation>
    </message>
    <message>
        <source>&amp;Check this key every week and tell me if anything changes</source>
        <translation>Periksa kunci ini setiap &amp;minggu dan beri tahu saya jika ada yang berubah</translation>
    </message>
    <message>
        <source>Now retire the old key on the exchange:</source>
        <translation>Sekarang nonaktifkan kunci lama di bursa:</translation>
    </message>
    <message>
        <source>Storing your key…</source>
        <translation>Menyimpan kunci Anda…</translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation>Latihan: tidak ada yang disimpan. Dengan kunci sungguhan, Secret Key hanya disimpan di brankas kata sandi (keychain) komputer Anda, tidak di tempat lain.</translation>
    </message>
    <message>
        <source>Practice finished: nothing was stored</source>
        <translation>Latihan selesai: tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Saving the key in your computer&apos;s keychain…</source>
        <translation>Menyimpan kunci di brankas kata sandi (keychain) komputer Anda…</translation>
    </message>
    <message>
        <source>Saved in {keychain} under the name &quot;{item}&quot; (service halal-key-wizard). The secret is nowhere else on this computer.</source>
        <translation>Tersimpan di {keychain} dengan nama &quot;{item}&quot; (layanan halal-key-wizard). Secret Key tidak disimpan di tempat lain di komputer ini.</translation>
    </message>
    <message>
        <source>Your new key is in place</source>
        <translation>Kunci baru Anda sudah terpasang</translation>
    </message>
    <message>
        <source>Your key is stored</source>
        <translation>Kunci Anda tersimpan</translation>
    </message>
    <message>
        <source>Setting up the weekly check…</source>
        <translation>Menyiapkan pemeriksaan mingguan…</translation>
    </message>
    <message>
        <source>Checked every week: a notification tells you when anything changes.</source>
        <translation>Diperiksa setiap minggu: notifikasi akan memberi tahu Anda jika ada yang berubah.</translation>
    </message>
    <message>
        <source>The weekly check is off.</source>
        <translation>Pemeriksaan mingguan nonaktif.</translation>
    </message>
    <message>
        <source>The weekly check could not be set up on this computer. Your key is stored all the same; you can check it any time with the wizard. (Details: {reason})</source>
        <translation>Pemeriksaan mingguan tidak dapat disiapkan di komputer ini. Kunci Anda tetap tersimpan; Anda bisa memeriksanya kapan saja dengan wizard. (Rincian: {reason})</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>Kunci tidak disimpan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation>Terjadi masalah yang tidak terduga ({name}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The key was not stored</source>
        <translation>Kunci tidak tersimpan</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>kunci lama</translation>
    </message>
    <message>
        <source>1. Open API Management on the exchange.</source>
        <translation>1. Buka &quot;API Management&quot; (Manajemen API) di bursa.</translation>
    </message>
    <message>
        <source>2. Find {key} by its name or its last four characters.</source>
        <translation>2. Cari {key} berdasarkan namanya atau empat karakter terakhirnya.</translation>
    </message>
    <message>
        <source>3. Delete it. Only the new key works from now on.</source>
        <translation>3. Hapus kunci itu. Mulai sekarang, hanya kunci baru yang berfungsi.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Simpan laporan pemeriksaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>Simpan pengingat</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File kalender (*.ics)</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers show that this key can only read and trade spot.</source>
        <translation>Jawaban bursa menunjukkan bahwa kunci ini hanya dapat membaca dan berdagang spot.</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers and your own checks show that this key can only read and trade spot.</source>
        <translation>Jawaban bursa dan pemeriksaan Anda sendiri menunjukkan bahwa kunci ini hanya dapat membaca dan berdagang spot.</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on for this key; the notes of the check below still apply.</source>
        <translation>Bursa tidak menunjukkan hal berbahaya yang aktif untuk kunci ini; catatan pemeriksaan di bawah tetap berlaku.</translation>
    </message>
    <message>
        <source>Its replace-by date, {date}, has passed: replace it with a new key now.</source>
        <translation>Tanggal penggantiannya, {date}, sudah lewat: ganti dengan kunci baru sekarang.</translation>
    </message>
    <message>
        <source>Replace it by {date}.</source>
        <translation>Ganti sebelum {date}.</translation>
    </message>
    <message>
        <source>Still open from the check:</source>
        <translation>Masih terbuka dari pemeriksaan:</translation>
    </message>
</context>
<context>
    <name>Enter</name>
    <message>
        <source>Choose a practice key…</source>
        <translation>Pilih kunci latihan…</translation>
    </message>
    <message>
        <source>Practice key</source>
        <translation>Kunci latihan</translation>
    </message>
    <message>
        <source>Practice keys fill in the fields for you:</source>
        <translation>Kunci latihan akan mengisi kolom-kolom ini untuk Anda:</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>API &amp;Key:</source>
        <translation>API &amp;Key:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>Hidden. Hold the Show button to see it.</source>
        <translation>Tersembunyi. Tahan tombol Tampilkan untuk melihatnya.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Hold to show the secret</source>
        <translation>Tahan untuk menampilkan Secret Key</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>&amp;Secret Key:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Hold to show the passphrase</source>
        <translation>Tahan untuk menampilkan Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>No secret to enter: this key signs with the key pair made on this computer, whose private key is already in your keychain.</source>
        <translation>Tidak perlu memasukkan Secret Key: kunci ini bekerja dengan pasangan kunci yang dibuat di komputer ini, dan kunci privatnya sudah ada di brankas kata sandi (keychain) Anda.</translation>
    </message>
    <message>
        <source>Spaces and line breaks that come along when pasting are removed. The secret stays in this window until it is saved in your computer&apos;s keychain; it is never written to a file.</source>
        <translation>Spasi dan baris baru yang ikut tertempel akan dihapus otomatis. Secret Key hanya ada di jendela ini sampai disimpan di brankas kata sandi (keychain) komputer Anda; Secret Key tidak pernah ditulis ke file.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>letters and digits</source>
        <translation>huruf dan angka</translation>
    </message>
    <message>
        <source>Paste the API Key here.</source>
        <translation>Tempel API Key di sini.</translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. {exchange}&apos;s key generator makes the right kind.</source>
        <translation>Kunci privat ini bukan kunci Ed25519 tanpa enkripsi. Alat pembuat kunci dari {exchange} menghasilkan jenis yang tepat.</translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation>Tempel Secret Key di sini.</translation>
    </message>
    <message>
        <source>the digits 0-9 and the letters A-F</source>
        <translation>angka 0-9 dan huruf A-F</translation>
    </message>
    <message>
        <source>letters, digits and the signs + / =</source>
        <translation>huruf, angka, dan tanda + / =</translation>
    </message>
    <message>
        <source>the digits 0-9, A-F and dashes</source>
        <translation>angka 0-9, A-F, dan tanda hubung</translation>
    </message>
    <message>
        <source>letters, digits, / and -</source>
        <translation>huruf, angka, / dan -</translation>
    </message>
    <message>
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one {exchange} shows for the key.</source>
        <translation>Ini tampaknya kunci privat, yang seharusnya dimasukkan ke kolom Secret Key. Masukkan API Key di sini: kode yang ditampilkan {exchange} untuk kunci ini.</translation>
    </message>
    <message>
        <source>This is a public key. The secret is the private key: the text that begins with BEGIN PRIVATE KEY.</source>
        <translation>Ini adalah kunci publik. Yang perlu dimasukkan di sini adalah kunci privat: teks yang diawali dengan BEGIN PRIVATE KEY.</translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from {exchange}; it is a different text.</source>
        <translation>Secret Key sama dengan API Key. Salin Secret Key dari {exchange}; teksnya berbeda dari API Key.</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when you made this key on {exchange}. {exchange} cannot show it again: if it is lost, make a new key.</source>
        <translation>Ketik Passphrase yang Anda pilih saat membuat kunci ini di {exchange}. {exchange} tidak bisa menampilkannya lagi: jika Passphrase hilang, buat kunci baru.</translation>
    </message>
    <message>
        <source>This is not a key name of the form organizations/…/apiKeys/…. Copy the whole name, from organizations to the end.</source>
        <translation>Ini bukan nama kunci dengan bentuk organizations/…/apiKeys/…. Salin seluruh nama, dari organizations sampai akhir.</translation>
    </message>
    <message>
        <source>{exchange} keys have no private key file. Paste the secret {exchange} showed when you made the key.</source>
        <translation>Kunci {exchange} tidak memakai file kunci privat. Tempel Secret Key yang ditampilkan {exchange} saat Anda membuat kunci.</translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN to END, both lines included.</source>
        <translation>Kunci privat ini tidak lengkap: salin semuanya dari BEGIN sampai END, termasuk kedua baris itu.</translation>
    </message>
    <message>
        <source>This private key is not the kind {exchange} makes (ECDSA P-256, unencrypted). Copy the private key of the API key you made.</source>
        <translation>Kunci privat ini bukan jenis yang dibuat {exchange} (ECDSA P-256, tanpa enkripsi). Salin kunci privat dari API Key yang Anda buat.</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>The {what} has characters it never contains: {chars}. It is only {alphabet}; copy it again without anything around it.</source>
        <translation>{what} berisi karakter yang seharusnya tidak ada: {chars}. Isinya hanya {alphabet}; salin lagi tanpa teks lain di sekitarnya.</translation>
    </message>
    <message>
        <source>The {what} is {expected} characters long, but this has {actual}. Part of it may be missing; copy it again, all of it.</source>
        <translation>Panjang {what} seharusnya {expected} karakter, tetapi yang ini {actual}. Mungkin ada bagian yang hilang; salin lagi secara lengkap.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The exchange did not accept this key</source>
        <translation>Bursa tidak menerima kunci ini</translation>
    </message>
    <message>
        <source>{exchange} refused the key. It gives the same answer for three different causes: the key is wrong or was deleted, this computer&apos;s address is not on the key&apos;s IP list, or the key is missing a permission it needs (reading).</source>
        <translation>{exchange} menolak kunci ini. Jawaban yang sama diberikan untuk tiga penyebab yang berbeda: kuncinya salah atau sudah dihapus, alamat IP komputer ini tidak ada di daftar IP kunci tersebut, atau kunci tidak memiliki izin yang dibutuhkan (izin membaca).</translation>
    </message>
    <message>
        <source>Open API Management on {exchange} and find the key ending in {key_end}. Not there: it was deleted or mistyped; copy it again. Listed with an IP restriction: add this computer&apos;s address, or verify from the trading service. Listed and unrestricted: make sure reading is switched on.</source>
        <translation>Buka &quot;API Management&quot; (Manajemen API) di {exchange} dan cari kunci yang berakhiran {key_end}. Jika tidak ada: kunci itu sudah dihapus atau salah ketik; salin lagi. Jika ada dan dibatasi IP: tambahkan alamat IP komputer ini, atau lakukan pemeriksaan dari layanan trading Anda. Jika ada dan tidak dibatasi: pastikan izin membaca (Enable Reading) aktif.</translation>
    </message>
    <message>
        <source>The secret does not match the key</source>
        <translation>Secret Key tidak cocok dengan API Key</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the secret does not belong to it. Often a character too many or too few came along when it was copied.</source>
        <translation>{exchange} mengenali API Key ini, tetapi Secret Key-nya bukan pasangannya. Sering kali ada karakter yang berlebih atau kurang saat disalin.</translation>
    </message>
    <message>
        <source>Paste the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>Tempel lagi Secret Key persis seperti yang ditampilkan {exchange}. Jika Anda sudah tidak memilikinya, hapus kunci itu dan buat kunci baru.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Jam komputer ini salah</translation>
    </message>
    <message>
        <source>{exchange} refused the request because this computer&apos;s clock is off by {skew_ms} ms.</source>
        <translation>{exchange} menolak permintaan ini karena jam komputer ini meleset {skew_ms} ms.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in the date and time settings, then verify again.</source>
        <translation>Aktifkan &quot;Atur waktu secara otomatis&quot; (Set time automatically) di pengaturan tanggal dan waktu, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Terlalu banyak permintaan untuk saat ini</translation>
    </message>
    <message>
        <source>{exchange} asked for fewer requests for a while. This says nothing about your key.</source>
        <translation>{exchange} meminta agar permintaan dikurangi untuk sementara waktu. Ini tidak berarti ada masalah dengan kunci Anda.</translation>
    </message>
    <message>
        <source>Wait {wait_seconds} seconds, then verify again. If another program uses {exchange} from this computer, pause it first.</source>
        <translation>Tunggu {wait_seconds} detik, lalu periksa lagi. Jika ada program lain yang memakai {exchange} dari komputer ini, hentikan dulu program itu untuk sementara.</translation>
    </message>
    <message>
        <source>The exchange has blocked this address for a while</source>
        <translation>Bursa memblokir alamat IP ini untuk sementara waktu</translation>
    </message>
    <message>
        <source>{exchange} has blocked this computer&apos;s address until {until} because too many requests came from it.</source>
        <translation>{exchange} memblokir alamat IP komputer ini sampai {until} karena terlalu banyak permintaan yang dikirim dari alamat tersebut.</translation>
    </message>
    <message>
        <source>Stop every program that uses {exchange} from this computer and verify again after {until}. Retrying earlier makes the block longer.</source>
        <translation>Hentikan semua program yang memakai {exchange} dari komputer ini, lalu periksa lagi setelah {until}. Jika Anda mencoba lebih awal, blokirnya justru akan makin lama.</translation>
    </message>
    <message>
        <source>The exchange does not serve this account from here</source>
        <translation>Bursa tidak melayani akun ini dari lokasi ini</translation>
    </message>
    <message>
        <source>{exchange} refuses this account, or the place this computer connects from (for example a country it does not serve). This is not a ban for too many requests, and it says nothing about the key.</source>
        <translation>{exchange} menolak akun ini, atau menolak lokasi tempat komputer ini terhubung (misalnya negara yang tidak dilayaninya). Ini bukan blokir karena terlalu banyak permintaan, dan ini tidak berarti ada masalah dengan kunci Anda.</translation>
    </message>
    <message>
        <source>Read {exchange}&apos;s notices about your country and your account, and use it only where its terms allow. Verifying again will not change the answer.</source>
        <translation>Baca pemberitahuan {exchange} tentang negara Anda dan akun Anda, dan gunakan bursa itu hanya jika ketentuannya mengizinkan. Memeriksa lagi tidak akan mengubah jawabannya.</translation>
    </message>
    <message>
        <source>The exchange is having trouble</source>
        <translation>Bursa sedang mengalami gangguan</translation>
    </message>
    <message>
        <source>{exchange} did not answer properly; it may be busy or under maintenance. This says nothing about your key.</source>
        <translation>{exchange} tidak memberi jawaban yang semestinya; mungkin sedang sibuk atau dalam pemeliharaan. Ini tidak berarti ada masalah dengan kunci Anda.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The exchange&apos;s status page tells when maintenance ends.</source>
        <translation>Coba lagi beberapa menit lagi. Halaman status bursa memberi tahu kapan pemeliharaan selesai.</translation>
    </message>
    <message>
        <source>Could not reach the exchange</source>
        <translation>Tidak dapat terhubung ke bursa</translation>
    </message>
    <message>
        <source>This computer could not connect to {exchange}.</source>
        <translation>Komputer ini tidak dapat terhubung ke {exchange}.</translation>
    </message>
    <message>
        <source>Check the internet connection, and any firewall or VPN, then try again.</source>
        <translation>Periksa koneksi internet, juga firewall atau VPN jika ada, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Another program is using this key</source>
        <translation>Program lain sedang memakai kunci ini</translation>
    </message>
    <message>
        <source>{exchange} refused the request&apos;s counter: another program has used this key with a larger one.</source>
        <translation>{exchange} menolak nomor urut permintaan ini: program lain sudah memakai kunci ini dengan nomor yang lebih besar.</translation>
    </message>
    <message>
        <source>Give every program its own key. Make a new key for this one.</source>
        <translation>Berikan kunci tersendiri untuk setiap program. Buat kunci baru untuk program ini.</translation>
    </message>
    <message>
        <source>The exchange gave an answer we do not understand</source>
        <translation>Bursa memberi jawaban yang tidak kami pahami</translation>
    </message>
    <message>
        <source>{exchange} answered, but not in the form we expect, so the key could not be checked.</source>
        <translation>{exchange} menjawab, tetapi tidak dalam bentuk yang kami harapkan, jadi kunci ini tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, this program may need an update.</source>
        <translation>Coba lagi nanti. Jika masih terjadi, program ini mungkin perlu diperbarui.</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Brankas kata sandi (keychain) tidak tersedia</translation>
    </message>
    <message>
        <source>This computer has no usable keychain: {details}. The secret is never saved anywhere else.</source>
        <translation>Komputer ini tidak memiliki brankas kata sandi (keychain) yang bisa dipakai: {details}. Secret Key tidak pernah disimpan di tempat lain.</translation>
    </message>
    <message>
        <source>Install or start the system keychain, then try again.</source>
        <translation>Pasang atau jalankan brankas kata sandi (keychain) sistem, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The keychain stayed locked</source>
        <translation>Brankas kata sandi tetap terkunci</translation>
    </message>
    <message>
        <source>The keychain was not unlocked, so nothing was read or saved.</source>
        <translation>Brankas kata sandi tidak dibuka, jadi tidak ada yang dibaca atau disimpan.</translation>
    </message>
    <message>
        <source>Try again and unlock the keychain when it asks.</source>
        <translation>Coba lagi, lalu buka brankas kata sandi saat diminta.</translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation>Brankas kata sandi melaporkan masalah</translation>
    </message>
    <message>
        <source>The keychain said: {details}</source>
        <translation>Pesan dari brankas kata sandi: {details}</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer.</source>
        <translation>Coba lagi. Jika masih terjadi, nyalakan ulang komputer.</translation>
    </message>
    <message>
        <source>No key with that name</source>
        <translation>Tidak ada kunci dengan nama itu</translation>
    </message>
    <message>
        <source>No key is stored under the name &quot;{label}&quot;.</source>
        <translation>Tidak ada kunci yang tersimpan dengan nama &quot;{label}&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;halal-key-wizard list&quot; to see the names of stored keys.</source>
        <translation>Jalankan &quot;halal-key-wizard list&quot; untuk melihat nama kunci yang tersimpan.</translation>
    </message>
    <message>
        <source>Coinbase refused the key. It gives one answer for several causes: the key name or its private key is wrong, the key was deleted, this computer&apos;s address is not on the key&apos;s IP allowlist, or the key lacks the View permission.</source>
        <translation>Coinbase menolak kunci ini. Jawaban yang sama diberikan untuk beberapa penyebab: nama kunci atau kunci privatnya salah, kunci sudah dihapus, alamat IP komputer ini tidak ada di daftar IP yang diizinkan (IP allowlist) untuk kunci itu, atau kunci tidak memiliki izin &quot;View&quot; (Lihat).</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys and find the key ending in {key_end}. Not there: copy the key name again. Listed: paste its private key again, and add this computer&apos;s address to its IP allowlist if it has one.</source>
        <translation>Di &quot;Developer Platform&quot; (Platform Pengembang) Coinbase, buka &quot;API Keys&quot; (Kunci API) dan cari kunci yang berakhiran {key_end}. Jika tidak ada: salin lagi nama kuncinya. Jika ada: tempel lagi kunci privatnya, dan tambahkan alamat IP komputer ini ke daftar IP yang diizinkan untuk kunci itu, jika kunci itu memakai daftar tersebut.</translation>
    </message>
    <message>
        <source>The secret is not in the form {exchange} uses</source>
        <translation>Secret Key tidak sesuai dengan format yang dipakai {exchange}</translation>
    </message>
    <message>
        <source>What was entered as the secret cannot be the one {exchange} gave: its form is wrong, so nothing was sent. Often a character went missing or came along when it was copied.</source>
        <translation>Yang dimasukkan sebagai Secret Key tidak mungkin Secret Key yang diberikan {exchange}: formatnya salah, jadi tidak ada yang dikirim. Sering kali ada karakter yang hilang atau terbawa saat disalin.</translation>
    </message>
    <message>
        <source>Copy the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>Salin lagi Secret Key persis seperti yang ditampilkan {exchange}. Jika Anda sudah tidak memilikinya, hapus kunci itu dan buat kunci baru.</translation>
    </message>
    <message>
        <source>The answer tried to send the key elsewhere</source>
        <translation>Jawaban mencoba mengirim kunci ke tempat lain</translation>
    </message>
    <message>
        <source>{exchange}&apos;s address answered with a redirect to another place. The wizard does not follow it: each request carries your key, and it goes only to the exchange&apos;s own address.</source>
        <translation>Alamat {exchange} menjawab dengan pengalihan ke tempat lain. Wizard tidak mengikutinya: setiap permintaan membawa kunci Anda, dan hanya dikirim ke alamat bursa itu sendiri.</translation>
    </message>
    <message>
        <source>Check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers, then try again.</source>
        <translation>Pastikan komputer ini terhubung langsung ke bursa, tanpa proksi atau filter di jaringan yang mengubah jawabannya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The answer was far too large</source>
        <translation>Jawabannya terlalu besar</translation>
    </message>
    <message>
        <source>{exchange} sent an answer of more than 4 MB where a few kilobytes are expected, so the wizard stopped reading it.</source>
        <translation>{exchange} mengirim jawaban lebih dari 4 MB padahal yang diharapkan hanya beberapa kilobita, jadi wizard berhenti membacanya.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers.</source>
        <translation>Coba lagi nanti. Jika terus terjadi, pastikan komputer ini terhubung langsung ke bursa, tanpa proksi atau filter di jaringan yang mengubah jawabannya.</translation>
    </message>
    <message>
        <source>The key has expired</source>
        <translation>Kunci sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>{exchange} says this key has expired. Keys that are not limited to IP addresses end after a while, and a change of the account&apos;s password can end them sooner.</source>
        <translation>{exchange} menyatakan bahwa kunci ini sudah kedaluwarsa. Kunci yang tidak dibatasi ke alamat IP tertentu akan berakhir setelah beberapa waktu, dan penggantian kata sandi akun bisa membuatnya berakhir lebih cepat.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, limit it to trusted IP addresses, and enter it here.</source>
        <translation>Buat kunci baru di {exchange}, batasi kunci itu ke alamat IP tepercaya, lalu masukkan di sini.</translation>
    </message>
    <message>
        <source>The passphrase does not match the key</source>
        <translation>Passphrase tidak cocok dengan kunci</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the passphrase is not the one chosen when the key was made.</source>
        <translation>{exchange} mengenali API Key ini, tetapi Passphrase-nya bukan yang dipilih saat kunci dibuat.</translation>
    </message>
    <message>
        <source>Type the passphrase again, exactly, with the same capital letters. {exchange} cannot show it: if it is lost, make a new key.</source>
        <translation>Ketik lagi Passphrase dengan tepat, termasuk huruf besar dan kecilnya. {exchange} tidak bisa menampilkannya: jika Passphrase hilang, buat kunci baru.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Can withdraw</source>
        <translation>Bisa menarik dana</translation>
    </message>
    <message>
        <source>This key can send your coins out of {exchange}. Anyone who copies it could empty your account.</source>
        <translation>Kunci ini bisa mengirim koin Anda keluar dari {exchange}. Siapa pun yang menyalinnya bisa menguras akun Anda.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch withdrawals off. A trading bot never needs them.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan penarikan dana (Enable Withdrawals). Bot trading tidak pernah memerlukannya.</translation>
    </message>
    <message>
        <source>Can trade futures</source>
        <translation>Bisa trading futures</translation>
    </message>
    <message>
        <source>This key can open futures contracts: derivatives with leverage, not coins you own.</source>
        <translation>Kunci ini bisa membuka kontrak futures: derivatif dengan leverage, bukan koin yang Anda miliki.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch futures trading off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan trading futures.</translation>
    </message>
    <message>
        <source>Can borrow (margin)</source>
        <translation>Bisa meminjam (margin)</translation>
    </message>
    <message>
        <source>This key can borrow to trade. A margin loan charges interest, which is riba.</source>
        <translation>Kunci ini bisa meminjam untuk trading. Pinjaman margin dikenai bunga, dan bunga itu adalah riba.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch margin and portfolio margin off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan margin serta portfolio margin.</translation>
    </message>
    <message>
        <source>Can trade options</source>
        <translation>Bisa trading opsi</translation>
    </message>
    <message>
        <source>This key can trade options, which are derivatives.</source>
        <translation>Kunci ini bisa trading opsi, yang termasuk derivatif.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch options trading off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan trading opsi.</translation>
    </message>
    <message>
        <source>Can move funds between wallets</source>
        <translation>Bisa memindahkan dana antardompet</translation>
    </message>
    <message>
        <source>This key can move your funds between wallets and sub-accounts, for example into a futures wallet.</source>
        <translation>Kunci ini bisa memindahkan dana Anda antardompet dan antarsubakun, misalnya ke dompet futures.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch universal transfer off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan transfer universal (Universal Transfer).</translation>
    </message>
    <message>
        <source>Can transfer to other accounts</source>
        <translation>Bisa mentransfer ke akun lain</translation>
    </message>
    <message>
        <source>This key can transfer funds to other accounts.</source>
        <translation>Kunci ini bisa mentransfer dana ke akun lain.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch internal transfer off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan transfer internal (Internal Transfer).</translation>
    </message>
    <message>
        <source>Cannot read the account</source>
        <translation>Tidak bisa membaca akun</translation>
    </message>
    <message>
        <source>This key cannot read your account, so nothing can be checked and no bot can trade with it.</source>
        <translation>Kunci ini tidak bisa membaca akun Anda, jadi tidak ada yang bisa diperiksa dan tidak ada bot yang bisa trading dengan kunci ini.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch reading on.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan aktifkan izin membaca (Enable Reading).</translation>
    </message>
    <message>
        <source>Read-only key</source>
        <translation>Kunci hanya untuk membaca</translation>
    </message>
    <message>
        <source>This key can look but not trade. That suits a portfolio tracker, not a trading bot.</source>
        <translation>Kunci ini hanya bisa melihat, tidak bisa trading. Kunci seperti ini cocok untuk aplikasi pemantau portofolio, bukan untuk bot trading.</translation>
    </message>
    <message>
        <source>If a bot will trade for you, edit the key on {exchange} and switch spot trading on.</source>
        <translation>Jika bot akan melakukan trading untuk Anda, ubah pengaturan kunci ini di {exchange} dan aktifkan trading spot.</translation>
    </message>
    <message>
        <source>Usable from any address</source>
        <translation>Bisa dipakai dari alamat IP mana pun</translation>
    </message>
    <message>
        <source>Whoever gets hold of this key can use it from any computer.</source>
        <translation>Siapa pun yang mendapatkan kunci ini bisa memakainya dari komputer mana pun.</translation>
    </message>
    <message>
        <source>On {exchange}, limit the key to the IP addresses of the computer or service that will trade.</source>
        <translation>Di {exchange}, batasi kunci ini hanya ke alamat IP komputer atau layanan yang akan melakukan trading.</translation>
    </message>
    <message>
        <source>Time to replace this key</source>
        <translation>Saatnya mengganti kunci ini</translation>
    </message>
    <message>
        <source>This key is {days} days old. A key should be replaced every 90 days.</source>
        <translation>Kunci ini sudah berumur {days} hari. Kunci sebaiknya diganti setiap 90 hari.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, then on the first page of this wizard choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>Buat kunci baru di {exchange}, lalu di halaman pertama panduan ini pilih &quot;Ganti (rotasi) kunci yang pernah saya siapkan&quot;.</translation>
    </message>
    <message>
        <source>Trading stops soon</source>
        <translation>Trading akan segera berhenti</translation>
    </message>
    <message>
        <source>{exchange} will switch off trading for this key on {date}. {why}</source>
        <translation>{exchange} akan mematikan fitur trading untuk kunci ini pada {date}. {why}</translation>
    </message>
    <message>
        <source>Limit the key to trusted IP addresses so that it does not expire, or make a new key before that date.</source>
        <translation>Batasi kunci ini ke alamat IP tepercaya agar tidak kedaluwarsa, atau buat kunci baru sebelum tanggal tersebut.</translation>
    </message>
    <message>
        <source>Margin is open on the account</source>
        <translation>Akun margin sudah dibuka di akun ini</translation>
    </message>
    <message>
        <source>Your {exchange} account has a margin account. A key that may trade spot can reach margin orders on such an account.</source>
        <translation>Akun {exchange} Anda memiliki akun margin. Di akun seperti ini, kunci yang boleh trading spot juga bisa membuat order margin.</translation>
    </message>
    <message>
        <source>Repay anything borrowed, move the funds back to Spot and close margin in your {exchange} account settings.</source>
        <translation>Lunasi semua pinjaman, pindahkan dana kembali ke Spot, lalu tutup margin di pengaturan akun {exchange} Anda.</translation>
    </message>
    <message>
        <source>Derivatives are open on the account</source>
        <translation>Fitur derivatif sudah dibuka di akun ini</translation>
    </message>
    <message>
        <source>Your {exchange} account has a futures or options account. This key cannot use it, but it is open on the account.</source>
        <translation>Akun {exchange} Anda memiliki akun futures atau opsi. Kunci ini tidak bisa memakainya, tetapi akun tersebut sudah dibuka di akun Anda.</translation>
    </message>
    <message>
        <source>Close any open positions and leave those accounts unused, or close them in your {exchange} account settings.</source>
        <translation>Tutup semua posisi yang masih terbuka dan jangan pakai akun-akun tersebut, atau tutup akun-akun itu di pengaturan akun {exchange} Anda.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation>Jam komputer ini tidak tepat</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from {exchange}&apos;s by {skew_ms} ms. Exchanges refuse requests whose time is off.</source>
        <translation>Jam komputer ini berbeda {skew_ms} ms dari jam {exchange}. Bursa menolak permintaan yang waktunya tidak tepat.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in this computer&apos;s date and time settings.</source>
        <translation>Aktifkan &quot;Atur waktu secara otomatis&quot; (Set time automatically) di pengaturan tanggal dan waktu komputer ini.</translation>
    </message>
    <message>
        <source>A margin loan is open</source>
        <translation>Ada pinjaman margin yang belum lunas</translation>
    </message>
    <message>
        <source>Your {exchange} account owes a margin loan right now, and interest is adding up.</source>
        <translation>Akun {exchange} Anda saat ini memiliki pinjaman margin yang belum lunas, dan bunganya terus bertambah.</translation>
    </message>
    <message>
        <source>Repay the loan in your {exchange} margin wallet, then close margin.</source>
        <translation>Lunasi pinjaman di dompet margin {exchange} Anda, lalu tutup margin.</translation>
    </message>
    <message>
        <source>Derivatives positions are open</source>
        <translation>Ada posisi derivatif yang masih terbuka</translation>
    </message>
    <message>
        <source>Your {exchange} account holds open futures positions or funds in a derivatives wallet.</source>
        <translation>Akun {exchange} Anda memiliki posisi futures yang masih terbuka atau dana di dompet derivatif.</translation>
    </message>
    <message>
        <source>Close the positions and move the funds back to your Spot wallet.</source>
        <translation>Tutup posisi tersebut dan pindahkan dana kembali ke dompet Spot Anda.</translation>
    </message>
    <message>
        <source>Can put funds into Earn</source>
        <translation>Bisa memasukkan dana ke Earn</translation>
    </message>
    <message>
        <source>This key can move your coins into savings, staking, lending or other Earn products. What they pay is interest (riba), and the coins leave your spot wallet.</source>
        <translation>Kunci ini bisa memindahkan koin Anda ke produk tabungan, staking, lending (meminjamkan koin), atau produk Earn (imbal hasil) lainnya. Yang dibayarkan produk-produk itu adalah bunga (riba), dan koin Anda keluar dari dompet spot.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch Earn off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan Earn.</translation>
    </message>
    <message>
        <source>Can take a loan</source>
        <translation>Bisa mengambil pinjaman</translation>
    </message>
    <message>
        <source>This key can borrow through a loan product of {exchange}. A loan charges interest, which is riba.</source>
        <translation>Kunci ini bisa meminjam melalui produk pinjaman {exchange}. Pinjaman dikenai bunga, dan bunga itu adalah riba.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch loans off.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan pinjaman.</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>Izin yang tidak dikenali panduan ini</translation>
    </message>
    <message>
        <source>{exchange} reports &quot;{name}&quot; switched on for this key. The wizard does not know what it allows, so it cannot call the key safe.</source>
        <translation>{exchange} melaporkan bahwa &quot;{name}&quot; aktif untuk kunci ini. Panduan ini tidak tahu apa yang diizinkannya, jadi tidak bisa menyatakan kunci ini aman.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch &quot;{name}&quot; off, then verify again.</source>
        <translation>Di {exchange}, ubah pengaturan kunci ini dan matikan &quot;{name}&quot;, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>No setting switches off {product}</source>
        <translation>Tidak ada pengaturan yang bisa mematikan {product}</translation>
    </message>
    <message>
        <source>{does} No setting of the key or of the account stops that. {limit}</source>
        <translation>{does} Tidak ada pengaturan kunci maupun akun yang bisa mencegahnya. {limit}</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and look in your {exchange} account now and then for any loan or interest product you did not start.</source>
        <translation>Berikan kunci ini hanya kepada program yang Anda percayai untuk trading spot saja, tidak lebih, dan sesekali periksa akun {exchange} Anda: apakah ada pinjaman atau produk berbunga yang tidak Anda mulai sendiri.</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and check now and then that your funds are where you left them.</source>
        <translation>Berikan kunci ini hanya kepada program yang Anda percayai untuk trading spot saja, tidak lebih, dan sesekali pastikan dana Anda masih berada di tempat semula.</translation>
    </message>
    <message>
        <source>Not reported by {exchange}: {capability}</source>
        <translation>Tidak dilaporkan oleh {exchange}: {capability}</translation>
    </message>
    <message>
        <source>{exchange} does not tell whether this key can reach {capability}. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange} tidak memberi tahu apakah kunci ini bisa mengakses {capability}. Panduan ini tidak pernah menebak: periksa sendiri, lalu centang di bawah.</translation>
    </message>
    <message>
        <source>On {exchange}, check that it is off.</source>
        <translation>Di {exchange}, pastikan fitur ini nonaktif.</translation>
    </message>
    <message>
        <source>{exchange} does not report whether this key is limited to trusted IP addresses. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange} tidak melaporkan apakah kunci ini dibatasi ke alamat IP tepercaya. Panduan ini tidak pernah menebak: periksa sendiri, lalu centang di bawah.</translation>
    </message>
    <message>
        <source>margin (borrowing to trade)</source>
        <translation>margin (meminjam untuk trading)</translation>
    </message>
    <message>
        <source>I checked: margin is off</source>
        <translation>Sudah saya periksa: margin nonaktif</translation>
    </message>
    <message>
        <source>futures and other derivatives</source>
        <translation>futures dan derivatif lainnya</translation>
    </message>
    <message>
        <source>I checked: futures are off</source>
        <translation>Sudah saya periksa: futures nonaktif</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>I checked: options are off</source>
        <translation>Sudah saya periksa: opsi nonaktif</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>penarikan dana</translation>
    </message>
    <message>
        <source>I checked: withdrawals are off</source>
        <translation>Sudah saya periksa: penarikan dana nonaktif</translation>
    </message>
    <message>
        <source>transfers between wallets or accounts</source>
        <translation>transfer antardompet atau antarakun</translation>
    </message>
    <message>
        <source>I checked: transfers are off</source>
        <translation>Sudah saya periksa: transfer nonaktif</translation>
    </message>
    <message>
        <source>Earn, savings and staking</source>
        <translation>Earn (imbal hasil), tabungan, dan staking</translation>
    </message>
    <message>
        <source>I checked: Earn is off</source>
        <translation>Sudah saya periksa: Earn nonaktif</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>pinjaman</translation>
    </message>
    <message>
        <source>I checked: loans are off</source>
        <translation>Sudah saya periksa: pinjaman nonaktif</translation>
    </message>
    <message>
        <source>a limit to trusted IP addresses</source>
        <translation>batasan ke alamat IP tepercaya</translation>
    </message>
    <message>
        <source>I checked: the key is limited to trusted IP addresses</source>
        <translation>Sudah saya periksa: kunci ini dibatasi ke alamat IP tepercaya</translation>
    </message>
    <message>
        <source>Right now the wallet it takes collateral from is empty: there is nothing to borrow against.</source>
        <translation>Saat ini dompet yang menjadi sumber jaminannya kosong: tidak ada yang bisa dijadikan jaminan pinjaman.</translation>
    </message>
    <message>
        <source>The wallet it takes collateral from holds coins now, so a loan could be taken against them.</source>
        <translation>Dompet yang menjadi sumber jaminannya saat ini berisi koin, jadi pinjaman bisa diambil dengan jaminan koin tersebut.</translation>
    </message>
    <message>
        <source>A loan or a lending order of this kind is open on the account now.</source>
        <translation>Saat ini ada pinjaman atau order lending (meminjamkan koin) jenis ini yang masih terbuka di akun.</translation>
    </message>
    <message>
        <source>It is offered only from VIP level 7, which this account has not reached.</source>
        <translation>Fitur ini hanya ditawarkan mulai VIP level 7, dan akun ini belum mencapainya.</translation>
    </message>
    <message>
        <source>This account&apos;s VIP level is high enough for it.</source>
        <translation>VIP level akun ini sudah cukup tinggi untuk fitur ini.</translation>
    </message>
    <message>
        <source>{exchange} ends keys that are not limited to IP addresses after 90 days, and sooner after a change of the account&apos;s password.</source>
        <translation>{exchange} mengakhiri kunci yang tidak dibatasi ke alamat IP tertentu setelah 90 hari, dan lebih cepat jika kata sandi akun diganti.</translation>
    </message>
    <message>
        <source>{exchange} takes trading away from keys that are not limited to IP addresses.</source>
        <translation>{exchange} mencabut fitur trading dari kunci yang tidak dibatasi ke alamat IP tertentu.</translation>
    </message>
    <message>
        <source>The key was made with this end date.</source>
        <translation>Kunci ini dibuat dengan tanggal berakhir tersebut.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key and untick every contract and derivatives box. A unified account ticks them on new keys unless you untick them.</source>
        <translation>Di Bybit, ubah pengaturan kunci ini dan hapus centang pada semua kotak kontrak dan derivatif. Akun terpadu (Unified Trading Account) mencentang kotak-kotak itu pada kunci baru kecuali Anda menghapus centangnya.</translation>
    </message>
    <message>
        <source>On Bybit, repay any loan and switch spot margin trading off. While it is on, any spot order of this key may borrow.</source>
        <translation>Di Bybit, lunasi semua pinjaman dan matikan trading margin spot. Selama fitur itu aktif, setiap order spot dari kunci ini bisa meminjam.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings and change the account mode to Spot mode (close positions and repay loans first). In any other mode a trading key can also trade futures.</source>
        <translation>Di OKX, tutup semua posisi dan lunasi pinjaman terlebih dahulu, lalu buka pengaturan trading dan ubah mode akun ke &quot;Spot mode&quot; (Mode spot). Dalam mode lain mana pun, kunci trading juga bisa trading futures.</translation>
    </message>
    <message>
        <source>On OKX, repay every loan, switch auto-borrow off and change the account mode to Spot mode in the trading settings.</source>
        <translation>Di OKX, lunasi semua pinjaman, matikan pinjaman otomatis (&quot;Auto-borrow&quot;), lalu ubah mode akun ke &quot;Spot mode&quot; (Mode spot) di pengaturan trading.</translation>
    </message>
    <message>
        <source>Options are activated on this OKX account, and a trading key there can buy them in any account mode. If OKX does not let you switch them off, make a sub-account (new ones start without options), move the funds there and make the key in it.</source>
        <translation>Opsi sudah diaktifkan di akun OKX ini, dan kunci trading di sana bisa membelinya dalam mode akun apa pun. Jika OKX tidak mengizinkan Anda mematikannya, buat subakun (subakun baru dimulai tanpa opsi), pindahkan dana ke sana, lalu buat kunci di subakun itu.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key: untick Withdraw Funds and both withdrawal address boxes.</source>
        <translation>Di Kraken, ubah pengaturan kunci ini: hapus centang pada &quot;Withdraw Funds&quot; (Tarik dana) dan pada kedua kotak alamat penarikan.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Query Funds: Kraken lets a key with it move funds into a Kraken Futures wallet. Orders, trades and the ledger stay readable; the wizard then cannot show your balances.</source>
        <translation>Di Kraken, ubah pengaturan kunci ini dan hapus centang pada &quot;Query Funds&quot; (Lihat dana): dengan izin itu, Kraken membiarkan kunci memindahkan dana ke dompet Kraken Futures. Order, transaksi, dan catatan mutasi dana (ledger) tetap bisa dibaca; hanya saja, panduan ini lalu tidak bisa menampilkan saldo Anda.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Withdraw Funds: it also moves funds between an account and its sub-accounts.</source>
        <translation>Di Kraken, ubah pengaturan kunci ini dan hapus centang pada &quot;Withdraw Funds&quot; (Tarik dana): izin ini juga memindahkan dana antara akun dan subakunnya.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key: untick Withdrawal, and every Fiat, P2P, Bybit Pay and Card box.</source>
        <translation>Di Bybit, ubah pengaturan kunci ini: hapus centang pada &quot;Withdrawal&quot; (Penarikan), serta pada semua kotak &quot;Fiat&quot;, &quot;P2P&quot;, &quot;Bybit Pay&quot;, dan &quot;Card&quot; (Kartu).</translation>
    </message>
    <message>
        <source>On OKX, bind this key to the IP addresses of the computer or service that will trade. OKX lets an unbound trading key expire after 14 days without use.</source>
        <translation>Di OKX, ikat kunci ini ke alamat IP komputer atau layanan yang akan melakukan trading. OKX membiarkan kunci trading yang tidak terikat ke alamat IP kedaluwarsa setelah 14 hari tidak dipakai.</translation>
    </message>
    <message>
        <source>On Binance, limit this key to the IP addresses of the computer or service that will trade. Binance takes trading away from unrestricted keys, and may delete them.</source>
        <translation>Di Binance, batasi kunci ini ke alamat IP komputer atau layanan yang akan melakukan trading. Binance mencabut fitur trading dari kunci yang tidak dibatasi, dan bisa menghapusnya.</translation>
    </message>
    <message>
        <source>{exchange} does not report the rows marked with a question mark. The wizard never guesses them: each one is listed with where to check it yourself.</source>
        <translation>{exchange} tidak melaporkan baris yang diberi tanda tanya. Panduan ini tidak pernah menebaknya: setiap baris itu dicantumkan beserta tempat Anda bisa memeriksanya sendiri.</translation>
    </message>
    <message>
        <source>Confirmed by you on {date}: {exchange} does not report it.</source>
        <translation>Dikonfirmasi oleh Anda pada {date}: {exchange} tidak melaporkannya.</translation>
    </message>
    <message>
        <source>This key belongs to a perpetual futures (INTX) portfolio. On Coinbase, make a new key for your default portfolio and delete this one.</source>
        <translation>Kunci ini milik portofolio perpetual futures (INTX). Di Coinbase, buat kunci baru untuk portofolio bawaan Anda (&quot;Default&quot;), lalu hapus kunci ini.</translation>
    </message>
    <message>
        <source>On Coinbase, make a new key with only View and Trade ticked (no Transfer), then delete this one.</source>
        <translation>Di Coinbase, buat kunci baru yang hanya mencentang &quot;View&quot; (Lihat) dan &quot;Trade&quot; (Trading), tanpa &quot;Transfer&quot;, lalu hapus kunci ini.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can move your coins into Simple Earn and staking, and Binance names no permission at all for Dual Investment and Soft Staking: all of them pay interest.</source>
        <translation>Kunci Binance yang boleh trading spot bisa memindahkan koin Anda ke Simple Earn dan staking, dan Binance sama sekali tidak menetapkan izin untuk Dual Investment dan Soft Staking: semuanya membayar bunga.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot may also be able to take a Crypto Loan against your coins: Binance names the spot trading permission for changing such a loan, and no permission at all for taking one.</source>
        <translation>Kunci Binance yang boleh trading spot mungkin juga bisa mengambil Crypto Loan (pinjaman kripto) dengan jaminan koin Anda: Binance menetapkan izin trading spot untuk mengubah pinjaman seperti itu, dan sama sekali tidak menetapkan izin untuk mengambilnya.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can create a margin &quot;special key&quot;: a new key that trades with borrowed funds.</source>
        <translation>Kunci Binance yang boleh trading spot bisa membuat &quot;special key&quot; (kunci khusus) margin: kunci baru yang trading dengan dana pinjaman.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Margin Loan, Repay &amp; Transfer&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Manajemen API) lalu &quot;Edit restrictions&quot; (Ubah batasan): &quot;Enable Margin Loan, Repay &amp; Transfer&quot; tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Futures&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Manajemen API) lalu &quot;Edit restrictions&quot; (Ubah batasan): &quot;Enable Futures&quot; tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable European Options&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Manajemen API) lalu &quot;Edit restrictions&quot; (Ubah batasan): &quot;Enable European Options&quot; tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Withdrawals&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Manajemen API) lalu &quot;Edit restrictions&quot; (Ubah batasan): &quot;Enable Withdrawals&quot; tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Permits Universal Transfer&quot; and &quot;Enable Internal Transfer&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Manajemen API) lalu &quot;Edit restrictions&quot; (Ubah batasan): &quot;Permits Universal Transfer&quot; dan &quot;Enable Internal Transfer&quot; tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Binance, open Earn: you should hold no Simple Earn, staking or Dual Investment positions.</source>
        <translation>Di Binance, buka &quot;Earn&quot; (Imbal hasil): seharusnya Anda tidak memiliki posisi Simple Earn, staking, atau Dual Investment.</translation>
    </message>
    <message>
        <source>On Binance, open Loans: no Crypto Loan may be open.</source>
        <translation>Di Binance, buka &quot;Loans&quot; (Pinjaman): tidak boleh ada Crypto Loan yang masih terbuka.</translation>
    </message>
    <message>
        <source>On Binance, open API Management: this key must show &quot;Restrict access to trusted IPs only&quot; with your addresses.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Manajemen API): kunci ini harus menampilkan &quot;Restrict access to trusted IPs only&quot; (Batasi akses hanya ke IP tepercaya) beserta alamat IP Anda.</translation>
    </message>
    <message>
        <source>Any key that may trade spot on Bybit can also take a Crypto Loan against your coins, or lend them out for interest, with coins from your Funding wallet.</source>
        <translation>Setiap kunci yang boleh trading spot di Bybit juga bisa mengambil Crypto Loan (pinjaman kripto) dengan jaminan koin Anda, atau meminjamkan koin Anda untuk mendapat bunga, dengan koin dari &quot;Funding wallet&quot; (dompet pendanaan) Anda.</translation>
    </message>
    <message>
        <source>On Bybit, open the spot trading page: the Margin switch beside the order form must be off, and spot margin never activated (Bybit&apos;s margin quiz never taken). Once it is activated, a trading key may switch it on by itself.</source>
        <translation>Di Bybit, buka halaman trading spot: tombol &quot;Margin&quot; di samping formulir order harus nonaktif, dan margin spot belum pernah diaktifkan (kuis margin Bybit belum pernah Anda ikuti). Begitu margin spot pernah diaktifkan, kunci trading bisa menyalakannya sendiri.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: every Contracts, Unified Trading and USDC Contracts box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, lalu &quot;Edit&quot; (Ubah) di samping kunci ini: semua kotak &quot;Contracts&quot; (Kontrak), &quot;Unified Trading&quot; (Trading Terpadu), dan &quot;USDC Contracts&quot; (Kontrak USDC) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the USDC Contracts box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, lalu &quot;Edit&quot; (Ubah) di samping kunci ini: kotak &quot;USDC Contracts&quot; (Kontrak USDC) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Wallet Withdrawal and every Fiat, P2P, Pay and Card box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, lalu &quot;Edit&quot; (Ubah) di samping kunci ini: &quot;Wallet Withdrawal&quot; (Penarikan dompet) serta semua kotak &quot;Fiat&quot;, &quot;P2P&quot;, &quot;Pay&quot;, dan &quot;Card&quot; (Kartu) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Account Transfer and Subaccount Transfer must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, lalu &quot;Edit&quot; (Ubah) di samping kunci ini: &quot;Account Transfer&quot; (Transfer Antarakun) dan &quot;Subaccount Transfer&quot; (Transfer Subakun) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the Earn box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, lalu &quot;Edit&quot; (Ubah) di samping kunci ini: kotak &quot;Earn&quot; (Imbal hasil) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Bybit, open Finance, then Crypto Loan: no loan may be open. Any key that trades spot can take one.</source>
        <translation>Di Bybit, buka &quot;Finance&quot; (Keuangan), lalu &quot;Crypto Loan&quot; (Pinjaman kripto): tidak boleh ada pinjaman yang masih terbuka. Setiap kunci yang bisa trading spot bisa mengambil pinjaman ini.</translation>
    </message>
    <message>
        <source>On Bybit, open API: this key must show the IP addresses it is limited to.</source>
        <translation>Di Bybit, buka &quot;API&quot;: kunci ini harus menampilkan alamat IP yang menjadi batasannya.</translation>
    </message>
    <message>
        <source>On Coinbase, spot orders cannot borrow; check that you have no futures or perpetuals account either (Settings, then Derivatives).</source>
        <translation>Di Coinbase, order spot tidak bisa meminjam; pastikan juga Anda tidak punya akun futures atau perpetual (&quot;Settings&quot; (Pengaturan), lalu &quot;Derivatives&quot; (Derivatif)).</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for futures or perpetuals (derivatives). Where you have, any trading key can trade them.</source>
        <translation>Di Coinbase, buka &quot;Settings&quot; (Pengaturan): pastikan Anda belum pernah mendaftar untuk futures atau perpetual (derivatif). Jika sudah pernah, kunci trading apa pun bisa trading produk tersebut.</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for derivatives. Where you have, any trading key can trade them.</source>
        <translation>Di Coinbase, buka &quot;Settings&quot; (Pengaturan): pastikan Anda belum pernah mendaftar untuk derivatif. Jika sudah pernah, kunci trading apa pun bisa trading derivatif.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys: this key must have View and Trade only, without Transfer.</source>
        <translation>Di &quot;Developer Platform&quot; (Platform Pengembang) Coinbase, buka &quot;API Keys&quot; (Kunci API): kunci ini hanya boleh memiliki &quot;View&quot; (Lihat) dan &quot;Trade&quot; (Trading), tanpa &quot;Transfer&quot;.</translation>
    </message>
    <message>
        <source>On Coinbase, staking and rewards are switched in the app, not by keys.</source>
        <translation>Di Coinbase, staking dan rewards (imbalan) diaktifkan atau dimatikan di aplikasi, bukan melalui kunci.</translation>
    </message>
    <message>
        <source>On Coinbase, open Borrow: no loan may be open.</source>
        <translation>Di Coinbase, buka &quot;Borrow&quot; (Pinjam): tidak boleh ada pinjaman yang masih terbuka.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys, then this key: its IP allowlist must list your addresses. Coinbase does not report it.</source>
        <translation>Di &quot;Developer Platform&quot; (Platform Pengembang) Coinbase, buka &quot;API Keys&quot; (Kunci API), lalu kunci ini: &quot;IP allowlist&quot; (Daftar IP yang diizinkan) miliknya harus berisi alamat IP Anda. Coinbase tidak melaporkannya.</translation>
    </message>
    <message>
        <source>On Kraken Pro, open the order form of any pair: if it offers Margin or leverage, any trading key of your account can borrow, and no setting stops it. Tick this only if it offers none.</source>
        <translation>Di &quot;Kraken Pro&quot;, buka formulir order untuk pasangan koin mana pun: jika formulir itu menawarkan &quot;Margin&quot; atau leverage, setiap kunci trading di akun Anda bisa meminjam, dan tidak ada pengaturan yang bisa mencegahnya. Centang poin ini hanya jika formulir itu tidak menawarkan keduanya.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API: this key must be a spot key (Kraken Futures keys are made apart).</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Pengaturan), lalu &quot;API&quot;: kunci ini harus kunci spot (kunci Kraken Futures dibuat terpisah).</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Withdraw Funds and both withdrawal address boxes must be unticked.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Pengaturan), lalu &quot;API&quot;, lalu kunci ini: &quot;Withdraw Funds&quot; (Tarik dana) dan kedua kotak alamat penarikan tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Query Funds and Withdraw Funds must be unticked.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Pengaturan), lalu &quot;API&quot;, lalu kunci ini: &quot;Query Funds&quot; (Lihat dana) dan &quot;Withdraw Funds&quot; (Tarik dana) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Earn Funds must be unticked.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Pengaturan), lalu &quot;API&quot;, lalu kunci ini: &quot;Earn Funds&quot; (Dana Earn/imbal hasil) tidak boleh dicentang.</translation>
    </message>
    <message>
        <source>On Kraken, no loan product is open to API keys: check that you have none.</source>
        <translation>Di Kraken, tidak ada produk pinjaman yang bisa dipakai lewat kunci API: pastikan Anda tidak punya pinjaman apa pun.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: IP address restriction must list your addresses.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Pengaturan), lalu &quot;API&quot;, lalu kunci ini: &quot;IP address restriction&quot; (Pembatasan alamat IP) harus berisi alamat IP Anda.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move your coins into Simple Earn, lending, staking and other Earn products, which pay interest.</source>
        <translation>Setiap kunci OKX yang boleh trading juga bisa memindahkan koin Anda ke Simple Earn, lending (meminjamkan koin), staking, dan produk Earn (imbal hasil) lainnya, yang membayar bunga.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade may also take a Flexible Loan against the coins in your funding account.</source>
        <translation>Setiap kunci OKX yang boleh trading mungkin juga bisa mengambil Flexible Loan (pinjaman fleksibel) dengan jaminan koin di akun pendanaan (funding account) Anda.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move funds between your funding and trading accounts, and from a main account to its sub-accounts.</source>
        <translation>Setiap kunci OKX yang boleh trading juga bisa memindahkan dana antara akun pendanaan (funding account) dan akun trading Anda, serta dari akun utama ke subakunnya.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode with borrowing off, and you must never have used any other mode: a trading key can switch back to a mode used before.</source>
        <translation>Di OKX, buka pengaturan trading: mode akun harus &quot;Spot mode&quot; (Mode spot) dengan fitur pinjaman nonaktif, dan pastikan Anda belum pernah memakai mode lain: kunci trading bisa beralih kembali ke mode yang pernah dipakai sebelumnya.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode, and you must never have used Futures, Multi-currency margin or Portfolio margin mode: a trading key can switch back to a mode used before.</source>
        <translation>Di OKX, buka pengaturan trading: mode akun harus &quot;Spot mode&quot; (Mode spot), dan pastikan Anda belum pernah memakai mode &quot;Futures&quot;, &quot;Multi-currency margin&quot; (Margin multi-mata uang), atau &quot;Portfolio margin&quot;: kunci trading bisa beralih kembali ke mode yang pernah dipakai sebelumnya.</translation>
    </message>
    <message>
        <source>On OKX, options must not be activated. A trading key can activate them itself once your trading account holds more than 10,000 USD: keep it below that, or use a sub-account.</source>
        <translation>Di OKX, opsi tidak boleh diaktifkan. Kunci trading bisa mengaktifkannya sendiri begitu akun trading Anda berisi lebih dari 10.000 USD: jaga saldonya tetap di bawah jumlah itu, atau gunakan subakun.</translation>
    </message>
    <message>
        <source>On OKX, open API: the key&apos;s permissions must be Read and Trade only, without Withdraw.</source>
        <translation>Di OKX, buka &quot;API&quot;: izin kunci ini harus hanya &quot;Read&quot; (Baca) dan &quot;Trade&quot; (Trading), tanpa &quot;Withdraw&quot; (Tarik dana).</translation>
    </message>
    <message>
        <source>On OKX, open Earn: you should hold no savings, staking or other Earn products.</source>
        <translation>Di OKX, buka &quot;Earn&quot; (Imbal hasil): seharusnya Anda tidak memiliki tabungan, staking, atau produk Earn lainnya.</translation>
    </message>
    <message>
        <source>On OKX, open Loan: no Flexible Loan may be open.</source>
        <translation>Di OKX, buka &quot;Loan&quot; (Pinjaman): tidak boleh ada Flexible Loan yang masih terbuka.</translation>
    </message>
    <message>
        <source>On OKX, open API: this key must show the IP addresses it is bound to.</source>
        <translation>Di OKX, buka &quot;API&quot;: kunci ini harus menampilkan alamat IP yang terikat padanya.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>My key may have leaked</source>
        <translation>Kunci saya mungkin bocor</translation>
    </message>
    <message>
        <source>Open the exchange yourself: type its address or use its app. Do not follow a link from an email or a message.</source>
        <translation>Buka bursa sendiri: ketik alamat situsnya atau gunakan aplikasinya. Jangan membuka tautan dari email atau pesan.</translation>
    </message>
    <message>
        <source>Go to API Management and delete the key. It stops working at once, wherever it was copied to.</source>
        <translation>Buka &quot;API Management&quot; (Manajemen API) dan hapus kunci itu. Kunci langsung berhenti berfungsi, di mana pun salinannya berada.</translation>
    </message>
    <message>
        <source>Look through your open orders and recent trades for anything you did not do.</source>
        <translation>Periksa order terbuka dan transaksi terbaru Anda, dan cari apa pun yang tidak Anda lakukan.</translation>
    </message>
    <message>
        <source>If something is wrong, contact the exchange&apos;s support and send them the times and order numbers you found.</source>
        <translation>Jika ada yang janggal, hubungi layanan bantuan bursa dan kirimkan waktu serta nomor order yang Anda temukan.</translation>
    </message>
    <message>
        <source>Make a new key, then replace the old one here: on the first page choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>Buat kunci baru, lalu ganti kunci lama di sini: di halaman pertama, pilih &quot;Ganti (rotasi) kunci yang pernah saya siapkan&quot;.</translation>
    </message>
    <message>
        <source>Check that your account&apos;s two-factor sign-in and email address are still yours.</source>
        <translation>Pastikan verifikasi dua langkah (2FA) dan alamat email di akun Anda masih milik Anda sendiri.</translation>
    </message>
    <message>
        <source>Why must withdrawals stay off?</source>
        <translation>Mengapa penarikan dana harus tetap dimatikan?</translation>
    </message>
    <message>
        <source>A trading bot only buys and sells inside your account. With withdrawals off, even a stolen key cannot move your coins out.</source>
        <translation>Bot trading hanya membeli dan menjual di dalam akun Anda. Jika penarikan dimatikan, kunci yang dicuri pun tidak bisa memindahkan koin Anda ke luar.</translation>
    </message>
    <message>
        <source>Why limit the key to IP addresses?</source>
        <translation>Mengapa kunci dibatasi ke alamat IP tertentu?</translation>
    </message>
    <message>
        <source>The exchange then refuses the key from any other computer, so a copied key is useless to a thief.</source>
        <translation>Dengan begitu, bursa menolak kunci ini jika dipakai dari komputer lain, sehingga kunci yang disalin tidak berguna bagi pencuri.</translation>
    </message>
    <message>
        <source>I switched on futures or margin before. What now?</source>
        <translation>Saya pernah mengaktifkan futures atau margin. Apa yang harus saya lakukan?</translation>
    </message>
    <message>
        <source>Close every open position, repay any loan, move the funds back to Spot, and close those accounts. Then make a new key: the old one may carry the old permissions.</source>
        <translation>Tutup semua posisi terbuka, lunasi semua pinjaman, pindahkan dana kembali ke Spot, lalu tutup akun-akun tersebut. Setelah itu buat kunci baru: kunci lama mungkin masih membawa izin yang lama.</translation>
    </message>
    <message>
        <source>How often should I replace the key?</source>
        <translation>Seberapa sering saya harus mengganti kunci?</translation>
    </message>
    <message>
        <source>Every 90 days, or at once if you think it leaked. The wizard tells you when the date comes.</source>
        <translation>Setiap 90 hari, atau segera jika Anda menduga kunci bocor. Panduan ini akan memberi tahu Anda saat waktunya tiba.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Set up a trading key that can buy and sell, and nothing more.</source>
        <translation>Siapkan kunci trading yang hanya bisa membeli dan menjual, tidak lebih.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that only buys and sells coins you own, then asks the exchange what the key can really do.</source>
        <translation>Program trading membutuhkan kunci ke akun bursa Anda. Wizard ini membantu Anda membuat kunci yang hanya membeli dan menjual koin milik Anda, lalu menanyakan ke bursa apa yang benar-benar dapat dilakukan kunci itu.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that trades spot: buy and sell coins you own outright, with borrowing (riba), futures and other derivatives, and moving your money out switched off wherever the exchange lets you. Where it does not, the check says so plainly.</source>
        <translation>Program trading memerlukan kunci untuk mengakses akun bursa Anda. Panduan ini membantu Anda membuat kunci untuk trading spot: membeli dan menjual koin yang sepenuhnya milik Anda, dengan fitur meminjam (riba), futures dan derivatif lainnya, serta pemindahan uang Anda ke luar dimatikan di mana pun bursa memungkinkannya. Jika bursa tidak memungkinkannya, pemeriksaan akan menyebutkannya dengan terus terang.</translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation>Di akhir, panduan ini menanyakan ke bursa apa saja yang benar-benar bisa dilakukan kunci tersebut, lalu menunjukkannya kepada Anda.</translation>
    </message>
    <message>
        <source>Your key is checked. Here is what happens next.</source>
        <translation>Kunci Anda sudah diperiksa. Berikut langkah selanjutnya.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity.</source>
        <translation>Siapa pun yang menguasai akun Anda juga menguasai setiap kunci yang dibuat di dalamnya. Ada dua hal yang melindunginya: kode dari aplikasi autentikator setiap kali masuk, dan identitas yang sudah terverifikasi.</translation>
    </message>
    <message>
        <source>Keep futures and margin off</source>
        <translation>Pastikan futures dan margin tetap nonaktif</translation>
    </message>
    <message>
        <source>Halal spot trading never needs them.</source>
        <translation>Trading spot yang halal tidak pernah memerlukannya.</translation>
    </message>
    <message>
        <source>Futures, options and perpetual contracts are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba).</source>
        <translation>Futures, opsi, dan kontrak perpetual adalah derivatif: kontrak atas harga, bukan koin yang Anda miliki. Margin adalah pinjaman berbunga (riba).</translation>
    </message>
    <message>
        <source>I hold no futures, perpetual or options positions</source>
        <translation>Saya tidak punya posisi futures, perpetual, atau opsi</translation>
    </message>
    <message>
        <source>Name it so you recognise it later:</source>
        <translation>Beri nama agar Anda bisa mengenalinya nanti:</translation>
    </message>
    <message>
        <source>The secret is shown only once, right after the key is made. Keep that page open until this wizard has it.</source>
        <translation>Secret Key hanya ditampilkan satu kali, tepat setelah kunci dibuat. Biarkan halaman itu tetap terbuka sampai Secret Key sudah dimasukkan ke panduan ini.</translation>
    </message>
    <message>
        <source>Set the new key&apos;s boxes as shown here.</source>
        <translation>Atur kotak-kotak kunci baru seperti yang ditunjukkan di sini.</translation>
    </message>
    <message>
        <source>The key&apos;s boxes match the picture and are saved</source>
        <translation>Kotak-kotak kunci sudah sesuai dengan gambar dan sudah disimpan</translation>
    </message>
    <message>
        <source>Riba: some of these rewards are interest on a loan.</source>
        <translation>Riba: sebagian imbalan ini adalah bunga atas pinjaman.</translation>
    </message>
    <message>
        <source>If you skip this, the key keeps working from anywhere, so anyone who copies it can use it.</source>
        <translation>Jika Anda melewati langkah ini, kunci tetap berfungsi dari mana saja, sehingga siapa pun yang menyalinnya bisa memakainya.</translation>
    </message>
    <message>
        <source>With the list set, a copied key is useless anywhere else.</source>
        <translation>Setelah daftar ini diatur, kunci yang disalin tidak berguna di tempat lain.</translation>
    </message>
    <message>
        <source>Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>Layanan trading Anda akan memberi tahu alamat mana yang harus dimasukkan. Jika belum ada, Anda tetap bisa lanjut: pemeriksaan nanti akan memberi peringatan, dan Anda bisa menambahkannya kemudian.</translation>
    </message>
    <message>
        <source>Secure your Binance account</source>
        <translation>Amankan akun Binance Anda</translation>
    </message>
    <message>
        <source>Before making a key, make sure only you can sign in.</source>
        <translation>Sebelum membuat kunci, pastikan hanya Anda yang bisa masuk ke akun.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity, which Binance needs before it allows keys.</source>
        <translation>Siapa pun yang menguasai akun Anda juga menguasai setiap kunci yang dibuat di dalamnya. Ada dua hal yang melindunginya: kode dari aplikasi autentikator setiap kali masuk, dan identitas yang sudah terverifikasi, yang diwajibkan Binance sebelum mengizinkan pembuatan kunci.</translation>
    </message>
    <message>
        <source>Two-factor sign-in uses an authenticator app (not SMS)</source>
        <translation>Verifikasi dua langkah (2FA) memakai aplikasi autentikator (bukan SMS)</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Security, then Two-Factor Authentication. Choose Authenticator App and follow the steps. SMS codes can be stolen by taking over your phone number, so switch SMS off once the app works.</source>
        <translation>Di Binance: ikon profil Anda, lalu &quot;Security&quot; (Keamanan), lalu &quot;Two-Factor Authentication&quot; (Autentikasi Dua Faktor). Pilih &quot;Authenticator App&quot; (Aplikasi Autentikator) dan ikuti langkah-langkahnya. Kode SMS bisa dicuri dengan cara mengambil alih nomor telepon Anda, jadi matikan SMS setelah aplikasinya berfungsi.</translation>
    </message>
    <message>
        <source>My identity is verified on Binance</source>
        <translation>Identitas saya sudah terverifikasi di Binance</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Identification. If it says Verified, you are done. If not, follow the steps there; it asks for an ID document. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di Binance: ikon profil Anda, lalu &quot;Identification&quot; (Identifikasi). Jika tertulis &quot;Verified&quot; (Terverifikasi), langkah ini sudah selesai. Jika belum, ikuti langkah-langkah di sana; Anda akan diminta dokumen identitas. Verifikasi identitas diwajibkan oleh hukum dan tidak bertentangan dengan trading yang halal.</translation>
    </message>
    <message>
        <source>Leveraged tokens are derivatives too. On Binance each of these must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation>Token leverage juga termasuk derivatif. Di Binance, masing-masing harus dibuka dengan sengaja, jadi akun baru tidak memiliki satu pun. Biarkan semuanya tetap tertutup.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Futures wallet, or it holds nothing</source>
        <translation>&quot;Wallet › Overview&quot; (Dompet › Ringkasan) tidak menampilkan dompet Futures, atau dompet itu kosong</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one: tick this. If it is listed, close its positions and transfer its funds to Spot until it shows nothing.</source>
        <translation>Di Binance: &quot;Wallet&quot; (Dompet), lalu &quot;Overview&quot; (Ringkasan). Jika dompet Futures tidak ada di daftar, berarti Anda belum pernah membukanya: centang poin ini. Jika ada, tutup posisinya dan pindahkan dananya ke Spot sampai dompet itu kosong.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Margin wallet, or it holds nothing</source>
        <translation>&quot;Wallet › Overview&quot; (Dompet › Ringkasan) tidak menampilkan dompet Margin, atau dompet itu kosong</translation>
    </message>
    <message>
        <source>I never opened Options, Leveraged Tokens or Portfolio Margin</source>
        <translation>Saya tidak pernah membuka Opsi, Token Leverage, atau Portfolio Margin</translation>
    </message>
    <message>
        <source>On Binance, in your main account: profile icon, API Management, Create API.</source>
        <translation>Di Binance, di akun utama Anda: ikon profil, &quot;API Management&quot; (Manajemen API), &quot;Create API&quot; (Buat API).</translation>
    </message>
    <message>
        <source>Make it in your main account: a sub-account&apos;s trading key can move that sub-account&apos;s funds to other accounts.</source>
        <translation>Buat kunci ini di akun utama Anda: kunci trading milik subakun bisa memindahkan dana subakun itu ke akun lain.</translation>
    </message>
    <message>
        <source>Click Edit restrictions on the new key.</source>
        <translation>Klik &quot;Edit restrictions&quot; (Ubah batasan) pada kunci baru.</translation>
    </message>
    <message>
        <source>Spot &amp; Margin Trading cannot trade on margin while the margin box is empty.</source>
        <translation>&quot;Spot &amp; Margin Trading&quot; (Trading Spot dan Margin) tidak bisa trading dengan margin selama kotak margin tidak dicentang.</translation>
    </message>
    <message>
        <source>Choose &quot;Restrict access to trusted IPs only&quot; and enter the addresses below.</source>
        <translation>Pilih &quot;Restrict access to trusted IPs only&quot; (Batasi akses hanya ke IP tepercaya) dan masukkan alamat IP di bawah.</translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation>Jika Anda pernah membukanya: tutup semua posisi, lunasi semua pinjaman, dan pindahkan dana kembali ke dompet Spot Anda.</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation>Di Binance: &quot;Wallet&quot; (Dompet), lalu &quot;Overview&quot; (Ringkasan). Jika dompet Margin tidak ada di daftar, berarti Anda belum pernah membukanya: centang poin ini. Jika ada, lunasi semua pinjaman di dompet Margin dan pindahkan sisanya ke Spot.</translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation>Ini adalah produk Binance terpisah yang harus Anda daftarkan secara khusus. Jika Anda tidak pernah mendaftar, centang poin ini.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Binance it also opens Simple Earn, staking and Crypto Loan, which no setting closes: the check will name them.</source>
        <translation>Diperlukan untuk membeli dan menjual. Di Binance, izin ini juga membuka akses ke Simple Earn, staking, dan Crypto Loan (pinjaman kripto), yang tidak bisa ditutup oleh pengaturan apa pun: pemeriksaan nanti akan menyebutkannya.</translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation>Buat kunci dan beri nama</translation>
    </message>
    <message>
        <source>Binance offers two kinds of key. With &quot;System generated&quot;, Binance makes the key and its secret. With &quot;Self-generated&quot;, this computer makes a key pair and Binance gets only its public half: the safest choice. Choose one:</source>
        <translation>Binance menyediakan dua jenis kunci. Dengan &quot;System generated&quot; (Dibuat oleh sistem), Binance membuat kunci beserta Secret Key-nya. Dengan &quot;Self-generated&quot; (Dibuat sendiri), komputer ini membuat pasangan kunci dan Binance hanya menerima bagian publiknya: ini pilihan paling aman. Pilih salah satu:</translation>
    </message>
    <message>
        <source>Binance shows the secret only once, right after you confirm with your two-factor code. Keep that page open until this wizard has it.</source>
        <translation>Binance hanya menampilkan Secret Key satu kali, tepat setelah Anda konfirmasi dengan kode 2FA. Biarkan halaman itu tetap terbuka sampai Secret Key sudah dimasukkan ke panduan ini.</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key and Secret Key</source>
        <translation>Saya sudah membuat kunci dan bisa melihat API Key dan Secret Key-nya</translation>
    </message>
    <message>
        <source>API Management is in the menu under your profile icon at the top right of Binance&apos;s website. If Create API is greyed out, finish identity verification and switch on two-factor sign-in first.</source>
        <translation>&quot;API Management&quot; (Manajemen API) ada di menu di bawah ikon profil Anda, di kanan atas situs Binance. Jika &quot;Create API&quot; (Buat API) berwarna abu-abu, selesaikan dulu verifikasi identitas dan aktifkan verifikasi dua langkah (2FA).</translation>
    </message>
    <message>
        <source>Set the permissions</source>
        <translation>Atur izin</translation>
    </message>
    <message>
        <source>Edit restrictions is next to the key in API Management. If a box will not untick, save first and then edit again. If you cannot change the key, delete it and create a new one.</source>
        <translation>&quot;Edit restrictions&quot; (Ubah batasan) ada di samping kunci di &quot;API Management&quot; (Manajemen API). Jika centang pada sebuah kotak tidak bisa dihapus, simpan dulu lalu ubah lagi. Jika kunci tidak bisa diubah, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>Allow only trusted addresses</source>
        <translation>Izinkan hanya alamat IP tepercaya</translation>
    </message>
    <message>
        <source>Lock the key to the computers that will use it.</source>
        <translation>Batasi kunci ini hanya untuk komputer yang akan memakainya.</translation>
    </message>
    <message>
        <source>If you skip this, Binance keeps the key but may switch its trading off after a while, and anyone who copies it can use it.</source>
        <translation>Jika Anda melewati langkah ini, Binance tetap menyimpan kunci tersebut, tetapi bisa mematikan fitur trading-nya setelah beberapa waktu, dan siapa pun yang menyalinnya bisa memakainya.</translation>
    </message>
    <message>
        <source>To verify the key from this computer, its address must be on the list too.</source>
        <translation>Agar kunci bisa diperiksa dari komputer ini, alamat IP komputer ini juga harus ada di daftar.</translation>
    </message>
    <message>
        <source>I restricted the key to trusted IP addresses</source>
        <translation>Saya sudah membatasi kunci ke alamat IP tepercaya</translation>
    </message>
    <message>
        <source>The choice is in Edit restrictions, under IP access restrictions. Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>Pilihan ini ada di &quot;Edit restrictions&quot; (Ubah batasan), di bagian &quot;IP access restrictions&quot; (Pembatasan akses IP). Layanan trading Anda akan memberi tahu alamat mana yang harus dimasukkan. Jika belum ada, Anda tetap bisa lanjut: pemeriksaan nanti akan memberi peringatan, dan Anda bisa menambahkannya kemudian.</translation>
    </message>
    <message>
        <source>Enter the key</source>
        <translation>Masukkan kunci</translation>
    </message>
    <message>
        <source>Copy the API Key and the Secret Key from Binance into these fields.</source>
        <translation>Salin API Key dan Secret Key dari Binance ke kolom-kolom ini.</translation>
    </message>
    <message>
        <source>Checking the key with Binance</source>
        <translation>Memeriksa kunci ke Binance</translation>
    </message>
    <message>
        <source>The wizard asks Binance what this key can do.</source>
        <translation>Panduan ini menanyakan ke Binance apa saja yang bisa dilakukan kunci ini.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Enable Reading</source>
        <translation>Enable Reading (Aktifkan Membaca)</translation>
    </message>
    <message>
        <source>Needed to see balances and orders.</source>
        <translation>Diperlukan untuk melihat saldo dan order.</translation>
    </message>
    <message>
        <source>Enable Spot &amp; Margin Trading</source>
        <translation>Enable Spot &amp; Margin Trading (Aktifkan Trading Spot dan Margin)</translation>
    </message>
    <message>
        <source>Enable Margin Loan, Repay &amp; Transfer</source>
        <translation>Enable Margin Loan, Repay &amp; Transfer (Pinjaman, Pelunasan, dan Transfer Margin)</translation>
    </message>
    <message>
        <source>Riba: borrowing with interest.</source>
        <translation>Riba: pinjaman berbunga.</translation>
    </message>
    <message>
        <source>Enable Futures</source>
        <translation>Enable Futures (Aktifkan Futures)</translation>
    </message>
    <message>
        <source>Derivatives with leverage.</source>
        <translation>Derivatif dengan leverage.</translation>
    </message>
    <message>
        <source>Enable Leveraged Tokens</source>
        <translation>Enable Leveraged Tokens (Aktifkan Token Leverage)</translation>
    </message>
    <message>
        <source>Derivatives in disguise.</source>
        <translation>Derivatif terselubung.</translation>
    </message>
    <message>
        <source>Enable European Options</source>
        <translation>Enable European Options (Aktifkan Opsi Eropa)</translation>
    </message>
    <message>
        <source>Derivatives.</source>
        <translation>Derivatif.</translation>
    </message>
    <message>
        <source>Enable Withdrawals</source>
        <translation>Enable Withdrawals (Aktifkan Penarikan)</translation>
    </message>
    <message>
        <source>Custody: would let the key move your coins out.</source>
        <translation>Kendali dana: kunci bisa memindahkan koin Anda ke luar akun.</translation>
    </message>
    <message>
        <source>Permits Universal Transfer</source>
        <translation>Permits Universal Transfer (Izinkan Transfer Universal)</translation>
    </message>
    <message>
        <source>Custody: moves funds between wallets.</source>
        <translation>Kendali dana: memindahkan dana antardompet.</translation>
    </message>
    <message>
        <source>Enable Internal Transfer</source>
        <translation>Enable Internal Transfer (Aktifkan Transfer Internal)</translation>
    </message>
    <message>
        <source>Custody: moves funds to other accounts.</source>
        <translation>Kendali dana: memindahkan dana ke akun lain.</translation>
    </message>
    <message>
        <source>Secure your Bybit account</source>
        <translation>Amankan akun Bybit Anda</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Account &amp; Security, then Google Authentication. Any authenticator app works with it. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Di Bybit: ikon profil Anda, lalu &quot;Account &amp; Security&quot; (Akun dan Keamanan), lalu &quot;Google Authentication&quot; (Autentikasi Google). Aplikasi autentikator apa pun bisa dipakai. Setelah aplikasinya berfungsi, berhenti memakai kode SMS: kode SMS bisa dicuri dengan cara mengambil alih nomor telepon Anda.</translation>
    </message>
    <message>
        <source>My identity is verified on Bybit</source>
        <translation>Identitas saya sudah terverifikasi di Bybit</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Identity Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di Bybit: ikon profil Anda, lalu &quot;Identity Verification&quot; (Verifikasi Identitas). Jika tertulis &quot;Verified&quot; (Terverifikasi), langkah ini sudah selesai; jika belum, ikuti langkah-langkah di sana. Verifikasi identitas diwajibkan oleh hukum dan tidak bertentangan dengan trading yang halal.</translation>
    </message>
    <message>
        <source>Most Bybit accounts are now a Unified Trading Account: one wallet for spot and derivatives. There a new key may get derivatives permission unless you untick it, and with spot margin on, any spot order can borrow.</source>
        <translation>Sebagian besar akun Bybit sekarang berupa &quot;Unified Trading Account&quot; (Akun Trading Terpadu): satu dompet untuk spot dan derivatif. Di akun seperti ini, kunci baru bisa mendapat izin derivatif jika Anda tidak menghapus centangnya, dan jika margin spot aktif, setiap order spot bisa meminjam.</translation>
    </message>
    <message>
        <source>Spot margin trading is switched off</source>
        <translation>Trading margin spot sudah dimatikan</translation>
    </message>
    <message>
        <source>On Bybit: open the spot trading page. If the Margin switch beside the order form is on, repay any loan, then switch it off. If you never activated spot margin, there is nothing to do: tick this.</source>
        <translation>Di Bybit: buka halaman trading spot. Jika tombol &quot;Margin&quot; di samping formulir order aktif, lunasi semua pinjaman, lalu matikan tombol itu. Jika Anda belum pernah mengaktifkan margin spot, tidak ada yang perlu dilakukan: centang poin ini.</translation>
    </message>
    <message>
        <source>On Bybit: Assets, then your Unified Trading Account (or, on a classic account, Derivatives). Close every open position listed there and repay any loan.</source>
        <translation>Di Bybit: &quot;Assets&quot; (Aset), lalu &quot;Unified Trading Account&quot; (Akun Trading Terpadu) Anda (atau &quot;Derivatives&quot; (Derivatif) pada akun klasik). Tutup semua posisi terbuka yang tercantum di sana dan lunasi semua pinjaman.</translation>
    </message>
    <message>
        <source>On Bybit: profile icon, then API, then Create New Key.</source>
        <translation>Di Bybit: ikon profil, lalu &quot;API&quot;, lalu &quot;Create New Key&quot; (Buat Kunci Baru).</translation>
    </message>
    <message>
        <source>Choose &quot;System-generated API Keys&quot;, then &quot;API Transaction&quot;. Bybit makes the key and its secret.</source>
        <translation>Pilih &quot;System-generated API Keys&quot; (Kunci API buatan sistem), lalu &quot;API Transaction&quot; (Transaksi API). Bybit akan membuat kunci beserta Secret Key-nya.</translation>
    </message>
    <message>
        <source>I created the key and can see both the key and its secret</source>
        <translation>Saya sudah membuat kunci dan bisa melihat API Key dan Secret Key-nya</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of Bybit&apos;s website. If Create New Key is greyed out, switch on two-factor sign-in first.</source>
        <translation>&quot;API&quot; ada di menu di bawah ikon profil Anda, di kanan atas situs Bybit. Jika &quot;Create New Key&quot; (Buat Kunci Baru) berwarna abu-abu, aktifkan dulu verifikasi dua langkah (2FA).</translation>
    </message>
    <message>
        <source>Choose Read-Write, then tick only the boxes shown here.</source>
        <translation>Pilih &quot;Read-Write&quot; (Baca-Tulis), lalu centang hanya kotak yang ditunjukkan di sini.</translation>
    </message>
    <message>
        <source>Edit is next to the key in Bybit&apos;s API list. If a box will not untick, or you saved it ticked, delete the key and create a new one.</source>
        <translation>&quot;Edit&quot; (Ubah) ada di samping kunci dalam daftar API Bybit. Jika centang pada sebuah kotak tidak bisa dihapus, atau Anda sudah menyimpannya dalam keadaan tercentang, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>Bybit may tick the Contracts and Unified Trading boxes for you: untick them.</source>
        <translation>Bybit mungkin mencentang kotak &quot;Contracts&quot; (Kontrak) dan &quot;Unified Trading&quot; (Trading Terpadu) untuk Anda: hapus centangnya.</translation>
    </message>
    <message>
        <source>Choose to allow only listed IP addresses, and enter those below.</source>
        <translation>Pilih untuk hanya mengizinkan alamat IP yang tercantum, lalu masukkan alamat tersebut di bawah.</translation>
    </message>
    <message>
        <source>If you skip this, Bybit switches the key off 90 days after you made it, and until then anyone who copies it can use it.</source>
        <translation>Jika Anda melewati langkah ini, Bybit akan menonaktifkan kunci 90 hari setelah dibuat, dan sampai saat itu siapa pun yang menyalinnya bisa memakainya.</translation>
    </message>
    <message>
        <source>Copy the API key and its secret from Bybit into these fields.</source>
        <translation>Salin API Key dan Secret Key dari Bybit ke kolom-kolom ini.</translation>
    </message>
    <message>
        <source>Checking the key with Bybit</source>
        <translation>Memeriksa kunci ke Bybit</translation>
    </message>
    <message>
        <source>The wizard asks Bybit what this key can do.</source>
        <translation>Panduan ini menanyakan ke Bybit apa saja yang bisa dilakukan kunci ini.</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Read-Write (Baca-Tulis)</translation>
    </message>
    <message>
        <source>Needed to place orders: a Read-Only key cannot trade.</source>
        <translation>Diperlukan untuk membuat order: kunci &quot;Read-Only&quot; (Hanya Baca) tidak bisa trading.</translation>
    </message>
    <message>
        <source>SPOT: Trade</source>
        <translation>SPOT: Trade (Spot: Trading)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Bybit it also opens Crypto Loan, borrowing and lending, which no setting closes: the check will name it.</source>
        <translation>Diperlukan untuk membeli dan menjual. Di Bybit, izin ini juga membuka akses ke Crypto Loan (pinjaman kripto), untuk meminjam maupun meminjamkan, yang tidak bisa ditutup oleh pengaturan apa pun: pemeriksaan nanti akan menyebutkannya.</translation>
    </message>
    <message>
        <source>Contracts: Orders, Positions</source>
        <translation>Contracts: Orders, Positions (Kontrak: Order, Posisi)</translation>
    </message>
    <message>
        <source>Unified Trading: Trade</source>
        <translation>Unified Trading: Trade (Trading Terpadu: Trading)</translation>
    </message>
    <message>
        <source>USDC Contracts: Trade</source>
        <translation>USDC Contracts: Trade (Kontrak USDC: Trading)</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Earn (Imbal hasil)</translation>
    </message>
    <message>
        <source>Wallet: Withdrawal</source>
        <translation>Wallet: Withdrawal (Dompet: Penarikan)</translation>
    </message>
    <message>
        <source>Wallet: Account Transfer</source>
        <translation>Wallet: Account Transfer (Dompet: Transfer Antarakun)</translation>
    </message>
    <message>
        <source>Wallet: Subaccount Transfer</source>
        <translation>Wallet: Subaccount Transfer (Dompet: Transfer Subakun)</translation>
    </message>
    <message>
        <source>Secure your Coinbase account</source>
        <translation>Amankan akun Coinbase Anda</translation>
    </message>
    <message>
        <source>On Coinbase: your profile icon, then Settings, then Security. Choose an authenticator app or a security key for 2-step verification. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Di Coinbase: ikon profil Anda, lalu &quot;Settings&quot; (Pengaturan), lalu &quot;Security&quot; (Keamanan). Pilih aplikasi autentikator atau kunci keamanan (security key) untuk verifikasi 2 langkah. Setelah berfungsi, berhenti memakai kode SMS: kode SMS bisa dicuri dengan cara mengambil alih nomor telepon Anda.</translation>
    </message>
    <message>
        <source>My identity is verified on Coinbase</source>
        <translation>Identitas saya sudah terverifikasi di Coinbase</translation>
    </message>
    <message>
        <source>Coinbase verifies your identity when you sign up, and asks again if something is missing. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Coinbase memverifikasi identitas Anda saat Anda mendaftar, dan akan memintanya lagi jika ada yang kurang. Verifikasi identitas diwajibkan oleh hukum dan tidak bertentangan dengan trading yang halal.</translation>
    </message>
    <message>
        <source>Coinbase Advanced offers futures and perpetual contracts after a separate sign-up. Once you have signed up, a key that can trade may be able to use them, so do not sign up.</source>
        <translation>Coinbase Advanced menyediakan futures dan kontrak perpetual setelah pendaftaran terpisah. Setelah Anda mendaftar, kunci yang bisa trading mungkin juga bisa memakainya, jadi jangan mendaftar.</translation>
    </message>
    <message>
        <source>I never signed up for futures or perpetuals</source>
        <translation>Saya tidak pernah mendaftar untuk futures atau perpetual</translation>
    </message>
    <message>
        <source>In Coinbase Advanced, futures and perpetuals show as their own balance or portfolio. If you see none, tick this. If you have one, close its positions and move its funds back to spot.</source>
        <translation>Di Coinbase Advanced, futures dan perpetual ditampilkan sebagai saldo atau portofolio tersendiri. Jika Anda tidak melihatnya, centang poin ini. Jika ada, tutup posisinya dan pindahkan dananya kembali ke spot.</translation>
    </message>
    <message>
        <source>I have no loan from Coinbase</source>
        <translation>Saya tidak punya pinjaman dari Coinbase</translation>
    </message>
    <message>
        <source>In some countries Coinbase offers loans backed by your coins. They carry interest (riba): repay any loan before you go on.</source>
        <translation>Di beberapa negara, Coinbase menawarkan pinjaman dengan jaminan koin Anda. Pinjaman ini berbunga (riba): lunasi semua pinjaman sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform: API Keys, then Create API key.</source>
        <translation>Di &quot;Developer Platform&quot; (Platform Pengembang) Coinbase: &quot;API Keys&quot; (Kunci API), lalu &quot;Create API key&quot; (Buat kunci API).</translation>
    </message>
    <message>
        <source>Sign in there with your Coinbase account. Under Advanced settings choose ECDSA, unless your trading program asks for Ed25519.</source>
        <translation>Masuk di sana dengan akun Coinbase Anda. Di bagian &quot;Advanced settings&quot; (Pengaturan lanjutan), pilih ECDSA, kecuali program trading Anda meminta Ed25519.</translation>
    </message>
    <message>
        <source>Under IP allowlist, enter the addresses below.</source>
        <translation>Di bagian &quot;IP allowlist&quot; (Daftar IP yang diizinkan), masukkan alamat IP di bawah.</translation>
    </message>
    <message>
        <source>Coinbase shows the private key only once, and offers it as a JSON file to download. Keep that page open, or the file, until this wizard has it; then delete the file.</source>
        <translation>Coinbase hanya menampilkan kunci privat satu kali, dan menawarkannya sebagai file JSON untuk diunduh. Biarkan halaman itu tetap terbuka, atau simpan filenya, sampai kunci privat sudah dimasukkan ke panduan ini; setelah itu hapus file tersebut.</translation>
    </message>
    <message>
        <source>I created the key and can see its name and private key</source>
        <translation>Saya sudah membuat kunci dan bisa melihat nama serta kunci privatnya</translation>
    </message>
    <message>
        <source>Open portal.cdp.coinbase.com and sign in with your Coinbase account; some accounts find keys under coinbase.com/settings/api instead. If the private key is lost, delete the key and create a new one.</source>
        <translation>Buka portal.cdp.coinbase.com dan masuk dengan akun Coinbase Anda; pada sebagian akun, kunci ada di coinbase.com/settings/api. Jika kunci privat hilang, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>Under API restrictions, choose your spot portfolio (usually Default) and tick View and Trade. Never pick a perpetuals portfolio.</source>
        <translation>Di bagian &quot;API restrictions&quot; (Pembatasan API), pilih portofolio spot Anda (biasanya &quot;Default&quot;) lalu centang &quot;View&quot; (Lihat) dan &quot;Trade&quot; (Trading). Jangan pernah memilih portofolio perpetual.</translation>
    </message>
    <message>
        <source>If a box or the portfolio is wrong and you cannot change it, delete the key and create a new one.</source>
        <translation>Jika ada kotak atau portofolio yang salah dan tidak bisa Anda ubah, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>Copy the key&apos;s name and its private key from Coinbase into these fields.</source>
        <translation>Salin nama kunci dan kunci privatnya dari Coinbase ke kolom-kolom ini.</translation>
    </message>
    <message>
        <source>Checking the key with Coinbase</source>
        <translation>Memeriksa kunci ke Coinbase</translation>
    </message>
    <message>
        <source>The wizard asks Coinbase what this key can do.</source>
        <translation>Panduan ini menanyakan ke Coinbase apa saja yang bisa dilakukan kunci ini.</translation>
    </message>
    <message>
        <source>Portfolio: Default</source>
        <translation>Portfolio: Default (Portofolio: Bawaan)</translation>
    </message>
    <message>
        <source>The key works only in the portfolio chosen here.</source>
        <translation>Kunci ini hanya berfungsi di portofolio yang dipilih di sini.</translation>
    </message>
    <message>
        <source>Portfolio: Perpetuals</source>
        <translation>Portfolio: Perpetuals (Portofolio: Perpetual)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View (Lihat)</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade (Trading)</translation>
    </message>
    <message>
        <source>Needed to buy and sell.</source>
        <translation>Diperlukan untuk membeli dan menjual.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Secure your Kraken account</source>
        <translation>Amankan akun Kraken Anda</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Security. Turn on two-factor sign-in with an authenticator app or a security key.</source>
        <translation>Di Kraken: ikon profil Anda, lalu &quot;Settings&quot; (Pengaturan), lalu &quot;Security&quot; (Keamanan). Aktifkan verifikasi dua langkah (2FA) dengan aplikasi autentikator atau kunci keamanan (security key).</translation>
    </message>
    <message>
        <source>My identity is verified on Kraken</source>
        <translation>Identitas saya sudah terverifikasi di Kraken</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Verification. If it is not done, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di Kraken: ikon profil Anda, lalu &quot;Settings&quot; (Pengaturan), lalu &quot;Verification&quot; (Verifikasi). Jika belum selesai, ikuti langkah-langkah di sana. Verifikasi identitas diwajibkan oleh hukum dan tidak bertentangan dengan trading yang halal.</translation>
    </message>
    <message>
        <source>On Kraken margin belongs to the account, not to the key. If your account may trade on margin, any key that places orders can borrow. Kraken Futures is a separate platform with keys of its own.</source>
        <translation>Di Kraken, margin adalah fitur akun, bukan izin kunci. Jika akun Anda boleh trading dengan margin, setiap kunci yang bisa membuat order juga bisa meminjam. Kraken Futures adalah platform terpisah dengan kuncinya sendiri.</translation>
    </message>
    <message>
        <source>Kraken Pro lists margin positions under Positions: close any you find. When you trade by hand, leave leverage at &quot;None&quot;.</source>
        <translation>&quot;Kraken Pro&quot; menampilkan posisi margin di &quot;Positions&quot; (Posisi): tutup semua yang Anda temukan. Saat Anda trading secara manual, biarkan leverage pada &quot;None&quot; (Tidak ada).</translation>
    </message>
    <message>
        <source>I have no open positions on Kraken Futures</source>
        <translation>Saya tidak punya posisi terbuka di Kraken Futures</translation>
    </message>
    <message>
        <source>If you never opened Kraken Futures, tick this. Otherwise close its positions and move its funds back to your spot balance.</source>
        <translation>Jika Anda belum pernah membuka Kraken Futures, centang poin ini. Jika pernah, tutup posisinya dan pindahkan dananya kembali ke saldo spot Anda.</translation>
    </message>
    <message>
        <source>On Kraken: profile icon, then Settings, then API, then Create API key.</source>
        <translation>Di Kraken: ikon profil, lalu &quot;Settings&quot; (Pengaturan), lalu &quot;API&quot;, lalu &quot;Create API key&quot; (Buat kunci API).</translation>
    </message>
    <message>
        <source>Kraken makes the key and its secret, which Kraken calls the private key.</source>
        <translation>Kraken membuat kunci beserta Secret Key-nya, yang oleh Kraken disebut &quot;Private Key&quot; (kunci privat).</translation>
    </message>
    <message>
        <source>Use this key in one program only. When two programs share a key, Kraken refuses some of their requests.</source>
        <translation>Gunakan kunci ini hanya di satu program. Jika dua program memakai kunci yang sama, Kraken akan menolak sebagian permintaan mereka.</translation>
    </message>
    <message>
        <source>I created the key and can see its API key and private key</source>
        <translation>Saya sudah membuat kunci dan bisa melihat API Key dan kunci privatnya</translation>
    </message>
    <message>
        <source>API is in Settings, under your profile icon. If you closed the page before copying the private key, delete the key and create a new one.</source>
        <translation>&quot;API&quot; ada di &quot;Settings&quot; (Pengaturan), di bawah ikon profil Anda. Jika Anda menutup halaman itu sebelum menyalin kunci privat, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. Where your account may use margin, it can also borrow, and no setting of the key stops that.</source>
        <translation>Diperlukan untuk membeli dan menjual. Jika akun Anda boleh memakai margin, izin ini juga bisa meminjam, dan tidak ada pengaturan kunci yang bisa mencegahnya.</translation>
    </message>
    <message>
        <source>Leave &quot;Nonce window&quot; as it is, unless your trading program asks for a number: it lets requests arrive slightly out of order.</source>
        <translation>Biarkan &quot;Nonce window&quot; (Jendela nonce) seperti apa adanya, kecuali program trading Anda meminta angka tertentu: pengaturan ini memungkinkan permintaan tiba dengan urutan yang sedikit berbeda.</translation>
    </message>
    <message>
        <source>Kraken Pro&apos;s Positions tab is empty</source>
        <translation>Tab &quot;Positions&quot; (Posisi) di &quot;Kraken Pro&quot; kosong</translation>
    </message>
    <message>
        <source>Leave Query Funds empty: with it a key can move funds into a Futures wallet.</source>
        <translation>Biarkan &quot;Query Funds&quot; (Lihat dana) tidak dicentang: dengan izin ini, kunci bisa memindahkan dana ke dompet Futures.</translation>
    </message>
    <message>
        <source>To change a key later, open it in Kraken&apos;s API list. If you are unsure what it allows, delete it and create a new one.</source>
        <translation>Untuk mengubah kunci nanti, buka kunci itu di daftar API Kraken. Jika Anda tidak yakin apa saja yang diizinkan kunci itu, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address settings, enter the addresses below.</source>
        <translation>Di pengaturan alamat IP kunci ini, masukkan alamat IP di bawah.</translation>
    </message>
    <message>
        <source>Copy the API key and the private key from Kraken into these fields.</source>
        <translation>Salin API Key dan kunci privat dari Kraken ke kolom-kolom ini.</translation>
    </message>
    <message>
        <source>Checking the key with Kraken</source>
        <translation>Memeriksa kunci ke Kraken</translation>
    </message>
    <message>
        <source>The wizard asks Kraken what this key can do.</source>
        <translation>Panduan ini menanyakan ke Kraken apa saja yang bisa dilakukan kunci ini.</translation>
    </message>
    <message>
        <source>Query Funds</source>
        <translation>Query Funds (Lihat dana)</translation>
    </message>
    <message>
        <source>Kraken lets a key with it move funds into a Kraken Futures wallet. Without it the wizard cannot show your balances; orders, trades and the ledger stay readable.</source>
        <translation>Dengan izin ini, Kraken membiarkan kunci memindahkan dana ke dompet Kraken Futures. Tanpa izin ini, panduan ini tidak bisa menampilkan saldo Anda; order, transaksi, dan catatan mutasi dana (ledger) tetap bisa dibaca.</translation>
    </message>
    <message>
        <source>Query Open Orders &amp; Trades</source>
        <translation>Query Open Orders &amp; Trades (Lihat order dan transaksi yang masih terbuka)</translation>
    </message>
    <message>
        <source>Query Closed Orders &amp; Trades</source>
        <translation>Query Closed Orders &amp; Trades (Lihat order dan transaksi yang sudah ditutup)</translation>
    </message>
    <message>
        <source>Query Ledger Entries</source>
        <translation>Query Ledger Entries (Lihat catatan mutasi dana)</translation>
    </message>
    <message>
        <source>Create &amp; Modify Orders</source>
        <translation>Create &amp; Modify Orders (Buat dan ubah order)</translation>
    </message>
    <message>
        <source>Cancel/Close Orders</source>
        <translation>Cancel/Close Orders (Batalkan/tutup order)</translation>
    </message>
    <message>
        <source>Needed to cancel orders.</source>
        <translation>Diperlukan untuk membatalkan order.</translation>
    </message>
    <message>
        <source>Deposit Funds</source>
        <translation>Deposit Funds (Setor dana)</translation>
    </message>
    <message>
        <source>Not needed for trading.</source>
        <translation>Tidak diperlukan untuk trading.</translation>
    </message>
    <message>
        <source>Withdraw Funds</source>
        <translation>Withdraw Funds (Tarik dana)</translation>
    </message>
    <message>
        <source>Secure your OKX account</source>
        <translation>Amankan akun OKX Anda</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Security, then Authenticator app. Follow the steps. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Di OKX: ikon profil Anda, lalu &quot;Security&quot; (Keamanan), lalu &quot;Authenticator app&quot; (Aplikasi autentikator). Ikuti langkah-langkahnya. Setelah berfungsi, berhenti memakai kode SMS: kode SMS bisa dicuri dengan cara mengambil alih nomor telepon Anda.</translation>
    </message>
    <message>
        <source>My identity is verified on OKX</source>
        <translation>Identitas saya sudah terverifikasi di OKX</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di OKX: ikon profil Anda, lalu &quot;Verification&quot; (Verifikasi). Jika tertulis &quot;Verified&quot; (Terverifikasi), langkah ini sudah selesai; jika belum, ikuti langkah-langkah di sana. Verifikasi identitas diwajibkan oleh hukum dan tidak bertentangan dengan trading yang halal.</translation>
    </message>
    <message>
        <source>On OKX the account mode decides what your account can do. Only Spot mode is spot-only. &quot;Spot and futures&quot; (also called Futures mode), &quot;Multi-currency margin&quot; and &quot;Portfolio margin&quot; all allow borrowing and derivatives.</source>
        <translation>Di OKX, mode akun menentukan apa saja yang bisa dilakukan akun Anda. Hanya &quot;Spot mode&quot; (Mode spot) yang benar-benar khusus spot. &quot;Spot and futures&quot; (Spot dan futures, juga disebut &quot;Futures mode&quot;), &quot;Multi-currency margin&quot; (Margin multi-mata uang), dan &quot;Portfolio margin&quot; semuanya mengizinkan pinjaman dan derivatif.</translation>
    </message>
    <message>
        <source>Even in Spot mode OKX lets you buy options: never do, they are derivatives.</source>
        <translation>Bahkan dalam &quot;Spot mode&quot; (Mode spot), OKX tetap memungkinkan Anda membeli opsi: jangan pernah melakukannya, karena opsi adalah derivatif.</translation>
    </message>
    <message>
        <source>My account mode is Spot mode</source>
        <translation>Mode akun saya adalah &quot;Spot mode&quot; (Mode spot)</translation>
    </message>
    <message>
        <source>On OKX: open the trading page, then its settings (the gear icon), then Account mode. Choose Spot mode and confirm. OKX refuses the switch while you hold positions, loans or open orders: close and repay them first.</source>
        <translation>Di OKX: buka halaman trading, lalu pengaturannya (ikon roda gigi), lalu &quot;Account mode&quot; (Mode akun). Pilih &quot;Spot mode&quot; (Mode spot) dan konfirmasi. OKX menolak perubahan ini selama Anda masih punya posisi, pinjaman, atau order terbuka: tutup dan lunasi semuanya terlebih dahulu.</translation>
    </message>
    <message>
        <source>On OKX: Assets, then your trading account. If positions or loans are listed, close and repay them, then switch to Spot mode.</source>
        <translation>Di OKX: &quot;Assets&quot; (Aset), lalu akun trading Anda. Jika ada posisi atau pinjaman yang tercantum, tutup dan lunasi semuanya, lalu beralih ke &quot;Spot mode&quot; (Mode spot).</translation>
    </message>
    <message>
        <source>On OKX: profile icon, then API, then Create API key.</source>
        <translation>Di OKX: ikon profil, lalu &quot;API&quot;, lalu &quot;Create API key&quot; (Buat kunci API).</translation>
    </message>
    <message>
        <source>Choose &quot;API trading&quot;. You also choose a passphrase: a password for this key only.</source>
        <translation>Pilih &quot;API trading&quot; (Trading API). Anda juga memilih Passphrase: kata sandi khusus untuk kunci ini.</translation>
    </message>
    <message>
        <source>In Spot mode, Trade cannot borrow. The check names what else it reaches.</source>
        <translation>Dalam &quot;Spot mode&quot; (Mode spot), &quot;Trade&quot; (Trading) tidak bisa meminjam. Pemeriksaan akan menyebutkan apa lagi yang dapat dijangkaunya.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address field, enter the addresses below.</source>
        <translation>Di kolom alamat IP kunci ini, masukkan alamat IP di bawah.</translation>
    </message>
    <message>
        <source>Write the passphrase down now: OKX cannot show it again, and the wizard needs it.</source>
        <translation>Catat Passphrase sekarang: OKX tidak bisa menampilkannya lagi, dan panduan ini memerlukannya.</translation>
    </message>
    <message>
        <source>I created the key and have its API key, secret key and passphrase</source>
        <translation>Saya sudah membuat kunci dan memiliki API Key, Secret Key, dan Passphrase-nya</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of OKX&apos;s website. If you lost the secret key or the passphrase, delete the key and create a new one.</source>
        <translation>&quot;API&quot; ada di menu di bawah ikon profil Anda, di kanan atas situs OKX. Jika Secret Key atau Passphrase hilang, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>Open the key in OKX&apos;s API list and choose Edit. If Withdraw is ticked and will not untick, delete the key and create a new one.</source>
        <translation>Buka kunci itu di daftar API OKX dan pilih &quot;Edit&quot; (Ubah). Jika &quot;Withdraw&quot; (Tarik dana) tercentang dan centangnya tidak bisa dihapus, hapus kunci itu dan buat yang baru.</translation>
    </message>
    <message>
        <source>If you leave the field empty, OKX may delete the key once it has gone 14 days unused, and until then anyone who copies it can use it.</source>
        <translation>Jika kolom ini dibiarkan kosong, OKX bisa menghapus kunci setelah 14 hari tidak dipakai, dan sampai saat itu siapa pun yang menyalinnya bisa memakainya.</translation>
    </message>
    <message>
        <source>Copy the API key, the secret key and your passphrase into these fields.</source>
        <translation>Salin API Key, Secret Key, dan Passphrase Anda ke kolom-kolom ini.</translation>
    </message>
    <message>
        <source>Checking the key with OKX</source>
        <translation>Memeriksa kunci ke OKX</translation>
    </message>
    <message>
        <source>The wizard asks OKX what this key can do.</source>
        <translation>Panduan ini menanyakan ke OKX apa saja yang bisa dilakukan kunci ini.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read (Baca)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On OKX it also opens Earn, Flexible Loan and moves between your own accounts, which no setting closes: the check will name them.</source>
        <translation>Diperlukan untuk membeli dan menjual. Di OKX, izin ini juga membuka akses ke Earn (imbal hasil), Flexible Loan (pinjaman fleksibel), dan pemindahan dana antarakun milik Anda sendiri, yang tidak bisa ditutup oleh pengaturan apa pun: pemeriksaan nanti akan menyebutkannya.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw (Tarik dana)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&amp;Replace my key now</source>
        <translation>&amp;Ganti kunci saya sekarang</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Replace your key now?</source>
        <translation>Ganti kunci Anda sekarang?</translation>
    </message>
    <message>
        <source>The wizard starts again at its first page, for a new key. What you entered on the pages so far is forgotten.</source>
        <translation>Wizard mulai lagi dari halaman pertamanya, untuk kunci baru. Apa yang Anda isi di halaman sejauh ini dilupakan.</translation>
    </message>
</context>
<context>
    <name>IP</name>
    <message>
        <source>the practice trading service</source>
        <translation>layanan trading latihan</translation>
    </message>
    <message>
        <source>Addresses of {service} to allow:</source>
        <translation>Alamat IP {service} yang perlu diizinkan:</translation>
    </message>
    <message>
        <source>Addresses to allow (one per line):</source>
        <translation>Alamat IP yang perlu diizinkan (satu per baris):</translation>
    </message>
    <message>
        <source>Addresses to allow</source>
        <translation>Alamat IP yang perlu diizinkan</translation>
    </message>
    <message>
        <source>&amp;Copy the addresses</source>
        <translation>&amp;Salin alamat IP</translation>
    </message>
    <message>
        <source>&amp;Find this computer&apos;s address…</source>
        <translation>&amp;Cari alamat IP komputer ini…</translation>
    </message>
    <message>
        <source>&amp;QR codes for a phone</source>
        <translation>Kode &amp;QR untuk ponsel</translation>
    </message>
    <message>
        <source>The addresses, for a phone</source>
        <translation>Alamat IP, untuk dipindai dengan ponsel</translation>
    </message>
    <message>
        <source>The API key page on {exchange}</source>
        <translation>Halaman API Key di {exchange}</translation>
    </message>
    <message>
        <source>If the list holds only the trading service&apos;s addresses, checking the key from this computer ends with &quot;The exchange did not accept this key&quot;. For the check, add this computer&apos;s address too, or check the key from the service.</source>
        <translation>Jika daftar ini hanya berisi alamat IP layanan trading, pemeriksaan kunci dari komputer ini akan berakhir dengan pesan &quot;Bursa tidak menerima kunci ini&quot;. Agar kunci bisa diperiksa, tambahkan juga alamat IP komputer ini, atau periksa kunci dari layanan tersebut.</translation>
    </message>
    <message>
        <source>The trading computer or service has no fixed address</source>
        <translation>Komputer atau layanan trading tidak punya alamat IP tetap</translation>
    </message>
    <message>
        <source>Then leave the list empty on {exchange}. The key works from anywhere, so anyone who copies it can use it too; the check marks it as not restricted and says what that means on {exchange}. Add the address when you have one.</source>
        <translation>Kalau begitu, biarkan daftarnya kosong di {exchange}. Kunci bekerja dari mana saja, jadi siapa pun yang menyalinnya juga dapat memakainya; pemeriksaan menandainya sebagai tidak dibatasi dan menjelaskan artinya di {exchange}. Tambahkan alamatnya bila sudah ada.</translation>
    </message>
    <message>
        <source>Find this computer&apos;s address?</source>
        <translation>Cari alamat IP komputer ini?</translation>
    </message>
    <message>
        <source>To find it, the wizard asks an outside service ({service}), which then sees this computer&apos;s address. You can also type the address yourself. Ask the service?</source>
        <translation>Untuk mencarinya, panduan ini bertanya ke layanan luar ({service}), sehingga layanan itu akan melihat alamat IP komputer ini. Anda juga bisa mengetik alamatnya sendiri. Tanyakan ke layanan tersebut?</translation>
    </message>
    <message>
        <source>This computer&apos;s address could not be found (no connection to the service). Type it yourself: a search for &quot;what is my IP&quot; in your browser shows it.</source>
        <translation>Alamat IP komputer ini tidak dapat ditemukan (tidak ada koneksi ke layanan). Ketik sendiri: cari &quot;what is my IP&quot; di browser Anda, dan hasilnya akan menunjukkan alamat tersebut.</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>{exchange} makes the key (&quot;System generated&quot;)</source>
        <translation>{exchange} yang membuat kunci: &quot;System generated&quot; (Dibuat oleh sistem)</translation>
    </message>
    <message>
        <source>This computer makes a key pair (safest)</source>
        <translation>Komputer ini yang membuat pasangan kunci (paling aman)</translation>
    </message>
    <message>
        <source>On {exchange} choose &quot;Self-generated&quot; and paste the public key made here.</source>
        <translation>Di {exchange}, pilih &quot;Self-generated&quot; (Dibuat sendiri) dan tempel kunci publik yang dibuat di sini.</translation>
    </message>
    <message>
        <source>The private key is made here and goes straight into your computer&apos;s keychain: it never leaves this computer. {exchange} gets only the public key below. On {exchange} choose &quot;Self-generated&quot;, paste the public key, and {exchange} shows the API Key: later you enter only that.</source>
        <translation>Kunci privat dibuat di sini dan langsung masuk ke brankas kata sandi (keychain) komputer Anda: kunci itu tidak pernah keluar dari komputer ini. {exchange} hanya menerima kunci publik di bawah. Di {exchange}, pilih &quot;Self-generated&quot; (Dibuat sendiri), tempel kunci publiknya, lalu {exchange} akan menampilkan API Key: nanti Anda hanya perlu memasukkan API Key itu.</translation>
    </message>
    <message>
        <source>&amp;Make my key pair</source>
        <translation>&amp;Buat pasangan kunci saya</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Kunci publik</translation>
    </message>
    <message>
        <source>Copy the &amp;public key</source>
        <translation>Salin kunci &amp;publik</translation>
    </message>
    <message>
        <source>Export the private key…</source>
        <translation>Ekspor kunci privat…</translation>
    </message>
    <message>
        <source>Practice: the public key was pasted into the practice exchange for you, and its API Key is filled in on the &quot;Enter the key&quot; page.</source>
        <translation>Latihan: kunci publik sudah ditempel ke bursa latihan untuk Anda, dan API Key-nya sudah diisi di halaman &quot;Masukkan kunci&quot;.</translation>
    </message>
    <message>
        <source>Putting the private key into the keychain…</source>
        <translation>Menyimpan kunci privat di brankas kata sandi (keychain)…</translation>
    </message>
    <message>
        <source>The private key is in your keychain. Paste the public key into {exchange}.</source>
        <translation>Kunci privat sudah ada di brankas kata sandi (keychain) Anda. Tempel kunci publik ke {exchange}.</translation>
    </message>
    <message>
        <source>The key pair could not be kept.</source>
        <translation>Pasangan kunci tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation>Ekspor kunci privat?</translation>
    </message>
    <message>
        <source>Whoever has this file can trade with your key. Keep it only on a drive you control, never in email, chat or cloud storage. The wizard does not need it: the key is already in your keychain.</source>
        <translation>Siapa pun yang memiliki file ini bisa trading dengan kunci Anda. Simpan file ini hanya di media penyimpanan yang Anda kendalikan sendiri, jangan pernah di email, chat, atau penyimpanan cloud. Panduan ini tidak memerlukannya: kunci ini sudah ada di brankas kata sandi (keychain) Anda.</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>Simpan kunci privat</translation>
    </message>
    <message>
        <source>Private key (*.pem)</source>
        <translation>Kunci privat (*.pem)</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Key {label} no longer works</source>
        <translation>Kunci {label} tidak berfungsi lagi</translation>
    </message>
    <message>
        <source>{exchange} no longer accepts this key. A bot using it cannot trade or close its orders: set up a new key with Halal Key Wizard.</source>
        <translation>{exchange} tidak lagi menerima kunci ini. Bot yang memakainya tidak bisa melakukan trading atau menutup ordernya: siapkan kunci baru dengan Halal Key Wizard.</translation>
    </message>
    <message>
        <source>Key {label}: a new warning</source>
        <translation>Kunci {label}: peringatan baru</translation>
    </message>
    <message>
        <source>The check found something new about this key. Open Halal Key Wizard and verify it to read what and how to fix it.</source>
        <translation>Pemeriksaan menemukan hal baru tentang kunci ini. Buka Halal Key Wizard dan periksa kunci ini untuk membaca apa yang ditemukan dan cara memperbaikinya.</translation>
    </message>
    <message>
        <source>Key {label} changed</source>
        <translation>Ada perubahan pada kunci {label}</translation>
    </message>
    <message>
        <source>Something about this key changed on {exchange} since the last check.</source>
        <translation>Ada yang berubah pada kunci ini di {exchange} sejak pemeriksaan terakhir.</translation>
    </message>
    <message>
        <source>Key {label} stops trading soon</source>
        <translation>Trading dengan kunci {label} akan segera berhenti</translation>
    </message>
    <message>
        <source>{exchange} switches this key&apos;s trading off within 14 days.</source>
        <translation>{exchange} akan mematikan fitur trading untuk kunci ini dalam 14 hari.</translation>
    </message>
    <message>
        <source>Time to replace key {label}</source>
        <translation>Saatnya mengganti kunci {label}</translation>
    </message>
    <message>
        <source>Its replace-by date has come or is near: make a new key and replace it.</source>
        <translation>Tanggal penggantiannya sudah tiba atau sudah dekat: buat kunci baru, lalu ganti kunci ini dengan kunci baru itu.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Picture of the permission panel</source>
        <translation>Gambar panel izin</translation>
    </message>
    <message>
        <source>Tick only these:</source>
        <translation>Centang hanya yang ini:</translation>
    </message>
    <message>
        <source>Leave these empty:</source>
        <translation>Biarkan yang ini tidak dicentang:</translation>
    </message>
    <message>
        <source>{box}: {reason}</source>
        <translation>{box}: {reason}</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Spot only, IP-restricted (the safest key)</source>
        <translation>Hanya spot, dibatasi IP (kunci paling aman)</translation>
    </message>
    <message>
        <source>Withdrawals switched on</source>
        <translation>Penarikan dana aktif</translation>
    </message>
    <message>
        <source>Unified account default: derivatives on</source>
        <translation>Bawaan akun terpadu: derivatif aktif</translation>
    </message>
    <message>
        <source>Spot margin switched on, with a loan</source>
        <translation>Margin spot aktif, dengan pinjaman</translation>
    </message>
    <message>
        <source>No IP restriction, expires in 10 days</source>
        <translation>Tanpa batasan IP, berakhir dalam 10 hari</translation>
    </message>
    <message>
        <source>An answer without its IP list</source>
        <translation>Jawaban tanpa daftar IP-nya</translation>
    </message>
    <message>
        <source>Refused for this region</source>
        <translation>Ditolak untuk wilayah ini</translation>
    </message>
    <message>
        <source>Futures switched on</source>
        <translation>Futures aktif</translation>
    </message>
    <message>
        <source>Margin switched on, with a loan open</source>
        <translation>Margin aktif, dengan pinjaman yang belum lunas</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>Tanpa batasan IP</translation>
    </message>
    <message>
        <source>Options activated on the account</source>
        <translation>Opsi sudah diaktifkan di akun</translation>
    </message>
    <message>
        <source>Spot only, but a Flexible Loan is open</source>
        <translation>Hanya spot, tetapi ada Flexible Loan yang masih terbuka</translation>
    </message>
    <message>
        <source>Options and transfers switched on</source>
        <translation>Opsi dan transfer aktif</translation>
    </message>
    <message>
        <source>Earn switched on</source>
        <translation>Izin &quot;Earn&quot; (Imbal hasil) aktif</translation>
    </message>
    <message>
        <source>Spot only, but a Crypto Loan is open</source>
        <translation>Hanya spot, tetapi ada Crypto Loan yang masih terbuka</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>Izin yang tidak dikenali panduan ini</translation>
    </message>
    <message>
        <source>Query Funds switched on (can move funds to Futures)</source>
        <translation>Query Funds aktif (bisa memindahkan dana ke Futures)</translation>
    </message>
    <message>
        <source>No IP restriction, 120 days old</source>
        <translation>Tanpa pembatasan IP, berumur 120 hari</translation>
    </message>
    <message>
        <source>Used by another program</source>
        <translation>Pernah dipakai oleh program lain</translation>
    </message>
    <message>
        <source>Key details unavailable (slower check)</source>
        <translation>Detail kunci tidak tersedia (pemeriksaan lebih lambat)</translation>
    </message>
    <message>
        <source>Read only (cannot trade)</source>
        <translation>Hanya membaca (tidak bisa trading)</translation>
    </message>
    <message>
        <source>Reading switched off</source>
        <translation>Izin membaca dimatikan</translation>
    </message>
    <message>
        <source>Self-generated Ed25519 key, spot only</source>
        <translation>Kunci Ed25519 buatan sendiri, hanya spot</translation>
    </message>
    <message>
        <source>An answer without the withdrawal switch</source>
        <translation>Jawaban tanpa status izin penarikan dana</translation>
    </message>
    <message>
        <source>A switch the wizard does not know, turned on</source>
        <translation>Pengaturan yang tidak dikenali panduan ini, dalam keadaan aktif</translation>
    </message>
    <message>
        <source>Refused where it is asked from</source>
        <translation>Ditolak dari lokasi asal permintaan</translation>
    </message>
    <message>
        <source>Restricted to another computer&apos;s address</source>
        <translation>Dibatasi ke alamat IP komputer lain</translation>
    </message>
    <message>
        <source>Spot only, but this computer&apos;s clock is 2.5 s slow</source>
        <translation>Hanya spot, tetapi jam komputer ini terlambat 2.5 detik</translation>
    </message>
    <message>
        <source>Ed25519 key, spot only</source>
        <translation>Kunci Ed25519, hanya spot</translation>
    </message>
    <message>
        <source>Trade key on a perpetuals (INTX) portfolio</source>
        <translation>Kunci trading di portofolio perpetual (INTX)</translation>
    </message>
    <message>
        <source>Spot only, with hundreds of wallets</source>
        <translation>Hanya spot, dengan ratusan dompet</translation>
    </message>
    <message>
        <source>PRACTICE: a pretend exchange. Nothing here touches your real account or keychain.</source>
        <translation>LATIHAN: bursa pura-pura. Tidak ada yang menyentuh akun sungguhan atau brankas kata sandi (keychain) Anda.</translation>
    </message>
    <message>
        <source>A bot that traded spot only</source>
        <translation>Bot yang hanya trading spot</translation>
    </message>
    <message>
        <source>A bot that borrowed on margin</source>
        <translation>Bot yang meminjam dengan margin</translation>
    </message>
    <message>
        <source>A bot that put coins in Earn</source>
        <translation>Bot yang menaruh koin di Earn</translation>
    </message>
    <message>
        <source>A bot that traded futures</source>
        <translation>Bot yang trading futures</translation>
    </message>
    <message>
        <source>A bot that moved coins to futures</source>
        <translation>Bot yang memindahkan koin ke futures</translation>
    </message>
    <message>
        <source>A bot that withdrew coins</source>
        <translation>Bot yang menarik koin</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Simple Earn, staking and Dual Investment</source>
        <translation>Simple Earn, staking dan Dual Investment</translation>
    </message>
    <message>
        <source>Crypto Loan</source>
        <translation>Crypto Loan</translation>
    </message>
    <message>
        <source>Margin special key</source>
        <translation>Kunci khusus margin</translation>
    </message>
    <message>
        <source>Cross and isolated margin</source>
        <translation>Margin silang dan terisolasi</translation>
    </message>
    <message>
        <source>USD-M and COIN-M futures, portfolio margin</source>
        <translation>Futures USD-M dan COIN-M, margin portofolio</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Withdrawals and gift cards</source>
        <translation>Penarikan dan kartu hadiah</translation>
    </message>
    <message>
        <source>Universal transfer between wallets</source>
        <translation>Transfer universal antar dompet</translation>
    </message>
    <message>
        <source>Transfers between master and sub-accounts</source>
        <translation>Transfer antara akun induk dan sub-akun</translation>
    </message>
    <message>
        <source>Spot margin</source>
        <translation>Margin Spot</translation>
    </message>
    <message>
        <source>Derivatives: perpetuals and futures</source>
        <translation>Derivatif: perpetual dan futures</translation>
    </message>
    <message>
        <source>USDC contracts: options and USDC perpetuals</source>
        <translation>Kontrak USDC: opsi dan perpetual USDC</translation>
    </message>
    <message>
        <source>Block trades (RFQ)</source>
        <translation>Perdagangan blok (RFQ)</translation>
    </message>
    <message>
        <source>Earn and Advanced Earn (incl. Smart Leverage, Dual Asset)</source>
        <translation>Earn dan Advanced Earn (termasuk Smart Leverage, Dual Asset)</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Transfers between wallets and sub-accounts</source>
        <translation>Transfer antar dompet dan sub-akun</translation>
    </message>
    <message>
        <source>Creating keys and sub-accounts</source>
        <translation>Membuat kunci dan sub-akun</translation>
    </message>
    <message>
        <source>P2P, Bybit Pay, fiat convert, Bybit Card</source>
        <translation>P2P, Bybit Pay, konversi fiat, Bybit Card</translation>
    </message>
    <message>
        <source>US futures, perpetuals and Coinbase&apos;s derivatives exchange</source>
        <translation>Futures AS, perpetual dan bursa derivatif Coinbase</translation>
    </message>
    <message>
        <source>Sends, withdrawals and moves between portfolios</source>
        <translation>Pengiriman, penarikan dan perpindahan antar portofolio</translation>
    </message>
    <message>
        <source>Margin trading (orders with leverage)</source>
        <translation>Perdagangan margin (order dengan leverage)</translation>
    </message>
    <message>
        <source>WalletTransfer to a Kraken Futures wallet</source>
        <translation>WalletTransfer ke dompet Kraken Futures</translation>
    </message>
    <message>
        <source>Earn (staking and rewards)</source>
        <translation>Earn (staking dan imbalan)</translation>
    </message>
    <message>
        <source>Withdrawals and sub-account transfers</source>
        <translation>Penarikan dan transfer sub-akun</translation>
    </message>
    <message>
        <source>Kraken Futures</source>
        <translation>Kraken Futures</translation>
    </message>
    <message>
        <source>Simple Earn, staking and other Earn products</source>
        <translation>Simple Earn, staking dan produk Earn lainnya</translation>
    </message>
    <message>
        <source>Flexible Loan</source>
        <translation>Flexible Loan</translation>
    </message>
    <message>
        <source>Funds transfer</source>
        <translation>Transfer dana</translation>
    </message>
    <message>
        <source>Borrowing in Spot mode</source>
        <translation>Peminjaman dalam mode Spot</translation>
    </message>
    <message>
        <source>Futures, multi-currency and portfolio margin modes</source>
        <translation>Mode futures, multi-mata uang dan margin portofolio</translation>
    </message>
</context>
<context>
    <name>QR</name>
    <message>
        <source>Too much to fit in one QR code: use the text beside it.</source>
        <translation>Terlalu banyak untuk satu kode QR: gunakan teks di sebelahnya.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kode QR</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>See balances, orders and trades. Needed.</source>
        <translation>Melihat saldo, order, dan transaksi. Diperlukan.</translation>
    </message>
    <message>
        <source>Buy and sell coins you own. Needed by a bot.</source>
        <translation>Membeli dan menjual koin milik Anda. Diperlukan oleh bot.</translation>
    </message>
    <message>
        <source>Borrow to trade, with interest (riba). Never.</source>
        <translation>Meminjam untuk trading, dengan bunga (riba). Jangan pernah.</translation>
    </message>
    <message>
        <source>Derivative contracts with leverage. Never.</source>
        <translation>Kontrak derivatif dengan leverage. Jangan pernah.</translation>
    </message>
    <message>
        <source>Derivative contracts. Never.</source>
        <translation>Kontrak derivatif. Jangan pernah.</translation>
    </message>
    <message>
        <source>Send coins out of the exchange. Never.</source>
        <translation>Mengirim koin keluar dari bursa. Jangan pernah.</translation>
    </message>
    <message>
        <source>Move funds to other accounts. Never.</source>
        <translation>Memindahkan dana ke akun lain. Jangan pernah.</translation>
    </message>
    <message>
        <source>Move funds between wallets. Never.</source>
        <translation>Memindahkan dana antardompet. Jangan pernah.</translation>
    </message>
    <message>
        <source>Savings, staking or lending for interest (riba). Never.</source>
        <translation>Tabungan, staking, atau meminjamkan koin demi bunga (riba). Jangan pernah.</translation>
    </message>
    <message>
        <source>Borrow through a loan product, with interest (riba). Never.</source>
        <translation>Meminjam melalui produk pinjaman, dengan bunga (riba). Jangan pernah.</translation>
    </message>
    <message>
        <source>Refused from any other address. Recommended.</source>
        <translation>Ditolak dari alamat IP lain. Disarankan.</translation>
    </message>
    <message>
        <source>Margin account open</source>
        <translation>Akun margin terbuka</translation>
    </message>
    <message>
        <source>Futures account open</source>
        <translation>Akun futures terbuka</translation>
    </message>
    <message>
        <source>Options account open</source>
        <translation>Akun opsi terbuka</translation>
    </message>
    <message>
        <source>Portfolio margin switched on</source>
        <translation>Portfolio margin aktif</translation>
    </message>
    <message>
        <source>A margin loan is owed now</source>
        <translation>Pinjaman margin belum lunas</translation>
    </message>
    <message>
        <source>Derivatives positions open</source>
        <translation>Posisi derivatif terbuka</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>a secret shared with the exchange (HMAC)</source>
        <translation>rahasia yang dibagi dengan bursa (HMAC)</translation>
    </message>
    <message>
        <source>a key pair: the exchange holds only its public half (Ed25519)</source>
        <translation>pasangan kunci: bursa hanya memegang separuh publiknya (Ed25519)</translation>
    </message>
    <message>
        <source>a key pair made by the exchange (ECDSA)</source>
        <translation>pasangan kunci yang dibuat bursa (ECDSA)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>tidak dilaporkan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Key verification report</source>
        <translation>Laporan pemeriksaan kunci</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Bursa</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Jenis kunci</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Diperiksa pada</translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>Yang bisa dilakukan kunci</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Tidak ada temuan.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Jawaban daftar periksa</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON twin:</source>
        <translation>SHA-256 berkas JSON pasangannya:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Choose a name of 1 to 64 letters, digits, spaces or signs other than : / \, for example HalalSpot-2026-11-21.</source>
        <translation>Pilih nama 1 sampai 64 huruf, angka, spasi, atau tanda selain : / \, misalnya HalalSpot-2026-11-21.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key: deleting a shared key on the exchange would stop both.</source>
        <translation>Kunci ini sudah tersimpan dengan nama &quot;{label}&quot;. Berikan kunci tersendiri untuk setiap program: jika kunci yang dipakai bersama dihapus di bursa, kedua program akan berhenti.</translation>
    </message>
    <message>
        <source>A key named &quot;{label}&quot; is stored already. Choose another name, or replace that key with rotation.</source>
        <translation>Kunci bernama &quot;{label}&quot; sudah tersimpan. Pilih nama lain, atau ganti kunci itu lewat penggantian (rotasi) kunci.</translation>
    </message>
    <message>
        <source>This key was not stored: it can do something a spot-only key must not. Fix the findings marked critical, then try again.</source>
        <translation>Kunci ini tidak disimpan: kunci ini bisa melakukan hal yang tidak boleh dilakukan kunci khusus spot. Perbaiki temuan yang ditandai kritis, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This is the key that is stored already. Make a new key on the exchange and enter that one.</source>
        <translation>Ini adalah kunci yang sudah tersimpan. Buat kunci baru di bursa, lalu masukkan kunci baru itu.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key.</source>
        <translation>Kunci ini sudah tersimpan dengan nama &quot;{label}&quot;. Berikan kunci tersendiri untuk setiap program.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The key&apos;s permissions</source>
        <translation>Izin kunci</translation>
    </message>
    <message>
        <source>Your account&apos;s settings</source>
        <translation>Pengaturan akun Anda</translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation>Saldo spot</translation>
    </message>
    <message>
        <source>Margin loans</source>
        <translation>Pinjaman margin</translation>
    </message>
    <message>
        <source>Loans open on the account</source>
        <translation>Pinjaman yang masih terbuka di akun</translation>
    </message>
    <message>
        <source>The funding wallet</source>
        <translation>Dompet pendanaan (funding wallet)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>Jam komputer ini</translation>
    </message>
    <message>
        <source>&amp;Enter a new key</source>
        <translation>Masukkan kunci &amp;baru</translation>
    </message>
    <message>
        <source>Critical: {finding}</source>
        <translation>Kritis: {finding}</translation>
    </message>
    <message>
        <source>On {exchange}, change the boxes framed in red and save:</source>
        <translation>Di {exchange}, ubah kotak yang berbingkai merah, lalu simpan:</translation>
    </message>
    <message>
        <source>Untick:</source>
        <translation>Hapus centang:</translation>
    </message>
    <message>
        <source>Tick:</source>
        <translation>Centang:</translation>
    </message>
    <message>
        <source>Read the account</source>
        <translation>Membaca akun</translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation>Trading spot</translation>
    </message>
    <message>
        <source>Margin (borrowing)</source>
        <translation>Margin (pinjaman)</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>Futures</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Penarikan dana</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Transfer internal</translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation>Transfer universal</translation>
    </message>
    <message>
        <source>Earn (interest)</source>
        <translation>Earn (bunga)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation>Dibatasi ke IP tepercaya</translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation>Menanyakan ke bursa…</translation>
    </message>
    <message>
        <source>I changed it — &amp;verify again</source>
        <translation>Sudah saya ubah — &amp;periksa lagi</translation>
    </message>
    <message>
        <source>Where to check: </source>
        <translation>Tempat memeriksa: </translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>Yang bisa dilakukan kunci ini</translation>
    </message>
    <message>
        <source>off, checked by you</source>
        <translation>nonaktif, diperiksa sendiri oleh Anda</translation>
    </message>
    <message>
        <source>not reported by the exchange</source>
        <translation>tidak dilaporkan oleh bursa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on. Read the notes below before you use this key.</source>
        <translation>Bursa tidak menunjukkan hal berbahaya yang aktif. Baca catatan di bawah sebelum Anda memakai kunci ini.</translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is marked critical on the exchange, then verify again.</source>
        <translation>Tidak aman: kunci ini tidak akan disimpan. Ubah hal-hal yang ditandai kritis di bursa, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>yes, and no setting stops it</source>
        <translation>ya, dan tidak ada pengaturan yang bisa mencegahnya</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>YA</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>TIDAK</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Safe: this key is spot-only.</source>
        <translation>Aman: kunci ini hanya bisa trading spot.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Cara memperbaiki: </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>Key made: {date} ({days} days ago)</source>
        <translation>Kunci dibuat: {date} ({days} hari yang lalu)</translation>
    </message>
    <message>
        <source>{exchange} does not tell when a key was made: replace it 90 days after you made it. When you save it, the wizard counts from today.</source>
        <translation>{exchange} tidak memberi tahu kapan kunci dibuat: ganti kunci 90 hari setelah Anda membuatnya. Saat Anda menyimpannya, panduan ini mulai menghitung dari hari ini.</translation>
    </message>
    <message>
        <source>Replace it by: {date}</source>
        <translation>Ganti paling lambat: {date}</translation>
    </message>
    <message>
        <source>Clock difference: {ms} ms</source>
        <translation>Selisih jam: {ms} ms</translation>
    </message>
    <message>
        <source>Spot balances: {balances}</source>
        <translation>Saldo spot: {balances}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Bursa</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>B&amp;ursa:</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Apa yang ingin Anda lakukan?</translation>
    </message>
    <message>
        <source>&amp;Set up a new key</source>
        <translation>&amp;Siapkan kunci baru</translation>
    </message>
    <message>
        <source>&amp;Replace (rotate) a key I set up before</source>
        <translation>&amp;Ganti (rotasi) kunci yang pernah saya siapkan</translation>
    </message>
    <message>
        <source>Replacing skips the account checks you did the first time. Do it every 90 days, or at once if the key may have leaked.</source>
        <translation>Penggantian melewati pemeriksaan akun yang sudah Anda lakukan pertama kali. Lakukan setiap 90 hari, atau segera jika kunci mungkin bocor.</translation>
    </message>
    <message>
        <source>Back to my real acc&amp;ount</source>
        <translation>Kembali ke akun &amp;asli</translation>
    </message>
    <message>
        <source>&amp;Practise on a pretend exchange</source>
        <translation>&amp;Coba dulu di bursa pura-pura</translation>
    </message>
    <message>
        <source>Check what my bot &amp;did…</source>
        <translation>&amp;Periksa apa yang dilakukan bot saya…</translation>
    </message>
    <message>
        <source>The key to replace</source>
        <translation>Kunci yang akan diganti</translation>
    </message>
    <message>
        <source>{label} ({exchange}, key {key}, {days} days old, replace by {due})</source>
        <translation>{label} ({exchange}, kunci {key}, berumur {days} hari, ganti paling lambat {due})</translation>
    </message>
    <message>
        <source>No key is stored on this computer yet, so there is nothing to replace. Choose &quot;Set up a new key&quot;.</source>
        <translation>Belum ada kunci yang tersimpan di komputer ini, jadi tidak ada yang perlu diganti. Pilih &quot;Siapkan kunci baru&quot;.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Ke&amp;mbali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Sel&amp;esai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>{app} — Practice</source>
        <translation>{app} — Latihan</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Tinggalkan wizard?</translation>
    </message>
    <message>
        <source>What you entered on these pages is forgotten, and no key is stored. A key you already made on the exchange stays there until you delete it.</source>
        <translation>Apa yang Anda isi di halaman ini dilupakan, dan tidak ada kunci yang disimpan. Kunci yang sudah Anda buat di bursa tetap ada di sana sampai Anda menghapusnya.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Tinggalkan</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>Tetap &amp;di sini</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Langkah {number} dari {total}</translation>
    </message>
</context>
</TS>
