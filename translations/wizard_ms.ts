<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>Addresses</name>
    <message>
        <source>Line {line}: &quot;{text}&quot; is not an IP address. Write one address per line, like 203.0.113.7 or 2001:db8::7.</source>
        <translation>Baris {line}: &quot;{text}&quot; bukan alamat IP. Tulis satu alamat bagi setiap baris, contohnya 203.0.113.7 atau 2001:db8::7.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>borrowing: a margin loan carries interest (riba)</source>
        <translation>meminjam: pinjaman margin mengenakan faedah (riba)</translation>
    </message>
    <message>
        <source>interest (riba) was charged on borrowed funds</source>
        <translation>faedah (riba) dikenakan atas dana pinjaman</translation>
    </message>
    <message>
        <source>a loan: it carries interest (riba)</source>
        <translation>pinjaman: ia mengenakan faedah (riba)</translation>
    </message>
    <message>
        <source>a derivatives position: a contract on a price, not a coin owned</source>
        <translation>kedudukan derivatif: kontrak atas sesuatu harga, bukan koin yang dimiliki</translation>
    </message>
    <message>
        <source>funds moved to or from derivatives trading</source>
        <translation>dana dipindahkan ke atau dari dagangan derivatif</translation>
    </message>
    <message>
        <source>funds lent or staked for a return that may be interest (riba)</source>
        <translation>dana dipinjamkan atau dimasukkan ke staking untuk pulangan yang mungkin berupa faedah (riba)</translation>
    </message>
    <message>
        <source>funds left the account</source>
        <translation>dana keluar dari akaun</translation>
    </message>
    <message>
        <source>funds moved between wallets or accounts</source>
        <translation>dana dipindahkan antara dompet atau akaun</translation>
    </message>
    <message>
        <source>an order on margin (with borrowed funds)</source>
        <translation>pesanan margin (dengan dana pinjaman)</translation>
    </message>
    <message>
        <source>What my bot did</source>
        <translation>Apa yang bot saya lakukan</translation>
    </message>
    <message>
        <source>The exchange&apos;s own records of the last {days} days, read with the key: everything that was not spot trading.</source>
        <translation>Rekod bursa itu sendiri bagi {days} hari yang lalu, dibaca dengan kunci ini: semua yang bukan dagangan spot.</translation>
    </message>
    <message>
        <source>The key whose account to read</source>
        <translation>Kunci yang akaunnya hendak dibaca</translation>
    </message>
    <message>
        <source>{label} ({exchange})</source>
        <translation>{label} ({exchange})</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records</source>
        <translation>Membaca rekod bursa</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Cuba lagi</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Semak</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>Simpan &amp;laporan…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records…</source>
        <translation>Membaca rekod bursa…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records… {count} pages read.</source>
        <translation>Membaca rekod bursa… {count} halaman telah dibaca.</translation>
    </message>
    <message>
        <source>Nothing but spot trades in the last {days} days.</source>
        <translation>Hanya dagangan spot dalam {days} hari yang lalu.</translation>
    </message>
    <message>
        <source>{count} records were not spot trading:</source>
        <translation>{count} rekod bukan dagangan spot:</translation>
    </message>
    <message>
        <source>{day}: {meaning}. {amount} {asset} ({record})</source>
        <translation>{day}: {meaning}. {amount} {asset} ({record})</translation>
    </message>
    <message>
        <source>What was read:</source>
        <translation>Apa yang dibaca:</translation>
    </message>
    <message>
        <source>What {exchange}&apos;s records cannot show, so this check did not see:</source>
        <translation>Apa yang tidak dapat ditunjukkan oleh rekod {exchange}, jadi semakan ini tidak melihatnya:</translation>
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
        <translation>peminjaman margin dan faedah</translation>
    </message>
    <message>
        <source>Crypto Loan borrowing</source>
        <translation>peminjaman melalui Crypto Loan</translation>
    </message>
    <message>
        <source>money moved from Spot to the futures, margin, options and portfolio margin wallets</source>
        <translation>dana yang dipindahkan dari Spot ke dompet niaga hadapan, margin, opsyen dan margin portfolio</translation>
    </message>
    <message>
        <source>Simple Earn subscriptions, flexible and locked</source>
        <translation>langganan Simple Earn, fleksibel dan berkunci</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Binance users</source>
        <translation>pengeluaran, secara on-chain dan kepada pengguna Binance lain</translation>
    </message>
    <message>
        <source>futures positions and income: read through the futures API, which a key made before the futures account was opened cannot use; the money moved to the futures wallets in the period is read instead, positions from before it are not</source>
        <translation>kedudukan dan pendapatan niaga hadapan: dibaca melalui API niaga hadapan, yang tidak boleh digunakan oleh kunci yang dibuat sebelum akaun niaga hadapan dibuka; sebagai gantinya, dana yang dipindahkan ke dompet niaga hadapan dalam tempoh ini dibaca, tetapi kedudukan dari sebelum tempoh itu tidak dibaca</translation>
    </message>
    <message>
        <source>Dual Investment, staking and Auto-Invest, which have records of their own</source>
        <translation>Dual Investment, staking dan Auto-Invest, yang mempunyai rekod tersendiri</translation>
    </message>
    <message>
        <source>isolated margin pairs that were closed</source>
        <translation>pasangan margin terasing yang telah ditutup</translation>
    </message>
    <message>
        <source>universal transfers older than six months</source>
        <translation>pindahan universal yang lebih lama daripada enam bulan</translation>
    </message>
    <message>
        <source>the unified account&apos;s transaction log (trades by category, funding, delivery, liquidation, interest, loans, Earn, leveraged tokens)</source>
        <translation>log transaksi akaun bersatu (dagangan mengikut kategori, yuran pembiayaan, penyerahan kontrak, likuidasi, faedah, pinjaman, Earn, token berleveraj)</translation>
    </message>
    <message>
        <source>open positions (linear USDT and USDC, inverse, option)</source>
        <translation>kedudukan terbuka (linear USDT dan USDC, songsang, opsyen)</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Bybit users</source>
        <translation>pengeluaran, secara on-chain dan kepada pengguna Bybit lain</translation>
    </message>
    <message>
        <source>the Funding account&apos;s own movements other than withdrawals (Earn or loans paid from it, P2P): Bybit&apos;s funding history has no stable types to read</source>
        <translation>pergerakan akaun dana (Funding) itu sendiri selain pengeluaran (Earn atau pinjaman yang dibayar daripadanya, P2P): sejarah dana Bybit tidak mempunyai jenis catatan yang tetap untuk dibaca</translation>
    </message>
    <message>
        <source>On-chain Earn orders, which Bybit lists only one order at a time by its id</source>
        <translation>pesanan On-chain Earn, yang disenaraikan oleh Bybit hanya satu demi satu mengikut ID-nya</translation>
    </message>
    <message>
        <source>the time before the account became a unified trading account</source>
        <translation>tempoh sebelum akaun itu menjadi akaun dagangan bersatu</translation>
    </message>
    <message>
        <source>cancelled or rejected orders after 24 hours</source>
        <translation>pesanan yang dibatalkan atau ditolak, selepas melebihi 24 jam</translation>
    </message>
    <message>
        <source>orders (futures, leverage, margin, liquidation)</source>
        <translation>pesanan (niaga hadapan, leveraj, margin, likuidasi)</translation>
    </message>
    <message>
        <source>US futures positions open now</source>
        <translation>kedudukan niaga hadapan AS yang terbuka sekarang</translation>
    </message>
    <message>
        <source>each wallet&apos;s transactions (sends and withdrawals, derivatives settlements, Earn and staking, transfers)</source>
        <translation>transaksi setiap dompet (hantaran dan pengeluaran, penyelesaian derivatif, Earn dan staking, pindahan)</translation>
    </message>
    <message>
        <source>other portfolios: a Coinbase key sees its own portfolio only, and moves between portfolios have no history</source>
        <translation>portfolio lain: kunci Coinbase hanya melihat portfolionya sendiri, dan pindahan antara portfolio tiada sejarah</translation>
    </message>
    <message>
        <source>international perpetuals, which left the Advanced Trade API in 2026 for a platform with keys of its own</source>
        <translation>kontrak kekal antarabangsa, yang meninggalkan Advanced Trade API pada 2026 dan berpindah ke platform yang mempunyai kuncinya sendiri</translation>
    </message>
    <message>
        <source>ledger entries (margin, rollover, credit, transfers, withdrawals, staking, rewards)</source>
        <translation>entri lejar (margin, rollover, kredit, pindahan, pengeluaran, staking, ganjaran)</translation>
    </message>
    <message>
        <source>trades (leverage)</source>
        <translation>dagangan (leveraj)</translation>
    </message>
    <message>
        <source>closed orders (leverage)</source>
        <translation>pesanan yang telah ditutup (leveraj)</translation>
    </message>
    <message>
        <source>open margin positions</source>
        <translation>kedudukan margin yang terbuka</translation>
    </message>
    <message>
        <source>Kraken Futures: a separate platform with keys of its own; only the ledger&apos;s transfers to and from it show here</source>
        <translation>Kraken Futures: platform berasingan dengan kuncinya sendiri; di sini hanya dipaparkan pindahan ke dan dari platform itu yang tercatat dalam lejar</translation>
    </message>
    <message>
        <source>Earn allocations and withdrawal status: they need Query Funds, which a spot-only key must not have; the ledger&apos;s staking, reward and withdrawal entries stand in</source>
        <translation>peruntukan Earn dan status pengeluaran: kedua-duanya memerlukan Query Funds, yang tidak boleh ada pada kunci yang hanya untuk spot; sebagai gantinya, entri staking, ganjaran dan pengeluaran dalam lejar digunakan</translation>
    </message>
    <message>
        <source>how long Kraken keeps each record is not documented</source>
        <translation>tempoh Kraken menyimpan setiap rekod tidak didokumenkan</translation>
    </message>
    <message>
        <source>trading-account bills (borrowing, interest, transfers, fills by instrument type)</source>
        <translation>penyata akaun dagangan (peminjaman, faedah, pindahan, dagangan yang dilaksanakan mengikut jenis instrumen)</translation>
    </message>
    <message>
        <source>funding-account bills (withdrawals, transfers, Earn and staking, loans)</source>
        <translation>penyata akaun dana (pengeluaran, pindahan, Earn dan staking, pinjaman)</translation>
    </message>
    <message>
        <source>open positions</source>
        <translation>kedudukan terbuka</translation>
    </message>
    <message>
        <source>trading-account bills older than three months (OKX keeps them as a quarterly download only)</source>
        <translation>penyata akaun dagangan yang lebih lama daripada tiga bulan (OKX hanya menyimpannya sebagai muat turun suku tahunan)</translation>
    </message>
    <message>
        <source>transfers between sub-accounts, which only the main account&apos;s key sees</source>
        <translation>pindahan antara subakaun, yang hanya dapat dilihat oleh kunci akaun utama</translation>
    </message>
    <message>
        <source>convert history, which needs the Trade permission</source>
        <translation>sejarah penukaran (Convert), yang memerlukan kebenaran Trade</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Maksudnya</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>The record says</source>
        <translation>Kata rekod</translation>
    </message>
    <message>
        <source>Key {label} on {exchange}, from {start} to {end}: {requests} requests to the exchange.</source>
        <translation>Kunci {label} di {exchange}, dari {start} hingga {end}: {requests} permintaan kepada bursa.</translation>
    </message>
    <message>
        <source>What the account did</source>
        <translation>Apa yang dilakukan oleh akaun</translation>
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
        <translation>Tandakan yang benar:</translation>
    </message>
    <message>
        <source>Tick each one that is true:</source>
        <translation>Tandakan setiap satu yang benar:</translation>
    </message>
    <message>
        <source>Next opens once all boxes are ticked.</source>
        <translation>Butang Seterusnya boleh ditekan setelah semua kotak ditandakan.</translation>
    </message>
    <message>
        <source>Next opens once one box is ticked.</source>
        <translation>Butang Seterusnya boleh ditekan setelah satu kotak ditandakan.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Ada sesuatu yang tidak kena</translation>
    </message>
    <message>
        <source>The wizard met an unexpected problem. Nothing was saved unless the Done page said so. You can close the wizard and start it again.</source>
        <translation>Aplikasi ini menghadapi masalah yang tidak dijangka. Tiada apa-apa yang disimpan melainkan halaman Selesai berkata demikian. Anda boleh menutup aplikasi ini dan memulakannya semula.</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>Name for the key</source>
        <translation>Nama untuk kunci ini</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Salin nama</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key</source>
        <translation>Saya telah membuat kunci dan boleh melihat API Key-nya</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Cuba lagi</translation>
    </message>
    <message>
        <source>Add a &amp;reminder to my calendar…</source>
        <translation>Tambah &amp;peringatan ke kalendar saya…</translation>
    </message>
    <message>
        <source>Save a verification &amp;report…</source>
        <translation>Simpan &amp;laporan pengesahan…</translation>
    </message>
    <message>
        <source>&amp;Check this key every week and tell me if anything changes</source>
        <translation>&amp;Semak kunci ini setiap minggu dan beritahu saya jika ada yang berubah</translation>
    </message>
    <message>
        <source>Now retire the old key on the exchange:</source>
        <translation>Sekarang, padamkan kunci lama di bursa:</translation>
    </message>
    <message>
        <source>Storing your key…</source>
        <translation>Menyimpan kunci anda…</translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation>Latihan: tiada apa-apa yang disimpan. Dengan kunci sebenar, Kunci Rahsia disimpan dalam rantaian kunci (keychain) komputer anda sahaja, tidak di tempat lain.</translation>
    </message>
    <message>
        <source>Practice finished: nothing was stored</source>
        <translation>Latihan selesai: tiada apa disimpan</translation>
    </message>
    <message>
        <source>Saving the key in your computer&apos;s keychain…</source>
        <translation>Menyimpan kunci dalam rantaian kunci (keychain) komputer anda…</translation>
    </message>
    <message>
        <source>Saved in {keychain} under the name &quot;{item}&quot; (service halal-key-wizard). The secret is nowhere else on this computer.</source>
        <translation>Disimpan dalam {keychain} dengan nama &quot;{item}&quot; (perkhidmatan halal-key-wizard). Kunci Rahsia tidak disimpan di tempat lain dalam komputer ini.</translation>
    </message>
    <message>
        <source>Your new key is in place</source>
        <translation>Kunci baharu anda sudah di tempatnya</translation>
    </message>
    <message>
        <source>Your key is stored</source>
        <translation>Kunci anda disimpan</translation>
    </message>
    <message>
        <source>Setting up the weekly check…</source>
        <translation>Menyediakan semakan mingguan…</translation>
    </message>
    <message>
        <source>Checked every week: a notification tells you when anything changes.</source>
        <translation>Disemak setiap minggu: pemberitahuan akan memaklumkan anda apabila ada yang berubah.</translation>
    </message>
    <message>
        <source>The weekly check is off.</source>
        <translation>Semakan mingguan dimatikan.</translation>
    </message>
    <message>
        <source>The weekly check could not be set up on this computer. Your key is stored all the same; you can check it any time with the wizard. (Details: {reason})</source>
        <translation>Semakan mingguan tidak dapat disediakan pada komputer ini. Kunci anda tetap disimpan; anda boleh menyemaknya bila-bila masa dengan wizard ini. (Butiran: {reason})</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>Kunci tidak disimpan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation>Berlaku masalah yang tidak dijangka ({name}). Tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <source>The key was not stored</source>
        <translation>Kunci tidak disimpan</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>kunci lama</translation>
    </message>
    <message>
        <source>1. Open API Management on the exchange.</source>
        <translation>1. Buka &quot;API Management&quot; (Pengurusan API) di bursa.</translation>
    </message>
    <message>
        <source>2. Find {key} by its name or its last four characters.</source>
        <translation>2. Cari {key} berdasarkan namanya atau empat aksara terakhirnya.</translation>
    </message>
    <message>
        <source>3. Delete it. Only the new key works from now on.</source>
        <translation>3. Padamkan kunci itu. Mulai sekarang, hanya kunci baharu yang berfungsi.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Simpan laporan pengesahan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>Simpan peringatan</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fail kalendar (*.ics)</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers show that this key can only read and trade spot.</source>
        <translation>Jawapan bursa menunjukkan kunci ini hanya boleh membaca dan berdagang spot.</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers and your own checks show that this key can only read and trade spot.</source>
        <translation>Jawapan bursa dan semakan anda sendiri menunjukkan kunci ini hanya boleh membaca dan berdagang spot.</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on for this key; the notes of the check below still apply.</source>
        <translation>Bursa tidak menunjukkan apa-apa yang berbahaya dihidupkan untuk kunci ini; nota semakan di bawah masih terpakai.</translation>
    </message>
    <message>
        <source>Its replace-by date, {date}, has passed: replace it with a new key now.</source>
        <translation>Tarikh gantinya, {date}, sudah berlalu: gantikan dengan kunci baharu sekarang.</translation>
    </message>
    <message>
        <source>Replace it by {date}.</source>
        <translation>Gantikan sebelum {date}.</translation>
    </message>
    <message>
        <source>Still open from the check:</source>
        <translation>Masih terbuka daripada semakan:</translation>
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
        <translation>Kunci latihan mengisi ruangan ini untuk anda:</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>API &amp;Key:</source>
        <translation>&amp;Kunci API:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Kunci Rahsia</translation>
    </message>
    <message>
        <source>Hidden. Hold the Show button to see it.</source>
        <translation>Tersembunyi. Tekan dan tahan butang Tunjuk untuk melihatnya.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tunjuk</translation>
    </message>
    <message>
        <source>Hold to show the secret</source>
        <translation>Tekan dan tahan untuk melihat Kunci Rahsia</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>Kunci &amp;Rahsia:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>Hold to show the passphrase</source>
        <translation>Tekan dan tahan untuk melihat frasa laluan</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa laluan:</translation>
    </message>
    <message>
        <source>No secret to enter: this key signs with the key pair made on this computer, whose private key is already in your keychain.</source>
        <translation>Tiada Kunci Rahsia yang perlu dimasukkan: kunci ini menggunakan pasangan kunci yang dijana dalam komputer ini, dan kunci peribadinya sudah disimpan dalam rantaian kunci (keychain) anda.</translation>
    </message>
    <message>
        <source>Spaces and line breaks that come along when pasting are removed. The secret stays in this window until it is saved in your computer&apos;s keychain; it is never written to a file.</source>
        <translation>Ruang kosong dan baris baharu yang ikut semasa menampal akan dibuang. Kunci Rahsia kekal dalam tetingkap ini sehingga disimpan dalam rantaian kunci (keychain) komputer anda; ia tidak pernah ditulis ke dalam fail.</translation>
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
        <translation>Tampal Kunci API di sini.</translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. {exchange}&apos;s key generator makes the right kind.</source>
        <translation>Kunci peribadi ini bukan kunci Ed25519 yang tidak disulitkan. Penjana kunci {exchange} menghasilkan jenis yang betul.</translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation>Tampal Kunci Rahsia di sini.</translation>
    </message>
    <message>
        <source>the digits 0-9 and the letters A-F</source>
        <translation>angka 0-9 dan huruf A-F</translation>
    </message>
    <message>
        <source>letters, digits and the signs + / =</source>
        <translation>huruf, angka dan tanda + / =</translation>
    </message>
    <message>
        <source>the digits 0-9, A-F and dashes</source>
        <translation>angka 0-9, A-F dan tanda sempang</translation>
    </message>
    <message>
        <source>letters, digits, / and -</source>
        <translation>huruf, angka, / dan -</translation>
    </message>
    <message>
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one {exchange} shows for the key.</source>
        <translation>Ini kelihatan seperti kunci peribadi, yang sepatutnya dimasukkan dalam ruangan Kunci Rahsia. Masukkan Kunci API di sini, iaitu yang ditunjukkan oleh {exchange} bagi kunci itu.</translation>
    </message>
    <message>
        <source>This is a public key. The secret is the private key: the text that begins with BEGIN PRIVATE KEY.</source>
        <translation>Ini ialah kunci awam. Kunci Rahsia ialah kunci peribadi: teks yang bermula dengan BEGIN PRIVATE KEY.</translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from {exchange}; it is a different text.</source>
        <translation>Kunci Rahsia ini sama dengan Kunci API. Salin Kunci Rahsia dari {exchange}; teksnya berbeza.</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when you made this key on {exchange}. {exchange} cannot show it again: if it is lost, make a new key.</source>
        <translation>Taip frasa laluan yang anda pilih semasa membuat kunci ini di {exchange}. {exchange} tidak dapat menunjukkannya lagi: jika frasa laluan itu hilang, buat kunci baharu.</translation>
    </message>
    <message>
        <source>This is not a key name of the form organizations/…/apiKeys/…. Copy the whole name, from organizations to the end.</source>
        <translation>Ini bukan nama kunci dalam bentuk organizations/…/apiKeys/…. Salin keseluruhan nama itu, dari organizations hingga ke hujungnya.</translation>
    </message>
    <message>
        <source>{exchange} keys have no private key file. Paste the secret {exchange} showed when you made the key.</source>
        <translation>Kunci {exchange} tidak mempunyai fail kunci peribadi. Tampal Kunci Rahsia yang ditunjukkan oleh {exchange} semasa anda membuat kunci itu.</translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN to END, both lines included.</source>
        <translation>Kunci peribadi ini tidak lengkap: salin semuanya dari BEGIN hingga END, termasuk kedua-dua baris itu.</translation>
    </message>
    <message>
        <source>This private key is not the kind {exchange} makes (ECDSA P-256, unencrypted). Copy the private key of the API key you made.</source>
        <translation>Kunci peribadi ini bukan jenis yang dibuat oleh {exchange} (ECDSA P-256, tidak disulitkan). Salin kunci peribadi bagi kunci API yang anda buat.</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Kunci Rahsia</translation>
    </message>
    <message>
        <source>The {what} has characters it never contains: {chars}. It is only {alphabet}; copy it again without anything around it.</source>
        <translation>{what} ini mengandungi aksara yang tidak pernah ada padanya: {chars}. Ia hanya terdiri daripada {alphabet}; salin semula tanpa apa-apa di sekelilingnya.</translation>
    </message>
    <message>
        <source>The {what} is {expected} characters long, but this has {actual}. Part of it may be missing; copy it again, all of it.</source>
        <translation>{what} sepatutnya mempunyai {expected} aksara, tetapi yang ini ada {actual}. Mungkin ada bahagian yang tertinggal; salin semula kesemuanya.</translation>
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
        <translation>{exchange} menolak kunci ini. Jawapan yang sama diberikan untuk tiga sebab yang berbeza: kunci itu salah atau telah dipadam, alamat komputer ini tiada dalam senarai IP kunci itu, atau kunci itu tidak mempunyai kebenaran yang diperlukan (bacaan akaun).</translation>
    </message>
    <message>
        <source>Open API Management on {exchange} and find the key ending in {key_end}. Not there: it was deleted or mistyped; copy it again. Listed with an IP restriction: add this computer&apos;s address, or verify from the trading service. Listed and unrestricted: make sure reading is switched on.</source>
        <translation>Buka &quot;API Management&quot; (Pengurusan API) di {exchange} dan cari kunci yang berakhir dengan {key_end}. Jika tiada: kunci itu telah dipadam atau tersalah taip; salin semula. Jika ada dan dihadkan kepada IP tertentu: tambah alamat komputer ini, atau semak dari perkhidmatan dagangan anda. Jika ada dan tidak dihadkan: pastikan bacaan akaun dihidupkan.</translation>
    </message>
    <message>
        <source>The secret does not match the key</source>
        <translation>Kunci Rahsia tidak sepadan dengan Kunci API</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the secret does not belong to it. Often a character too many or too few came along when it was copied.</source>
        <translation>{exchange} mengenali Kunci API ini, tetapi Kunci Rahsia itu bukan miliknya. Selalunya, ada aksara yang terlebih atau terkurang semasa disalin.</translation>
    </message>
    <message>
        <source>Paste the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>Tampal Kunci Rahsia sekali lagi, tepat seperti yang ditunjukkan oleh {exchange}. Jika anda tidak lagi memilikinya, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Jam komputer ini tidak betul</translation>
    </message>
    <message>
        <source>{exchange} refused the request because this computer&apos;s clock is off by {skew_ms} ms.</source>
        <translation>{exchange} menolak permintaan ini kerana jam komputer ini tidak tepat, berbeza sebanyak {skew_ms} ms.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in the date and time settings, then verify again.</source>
        <translation>Hidupkan &quot;Set time automatically&quot; (tetapkan masa secara automatik) dalam tetapan tarikh dan masa, kemudian semak semula.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Terlalu banyak permintaan buat masa ini</translation>
    </message>
    <message>
        <source>{exchange} asked for fewer requests for a while. This says nothing about your key.</source>
        <translation>{exchange} meminta supaya permintaan dikurangkan buat seketika. Ini tidak bermakna ada masalah pada kunci anda.</translation>
    </message>
    <message>
        <source>Wait {wait_seconds} seconds, then verify again. If another program uses {exchange} from this computer, pause it first.</source>
        <translation>Tunggu {wait_seconds} saat, kemudian semak semula. Jika ada program lain yang menggunakan {exchange} dari komputer ini, hentikannya sebentar dahulu.</translation>
    </message>
    <message>
        <source>The exchange has blocked this address for a while</source>
        <translation>Bursa telah menyekat alamat ini buat sementara waktu</translation>
    </message>
    <message>
        <source>{exchange} has blocked this computer&apos;s address until {until} because too many requests came from it.</source>
        <translation>{exchange} telah menyekat alamat komputer ini sehingga {until} kerana terlalu banyak permintaan dihantar dari alamat ini.</translation>
    </message>
    <message>
        <source>Stop every program that uses {exchange} from this computer and verify again after {until}. Retrying earlier makes the block longer.</source>
        <translation>Hentikan semua program yang menggunakan {exchange} dari komputer ini dan semak semula selepas {until}. Jika anda cuba lebih awal, sekatan akan menjadi lebih lama.</translation>
    </message>
    <message>
        <source>The exchange does not serve this account from here</source>
        <translation>Bursa tidak memberikan perkhidmatan kepada akaun ini dari lokasi ini</translation>
    </message>
    <message>
        <source>{exchange} refuses this account, or the place this computer connects from (for example a country it does not serve). This is not a ban for too many requests, and it says nothing about the key.</source>
        <translation>{exchange} menolak akaun ini, atau lokasi tempat komputer ini bersambung (contohnya negara yang tidak termasuk dalam kawasan perkhidmatannya). Ini bukan sekatan kerana terlalu banyak permintaan, dan ini tidak bermakna ada masalah pada kunci anda.</translation>
    </message>
    <message>
        <source>Read {exchange}&apos;s notices about your country and your account, and use it only where its terms allow. Verifying again will not change the answer.</source>
        <translation>Baca notis {exchange} tentang negara dan akaun anda, dan gunakan bursa itu hanya di tempat yang dibenarkan oleh termanya. Menyemak semula tidak akan mengubah jawapan ini.</translation>
    </message>
    <message>
        <source>The exchange is having trouble</source>
        <translation>Bursa sedang menghadapi masalah</translation>
    </message>
    <message>
        <source>{exchange} did not answer properly; it may be busy or under maintenance. This says nothing about your key.</source>
        <translation>{exchange} tidak memberikan jawapan yang betul; mungkin ia sedang sibuk atau dalam penyelenggaraan. Ini tidak bermakna ada masalah pada kunci anda.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The exchange&apos;s status page tells when maintenance ends.</source>
        <translation>Cuba lagi dalam beberapa minit. Halaman status bursa menunjukkan bila penyelenggaraan tamat.</translation>
    </message>
    <message>
        <source>Could not reach the exchange</source>
        <translation>Tidak dapat menghubungi bursa</translation>
    </message>
    <message>
        <source>This computer could not connect to {exchange}.</source>
        <translation>Komputer ini tidak dapat bersambung ke {exchange}.</translation>
    </message>
    <message>
        <source>Check the internet connection, and any firewall or VPN, then try again.</source>
        <translation>Semak sambungan internet, serta firewall atau VPN jika ada, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Another program is using this key</source>
        <translation>Program lain sedang menggunakan kunci ini</translation>
    </message>
    <message>
        <source>{exchange} refused the request&apos;s counter: another program has used this key with a larger one.</source>
        <translation>{exchange} menolak nombor kiraan (counter) permintaan ini: program lain telah menggunakan kunci ini dengan nombor yang lebih besar.</translation>
    </message>
    <message>
        <source>Give every program its own key. Make a new key for this one.</source>
        <translation>Berikan setiap program kuncinya sendiri. Buat kunci baharu untuk program ini.</translation>
    </message>
    <message>
        <source>The exchange gave an answer we do not understand</source>
        <translation>Bursa memberikan jawapan yang tidak dapat kami fahami</translation>
    </message>
    <message>
        <source>{exchange} answered, but not in the form we expect, so the key could not be checked.</source>
        <translation>{exchange} menjawab, tetapi bukan dalam bentuk yang kami jangkakan, jadi kunci ini tidak dapat disemak.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, this program may need an update.</source>
        <translation>Cuba lagi nanti. Jika masalah ini berulang, program ini mungkin perlu dikemas kini.</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Tiada rantaian kunci (keychain) yang tersedia</translation>
    </message>
    <message>
        <source>This computer has no usable keychain: {details}. The secret is never saved anywhere else.</source>
        <translation>Komputer ini tiada rantaian kunci (keychain) yang boleh digunakan: {details}. Kunci Rahsia tidak akan disimpan di tempat lain.</translation>
    </message>
    <message>
        <source>Install or start the system keychain, then try again.</source>
        <translation>Pasang atau hidupkan rantaian kunci sistem, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The keychain stayed locked</source>
        <translation>Rantaian kunci masih berkunci</translation>
    </message>
    <message>
        <source>The keychain was not unlocked, so nothing was read or saved.</source>
        <translation>Rantaian kunci tidak dibuka, jadi tiada apa-apa yang dibaca atau disimpan.</translation>
    </message>
    <message>
        <source>Try again and unlock the keychain when it asks.</source>
        <translation>Cuba lagi, dan buka rantaian kunci apabila diminta.</translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation>Rantaian kunci melaporkan masalah</translation>
    </message>
    <message>
        <source>The keychain said: {details}</source>
        <translation>Mesej daripada rantaian kunci: {details}</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer.</source>
        <translation>Cuba lagi. Jika masalah ini berulang, mulakan semula komputer.</translation>
    </message>
    <message>
        <source>No key with that name</source>
        <translation>Tiada kunci dengan nama itu</translation>
    </message>
    <message>
        <source>No key is stored under the name &quot;{label}&quot;.</source>
        <translation>Tiada kunci yang disimpan dengan nama &quot;{label}&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;halal-key-wizard list&quot; to see the names of stored keys.</source>
        <translation>Jalankan &quot;halal-key-wizard list&quot; untuk melihat nama kunci yang disimpan.</translation>
    </message>
    <message>
        <source>Coinbase refused the key. It gives one answer for several causes: the key name or its private key is wrong, the key was deleted, this computer&apos;s address is not on the key&apos;s IP allowlist, or the key lacks the View permission.</source>
        <translation>Coinbase menolak kunci ini. Jawapan yang sama diberikan untuk beberapa sebab: nama kunci atau kunci peribadinya salah, kunci itu telah dipadam, alamat komputer ini tiada dalam senarai IP yang dibenarkan (IP allowlist) bagi kunci itu, atau kunci itu tidak mempunyai kebenaran &quot;View&quot; (lihat).</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys and find the key ending in {key_end}. Not there: copy the key name again. Listed: paste its private key again, and add this computer&apos;s address to its IP allowlist if it has one.</source>
        <translation>Di &quot;Coinbase Developer Platform&quot; (platform pembangun Coinbase), buka &quot;API keys&quot; (kunci API) dan cari kunci yang berakhir dengan {key_end}. Jika tiada: salin semula nama kunci itu. Jika ada: tampal semula kunci peribadinya, dan tambah alamat komputer ini ke senarai IP yang dibenarkan bagi kunci itu, jika kunci itu mempunyai senarai tersebut.</translation>
    </message>
    <message>
        <source>The secret is not in the form {exchange} uses</source>
        <translation>Kunci Rahsia tidak dalam format yang digunakan oleh {exchange}</translation>
    </message>
    <message>
        <source>What was entered as the secret cannot be the one {exchange} gave: its form is wrong, so nothing was sent. Often a character went missing or came along when it was copied.</source>
        <translation>Apa yang dimasukkan sebagai Kunci Rahsia tidak mungkin Kunci Rahsia yang diberikan oleh {exchange}: formatnya salah, jadi tiada apa-apa yang dihantar. Selalunya, ada aksara yang tertinggal atau terlebih semasa disalin.</translation>
    </message>
    <message>
        <source>Copy the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>Salin Kunci Rahsia sekali lagi, tepat seperti yang ditunjukkan oleh {exchange}. Jika anda tidak lagi memilikinya, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>The answer tried to send the key elsewhere</source>
        <translation>Jawapan cuba menghantar kunci ke tempat lain</translation>
    </message>
    <message>
        <source>{exchange}&apos;s address answered with a redirect to another place. The wizard does not follow it: each request carries your key, and it goes only to the exchange&apos;s own address.</source>
        <translation>Alamat {exchange} menjawab dengan ubah hala ke tempat lain. Wizard tidak mengikutinya: setiap permintaan membawa kunci anda, dan ia hanya pergi ke alamat bursa itu sendiri.</translation>
    </message>
    <message>
        <source>Check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers, then try again.</source>
        <translation>Pastikan komputer ini sampai ke bursa secara terus, tanpa proksi atau penapis pada rangkaian yang mengubah jawapannya, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The answer was far too large</source>
        <translation>Jawapan terlalu besar</translation>
    </message>
    <message>
        <source>{exchange} sent an answer of more than 4 MB where a few kilobytes are expected, so the wizard stopped reading it.</source>
        <translation>{exchange} menghantar jawapan lebih daripada 4 MB sedangkan hanya beberapa kilobait dijangka, jadi wizard berhenti membacanya.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers.</source>
        <translation>Cuba lagi kemudian. Jika ia terus berlaku, pastikan komputer ini sampai ke bursa secara terus, tanpa proksi atau penapis pada rangkaian yang mengubah jawapannya.</translation>
    </message>
    <message>
        <source>The key has expired</source>
        <translation>Kunci ini telah tamat tempoh</translation>
    </message>
    <message>
        <source>{exchange} says this key has expired. Keys that are not limited to IP addresses end after a while, and a change of the account&apos;s password can end them sooner.</source>
        <translation>{exchange} menyatakan bahawa kunci ini telah tamat tempoh. Kunci yang tidak dihadkan kepada alamat IP akan tamat selepas beberapa lama, dan pertukaran kata laluan akaun boleh menamatkannya lebih awal.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, limit it to trusted IP addresses, and enter it here.</source>
        <translation>Buat kunci baharu di {exchange}, hadkan kunci itu kepada alamat IP yang dipercayai, dan masukkannya di sini.</translation>
    </message>
    <message>
        <source>The passphrase does not match the key</source>
        <translation>Frasa laluan tidak sepadan dengan kunci</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the passphrase is not the one chosen when the key was made.</source>
        <translation>{exchange} mengenali kunci ini, tetapi frasa laluan itu bukan yang dipilih semasa kunci dibuat.</translation>
    </message>
    <message>
        <source>Type the passphrase again, exactly, with the same capital letters. {exchange} cannot show it: if it is lost, make a new key.</source>
        <translation>Taip frasa laluan sekali lagi dengan tepat, termasuk huruf besar yang sama. {exchange} tidak dapat menunjukkannya: jika frasa laluan itu hilang, buat kunci baharu.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Can withdraw</source>
        <translation>Boleh mengeluarkan dana</translation>
    </message>
    <message>
        <source>This key can send your coins out of {exchange}. Anyone who copies it could empty your account.</source>
        <translation>Kunci ini boleh menghantar koin anda keluar dari {exchange}. Sesiapa yang menyalinnya boleh mengosongkan akaun anda.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch withdrawals off. A trading bot never needs them.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan pengeluaran. Bot dagangan tidak pernah memerlukannya.</translation>
    </message>
    <message>
        <source>Can trade futures</source>
        <translation>Boleh berdagang niaga hadapan</translation>
    </message>
    <message>
        <source>This key can open futures contracts: derivatives with leverage, not coins you own.</source>
        <translation>Kunci ini boleh membuka kontrak niaga hadapan: derivatif dengan leveraj, bukan koin yang anda miliki.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch futures trading off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan dagangan niaga hadapan.</translation>
    </message>
    <message>
        <source>Can borrow (margin)</source>
        <translation>Boleh meminjam (margin)</translation>
    </message>
    <message>
        <source>This key can borrow to trade. A margin loan charges interest, which is riba.</source>
        <translation>Kunci ini boleh meminjam untuk berdagang. Pinjaman margin mengenakan faedah, dan itu ialah riba.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch margin and portfolio margin off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan margin serta margin portfolio.</translation>
    </message>
    <message>
        <source>Can trade options</source>
        <translation>Boleh berdagang opsyen</translation>
    </message>
    <message>
        <source>This key can trade options, which are derivatives.</source>
        <translation>Kunci ini boleh berdagang opsyen, iaitu sejenis derivatif.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch options trading off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan dagangan opsyen.</translation>
    </message>
    <message>
        <source>Can move funds between wallets</source>
        <translation>Boleh memindahkan dana antara dompet</translation>
    </message>
    <message>
        <source>This key can move your funds between wallets and sub-accounts, for example into a futures wallet.</source>
        <translation>Kunci ini boleh memindahkan dana anda antara dompet dan subakaun, contohnya ke dalam dompet niaga hadapan.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch universal transfer off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan pindahan universal.</translation>
    </message>
    <message>
        <source>Can transfer to other accounts</source>
        <translation>Boleh memindahkan dana ke akaun lain</translation>
    </message>
    <message>
        <source>This key can transfer funds to other accounts.</source>
        <translation>Kunci ini boleh memindahkan dana ke akaun lain.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch internal transfer off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan pindahan dalaman.</translation>
    </message>
    <message>
        <source>Cannot read the account</source>
        <translation>Tidak boleh membaca akaun</translation>
    </message>
    <message>
        <source>This key cannot read your account, so nothing can be checked and no bot can trade with it.</source>
        <translation>Kunci ini tidak boleh membaca akaun anda, jadi tiada apa-apa yang dapat disemak dan tiada bot yang boleh berdagang dengannya.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch reading on.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan hidupkan bacaan akaun.</translation>
    </message>
    <message>
        <source>Read-only key</source>
        <translation>Kunci baca sahaja</translation>
    </message>
    <message>
        <source>This key can look but not trade. That suits a portfolio tracker, not a trading bot.</source>
        <translation>Kunci ini boleh melihat tetapi tidak boleh berdagang. Ia sesuai untuk aplikasi pemantau portfolio, bukan untuk bot dagangan.</translation>
    </message>
    <message>
        <source>If a bot will trade for you, edit the key on {exchange} and switch spot trading on.</source>
        <translation>Jika bot akan berdagang untuk anda, ubah tetapan kunci ini di {exchange} dan hidupkan dagangan spot.</translation>
    </message>
    <message>
        <source>Usable from any address</source>
        <translation>Boleh digunakan dari mana-mana alamat</translation>
    </message>
    <message>
        <source>Whoever gets hold of this key can use it from any computer.</source>
        <translation>Sesiapa yang mendapat kunci ini boleh menggunakannya dari mana-mana komputer.</translation>
    </message>
    <message>
        <source>On {exchange}, limit the key to the IP addresses of the computer or service that will trade.</source>
        <translation>Di {exchange}, hadkan kunci ini kepada alamat IP komputer atau perkhidmatan yang akan berdagang.</translation>
    </message>
    <message>
        <source>Time to replace this key</source>
        <translation>Sudah tiba masa untuk menggantikan kunci ini</translation>
    </message>
    <message>
        <source>This key is {days} days old. A key should be replaced every 90 days.</source>
        <translation>Kunci ini berusia {days} hari. Kunci patut diganti setiap 90 hari.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, then on the first page of this wizard choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>Buat kunci baharu di {exchange}, kemudian pada halaman pertama aplikasi ini, pilih &quot;Ganti kunci yang pernah saya sediakan&quot;.</translation>
    </message>
    <message>
        <source>Trading stops soon</source>
        <translation>Dagangan akan berhenti tidak lama lagi</translation>
    </message>
    <message>
        <source>{exchange} will switch off trading for this key on {date}. {why}</source>
        <translation>{exchange} akan mematikan dagangan bagi kunci ini pada {date}. {why}</translation>
    </message>
    <message>
        <source>Limit the key to trusted IP addresses so that it does not expire, or make a new key before that date.</source>
        <translation>Hadkan kunci ini kepada alamat IP yang dipercayai supaya ia tidak tamat tempoh, atau buat kunci baharu sebelum tarikh itu.</translation>
    </message>
    <message>
        <source>Margin is open on the account</source>
        <translation>Margin dibuka pada akaun ini</translation>
    </message>
    <message>
        <source>Your {exchange} account has a margin account. A key that may trade spot can reach margin orders on such an account.</source>
        <translation>Akaun {exchange} anda mempunyai akaun margin. Pada akaun sebegini, kunci yang dibenarkan berdagang spot boleh membuat pesanan margin.</translation>
    </message>
    <message>
        <source>Repay anything borrowed, move the funds back to Spot and close margin in your {exchange} account settings.</source>
        <translation>Bayar balik semua pinjaman, pindahkan dana kembali ke Spot, dan tutup margin dalam tetapan akaun {exchange} anda.</translation>
    </message>
    <message>
        <source>Derivatives are open on the account</source>
        <translation>Derivatif dibuka pada akaun ini</translation>
    </message>
    <message>
        <source>Your {exchange} account has a futures or options account. This key cannot use it, but it is open on the account.</source>
        <translation>Akaun {exchange} anda mempunyai akaun niaga hadapan atau opsyen. Kunci ini tidak boleh menggunakannya, tetapi akaun itu masih dibuka.</translation>
    </message>
    <message>
        <source>Close any open positions and leave those accounts unused, or close them in your {exchange} account settings.</source>
        <translation>Tutup semua kedudukan terbuka dan jangan gunakan akaun-akaun itu, atau tutup akaun-akaun itu dalam tetapan akaun {exchange} anda.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation>Jam komputer ini tidak tepat</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from {exchange}&apos;s by {skew_ms} ms. Exchanges refuse requests whose time is off.</source>
        <translation>Jam komputer ini berbeza sebanyak {skew_ms} ms daripada jam {exchange}. Bursa menolak permintaan yang masanya tidak tepat.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in this computer&apos;s date and time settings.</source>
        <translation>Hidupkan &quot;Set time automatically&quot; (tetapkan masa secara automatik) dalam tetapan tarikh dan masa komputer ini.</translation>
    </message>
    <message>
        <source>A margin loan is open</source>
        <translation>Ada pinjaman margin yang belum dibayar</translation>
    </message>
    <message>
        <source>Your {exchange} account owes a margin loan right now, and interest is adding up.</source>
        <translation>Akaun {exchange} anda sedang berhutang pinjaman margin, dan faedahnya terus bertambah.</translation>
    </message>
    <message>
        <source>Repay the loan in your {exchange} margin wallet, then close margin.</source>
        <translation>Bayar balik pinjaman itu dalam dompet margin {exchange} anda, kemudian tutup margin.</translation>
    </message>
    <message>
        <source>Derivatives positions are open</source>
        <translation>Ada kedudukan derivatif yang masih terbuka</translation>
    </message>
    <message>
        <source>Your {exchange} account holds open futures positions or funds in a derivatives wallet.</source>
        <translation>Akaun {exchange} anda mempunyai kedudukan niaga hadapan yang masih terbuka atau dana dalam dompet derivatif.</translation>
    </message>
    <message>
        <source>Close the positions and move the funds back to your Spot wallet.</source>
        <translation>Tutup kedudukan itu dan pindahkan dana kembali ke dompet Spot anda.</translation>
    </message>
    <message>
        <source>Can put funds into Earn</source>
        <translation>Boleh memasukkan dana ke dalam &quot;Earn&quot; (produk ganjaran)</translation>
    </message>
    <message>
        <source>This key can move your coins into savings, staking, lending or other Earn products. What they pay is interest (riba), and the coins leave your spot wallet.</source>
        <translation>Kunci ini boleh memindahkan koin anda ke dalam simpanan, staking, pemberian pinjaman atau produk &quot;Earn&quot; yang lain. Bayaran daripada produk ini ialah faedah (riba), dan koin itu keluar dari dompet spot anda.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch Earn off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan &quot;Earn&quot;.</translation>
    </message>
    <message>
        <source>Can take a loan</source>
        <translation>Boleh mengambil pinjaman</translation>
    </message>
    <message>
        <source>This key can borrow through a loan product of {exchange}. A loan charges interest, which is riba.</source>
        <translation>Kunci ini boleh meminjam melalui produk pinjaman {exchange}. Pinjaman mengenakan faedah, dan itu ialah riba.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch loans off.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan pinjaman.</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>Kebenaran yang tidak dikenali oleh aplikasi ini</translation>
    </message>
    <message>
        <source>{exchange} reports &quot;{name}&quot; switched on for this key. The wizard does not know what it allows, so it cannot call the key safe.</source>
        <translation>{exchange} melaporkan bahawa &quot;{name}&quot; dihidupkan bagi kunci ini. Aplikasi ini tidak tahu apa yang dibenarkannya, jadi aplikasi ini tidak dapat menyatakan bahawa kunci ini selamat.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch &quot;{name}&quot; off, then verify again.</source>
        <translation>Di {exchange}, ubah tetapan kunci ini dan matikan &quot;{name}&quot;, kemudian semak semula.</translation>
    </message>
    <message>
        <source>No setting switches off {product}</source>
        <translation>Tiada tetapan yang dapat mematikan {product}</translation>
    </message>
    <message>
        <source>{does} No setting of the key or of the account stops that. {limit}</source>
        <translation>{does} Tiada tetapan pada kunci atau akaun yang dapat menghalangnya. {limit}</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and look in your {exchange} account now and then for any loan or interest product you did not start.</source>
        <translation>Berikan kunci ini hanya kepada program yang anda percayai untuk berdagang spot sahaja dan tidak lebih daripada itu. Sekali-sekala, semak akaun {exchange} anda, kalau-kalau ada pinjaman atau produk faedah yang bukan anda mulakan.</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and check now and then that your funds are where you left them.</source>
        <translation>Berikan kunci ini hanya kepada program yang anda percayai untuk berdagang spot sahaja dan tidak lebih daripada itu. Sekali-sekala, pastikan dana anda masih berada di tempat anda meninggalkannya.</translation>
    </message>
    <message>
        <source>Not reported by {exchange}: {capability}</source>
        <translation>Tidak dilaporkan oleh {exchange}: {capability}</translation>
    </message>
    <message>
        <source>{exchange} does not tell whether this key can reach {capability}. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange} tidak memberitahu sama ada kunci ini boleh mengakses {capability}. Aplikasi ini tidak pernah meneka: semak sendiri dan tandakan di bawah.</translation>
    </message>
    <message>
        <source>On {exchange}, check that it is off.</source>
        <translation>Di {exchange}, pastikan ia dimatikan.</translation>
    </message>
    <message>
        <source>{exchange} does not report whether this key is limited to trusted IP addresses. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange} tidak melaporkan sama ada kunci ini dihadkan kepada alamat IP yang dipercayai. Aplikasi ini tidak pernah meneka: semak sendiri dan tandakan di bawah.</translation>
    </message>
    <message>
        <source>margin (borrowing to trade)</source>
        <translation>margin (meminjam untuk berdagang)</translation>
    </message>
    <message>
        <source>I checked: margin is off</source>
        <translation>Saya sudah menyemak: margin dimatikan</translation>
    </message>
    <message>
        <source>futures and other derivatives</source>
        <translation>niaga hadapan dan derivatif lain</translation>
    </message>
    <message>
        <source>I checked: futures are off</source>
        <translation>Saya sudah menyemak: niaga hadapan dimatikan</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsyen</translation>
    </message>
    <message>
        <source>I checked: options are off</source>
        <translation>Saya sudah menyemak: opsyen dimatikan</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>pengeluaran</translation>
    </message>
    <message>
        <source>I checked: withdrawals are off</source>
        <translation>Saya sudah menyemak: pengeluaran dimatikan</translation>
    </message>
    <message>
        <source>transfers between wallets or accounts</source>
        <translation>pindahan antara dompet atau akaun</translation>
    </message>
    <message>
        <source>I checked: transfers are off</source>
        <translation>Saya sudah menyemak: pindahan dimatikan</translation>
    </message>
    <message>
        <source>Earn, savings and staking</source>
        <translation>Earn, simpanan dan staking</translation>
    </message>
    <message>
        <source>I checked: Earn is off</source>
        <translation>Saya sudah menyemak: Earn dimatikan</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>pinjaman</translation>
    </message>
    <message>
        <source>I checked: loans are off</source>
        <translation>Saya sudah menyemak: pinjaman dimatikan</translation>
    </message>
    <message>
        <source>a limit to trusted IP addresses</source>
        <translation>sekatan kepada alamat IP yang dipercayai</translation>
    </message>
    <message>
        <source>I checked: the key is limited to trusted IP addresses</source>
        <translation>Saya sudah menyemak: kunci ini dihadkan kepada alamat IP yang dipercayai</translation>
    </message>
    <message>
        <source>Right now the wallet it takes collateral from is empty: there is nothing to borrow against.</source>
        <translation>Buat masa ini, dompet yang menjadi sumber cagarannya kosong: tiada apa-apa yang boleh dijadikan cagaran pinjaman.</translation>
    </message>
    <message>
        <source>The wallet it takes collateral from holds coins now, so a loan could be taken against them.</source>
        <translation>Dompet yang menjadi sumber cagarannya kini mengandungi koin, jadi pinjaman boleh diambil dengan koin itu sebagai cagaran.</translation>
    </message>
    <message>
        <source>A loan or a lending order of this kind is open on the account now.</source>
        <translation>Ada pinjaman atau pesanan pemberian pinjaman jenis ini yang sedang terbuka pada akaun ini.</translation>
    </message>
    <message>
        <source>It is offered only from VIP level 7, which this account has not reached.</source>
        <translation>Ia hanya ditawarkan mulai &quot;VIP level&quot; 7 (tahap VIP 7), yang belum dicapai oleh akaun ini.</translation>
    </message>
    <message>
        <source>This account&apos;s VIP level is high enough for it.</source>
        <translation>&quot;VIP level&quot; (tahap VIP) akaun ini sudah cukup tinggi untuknya.</translation>
    </message>
    <message>
        <source>{exchange} ends keys that are not limited to IP addresses after 90 days, and sooner after a change of the account&apos;s password.</source>
        <translation>{exchange} menamatkan kunci yang tidak dihadkan kepada alamat IP selepas 90 hari, dan lebih awal jika kata laluan akaun ditukar.</translation>
    </message>
    <message>
        <source>{exchange} takes trading away from keys that are not limited to IP addresses.</source>
        <translation>{exchange} menarik balik kebenaran dagangan daripada kunci yang tidak dihadkan kepada alamat IP.</translation>
    </message>
    <message>
        <source>The key was made with this end date.</source>
        <translation>Kunci ini dibuat dengan tarikh tamat ini.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key and untick every contract and derivatives box. A unified account ticks them on new keys unless you untick them.</source>
        <translation>Di Bybit, ubah tetapan kunci ini dan buang tanda pada setiap kotak kontrak dan derivatif. Akaun bersatu (Unified Trading Account) menandakan kotak-kotak itu pada kunci baharu kecuali anda membuang tandanya.</translation>
    </message>
    <message>
        <source>On Bybit, repay any loan and switch spot margin trading off. While it is on, any spot order of this key may borrow.</source>
        <translation>Di Bybit, bayar balik sebarang pinjaman dan matikan dagangan margin spot. Selagi ia dihidupkan, mana-mana pesanan spot daripada kunci ini boleh meminjam.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings and change the account mode to Spot mode (close positions and repay loans first). In any other mode a trading key can also trade futures.</source>
        <translation>Di OKX, tutup kedudukan dan bayar balik pinjaman terlebih dahulu, kemudian buka tetapan dagangan dan tukar mod akaun kepada &quot;Spot mode&quot; (mod spot). Dalam mod lain, kunci dagangan juga boleh berdagang niaga hadapan.</translation>
    </message>
    <message>
        <source>On OKX, repay every loan, switch auto-borrow off and change the account mode to Spot mode in the trading settings.</source>
        <translation>Di OKX, bayar balik setiap pinjaman, matikan pinjaman automatik (&quot;Auto-borrow&quot;), dan tukar mod akaun kepada &quot;Spot mode&quot; (mod spot) dalam tetapan dagangan.</translation>
    </message>
    <message>
        <source>Options are activated on this OKX account, and a trading key there can buy them in any account mode. If OKX does not let you switch them off, make a sub-account (new ones start without options), move the funds there and make the key in it.</source>
        <translation>Opsyen diaktifkan pada akaun OKX ini, dan kunci dagangan di situ boleh membelinya dalam apa jua mod akaun. Jika OKX tidak membenarkan anda mematikannya, buat subakaun (subakaun baharu bermula tanpa opsyen), pindahkan dana ke situ dan buat kunci di dalamnya.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key: untick Withdraw Funds and both withdrawal address boxes.</source>
        <translation>Di Kraken, ubah tetapan kunci ini: buang tanda pada &quot;Withdraw Funds&quot; (pengeluaran dana) dan pada kedua-dua kotak alamat pengeluaran.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Query Funds: Kraken lets a key with it move funds into a Kraken Futures wallet. Orders, trades and the ledger stay readable; the wizard then cannot show your balances.</source>
        <translation>Di Kraken, ubah tetapan kunci ini dan buang tanda pada &quot;Query Funds&quot; (semak dana): Kraken membenarkan kunci yang mempunyai kebenaran ini memindahkan dana ke dalam dompet Kraken Futures. Pesanan, dagangan dan lejar masih boleh dibaca; cuma aplikasi ini tidak lagi dapat menunjukkan baki anda.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Withdraw Funds: it also moves funds between an account and its sub-accounts.</source>
        <translation>Di Kraken, ubah tetapan kunci ini dan buang tanda pada &quot;Withdraw Funds&quot; (pengeluaran dana): kebenaran ini juga memindahkan dana antara akaun dan subakaunnya.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key: untick Withdrawal, and every Fiat, P2P, Bybit Pay and Card box.</source>
        <translation>Di Bybit, ubah tetapan kunci ini: buang tanda pada &quot;Withdrawal&quot; (pengeluaran), dan pada setiap kotak &quot;Fiat&quot;, &quot;P2P&quot;, &quot;Bybit Pay&quot; dan &quot;Card&quot; (kad).</translation>
    </message>
    <message>
        <source>On OKX, bind this key to the IP addresses of the computer or service that will trade. OKX lets an unbound trading key expire after 14 days without use.</source>
        <translation>Di OKX, ikat kunci ini kepada alamat IP komputer atau perkhidmatan yang akan berdagang. OKX membiarkan kunci dagangan yang tidak diikat kepada alamat IP tamat tempoh selepas 14 hari tidak digunakan.</translation>
    </message>
    <message>
        <source>On Binance, limit this key to the IP addresses of the computer or service that will trade. Binance takes trading away from unrestricted keys, and may delete them.</source>
        <translation>Di Binance, hadkan kunci ini kepada alamat IP komputer atau perkhidmatan yang akan berdagang. Binance menarik balik kebenaran dagangan daripada kunci tanpa sekatan IP, dan mungkin memadamkannya.</translation>
    </message>
    <message>
        <source>{exchange} does not report the rows marked with a question mark. The wizard never guesses them: each one is listed with where to check it yourself.</source>
        <translation>{exchange} tidak melaporkan baris yang bertanda soal (?). Aplikasi ini tidak pernah meneka nilainya: setiap satu disenaraikan bersama tempat untuk anda menyemaknya sendiri.</translation>
    </message>
    <message>
        <source>Confirmed by you on {date}: {exchange} does not report it.</source>
        <translation>Disahkan oleh anda pada {date}: {exchange} tidak melaporkannya.</translation>
    </message>
    <message>
        <source>This key belongs to a perpetual futures (INTX) portfolio. On Coinbase, make a new key for your default portfolio and delete this one.</source>
        <translation>Kunci ini milik portfolio kontrak kekal (INTX). Di Coinbase, buat kunci baharu untuk portfolio lalai anda (&quot;Default&quot;) dan padamkan kunci ini.</translation>
    </message>
    <message>
        <source>On Coinbase, make a new key with only View and Trade ticked (no Transfer), then delete this one.</source>
        <translation>Di Coinbase, buat kunci baharu dengan tanda pada &quot;View&quot; (lihat) dan &quot;Trade&quot; (dagangan) sahaja, tanpa &quot;Transfer&quot; (pindahan), kemudian padamkan kunci ini.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can move your coins into Simple Earn and staking, and Binance names no permission at all for Dual Investment and Soft Staking: all of them pay interest.</source>
        <translation>Kunci Binance yang dibenarkan berdagang spot boleh memindahkan koin anda ke dalam &quot;Simple Earn&quot; dan staking, dan Binance langsung tidak menyebut sebarang kebenaran untuk &quot;Dual Investment&quot; dan &quot;Soft Staking&quot;: kesemuanya membayar faedah.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot may also be able to take a Crypto Loan against your coins: Binance names the spot trading permission for changing such a loan, and no permission at all for taking one.</source>
        <translation>Kunci Binance yang dibenarkan berdagang spot mungkin juga boleh mengambil &quot;Crypto Loan&quot; (pinjaman kripto) dengan koin anda sebagai cagaran: Binance menyebut kebenaran dagangan spot untuk mengubah pinjaman sebegini, dan langsung tidak menyebut sebarang kebenaran untuk mengambilnya.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can create a margin &quot;special key&quot;: a new key that trades with borrowed funds.</source>
        <translation>Kunci Binance yang dibenarkan berdagang spot boleh membuat &quot;special key&quot; (kunci khas) margin: kunci baharu yang berdagang dengan dana pinjaman.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Margin Loan, Repay &amp; Transfer&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Pengurusan API) dan &quot;Edit restrictions&quot; (Ubah sekatan): &quot;Enable Margin Loan, Repay &amp; Transfer&quot; mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Futures&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Pengurusan API) dan &quot;Edit restrictions&quot; (Ubah sekatan): &quot;Enable Futures&quot; mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable European Options&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Pengurusan API) dan &quot;Edit restrictions&quot; (Ubah sekatan): &quot;Enable European Options&quot; mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Withdrawals&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Pengurusan API) dan &quot;Edit restrictions&quot; (Ubah sekatan): &quot;Enable Withdrawals&quot; mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Permits Universal Transfer&quot; and &quot;Enable Internal Transfer&quot; must be unticked.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Pengurusan API) dan &quot;Edit restrictions&quot; (Ubah sekatan): &quot;Permits Universal Transfer&quot; dan &quot;Enable Internal Transfer&quot; mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Binance, open Earn: you should hold no Simple Earn, staking or Dual Investment positions.</source>
        <translation>Di Binance, buka &quot;Earn&quot;: anda sepatutnya tidak memegang sebarang kedudukan &quot;Simple Earn&quot;, staking atau &quot;Dual Investment&quot;.</translation>
    </message>
    <message>
        <source>On Binance, open Loans: no Crypto Loan may be open.</source>
        <translation>Di Binance, buka &quot;Loans&quot; (Pinjaman): tidak boleh ada sebarang &quot;Crypto Loan&quot; (pinjaman kripto) yang terbuka.</translation>
    </message>
    <message>
        <source>On Binance, open API Management: this key must show &quot;Restrict access to trusted IPs only&quot; with your addresses.</source>
        <translation>Di Binance, buka &quot;API Management&quot; (Pengurusan API): kunci ini mesti menunjukkan &quot;Restrict access to trusted IPs only&quot; (hadkan akses kepada IP yang dipercayai sahaja) bersama alamat-alamat anda.</translation>
    </message>
    <message>
        <source>Any key that may trade spot on Bybit can also take a Crypto Loan against your coins, or lend them out for interest, with coins from your Funding wallet.</source>
        <translation>Mana-mana kunci yang dibenarkan berdagang spot di Bybit juga boleh mengambil &quot;Crypto Loan&quot; (pinjaman kripto) dengan koin anda sebagai cagaran, atau meminjamkan koin anda untuk mendapat faedah, menggunakan koin daripada &quot;Funding wallet&quot; (dompet dana) anda.</translation>
    </message>
    <message>
        <source>On Bybit, open the spot trading page: the Margin switch beside the order form must be off, and spot margin never activated (Bybit&apos;s margin quiz never taken). Once it is activated, a trading key may switch it on by itself.</source>
        <translation>Di Bybit, buka halaman dagangan spot: suis &quot;Margin&quot; di sebelah borang pesanan mesti dimatikan, dan margin spot tidak pernah diaktifkan (kuiz margin Bybit tidak pernah diambil). Sebaik sahaja margin spot diaktifkan, kunci dagangan boleh menghidupkannya sendiri.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: every Contracts, Unified Trading and USDC Contracts box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, kemudian &quot;Edit&quot; (Ubah) di sebelah kunci ini: setiap kotak &quot;Contracts&quot; (kontrak), &quot;Unified Trading&quot; (dagangan bersatu) dan &quot;USDC Contracts&quot; mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the USDC Contracts box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, kemudian &quot;Edit&quot; (Ubah) di sebelah kunci ini: kotak &quot;USDC Contracts&quot; (kontrak USDC) mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Wallet Withdrawal and every Fiat, P2P, Pay and Card box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, kemudian &quot;Edit&quot; (Ubah) di sebelah kunci ini: &quot;Wallet Withdrawal&quot; (pengeluaran dari dompet) dan setiap kotak &quot;Fiat&quot;, &quot;P2P&quot;, &quot;Pay&quot; dan &quot;Card&quot; (kad) mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Account Transfer and Subaccount Transfer must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, kemudian &quot;Edit&quot; (Ubah) di sebelah kunci ini: &quot;Account Transfer&quot; (pindahan antara akaun) dan &quot;Subaccount Transfer&quot; (pindahan ke subakaun) mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the Earn box must be unticked.</source>
        <translation>Di Bybit, buka &quot;API&quot;, kemudian &quot;Edit&quot; (Ubah) di sebelah kunci ini: kotak &quot;Earn&quot; (produk ganjaran) mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Bybit, open Finance, then Crypto Loan: no loan may be open. Any key that trades spot can take one.</source>
        <translation>Di Bybit, buka &quot;Finance&quot; (Kewangan), kemudian &quot;Crypto Loan&quot; (pinjaman kripto): tidak boleh ada sebarang pinjaman yang terbuka. Mana-mana kunci yang berdagang spot boleh mengambil pinjaman ini.</translation>
    </message>
    <message>
        <source>On Bybit, open API: this key must show the IP addresses it is limited to.</source>
        <translation>Di Bybit, buka &quot;API&quot;: kunci ini mesti menunjukkan alamat IP yang menjadi hadnya.</translation>
    </message>
    <message>
        <source>On Coinbase, spot orders cannot borrow; check that you have no futures or perpetuals account either (Settings, then Derivatives).</source>
        <translation>Di Coinbase, pesanan spot tidak boleh meminjam; pastikan juga anda tiada akaun niaga hadapan atau kontrak kekal (&quot;Settings&quot;, kemudian &quot;Derivatives&quot;).</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for futures or perpetuals (derivatives). Where you have, any trading key can trade them.</source>
        <translation>Di Coinbase, buka &quot;Settings&quot; (Tetapan): anda mestilah tidak pernah mendaftar untuk niaga hadapan atau kontrak kekal (derivatif). Jika anda sudah mendaftar, mana-mana kunci dagangan boleh berdagang produk itu.</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for derivatives. Where you have, any trading key can trade them.</source>
        <translation>Di Coinbase, buka &quot;Settings&quot; (Tetapan): anda mestilah tidak pernah mendaftar untuk derivatif. Jika anda sudah mendaftar, mana-mana kunci dagangan boleh berdagang derivatif.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys: this key must have View and Trade only, without Transfer.</source>
        <translation>Di &quot;Coinbase Developer Platform&quot; (platform pembangun Coinbase), buka &quot;API keys&quot; (kunci API): kunci ini mesti mempunyai &quot;View&quot; (lihat) dan &quot;Trade&quot; (dagangan) sahaja, tanpa &quot;Transfer&quot; (pindahan).</translation>
    </message>
    <message>
        <source>On Coinbase, staking and rewards are switched in the app, not by keys.</source>
        <translation>Di Coinbase, staking dan ganjaran dihidupkan atau dimatikan dalam aplikasi Coinbase, bukan melalui kunci.</translation>
    </message>
    <message>
        <source>On Coinbase, open Borrow: no loan may be open.</source>
        <translation>Di Coinbase, buka &quot;Borrow&quot; (Pinjam): tidak boleh ada sebarang pinjaman yang terbuka.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys, then this key: its IP allowlist must list your addresses. Coinbase does not report it.</source>
        <translation>Di &quot;Coinbase Developer Platform&quot; (platform pembangun Coinbase), buka &quot;API keys&quot; (kunci API), kemudian kunci ini: &quot;IP allowlist&quot; (senarai IP yang dibenarkan) kunci ini mesti menyenaraikan alamat-alamat anda. Coinbase tidak melaporkannya.</translation>
    </message>
    <message>
        <source>On Kraken Pro, open the order form of any pair: if it offers Margin or leverage, any trading key of your account can borrow, and no setting stops it. Tick this only if it offers none.</source>
        <translation>Di &quot;Kraken Pro&quot;, buka borang pesanan bagi mana-mana pasangan dagangan: jika ia menawarkan &quot;Margin&quot; atau leveraj, mana-mana kunci dagangan akaun anda boleh meminjam, dan tiada tetapan yang dapat menghalangnya. Tandakan ini hanya jika ia tidak menawarkan satu pun.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API: this key must be a spot key (Kraken Futures keys are made apart).</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Tetapan), kemudian &quot;API&quot;: kunci ini mestilah kunci spot (kunci Kraken Futures dibuat secara berasingan).</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Withdraw Funds and both withdrawal address boxes must be unticked.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Tetapan), kemudian &quot;API&quot;, kemudian kunci ini: &quot;Withdraw Funds&quot; (pengeluaran dana) dan kedua-dua kotak alamat pengeluaran mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Query Funds and Withdraw Funds must be unticked.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Tetapan), kemudian &quot;API&quot;, kemudian kunci ini: &quot;Query Funds&quot; (semak dana) dan &quot;Withdraw Funds&quot; (pengeluaran dana) mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Earn Funds must be unticked.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Tetapan), kemudian &quot;API&quot;, kemudian kunci ini: &quot;Earn Funds&quot; (dana Earn) mesti tidak bertanda.</translation>
    </message>
    <message>
        <source>On Kraken, no loan product is open to API keys: check that you have none.</source>
        <translation>Di Kraken, tiada produk pinjaman yang terbuka kepada kunci API: pastikan anda tiada sebarang pinjaman.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: IP address restriction must list your addresses.</source>
        <translation>Di Kraken, buka &quot;Settings&quot; (Tetapan), kemudian &quot;API&quot;, kemudian kunci ini: &quot;IP address restriction&quot; (sekatan alamat IP) mesti menyenaraikan alamat-alamat anda.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move your coins into Simple Earn, lending, staking and other Earn products, which pay interest.</source>
        <translation>Mana-mana kunci OKX yang dibenarkan berdagang juga boleh memindahkan koin anda ke dalam &quot;Simple Earn&quot;, pemberian pinjaman, staking dan produk &quot;Earn&quot; yang lain, yang membayar faedah.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade may also take a Flexible Loan against the coins in your funding account.</source>
        <translation>Mana-mana kunci OKX yang dibenarkan berdagang mungkin juga boleh mengambil &quot;Flexible Loan&quot; (pinjaman fleksibel) dengan koin dalam akaun dana (funding) anda sebagai cagaran.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move funds between your funding and trading accounts, and from a main account to its sub-accounts.</source>
        <translation>Mana-mana kunci OKX yang dibenarkan berdagang juga boleh memindahkan dana antara akaun dana (funding) dan akaun dagangan anda, dan dari akaun utama ke subakaunnya.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode with borrowing off, and you must never have used any other mode: a trading key can switch back to a mode used before.</source>
        <translation>Di OKX, buka tetapan dagangan: mod akaun mestilah &quot;Spot mode&quot; (mod spot) dengan pinjaman dimatikan, dan anda mestilah tidak pernah menggunakan mod lain: kunci dagangan boleh bertukar kembali ke mod yang pernah digunakan sebelum ini.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode, and you must never have used Futures, Multi-currency margin or Portfolio margin mode: a trading key can switch back to a mode used before.</source>
        <translation>Di OKX, buka tetapan dagangan: mod akaun mestilah &quot;Spot mode&quot; (mod spot), dan anda mestilah tidak pernah menggunakan mod &quot;Futures&quot; (niaga hadapan), &quot;Multi-currency margin&quot; (margin pelbagai mata wang) atau &quot;Portfolio margin&quot; (margin portfolio): kunci dagangan boleh bertukar kembali ke mod yang pernah digunakan sebelum ini.</translation>
    </message>
    <message>
        <source>On OKX, options must not be activated. A trading key can activate them itself once your trading account holds more than 10,000 USD: keep it below that, or use a sub-account.</source>
        <translation>Di OKX, opsyen mesti tidak diaktifkan. Kunci dagangan boleh mengaktifkannya sendiri sebaik sahaja akaun dagangan anda memegang lebih daripada 10,000 USD: kekalkan baki akaun itu di bawah jumlah tersebut, atau gunakan subakaun.</translation>
    </message>
    <message>
        <source>On OKX, open API: the key&apos;s permissions must be Read and Trade only, without Withdraw.</source>
        <translation>Di OKX, buka &quot;API&quot;: kebenaran kunci ini mestilah &quot;Read&quot; (baca) dan &quot;Trade&quot; (dagangan) sahaja, tanpa &quot;Withdraw&quot; (pengeluaran).</translation>
    </message>
    <message>
        <source>On OKX, open Earn: you should hold no savings, staking or other Earn products.</source>
        <translation>Di OKX, buka &quot;Earn&quot;: anda sepatutnya tidak memegang sebarang simpanan, staking atau produk &quot;Earn&quot; yang lain.</translation>
    </message>
    <message>
        <source>On OKX, open Loan: no Flexible Loan may be open.</source>
        <translation>Di OKX, buka &quot;Loan&quot; (Pinjaman): tidak boleh ada sebarang &quot;Flexible Loan&quot; (pinjaman fleksibel) yang terbuka.</translation>
    </message>
    <message>
        <source>On OKX, open API: this key must show the IP addresses it is bound to.</source>
        <translation>Di OKX, buka &quot;API&quot;: kunci ini mesti menunjukkan alamat IP yang terikat kepadanya.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>My key may have leaked</source>
        <translation>Kunci saya mungkin telah bocor</translation>
    </message>
    <message>
        <source>Open the exchange yourself: type its address or use its app. Do not follow a link from an email or a message.</source>
        <translation>Buka bursa sendiri: taip alamatnya atau gunakan aplikasinya. Jangan ikut pautan daripada e-mel atau mesej.</translation>
    </message>
    <message>
        <source>Go to API Management and delete the key. It stops working at once, wherever it was copied to.</source>
        <translation>Pergi ke &quot;API Management&quot; (Pengurusan API) dan padamkan kunci itu. Ia terus berhenti berfungsi, walau di mana pun ia telah disalin.</translation>
    </message>
    <message>
        <source>Look through your open orders and recent trades for anything you did not do.</source>
        <translation>Semak pesanan terbuka dan dagangan terkini anda, kalau-kalau ada yang bukan anda lakukan.</translation>
    </message>
    <message>
        <source>If something is wrong, contact the exchange&apos;s support and send them the times and order numbers you found.</source>
        <translation>Jika ada yang tidak kena, hubungi khidmat sokongan bursa dan hantarkan masa serta nombor pesanan yang anda temui.</translation>
    </message>
    <message>
        <source>Make a new key, then replace the old one here: on the first page choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>Buat kunci baharu, kemudian gantikan kunci lama di sini: pada halaman pertama, pilih &quot;Ganti kunci yang pernah saya sediakan&quot;.</translation>
    </message>
    <message>
        <source>Check that your account&apos;s two-factor sign-in and email address are still yours.</source>
        <translation>Pastikan log masuk dua faktor dan alamat e-mel akaun anda masih milik anda.</translation>
    </message>
    <message>
        <source>Why must withdrawals stay off?</source>
        <translation>Mengapa pengeluaran mesti kekal dimatikan?</translation>
    </message>
    <message>
        <source>A trading bot only buys and sells inside your account. With withdrawals off, even a stolen key cannot move your coins out.</source>
        <translation>Bot dagangan hanya membeli dan menjual di dalam akaun anda. Apabila pengeluaran dimatikan, kunci yang dicuri pun tidak dapat mengeluarkan koin anda.</translation>
    </message>
    <message>
        <source>Why limit the key to IP addresses?</source>
        <translation>Mengapa hadkan kunci kepada alamat IP tertentu?</translation>
    </message>
    <message>
        <source>The exchange then refuses the key from any other computer, so a copied key is useless to a thief.</source>
        <translation>Bursa akan menolak kunci itu jika digunakan dari komputer lain, jadi kunci yang disalin tidak berguna kepada pencuri.</translation>
    </message>
    <message>
        <source>I switched on futures or margin before. What now?</source>
        <translation>Saya pernah menghidupkan niaga hadapan atau margin. Apa yang perlu saya buat?</translation>
    </message>
    <message>
        <source>Close every open position, repay any loan, move the funds back to Spot, and close those accounts. Then make a new key: the old one may carry the old permissions.</source>
        <translation>Tutup semua kedudukan terbuka, bayar balik sebarang pinjaman, pindahkan dana kembali ke Spot, dan tutup akaun-akaun itu. Kemudian buat kunci baharu: kunci lama mungkin masih membawa kebenaran lama.</translation>
    </message>
    <message>
        <source>How often should I replace the key?</source>
        <translation>Berapa kerap saya perlu menggantikan kunci?</translation>
    </message>
    <message>
        <source>Every 90 days, or at once if you think it leaked. The wizard tells you when the date comes.</source>
        <translation>Setiap 90 hari, atau serta-merta jika anda rasa ia telah bocor. Aplikasi ini akan memberitahu anda apabila tarikhnya tiba.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Set up a trading key that can buy and sell, and nothing more.</source>
        <translation>Sediakan kunci dagangan yang boleh membeli dan menjual, dan tidak lebih daripada itu.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that only buys and sells coins you own, then asks the exchange what the key can really do.</source>
        <translation>Program dagangan memerlukan kunci ke akaun bursa anda. Wizard ini membantu anda membuat kunci yang hanya membeli dan menjual syiling milik anda, kemudian bertanya kepada bursa apa yang benar-benar boleh dilakukan oleh kunci itu.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that trades spot: buy and sell coins you own outright, with borrowing (riba), futures and other derivatives, and moving your money out switched off wherever the exchange lets you. Where it does not, the check says so plainly.</source>
        <translation>Program dagangan memerlukan kunci untuk akaun bursa anda. Aplikasi ini membantu anda membuat kunci yang berdagang spot: membeli dan menjual koin yang anda miliki sepenuhnya, dengan peminjaman (riba), niaga hadapan dan derivatif lain, serta pengeluaran wang anda dimatikan di mana-mana sahaja bursa membenarkannya. Jika bursa tidak membenarkannya, semakan akan menyatakannya dengan jelas.</translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation>Pada akhirnya, aplikasi ini bertanya kepada bursa apa yang sebenarnya boleh dilakukan oleh kunci itu, lalu menunjukkannya kepada anda.</translation>
    </message>
    <message>
        <source>Your key is checked. Here is what happens next.</source>
        <translation>Kunci anda sudah disemak. Inilah langkah seterusnya.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity.</source>
        <translation>Sesiapa yang menguasai akaun anda juga menguasai setiap kunci yang dibuat di dalamnya. Dua perkara melindunginya: kod daripada aplikasi pengesah (authenticator) setiap kali log masuk, dan identiti yang telah disahkan.</translation>
    </message>
    <message>
        <source>Keep futures and margin off</source>
        <translation>Pastikan niaga hadapan dan margin kekal dimatikan</translation>
    </message>
    <message>
        <source>Halal spot trading never needs them.</source>
        <translation>Dagangan spot yang halal tidak pernah memerlukannya.</translation>
    </message>
    <message>
        <source>Futures, options and perpetual contracts are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba).</source>
        <translation>Niaga hadapan, opsyen dan kontrak kekal (perpetual) ialah derivatif: kontrak atas sesuatu harga, bukan koin yang anda miliki. Margin ialah pinjaman dengan faedah (riba).</translation>
    </message>
    <message>
        <source>I hold no futures, perpetual or options positions</source>
        <translation>Saya tiada kedudukan niaga hadapan, kontrak kekal atau opsyen</translation>
    </message>
    <message>
        <source>Name it so you recognise it later:</source>
        <translation>Berikan nama supaya anda dapat mengenalinya nanti:</translation>
    </message>
    <message>
        <source>The secret is shown only once, right after the key is made. Keep that page open until this wizard has it.</source>
        <translation>Kunci Rahsia ditunjukkan sekali sahaja, sejurus selepas kunci dibuat. Biarkan halaman itu terbuka sehingga anda memasukkannya ke dalam aplikasi ini.</translation>
    </message>
    <message>
        <source>Set the new key&apos;s boxes as shown here.</source>
        <translation>Tetapkan kotak-kotak kunci baharu seperti yang ditunjukkan di sini.</translation>
    </message>
    <message>
        <source>The key&apos;s boxes match the picture and are saved</source>
        <translation>Kotak-kotak kunci ini sepadan dengan gambar dan sudah disimpan</translation>
    </message>
    <message>
        <source>Riba: some of these rewards are interest on a loan.</source>
        <translation>Riba: sebahagian ganjaran ini ialah faedah atas pinjaman.</translation>
    </message>
    <message>
        <source>If you skip this, the key keeps working from anywhere, so anyone who copies it can use it.</source>
        <translation>Jika anda melangkau langkah ini, kunci itu tetap berfungsi dari mana-mana sahaja, jadi sesiapa yang menyalinnya boleh menggunakannya.</translation>
    </message>
    <message>
        <source>With the list set, a copied key is useless anywhere else.</source>
        <translation>Apabila senarai ini ditetapkan, kunci yang disalin tidak berguna di tempat lain.</translation>
    </message>
    <message>
        <source>Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>Perkhidmatan dagangan anda akan memberitahu alamat yang perlu dimasukkan. Jika anda belum ada alamat, anda boleh teruskan: semakan nanti akan memberi amaran dan anda boleh menambahnya kemudian.</translation>
    </message>
    <message>
        <source>Secure your Binance account</source>
        <translation>Lindungi akaun Binance anda</translation>
    </message>
    <message>
        <source>Before making a key, make sure only you can sign in.</source>
        <translation>Sebelum membuat kunci, pastikan hanya anda yang boleh log masuk.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity, which Binance needs before it allows keys.</source>
        <translation>Sesiapa yang menguasai akaun anda juga menguasai setiap kunci yang dibuat di dalamnya. Dua perkara melindunginya: kod daripada aplikasi pengesah (authenticator) setiap kali log masuk, dan identiti yang telah disahkan, yang Binance perlukan sebelum membenarkan kunci dibuat.</translation>
    </message>
    <message>
        <source>Two-factor sign-in uses an authenticator app (not SMS)</source>
        <translation>Log masuk dua faktor menggunakan aplikasi pengesah (bukan SMS)</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Security, then Two-Factor Authentication. Choose Authenticator App and follow the steps. SMS codes can be stolen by taking over your phone number, so switch SMS off once the app works.</source>
        <translation>Di Binance: ikon profil anda, kemudian &quot;Security&quot; (Keselamatan), kemudian &quot;Two-Factor Authentication&quot; (Pengesahan Dua Faktor). Pilih &quot;Authenticator App&quot; (aplikasi pengesah) dan ikut langkah-langkahnya. Kod SMS boleh dicuri jika seseorang mengambil alih nombor telefon anda, jadi matikan SMS sebaik sahaja aplikasi itu berfungsi.</translation>
    </message>
    <message>
        <source>My identity is verified on Binance</source>
        <translation>Identiti saya telah disahkan di Binance</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Identification. If it says Verified, you are done. If not, follow the steps there; it asks for an ID document. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di Binance: ikon profil anda, kemudian &quot;Identification&quot; (Pengenalan). Jika tertulis &quot;Verified&quot; (Disahkan), anda sudah selesai. Jika tidak, ikut langkah-langkah di situ; anda akan diminta dokumen pengenalan diri. Pengesahan identiti diwajibkan oleh undang-undang dan tidak bercanggah dengan dagangan yang halal.</translation>
    </message>
    <message>
        <source>Leveraged tokens are derivatives too. On Binance each of these must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation>Token berleveraj juga ialah derivatif. Di Binance, setiap satu daripadanya mesti dibuka dengan sengaja, jadi akaun baharu tidak mempunyai satu pun. Biarkan semuanya tertutup.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Futures wallet, or it holds nothing</source>
        <translation>&quot;Wallet › Overview&quot; (Dompet › Gambaran Keseluruhan) tidak menunjukkan dompet &quot;Futures&quot;, atau dompet itu kosong</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one: tick this. If it is listed, close its positions and transfer its funds to Spot until it shows nothing.</source>
        <translation>Di Binance: &quot;Wallet&quot; (Dompet), kemudian &quot;Overview&quot; (Gambaran Keseluruhan). Jika tiada dompet &quot;Futures&quot; dalam senarai, bermakna anda tidak pernah membukanya: tandakan ini. Jika ada, tutup kedudukannya dan pindahkan dananya ke Spot sehingga dompet itu kosong.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Margin wallet, or it holds nothing</source>
        <translation>&quot;Wallet › Overview&quot; (Dompet › Gambaran Keseluruhan) tidak menunjukkan dompet &quot;Margin&quot;, atau dompet itu kosong</translation>
    </message>
    <message>
        <source>I never opened Options, Leveraged Tokens or Portfolio Margin</source>
        <translation>Saya tidak pernah membuka Opsyen, Token Berleveraj atau Margin Portfolio</translation>
    </message>
    <message>
        <source>On Binance, in your main account: profile icon, API Management, Create API.</source>
        <translation>Di Binance, dalam akaun utama anda: ikon profil, &quot;API Management&quot; (Pengurusan API), &quot;Create API&quot; (buat API).</translation>
    </message>
    <message>
        <source>Make it in your main account: a sub-account&apos;s trading key can move that sub-account&apos;s funds to other accounts.</source>
        <translation>Buat kunci ini dalam akaun utama anda: kunci dagangan bagi subakaun boleh memindahkan dana subakaun itu ke akaun lain.</translation>
    </message>
    <message>
        <source>Click Edit restrictions on the new key.</source>
        <translation>Klik &quot;Edit restrictions&quot; (Ubah sekatan) pada kunci baharu.</translation>
    </message>
    <message>
        <source>Spot &amp; Margin Trading cannot trade on margin while the margin box is empty.</source>
        <translation>&quot;Spot &amp; Margin Trading&quot; (dagangan spot dan margin) tidak dapat berdagang secara margin selagi kotak margin tidak bertanda.</translation>
    </message>
    <message>
        <source>Choose &quot;Restrict access to trusted IPs only&quot; and enter the addresses below.</source>
        <translation>Pilih &quot;Restrict access to trusted IPs only&quot; (hadkan akses kepada IP yang dipercayai sahaja) dan masukkan alamat di bawah.</translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation>Jika anda pernah membuka salah satunya: tutup semua kedudukan, bayar balik sebarang pinjaman, dan pindahkan dana kembali ke dompet Spot anda.</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation>Di Binance: &quot;Wallet&quot; (Dompet), kemudian &quot;Overview&quot; (Gambaran Keseluruhan). Jika tiada dompet &quot;Margin&quot; dalam senarai, bermakna anda tidak pernah membukanya: tandakan ini. Jika ada, bayar balik semua pinjaman dalam dompet Margin dan pindahkan bakinya ke Spot.</translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation>Ini ialah produk Binance yang berasingan dan perlu didaftar secara khusus. Jika anda tidak pernah mendaftar, tandakan ini.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Binance it also opens Simple Earn, staking and Crypto Loan, which no setting closes: the check will name them.</source>
        <translation>Diperlukan untuk membeli dan menjual. Di Binance, kebenaran ini juga membuka &quot;Simple Earn&quot;, staking dan &quot;Crypto Loan&quot; (pinjaman kripto), yang tidak dapat ditutup oleh sebarang tetapan: semakan nanti akan menyebut semuanya.</translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation>Buat kunci dan namakannya</translation>
    </message>
    <message>
        <source>Binance offers two kinds of key. With &quot;System generated&quot;, Binance makes the key and its secret. With &quot;Self-generated&quot;, this computer makes a key pair and Binance gets only its public half: the safest choice. Choose one:</source>
        <translation>Binance menawarkan dua jenis kunci. Dengan &quot;System generated&quot; (dijana oleh sistem), Binance membuat Kunci API dan Kunci Rahsianya. Dengan &quot;Self-generated&quot; (dijana sendiri), komputer ini membuat pasangan kunci dan Binance hanya menerima kunci awamnya: inilah pilihan paling selamat. Pilih satu:</translation>
    </message>
    <message>
        <source>Binance shows the secret only once, right after you confirm with your two-factor code. Keep that page open until this wizard has it.</source>
        <translation>Binance menunjukkan Kunci Rahsia sekali sahaja, sejurus selepas anda mengesahkan dengan kod dua faktor. Biarkan halaman itu terbuka sehingga anda memasukkannya ke dalam aplikasi ini.</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key and Secret Key</source>
        <translation>Saya sudah membuat kunci dan boleh melihat Kunci API dan Kunci Rahsianya</translation>
    </message>
    <message>
        <source>API Management is in the menu under your profile icon at the top right of Binance&apos;s website. If Create API is greyed out, finish identity verification and switch on two-factor sign-in first.</source>
        <translation>&quot;API Management&quot; ada dalam menu di bawah ikon profil anda, di sudut kanan atas laman web Binance. Jika &quot;Create API&quot; berwarna kelabu, lengkapkan pengesahan identiti dan hidupkan log masuk dua faktor terlebih dahulu.</translation>
    </message>
    <message>
        <source>Set the permissions</source>
        <translation>Tetapkan kebenaran</translation>
    </message>
    <message>
        <source>Edit restrictions is next to the key in API Management. If a box will not untick, save first and then edit again. If you cannot change the key, delete it and create a new one.</source>
        <translation>&quot;Edit restrictions&quot; ada di sebelah kunci dalam &quot;API Management&quot;. Jika tanda pada sesuatu kotak tidak dapat dibuang, simpan dahulu, kemudian ubah sekali lagi. Jika kunci itu tidak dapat diubah, padamkannya dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>Allow only trusted addresses</source>
        <translation>Benarkan alamat yang dipercayai sahaja</translation>
    </message>
    <message>
        <source>Lock the key to the computers that will use it.</source>
        <translation>Hadkan kunci ini kepada komputer yang akan menggunakannya sahaja.</translation>
    </message>
    <message>
        <source>If you skip this, Binance keeps the key but may switch its trading off after a while, and anyone who copies it can use it.</source>
        <translation>Jika anda melangkau langkah ini, Binance tetap menyimpan kunci itu tetapi mungkin mematikan dagangannya selepas beberapa lama, dan sesiapa yang menyalinnya boleh menggunakannya.</translation>
    </message>
    <message>
        <source>To verify the key from this computer, its address must be on the list too.</source>
        <translation>Untuk menyemak kunci dari komputer ini, alamat komputer ini juga mesti ada dalam senarai.</translation>
    </message>
    <message>
        <source>I restricted the key to trusted IP addresses</source>
        <translation>Saya sudah mengehadkan kunci kepada alamat IP yang dipercayai</translation>
    </message>
    <message>
        <source>The choice is in Edit restrictions, under IP access restrictions. Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>Pilihan ini ada dalam &quot;Edit restrictions&quot;, di bawah &quot;IP access restrictions&quot;. Perkhidmatan dagangan anda akan memberitahu alamat yang perlu dimasukkan. Jika anda belum ada alamat, anda boleh teruskan: semakan nanti akan memberi amaran dan anda boleh menambahnya kemudian.</translation>
    </message>
    <message>
        <source>Enter the key</source>
        <translation>Masukkan kunci</translation>
    </message>
    <message>
        <source>Copy the API Key and the Secret Key from Binance into these fields.</source>
        <translation>Salin Kunci API (API Key) dan Kunci Rahsia (Secret Key) dari Binance ke dalam ruangan ini.</translation>
    </message>
    <message>
        <source>Checking the key with Binance</source>
        <translation>Menyemak kunci dengan Binance</translation>
    </message>
    <message>
        <source>The wizard asks Binance what this key can do.</source>
        <translation>Aplikasi ini bertanya kepada Binance apa yang boleh dilakukan oleh kunci ini.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Enable Reading</source>
        <translation>Enable Reading (benarkan bacaan)</translation>
    </message>
    <message>
        <source>Needed to see balances and orders.</source>
        <translation>Diperlukan untuk melihat baki dan pesanan.</translation>
    </message>
    <message>
        <source>Enable Spot &amp; Margin Trading</source>
        <translation>Enable Spot &amp; Margin Trading (benarkan dagangan spot dan margin)</translation>
    </message>
    <message>
        <source>Enable Margin Loan, Repay &amp; Transfer</source>
        <translation>Enable Margin Loan, Repay &amp; Transfer (benarkan pinjaman, bayaran balik dan pindahan margin)</translation>
    </message>
    <message>
        <source>Riba: borrowing with interest.</source>
        <translation>Riba: meminjam dengan faedah.</translation>
    </message>
    <message>
        <source>Enable Futures</source>
        <translation>Enable Futures (benarkan niaga hadapan)</translation>
    </message>
    <message>
        <source>Derivatives with leverage.</source>
        <translation>Derivatif dengan leveraj.</translation>
    </message>
    <message>
        <source>Enable Leveraged Tokens</source>
        <translation>Enable Leveraged Tokens (benarkan token berleveraj)</translation>
    </message>
    <message>
        <source>Derivatives in disguise.</source>
        <translation>Derivatif yang terselindung.</translation>
    </message>
    <message>
        <source>Enable European Options</source>
        <translation>Enable European Options (benarkan opsyen Eropah)</translation>
    </message>
    <message>
        <source>Derivatives.</source>
        <translation>Derivatif.</translation>
    </message>
    <message>
        <source>Enable Withdrawals</source>
        <translation>Enable Withdrawals (benarkan pengeluaran)</translation>
    </message>
    <message>
        <source>Custody: would let the key move your coins out.</source>
        <translation>Kawalan dana: membolehkan kunci ini mengeluarkan koin anda dari akaun.</translation>
    </message>
    <message>
        <source>Permits Universal Transfer</source>
        <translation>Permits Universal Transfer (benarkan pindahan universal)</translation>
    </message>
    <message>
        <source>Custody: moves funds between wallets.</source>
        <translation>Kawalan dana: memindahkan dana antara dompet.</translation>
    </message>
    <message>
        <source>Enable Internal Transfer</source>
        <translation>Enable Internal Transfer (benarkan pindahan dalaman)</translation>
    </message>
    <message>
        <source>Custody: moves funds to other accounts.</source>
        <translation>Kawalan dana: memindahkan dana ke akaun lain.</translation>
    </message>
    <message>
        <source>Secure your Bybit account</source>
        <translation>Lindungi akaun Bybit anda</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Account &amp; Security, then Google Authentication. Any authenticator app works with it. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Di Bybit: ikon profil anda, kemudian &quot;Account &amp; Security&quot; (Akaun dan Keselamatan), kemudian &quot;Google Authentication&quot; (Pengesahan Google). Mana-mana aplikasi pengesah boleh digunakan. Sebaik sahaja ia berfungsi, berhenti menggunakan kod SMS: kod SMS boleh dicuri jika seseorang mengambil alih nombor telefon anda.</translation>
    </message>
    <message>
        <source>My identity is verified on Bybit</source>
        <translation>Identiti saya telah disahkan di Bybit</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Identity Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di Bybit: ikon profil anda, kemudian &quot;Identity Verification&quot; (Pengesahan Identiti). Jika tertulis &quot;Verified&quot; (Disahkan), anda sudah selesai; jika tidak, ikut langkah-langkah di situ. Pengesahan identiti diwajibkan oleh undang-undang dan tidak bercanggah dengan dagangan yang halal.</translation>
    </message>
    <message>
        <source>Most Bybit accounts are now a Unified Trading Account: one wallet for spot and derivatives. There a new key may get derivatives permission unless you untick it, and with spot margin on, any spot order can borrow.</source>
        <translation>Kebanyakan akaun Bybit kini ialah &quot;Unified Trading Account&quot; (akaun dagangan bersatu): satu dompet untuk spot dan derivatif. Pada akaun ini, kunci baharu mungkin mendapat kebenaran derivatif jika anda tidak membuang tandanya, dan apabila margin spot dihidupkan, sebarang pesanan spot boleh meminjam.</translation>
    </message>
    <message>
        <source>Spot margin trading is switched off</source>
        <translation>Dagangan margin spot dimatikan</translation>
    </message>
    <message>
        <source>On Bybit: open the spot trading page. If the Margin switch beside the order form is on, repay any loan, then switch it off. If you never activated spot margin, there is nothing to do: tick this.</source>
        <translation>Di Bybit: buka halaman dagangan spot. Jika suis &quot;Margin&quot; di sebelah borang pesanan dihidupkan, bayar balik sebarang pinjaman, kemudian matikan suis itu. Jika anda tidak pernah mengaktifkan margin spot, tiada apa yang perlu dibuat: tandakan ini.</translation>
    </message>
    <message>
        <source>On Bybit: Assets, then your Unified Trading Account (or, on a classic account, Derivatives). Close every open position listed there and repay any loan.</source>
        <translation>Di Bybit: &quot;Assets&quot; (Aset), kemudian &quot;Unified Trading Account&quot; anda (atau &quot;Derivatives&quot; jika akaun anda akaun klasik). Tutup semua kedudukan terbuka yang disenaraikan di situ dan bayar balik sebarang pinjaman.</translation>
    </message>
    <message>
        <source>On Bybit: profile icon, then API, then Create New Key.</source>
        <translation>Di Bybit: ikon profil, kemudian &quot;API&quot;, kemudian &quot;Create New Key&quot; (Buat Kunci Baharu).</translation>
    </message>
    <message>
        <source>Choose &quot;System-generated API Keys&quot;, then &quot;API Transaction&quot;. Bybit makes the key and its secret.</source>
        <translation>Pilih &quot;System-generated API Keys&quot; (kunci API yang dijana oleh sistem), kemudian &quot;API Transaction&quot; (transaksi API). Bybit membuat Kunci API dan Kunci Rahsianya.</translation>
    </message>
    <message>
        <source>I created the key and can see both the key and its secret</source>
        <translation>Saya sudah membuat kunci dan boleh melihat Kunci API dan Kunci Rahsianya</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of Bybit&apos;s website. If Create New Key is greyed out, switch on two-factor sign-in first.</source>
        <translation>&quot;API&quot; ada dalam menu di bawah ikon profil anda, di sudut kanan atas laman web Bybit. Jika &quot;Create New Key&quot; berwarna kelabu, hidupkan log masuk dua faktor terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose Read-Write, then tick only the boxes shown here.</source>
        <translation>Pilih &quot;Read-Write&quot; (baca dan tulis), kemudian tandakan kotak yang ditunjukkan di sini sahaja.</translation>
    </message>
    <message>
        <source>Edit is next to the key in Bybit&apos;s API list. If a box will not untick, or you saved it ticked, delete the key and create a new one.</source>
        <translation>&quot;Edit&quot; (Ubah) ada di sebelah kunci dalam senarai API Bybit. Jika tanda pada sesuatu kotak tidak dapat dibuang, atau anda sudah menyimpannya dalam keadaan bertanda, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>Bybit may tick the Contracts and Unified Trading boxes for you: untick them.</source>
        <translation>Bybit mungkin menandakan kotak &quot;Contracts&quot; (kontrak) dan &quot;Unified Trading&quot; (dagangan bersatu) untuk anda: buang tandanya.</translation>
    </message>
    <message>
        <source>Choose to allow only listed IP addresses, and enter those below.</source>
        <translation>Pilih untuk membenarkan alamat IP yang disenaraikan sahaja, dan masukkan alamat itu di bawah.</translation>
    </message>
    <message>
        <source>If you skip this, Bybit switches the key off 90 days after you made it, and until then anyone who copies it can use it.</source>
        <translation>Jika anda melangkau langkah ini, Bybit akan mematikan kunci itu 90 hari selepas anda membuatnya, dan sehingga itu, sesiapa yang menyalinnya boleh menggunakannya.</translation>
    </message>
    <message>
        <source>Copy the API key and its secret from Bybit into these fields.</source>
        <translation>Salin Kunci API dan Kunci Rahsianya dari Bybit ke dalam ruangan ini.</translation>
    </message>
    <message>
        <source>Checking the key with Bybit</source>
        <translation>Menyemak kunci dengan Bybit</translation>
    </message>
    <message>
        <source>The wizard asks Bybit what this key can do.</source>
        <translation>Aplikasi ini bertanya kepada Bybit apa yang boleh dilakukan oleh kunci ini.</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Read-Write (baca dan tulis)</translation>
    </message>
    <message>
        <source>Needed to place orders: a Read-Only key cannot trade.</source>
        <translation>Diperlukan untuk membuat pesanan: kunci &quot;Read-Only&quot; (baca sahaja) tidak boleh berdagang.</translation>
    </message>
    <message>
        <source>SPOT: Trade</source>
        <translation>SPOT: Trade (dagangan spot)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Bybit it also opens Crypto Loan, borrowing and lending, which no setting closes: the check will name it.</source>
        <translation>Diperlukan untuk membeli dan menjual. Di Bybit, kebenaran ini juga membuka &quot;Crypto Loan&quot; (pinjaman kripto), iaitu peminjaman dan pemberian pinjaman, yang tidak dapat ditutup oleh sebarang tetapan: semakan nanti akan menyebutnya.</translation>
    </message>
    <message>
        <source>Contracts: Orders, Positions</source>
        <translation>Contracts: Orders, Positions (kontrak: pesanan, kedudukan)</translation>
    </message>
    <message>
        <source>Unified Trading: Trade</source>
        <translation>Unified Trading: Trade (dagangan bersatu)</translation>
    </message>
    <message>
        <source>USDC Contracts: Trade</source>
        <translation>USDC Contracts: Trade (dagangan kontrak USDC)</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Earn (produk ganjaran)</translation>
    </message>
    <message>
        <source>Wallet: Withdrawal</source>
        <translation>Wallet: Withdrawal (pengeluaran dari dompet)</translation>
    </message>
    <message>
        <source>Wallet: Account Transfer</source>
        <translation>Wallet: Account Transfer (pindahan antara akaun)</translation>
    </message>
    <message>
        <source>Wallet: Subaccount Transfer</source>
        <translation>Wallet: Subaccount Transfer (pindahan ke subakaun)</translation>
    </message>
    <message>
        <source>Secure your Coinbase account</source>
        <translation>Lindungi akaun Coinbase anda</translation>
    </message>
    <message>
        <source>On Coinbase: your profile icon, then Settings, then Security. Choose an authenticator app or a security key for 2-step verification. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Di Coinbase: ikon profil anda, kemudian &quot;Settings&quot; (Tetapan), kemudian &quot;Security&quot; (Keselamatan). Pilih aplikasi pengesah atau kunci keselamatan untuk pengesahan 2 langkah. Sebaik sahaja ia berfungsi, berhenti menggunakan kod SMS: kod SMS boleh dicuri jika seseorang mengambil alih nombor telefon anda.</translation>
    </message>
    <message>
        <source>My identity is verified on Coinbase</source>
        <translation>Identiti saya telah disahkan di Coinbase</translation>
    </message>
    <message>
        <source>Coinbase verifies your identity when you sign up, and asks again if something is missing. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Coinbase mengesahkan identiti anda semasa anda mendaftar, dan akan meminta sekali lagi jika ada maklumat yang kurang. Pengesahan identiti diwajibkan oleh undang-undang dan tidak bercanggah dengan dagangan yang halal.</translation>
    </message>
    <message>
        <source>Coinbase Advanced offers futures and perpetual contracts after a separate sign-up. Once you have signed up, a key that can trade may be able to use them, so do not sign up.</source>
        <translation>Coinbase Advanced menawarkan niaga hadapan dan kontrak kekal (perpetual) selepas pendaftaran yang berasingan. Setelah anda mendaftar, kunci yang boleh berdagang mungkin dapat menggunakannya, jadi jangan mendaftar.</translation>
    </message>
    <message>
        <source>I never signed up for futures or perpetuals</source>
        <translation>Saya tidak pernah mendaftar untuk niaga hadapan atau kontrak kekal</translation>
    </message>
    <message>
        <source>In Coinbase Advanced, futures and perpetuals show as their own balance or portfolio. If you see none, tick this. If you have one, close its positions and move its funds back to spot.</source>
        <translation>Dalam Coinbase Advanced, niaga hadapan dan kontrak kekal dipaparkan sebagai baki atau portfolio tersendiri. Jika anda tidak nampak satu pun, tandakan ini. Jika ada, tutup kedudukannya dan pindahkan dananya kembali ke spot.</translation>
    </message>
    <message>
        <source>I have no loan from Coinbase</source>
        <translation>Saya tiada pinjaman daripada Coinbase</translation>
    </message>
    <message>
        <source>In some countries Coinbase offers loans backed by your coins. They carry interest (riba): repay any loan before you go on.</source>
        <translation>Di sesetengah negara, Coinbase menawarkan pinjaman bercagarkan koin anda. Pinjaman ini mengenakan faedah (riba): bayar balik sebarang pinjaman sebelum anda meneruskan.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform: API Keys, then Create API key.</source>
        <translation>Di &quot;Coinbase Developer Platform&quot; (platform pembangun Coinbase): &quot;API Keys&quot; (kunci API), kemudian &quot;Create API key&quot; (buat kunci API).</translation>
    </message>
    <message>
        <source>Sign in there with your Coinbase account. Under Advanced settings choose ECDSA, unless your trading program asks for Ed25519.</source>
        <translation>Log masuk di sana dengan akaun Coinbase anda. Di bawah &quot;Advanced settings&quot; (tetapan lanjutan), pilih ECDSA, kecuali jika program dagangan anda meminta Ed25519.</translation>
    </message>
    <message>
        <source>Under IP allowlist, enter the addresses below.</source>
        <translation>Dalam &quot;IP allowlist&quot; (senarai IP yang dibenarkan), masukkan alamat di bawah.</translation>
    </message>
    <message>
        <source>Coinbase shows the private key only once, and offers it as a JSON file to download. Keep that page open, or the file, until this wizard has it; then delete the file.</source>
        <translation>Coinbase menunjukkan kunci peribadi sekali sahaja, dan menawarkannya sebagai fail JSON untuk dimuat turun. Biarkan halaman itu terbuka, atau simpan fail itu, sehingga anda memasukkannya ke dalam aplikasi ini; selepas itu, padamkan fail tersebut.</translation>
    </message>
    <message>
        <source>I created the key and can see its name and private key</source>
        <translation>Saya sudah membuat kunci dan boleh melihat nama serta kunci peribadinya</translation>
    </message>
    <message>
        <source>Open portal.cdp.coinbase.com and sign in with your Coinbase account; some accounts find keys under coinbase.com/settings/api instead. If the private key is lost, delete the key and create a new one.</source>
        <translation>Buka portal.cdp.coinbase.com dan log masuk dengan akaun Coinbase anda; bagi sesetengah akaun, kunci terdapat di coinbase.com/settings/api. Jika kunci peribadi hilang, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>Under API restrictions, choose your spot portfolio (usually Default) and tick View and Trade. Never pick a perpetuals portfolio.</source>
        <translation>Di bawah &quot;API restrictions&quot; (sekatan API), pilih portfolio spot anda (biasanya &quot;Default&quot;) dan tandakan &quot;View&quot; (lihat) dan &quot;Trade&quot; (dagangan). Jangan sekali-kali pilih portfolio kontrak kekal (perpetuals).</translation>
    </message>
    <message>
        <source>If a box or the portfolio is wrong and you cannot change it, delete the key and create a new one.</source>
        <translation>Jika sesuatu kotak atau portfolio itu salah dan anda tidak dapat mengubahnya, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>Copy the key&apos;s name and its private key from Coinbase into these fields.</source>
        <translation>Salin nama kunci dan kunci peribadinya dari Coinbase ke dalam ruangan ini.</translation>
    </message>
    <message>
        <source>Checking the key with Coinbase</source>
        <translation>Menyemak kunci dengan Coinbase</translation>
    </message>
    <message>
        <source>The wizard asks Coinbase what this key can do.</source>
        <translation>Aplikasi ini bertanya kepada Coinbase apa yang boleh dilakukan oleh kunci ini.</translation>
    </message>
    <message>
        <source>Portfolio: Default</source>
        <translation>Portfolio: Default (portfolio lalai)</translation>
    </message>
    <message>
        <source>The key works only in the portfolio chosen here.</source>
        <translation>Kunci ini hanya berfungsi dalam portfolio yang dipilih di sini.</translation>
    </message>
    <message>
        <source>Portfolio: Perpetuals</source>
        <translation>Portfolio: Perpetuals (portfolio kontrak kekal)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View (lihat)</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade (dagangan)</translation>
    </message>
    <message>
        <source>Needed to buy and sell.</source>
        <translation>Diperlukan untuk membeli dan menjual.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer (pindahan)</translation>
    </message>
    <message>
        <source>Secure your Kraken account</source>
        <translation>Lindungi akaun Kraken anda</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Security. Turn on two-factor sign-in with an authenticator app or a security key.</source>
        <translation>Di Kraken: ikon profil anda, kemudian &quot;Settings&quot; (Tetapan), kemudian &quot;Security&quot; (Keselamatan). Hidupkan log masuk dua faktor dengan aplikasi pengesah atau kunci keselamatan.</translation>
    </message>
    <message>
        <source>My identity is verified on Kraken</source>
        <translation>Identiti saya telah disahkan di Kraken</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Verification. If it is not done, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di Kraken: ikon profil anda, kemudian &quot;Settings&quot; (Tetapan), kemudian &quot;Verification&quot; (Pengesahan). Jika belum selesai, ikut langkah-langkah di situ. Pengesahan identiti diwajibkan oleh undang-undang dan tidak bercanggah dengan dagangan yang halal.</translation>
    </message>
    <message>
        <source>On Kraken margin belongs to the account, not to the key. If your account may trade on margin, any key that places orders can borrow. Kraken Futures is a separate platform with keys of its own.</source>
        <translation>Di Kraken, margin ditetapkan pada akaun, bukan pada kunci. Jika akaun anda dibenarkan berdagang secara margin, mana-mana kunci yang boleh membuat pesanan boleh meminjam. Kraken Futures ialah platform berasingan yang mempunyai kuncinya sendiri.</translation>
    </message>
    <message>
        <source>Kraken Pro lists margin positions under Positions: close any you find. When you trade by hand, leave leverage at &quot;None&quot;.</source>
        <translation>&quot;Kraken Pro&quot; menyenaraikan kedudukan margin di bawah &quot;Positions&quot; (Kedudukan): tutup mana-mana yang anda temui. Apabila anda berdagang sendiri, biarkan leveraj pada &quot;None&quot; (tiada).</translation>
    </message>
    <message>
        <source>I have no open positions on Kraken Futures</source>
        <translation>Saya tiada kedudukan terbuka di Kraken Futures</translation>
    </message>
    <message>
        <source>If you never opened Kraken Futures, tick this. Otherwise close its positions and move its funds back to your spot balance.</source>
        <translation>Jika anda tidak pernah membuka Kraken Futures, tandakan ini. Jika pernah, tutup kedudukannya dan pindahkan dananya kembali ke baki spot anda.</translation>
    </message>
    <message>
        <source>On Kraken: profile icon, then Settings, then API, then Create API key.</source>
        <translation>Di Kraken: ikon profil, kemudian &quot;Settings&quot; (Tetapan), kemudian &quot;API&quot;, kemudian &quot;Create API key&quot; (buat kunci API).</translation>
    </message>
    <message>
        <source>Kraken makes the key and its secret, which Kraken calls the private key.</source>
        <translation>Kraken membuat Kunci API dan Kunci Rahsianya, yang dipanggil &quot;private key&quot; (kunci peribadi) oleh Kraken.</translation>
    </message>
    <message>
        <source>Use this key in one program only. When two programs share a key, Kraken refuses some of their requests.</source>
        <translation>Gunakan kunci ini dalam satu program sahaja. Jika dua program berkongsi satu kunci, Kraken akan menolak sebahagian daripada permintaan program-program itu.</translation>
    </message>
    <message>
        <source>I created the key and can see its API key and private key</source>
        <translation>Saya sudah membuat kunci dan boleh melihat Kunci API dan kunci peribadinya</translation>
    </message>
    <message>
        <source>API is in Settings, under your profile icon. If you closed the page before copying the private key, delete the key and create a new one.</source>
        <translation>&quot;API&quot; ada dalam &quot;Settings&quot; (Tetapan), di bawah ikon profil anda. Jika anda sudah menutup halaman itu sebelum menyalin kunci peribadi, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. Where your account may use margin, it can also borrow, and no setting of the key stops that.</source>
        <translation>Diperlukan untuk membeli dan menjual. Jika akaun anda dibenarkan menggunakan margin, kebenaran ini juga boleh meminjam, dan tiada tetapan kunci yang dapat menghalangnya.</translation>
    </message>
    <message>
        <source>Leave &quot;Nonce window&quot; as it is, unless your trading program asks for a number: it lets requests arrive slightly out of order.</source>
        <translation>Biarkan &quot;Nonce window&quot; seperti sedia ada, kecuali jika program dagangan anda meminta satu nombor: tetapan ini membenarkan permintaan tiba sedikit tidak mengikut urutan.</translation>
    </message>
    <message>
        <source>Kraken Pro&apos;s Positions tab is empty</source>
        <translation>Tab &quot;Positions&quot; (Kedudukan) dalam &quot;Kraken Pro&quot; kosong</translation>
    </message>
    <message>
        <source>Leave Query Funds empty: with it a key can move funds into a Futures wallet.</source>
        <translation>Biarkan &quot;Query Funds&quot; (semak dana) tidak bertanda: dengan kebenaran ini, kunci boleh memindahkan dana ke dalam dompet Futures.</translation>
    </message>
    <message>
        <source>To change a key later, open it in Kraken&apos;s API list. If you are unsure what it allows, delete it and create a new one.</source>
        <translation>Untuk mengubah kunci kemudian, buka kunci itu dalam senarai API Kraken. Jika anda tidak pasti apa yang dibenarkannya, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address settings, enter the addresses below.</source>
        <translation>Dalam tetapan alamat IP kunci ini, masukkan alamat di bawah.</translation>
    </message>
    <message>
        <source>Copy the API key and the private key from Kraken into these fields.</source>
        <translation>Salin Kunci API dan kunci peribadi dari Kraken ke dalam ruangan ini.</translation>
    </message>
    <message>
        <source>Checking the key with Kraken</source>
        <translation>Menyemak kunci dengan Kraken</translation>
    </message>
    <message>
        <source>The wizard asks Kraken what this key can do.</source>
        <translation>Aplikasi ini bertanya kepada Kraken apa yang boleh dilakukan oleh kunci ini.</translation>
    </message>
    <message>
        <source>Query Funds</source>
        <translation>Query Funds (semak dana)</translation>
    </message>
    <message>
        <source>Kraken lets a key with it move funds into a Kraken Futures wallet. Without it the wizard cannot show your balances; orders, trades and the ledger stay readable.</source>
        <translation>Kraken membenarkan kunci yang mempunyai kebenaran ini memindahkan dana ke dalam dompet Kraken Futures. Tanpanya, aplikasi ini tidak dapat menunjukkan baki anda; pesanan, dagangan dan lejar masih boleh dibaca.</translation>
    </message>
    <message>
        <source>Query Open Orders &amp; Trades</source>
        <translation>Query Open Orders &amp; Trades (semak pesanan terbuka dan dagangan)</translation>
    </message>
    <message>
        <source>Query Closed Orders &amp; Trades</source>
        <translation>Query Closed Orders &amp; Trades (semak pesanan tertutup dan dagangan)</translation>
    </message>
    <message>
        <source>Query Ledger Entries</source>
        <translation>Query Ledger Entries (semak catatan lejar)</translation>
    </message>
    <message>
        <source>Create &amp; Modify Orders</source>
        <translation>Create &amp; Modify Orders (buat dan ubah pesanan)</translation>
    </message>
    <message>
        <source>Cancel/Close Orders</source>
        <translation>Cancel/Close Orders (batal/tutup pesanan)</translation>
    </message>
    <message>
        <source>Needed to cancel orders.</source>
        <translation>Diperlukan untuk membatalkan pesanan.</translation>
    </message>
    <message>
        <source>Deposit Funds</source>
        <translation>Deposit Funds (deposit dana)</translation>
    </message>
    <message>
        <source>Not needed for trading.</source>
        <translation>Tidak diperlukan untuk berdagang.</translation>
    </message>
    <message>
        <source>Withdraw Funds</source>
        <translation>Withdraw Funds (pengeluaran dana)</translation>
    </message>
    <message>
        <source>Secure your OKX account</source>
        <translation>Lindungi akaun OKX anda</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Security, then Authenticator app. Follow the steps. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Di OKX: ikon profil anda, kemudian &quot;Security&quot; (Keselamatan), kemudian &quot;Authenticator app&quot; (aplikasi pengesah). Ikut langkah-langkahnya. Sebaik sahaja ia berfungsi, berhenti menggunakan kod SMS: kod SMS boleh dicuri jika seseorang mengambil alih nombor telefon anda.</translation>
    </message>
    <message>
        <source>My identity is verified on OKX</source>
        <translation>Identiti saya telah disahkan di OKX</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Di OKX: ikon profil anda, kemudian &quot;Verification&quot; (Pengesahan). Jika tertulis &quot;Verified&quot; (Disahkan), anda sudah selesai; jika tidak, ikut langkah-langkah di situ. Pengesahan identiti diwajibkan oleh undang-undang dan tidak bercanggah dengan dagangan yang halal.</translation>
    </message>
    <message>
        <source>On OKX the account mode decides what your account can do. Only Spot mode is spot-only. &quot;Spot and futures&quot; (also called Futures mode), &quot;Multi-currency margin&quot; and &quot;Portfolio margin&quot; all allow borrowing and derivatives.</source>
        <translation>Di OKX, mod akaun menentukan apa yang boleh dilakukan oleh akaun anda. Hanya &quot;Spot mode&quot; (mod spot) yang untuk spot sahaja. &quot;Spot and futures&quot; (spot dan niaga hadapan, juga dipanggil &quot;Futures mode&quot;), &quot;Multi-currency margin&quot; (margin pelbagai mata wang) dan &quot;Portfolio margin&quot; (margin portfolio) semuanya membenarkan pinjaman dan derivatif.</translation>
    </message>
    <message>
        <source>Even in Spot mode OKX lets you buy options: never do, they are derivatives.</source>
        <translation>Walaupun dalam &quot;Spot mode&quot;, OKX membenarkan anda membeli opsyen: jangan sekali-kali membelinya, kerana opsyen ialah derivatif.</translation>
    </message>
    <message>
        <source>My account mode is Spot mode</source>
        <translation>Mod akaun saya ialah &quot;Spot mode&quot; (mod spot)</translation>
    </message>
    <message>
        <source>On OKX: open the trading page, then its settings (the gear icon), then Account mode. Choose Spot mode and confirm. OKX refuses the switch while you hold positions, loans or open orders: close and repay them first.</source>
        <translation>Di OKX: buka halaman dagangan, kemudian tetapannya (ikon gear), kemudian &quot;Account mode&quot; (mod akaun). Pilih &quot;Spot mode&quot; dan sahkan. OKX tidak membenarkan pertukaran ini selagi anda mempunyai kedudukan, pinjaman atau pesanan terbuka: tutup dan bayar balik semuanya terlebih dahulu.</translation>
    </message>
    <message>
        <source>On OKX: Assets, then your trading account. If positions or loans are listed, close and repay them, then switch to Spot mode.</source>
        <translation>Di OKX: &quot;Assets&quot; (Aset), kemudian akaun dagangan anda. Jika ada kedudukan atau pinjaman dalam senarai, tutup kedudukan itu dan bayar balik pinjaman itu, kemudian tukar ke &quot;Spot mode&quot;.</translation>
    </message>
    <message>
        <source>On OKX: profile icon, then API, then Create API key.</source>
        <translation>Di OKX: ikon profil, kemudian &quot;API&quot;, kemudian &quot;Create API key&quot; (buat kunci API).</translation>
    </message>
    <message>
        <source>Choose &quot;API trading&quot;. You also choose a passphrase: a password for this key only.</source>
        <translation>Pilih &quot;API trading&quot; (dagangan API). Anda juga memilih frasa laluan: kata laluan untuk kunci ini sahaja.</translation>
    </message>
    <message>
        <source>In Spot mode, Trade cannot borrow. The check names what else it reaches.</source>
        <translation>Dalam &quot;Spot mode&quot; (mod spot), &quot;Trade&quot; (dagangan) tidak boleh meminjam. Semakan akan menamakan apa lagi yang boleh dicapainya.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address field, enter the addresses below.</source>
        <translation>Dalam ruangan alamat IP kunci ini, masukkan alamat di bawah.</translation>
    </message>
    <message>
        <source>Write the passphrase down now: OKX cannot show it again, and the wizard needs it.</source>
        <translation>Catat frasa laluan itu sekarang: OKX tidak dapat menunjukkannya lagi, dan aplikasi ini memerlukannya.</translation>
    </message>
    <message>
        <source>I created the key and have its API key, secret key and passphrase</source>
        <translation>Saya sudah membuat kunci dan mempunyai Kunci API, Kunci Rahsia dan frasa laluannya</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of OKX&apos;s website. If you lost the secret key or the passphrase, delete the key and create a new one.</source>
        <translation>&quot;API&quot; ada dalam menu di bawah ikon profil anda, di sudut kanan atas laman web OKX. Jika anda kehilangan Kunci Rahsia atau frasa laluan, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>Open the key in OKX&apos;s API list and choose Edit. If Withdraw is ticked and will not untick, delete the key and create a new one.</source>
        <translation>Buka kunci itu dalam senarai API OKX dan pilih &quot;Edit&quot; (Ubah). Jika &quot;Withdraw&quot; (pengeluaran) bertanda dan tandanya tidak dapat dibuang, padamkan kunci itu dan buat kunci baharu.</translation>
    </message>
    <message>
        <source>If you leave the field empty, OKX may delete the key once it has gone 14 days unused, and until then anyone who copies it can use it.</source>
        <translation>Jika anda membiarkan ruangan itu kosong, OKX mungkin memadamkan kunci itu apabila ia tidak digunakan selama 14 hari, dan sehingga itu, sesiapa yang menyalinnya boleh menggunakannya.</translation>
    </message>
    <message>
        <source>Copy the API key, the secret key and your passphrase into these fields.</source>
        <translation>Salin Kunci API, Kunci Rahsia dan frasa laluan anda ke dalam ruangan ini.</translation>
    </message>
    <message>
        <source>Checking the key with OKX</source>
        <translation>Menyemak kunci dengan OKX</translation>
    </message>
    <message>
        <source>The wizard asks OKX what this key can do.</source>
        <translation>Aplikasi ini bertanya kepada OKX apa yang boleh dilakukan oleh kunci ini.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read (baca)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On OKX it also opens Earn, Flexible Loan and moves between your own accounts, which no setting closes: the check will name them.</source>
        <translation>Diperlukan untuk membeli dan menjual. Di OKX, kebenaran ini juga membuka &quot;Earn&quot;, &quot;Flexible Loan&quot; (pinjaman fleksibel) dan pindahan antara akaun anda sendiri, yang tidak dapat ditutup oleh sebarang tetapan: semakan nanti akan menyebut semuanya.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw (pengeluaran)</translation>
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
        <translation>Soalan lazim</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Replace your key now?</source>
        <translation>Ganti kunci anda sekarang?</translation>
    </message>
    <message>
        <source>The wizard starts again at its first page, for a new key. What you entered on the pages so far is forgotten.</source>
        <translation>Wizard bermula semula dari halaman pertama, untuk kunci baharu. Apa yang anda masukkan di halaman setakat ini dilupakan.</translation>
    </message>
</context>
<context>
    <name>IP</name>
    <message>
        <source>the practice trading service</source>
        <translation>perkhidmatan dagangan latihan</translation>
    </message>
    <message>
        <source>Addresses of {service} to allow:</source>
        <translation>Alamat {service} yang perlu dibenarkan:</translation>
    </message>
    <message>
        <source>Addresses to allow (one per line):</source>
        <translation>Alamat yang perlu dibenarkan (satu alamat bagi setiap baris):</translation>
    </message>
    <message>
        <source>Addresses to allow</source>
        <translation>Alamat yang perlu dibenarkan</translation>
    </message>
    <message>
        <source>&amp;Copy the addresses</source>
        <translation>&amp;Salin alamat</translation>
    </message>
    <message>
        <source>&amp;Find this computer&apos;s address…</source>
        <translation>&amp;Cari alamat komputer ini…</translation>
    </message>
    <message>
        <source>&amp;QR codes for a phone</source>
        <translation>Kod &amp;QR untuk telefon</translation>
    </message>
    <message>
        <source>The addresses, for a phone</source>
        <translation>Alamat, untuk diimbas dengan telefon</translation>
    </message>
    <message>
        <source>The API key page on {exchange}</source>
        <translation>Halaman kunci API di {exchange}</translation>
    </message>
    <message>
        <source>If the list holds only the trading service&apos;s addresses, checking the key from this computer ends with &quot;The exchange did not accept this key&quot;. For the check, add this computer&apos;s address too, or check the key from the service.</source>
        <translation>Jika senarai itu hanya mengandungi alamat perkhidmatan dagangan, semakan kunci dari komputer ini akan berakhir dengan &quot;Bursa tidak menerima kunci ini&quot;. Untuk semakan, tambah juga alamat komputer ini, atau semak kunci itu dari perkhidmatan tersebut.</translation>
    </message>
    <message>
        <source>The trading computer or service has no fixed address</source>
        <translation>Komputer atau perkhidmatan dagangan tiada alamat tetap</translation>
    </message>
    <message>
        <source>Then leave the list empty on {exchange}. The key works from anywhere, so anyone who copies it can use it too; the check marks it as not restricted and says what that means on {exchange}. Add the address when you have one.</source>
        <translation>Jika begitu, biarkan senarai kosong di {exchange}. Kunci berfungsi dari mana-mana, jadi sesiapa yang menyalinnya juga boleh menggunakannya; semakan menandakannya sebagai tidak terhad dan menerangkan maksudnya di {exchange}. Tambah alamat apabila anda memilikinya.</translation>
    </message>
    <message>
        <source>Find this computer&apos;s address?</source>
        <translation>Cari alamat komputer ini?</translation>
    </message>
    <message>
        <source>To find it, the wizard asks an outside service ({service}), which then sees this computer&apos;s address. You can also type the address yourself. Ask the service?</source>
        <translation>Untuk mencarinya, aplikasi ini akan bertanya kepada perkhidmatan luar ({service}), dan perkhidmatan itu akan dapat melihat alamat komputer ini. Anda juga boleh menaip alamat itu sendiri. Tanya perkhidmatan itu?</translation>
    </message>
    <message>
        <source>This computer&apos;s address could not be found (no connection to the service). Type it yourself: a search for &quot;what is my IP&quot; in your browser shows it.</source>
        <translation>Alamat komputer ini tidak dapat dicari (tiada sambungan ke perkhidmatan itu). Taip alamat itu sendiri: cari &quot;what is my IP&quot; dalam pelayar web anda untuk melihatnya.</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>{exchange} makes the key (&quot;System generated&quot;)</source>
        <translation>{exchange} membuat kunci (&quot;System generated&quot;, dijana oleh sistem)</translation>
    </message>
    <message>
        <source>This computer makes a key pair (safest)</source>
        <translation>Komputer ini menjana pasangan kunci (paling selamat)</translation>
    </message>
    <message>
        <source>On {exchange} choose &quot;Self-generated&quot; and paste the public key made here.</source>
        <translation>Di {exchange}, pilih &quot;Self-generated&quot; (dijana sendiri) dan tampal kunci awam yang dijana di sini.</translation>
    </message>
    <message>
        <source>The private key is made here and goes straight into your computer&apos;s keychain: it never leaves this computer. {exchange} gets only the public key below. On {exchange} choose &quot;Self-generated&quot;, paste the public key, and {exchange} shows the API Key: later you enter only that.</source>
        <translation>Kunci peribadi (private key) dijana di sini dan terus disimpan dalam rantaian kunci (keychain) komputer anda: ia tidak pernah keluar dari komputer ini. {exchange} hanya menerima kunci awam (public key) di bawah. Di {exchange}, pilih &quot;Self-generated&quot; (dijana sendiri), tampal kunci awam itu, dan {exchange} akan menunjukkan Kunci API: nanti anda hanya perlu memasukkan Kunci API itu.</translation>
    </message>
    <message>
        <source>&amp;Make my key pair</source>
        <translation>&amp;Jana pasangan kunci saya</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Kunci awam</translation>
    </message>
    <message>
        <source>Copy the &amp;public key</source>
        <translation>Salin kunci &amp;awam</translation>
    </message>
    <message>
        <source>Export the private key…</source>
        <translation>Eksport kunci peribadi…</translation>
    </message>
    <message>
        <source>Practice: the public key was pasted into the practice exchange for you, and its API Key is filled in on the &quot;Enter the key&quot; page.</source>
        <translation>Latihan: kunci awam telah ditampal ke dalam bursa latihan untuk anda, dan Kunci API-nya telah diisi pada halaman &quot;Masukkan kunci&quot;.</translation>
    </message>
    <message>
        <source>Putting the private key into the keychain…</source>
        <translation>Menyimpan kunci peribadi dalam rantaian kunci…</translation>
    </message>
    <message>
        <source>The private key is in your keychain. Paste the public key into {exchange}.</source>
        <translation>Kunci peribadi sudah disimpan dalam rantaian kunci anda. Tampal kunci awam di {exchange}.</translation>
    </message>
    <message>
        <source>The key pair could not be kept.</source>
        <translation>Pasangan kunci tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation>Eksport kunci peribadi?</translation>
    </message>
    <message>
        <source>Whoever has this file can trade with your key. Keep it only on a drive you control, never in email, chat or cloud storage. The wizard does not need it: the key is already in your keychain.</source>
        <translation>Sesiapa yang memiliki fail ini boleh berdagang dengan kunci anda. Simpan fail ini hanya dalam pemacu (drive) yang anda kawal, jangan sekali-kali dalam e-mel, aplikasi sembang atau storan awan. Aplikasi ini tidak memerlukannya: kunci itu sudah ada dalam rantaian kunci anda.</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>Simpan kunci peribadi</translation>
    </message>
    <message>
        <source>Private key (*.pem)</source>
        <translation>Kunci peribadi (*.pem)</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Key {label} no longer works</source>
        <translation>Kunci {label} tidak lagi berfungsi</translation>
    </message>
    <message>
        <source>{exchange} no longer accepts this key. A bot using it cannot trade or close its orders: set up a new key with Halal Key Wizard.</source>
        <translation>{exchange} tidak lagi menerima kunci ini. Bot yang menggunakannya tidak boleh berdagang atau menutup pesanannya: sediakan kunci baharu dengan Halal Key Wizard.</translation>
    </message>
    <message>
        <source>Key {label}: a new warning</source>
        <translation>Kunci {label}: amaran baharu</translation>
    </message>
    <message>
        <source>The check found something new about this key. Open Halal Key Wizard and verify it to read what and how to fix it.</source>
        <translation>Semakan menemui sesuatu yang baharu tentang kunci ini. Buka Halal Key Wizard dan semak kunci ini untuk mengetahui apa yang ditemui dan cara membetulkannya.</translation>
    </message>
    <message>
        <source>Key {label} changed</source>
        <translation>Ada perubahan pada kunci {label}</translation>
    </message>
    <message>
        <source>Something about this key changed on {exchange} since the last check.</source>
        <translation>Sesuatu tentang kunci ini telah berubah di {exchange} sejak semakan terakhir.</translation>
    </message>
    <message>
        <source>Key {label} stops trading soon</source>
        <translation>Dagangan kunci {label} akan berhenti tidak lama lagi</translation>
    </message>
    <message>
        <source>{exchange} switches this key&apos;s trading off within 14 days.</source>
        <translation>{exchange} akan mematikan dagangan bagi kunci ini dalam tempoh 14 hari.</translation>
    </message>
    <message>
        <source>Time to replace key {label}</source>
        <translation>Sudah tiba masa untuk menggantikan kunci {label}</translation>
    </message>
    <message>
        <source>Its replace-by date has come or is near: make a new key and replace it.</source>
        <translation>Tarikh gantinya sudah tiba atau hampir tiba: buat kunci baharu dan gantikan kunci ini dengannya.</translation>
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
        <translation>Gambar panel kebenaran</translation>
    </message>
    <message>
        <source>Tick only these:</source>
        <translation>Tandakan yang ini sahaja:</translation>
    </message>
    <message>
        <source>Leave these empty:</source>
        <translation>Biarkan yang ini tidak bertanda:</translation>
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
        <translation>Spot sahaja, dihadkan kepada IP (kunci paling selamat)</translation>
    </message>
    <message>
        <source>Withdrawals switched on</source>
        <translation>Pengeluaran dihidupkan</translation>
    </message>
    <message>
        <source>Unified account default: derivatives on</source>
        <translation>Tetapan asal akaun bersatu: derivatif dihidupkan</translation>
    </message>
    <message>
        <source>Spot margin switched on, with a loan</source>
        <translation>Margin spot dihidupkan, dengan pinjaman</translation>
    </message>
    <message>
        <source>No IP restriction, expires in 10 days</source>
        <translation>Tiada sekatan IP, tamat dalam 10 hari</translation>
    </message>
    <message>
        <source>An answer without its IP list</source>
        <translation>Jawapan tanpa senarai IP</translation>
    </message>
    <message>
        <source>Refused for this region</source>
        <translation>Ditolak bagi kawasan ini</translation>
    </message>
    <message>
        <source>Futures switched on</source>
        <translation>Niaga hadapan dihidupkan</translation>
    </message>
    <message>
        <source>Margin switched on, with a loan open</source>
        <translation>Margin dihidupkan, dengan pinjaman yang belum dibayar</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>Tiada sekatan IP</translation>
    </message>
    <message>
        <source>Options activated on the account</source>
        <translation>Opsyen diaktifkan pada akaun</translation>
    </message>
    <message>
        <source>Spot only, but a Flexible Loan is open</source>
        <translation>Spot sahaja, tetapi ada &quot;Flexible Loan&quot; yang terbuka</translation>
    </message>
    <message>
        <source>Options and transfers switched on</source>
        <translation>Opsyen dan pindahan dihidupkan</translation>
    </message>
    <message>
        <source>Earn switched on</source>
        <translation>Kebenaran &quot;Earn&quot; (produk ganjaran) dihidupkan</translation>
    </message>
    <message>
        <source>Spot only, but a Crypto Loan is open</source>
        <translation>Spot sahaja, tetapi ada &quot;Crypto Loan&quot; yang terbuka</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>Kebenaran yang tidak dikenali oleh aplikasi ini</translation>
    </message>
    <message>
        <source>Query Funds switched on (can move funds to Futures)</source>
        <translation>&quot;Query Funds&quot; dihidupkan (boleh memindahkan dana ke Futures)</translation>
    </message>
    <message>
        <source>No IP restriction, 120 days old</source>
        <translation>Tanpa sekatan IP, berusia 120 hari</translation>
    </message>
    <message>
        <source>Used by another program</source>
        <translation>Pernah digunakan oleh program lain</translation>
    </message>
    <message>
        <source>Key details unavailable (slower check)</source>
        <translation>Butiran kunci tidak tersedia (semakan lebih perlahan)</translation>
    </message>
    <message>
        <source>Read only (cannot trade)</source>
        <translation>Baca sahaja (tidak boleh berdagang)</translation>
    </message>
    <message>
        <source>Reading switched off</source>
        <translation>Bacaan akaun dimatikan</translation>
    </message>
    <message>
        <source>Self-generated Ed25519 key, spot only</source>
        <translation>Kunci Ed25519 yang dijana sendiri, spot sahaja</translation>
    </message>
    <message>
        <source>An answer without the withdrawal switch</source>
        <translation>Jawapan tanpa suis pengeluaran</translation>
    </message>
    <message>
        <source>A switch the wizard does not know, turned on</source>
        <translation>Suis yang tidak dikenali oleh aplikasi ini, dihidupkan</translation>
    </message>
    <message>
        <source>Refused where it is asked from</source>
        <translation>Ditolak dari tempat permintaan dihantar</translation>
    </message>
    <message>
        <source>Restricted to another computer&apos;s address</source>
        <translation>Dihadkan kepada alamat komputer lain</translation>
    </message>
    <message>
        <source>Spot only, but this computer&apos;s clock is 2.5 s slow</source>
        <translation>Spot sahaja, tetapi jam komputer ini lambat 2.5 saat</translation>
    </message>
    <message>
        <source>Ed25519 key, spot only</source>
        <translation>Kunci Ed25519, spot sahaja</translation>
    </message>
    <message>
        <source>Trade key on a perpetuals (INTX) portfolio</source>
        <translation>Kunci dagangan pada portfolio kontrak kekal (INTX)</translation>
    </message>
    <message>
        <source>Spot only, with hundreds of wallets</source>
        <translation>Spot sahaja, dengan ratusan dompet</translation>
    </message>
    <message>
        <source>PRACTICE: a pretend exchange. Nothing here touches your real account or keychain.</source>
        <translation>LATIHAN: bursa olok-olok. Tiada apa-apa di sini yang menyentuh akaun sebenar atau rantaian kunci anda.</translation>
    </message>
    <message>
        <source>A bot that traded spot only</source>
        <translation>Bot yang berdagang spot sahaja</translation>
    </message>
    <message>
        <source>A bot that borrowed on margin</source>
        <translation>Bot yang meminjam secara margin</translation>
    </message>
    <message>
        <source>A bot that put coins in Earn</source>
        <translation>Bot yang meletakkan syiling dalam Earn</translation>
    </message>
    <message>
        <source>A bot that traded futures</source>
        <translation>Bot yang berdagang niaga hadapan (futures)</translation>
    </message>
    <message>
        <source>A bot that moved coins to futures</source>
        <translation>Bot yang memindahkan syiling ke niaga hadapan (futures)</translation>
    </message>
    <message>
        <source>A bot that withdrew coins</source>
        <translation>Bot yang mengeluarkan syiling</translation>
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
        <translation>Kunci khas margin</translation>
    </message>
    <message>
        <source>Cross and isolated margin</source>
        <translation>Margin silang dan terasing</translation>
    </message>
    <message>
        <source>USD-M and COIN-M futures, portfolio margin</source>
        <translation>Niaga hadapan USD-M dan COIN-M, margin portfolio</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsyen</translation>
    </message>
    <message>
        <source>Withdrawals and gift cards</source>
        <translation>Pengeluaran dan kad hadiah</translation>
    </message>
    <message>
        <source>Universal transfer between wallets</source>
        <translation>Pindahan universal antara dompet</translation>
    </message>
    <message>
        <source>Transfers between master and sub-accounts</source>
        <translation>Pindahan antara akaun induk dan sub-akaun</translation>
    </message>
    <message>
        <source>Spot margin</source>
        <translation>Margin Spot</translation>
    </message>
    <message>
        <source>Derivatives: perpetuals and futures</source>
        <translation>Derivatif: kontrak kekal dan niaga hadapan</translation>
    </message>
    <message>
        <source>USDC contracts: options and USDC perpetuals</source>
        <translation>Kontrak USDC: opsyen dan kontrak kekal USDC</translation>
    </message>
    <message>
        <source>Block trades (RFQ)</source>
        <translation>Dagangan blok (RFQ)</translation>
    </message>
    <message>
        <source>Earn and Advanced Earn (incl. Smart Leverage, Dual Asset)</source>
        <translation>Earn dan Advanced Earn (termasuk Smart Leverage, Dual Asset)</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Transfers between wallets and sub-accounts</source>
        <translation>Pindahan antara dompet dan sub-akaun</translation>
    </message>
    <message>
        <source>Creating keys and sub-accounts</source>
        <translation>Mencipta kunci dan sub-akaun</translation>
    </message>
    <message>
        <source>P2P, Bybit Pay, fiat convert, Bybit Card</source>
        <translation>P2P, Bybit Pay, penukaran fiat, Bybit Card</translation>
    </message>
    <message>
        <source>US futures, perpetuals and Coinbase&apos;s derivatives exchange</source>
        <translation>Niaga hadapan AS, kontrak kekal dan bursa derivatif Coinbase</translation>
    </message>
    <message>
        <source>Sends, withdrawals and moves between portfolios</source>
        <translation>Hantaran, pengeluaran dan pindahan antara portfolio</translation>
    </message>
    <message>
        <source>Margin trading (orders with leverage)</source>
        <translation>Dagangan margin (pesanan dengan leveraj)</translation>
    </message>
    <message>
        <source>WalletTransfer to a Kraken Futures wallet</source>
        <translation>WalletTransfer ke dompet Kraken Futures</translation>
    </message>
    <message>
        <source>Earn (staking and rewards)</source>
        <translation>Earn (staking dan ganjaran)</translation>
    </message>
    <message>
        <source>Withdrawals and sub-account transfers</source>
        <translation>Pengeluaran dan pindahan sub-akaun</translation>
    </message>
    <message>
        <source>Kraken Futures</source>
        <translation>Kraken Futures</translation>
    </message>
    <message>
        <source>Simple Earn, staking and other Earn products</source>
        <translation>Simple Earn, staking dan produk Earn lain</translation>
    </message>
    <message>
        <source>Flexible Loan</source>
        <translation>Flexible Loan</translation>
    </message>
    <message>
        <source>Funds transfer</source>
        <translation>Pindahan dana</translation>
    </message>
    <message>
        <source>Borrowing in Spot mode</source>
        <translation>Peminjaman dalam mod Spot</translation>
    </message>
    <message>
        <source>Futures, multi-currency and portfolio margin modes</source>
        <translation>Mod niaga hadapan, pelbagai mata wang dan margin portfolio</translation>
    </message>
</context>
<context>
    <name>QR</name>
    <message>
        <source>Too much to fit in one QR code: use the text beside it.</source>
        <translation>Terlalu banyak untuk dimuatkan dalam satu kod QR: gunakan teks di sebelahnya.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kod QR</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>See balances, orders and trades. Needed.</source>
        <translation>Melihat baki, pesanan dan dagangan. Diperlukan.</translation>
    </message>
    <message>
        <source>Buy and sell coins you own. Needed by a bot.</source>
        <translation>Membeli dan menjual koin yang anda miliki. Diperlukan oleh bot.</translation>
    </message>
    <message>
        <source>Borrow to trade, with interest (riba). Never.</source>
        <translation>Meminjam untuk berdagang, dengan faedah (riba). Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Derivative contracts with leverage. Never.</source>
        <translation>Kontrak derivatif dengan leveraj. Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Derivative contracts. Never.</source>
        <translation>Kontrak derivatif. Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Send coins out of the exchange. Never.</source>
        <translation>Menghantar koin keluar dari bursa. Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Move funds to other accounts. Never.</source>
        <translation>Memindahkan dana ke akaun lain. Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Move funds between wallets. Never.</source>
        <translation>Memindahkan dana antara dompet. Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Savings, staking or lending for interest (riba). Never.</source>
        <translation>Simpanan, staking atau pemberian pinjaman untuk mendapat faedah (riba). Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Borrow through a loan product, with interest (riba). Never.</source>
        <translation>Meminjam melalui produk pinjaman, dengan faedah (riba). Jangan sekali-kali.</translation>
    </message>
    <message>
        <source>Refused from any other address. Recommended.</source>
        <translation>Ditolak jika dari alamat lain. Disyorkan.</translation>
    </message>
    <message>
        <source>Margin account open</source>
        <translation>Akaun margin dibuka</translation>
    </message>
    <message>
        <source>Futures account open</source>
        <translation>Akaun niaga hadapan dibuka</translation>
    </message>
    <message>
        <source>Options account open</source>
        <translation>Akaun opsyen dibuka</translation>
    </message>
    <message>
        <source>Portfolio margin switched on</source>
        <translation>Margin portfolio dihidupkan</translation>
    </message>
    <message>
        <source>A margin loan is owed now</source>
        <translation>Ada pinjaman margin yang belum dibayar</translation>
    </message>
    <message>
        <source>Derivatives positions open</source>
        <translation>Kedudukan derivatif terbuka</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritikal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <source>a secret shared with the exchange (HMAC)</source>
        <translation>rahsia yang dikongsi dengan bursa (HMAC)</translation>
    </message>
    <message>
        <source>a key pair: the exchange holds only its public half (Ed25519)</source>
        <translation>pasangan kunci: bursa hanya memegang separuh awamnya (Ed25519)</translation>
    </message>
    <message>
        <source>a key pair made by the exchange (ECDSA)</source>
        <translation>pasangan kunci yang dibuat oleh bursa (ECDSA)</translation>
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
        <translation>Laporan semakan kunci</translation>
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
        <translation>Disemak pada</translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>Apa yang boleh dilakukan oleh kunci</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Dapatan</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Tiada dapatan.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Jawapan senarai semak</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON twin:</source>
        <translation>SHA-256 fail JSON kembar:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Choose a name of 1 to 64 letters, digits, spaces or signs other than : / \, for example HalalSpot-2026-11-21.</source>
        <translation>Pilih nama 1 hingga 64 huruf, digit, ruang atau tanda selain : / \, contohnya HalalSpot-2026-11-21.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key: deleting a shared key on the exchange would stop both.</source>
        <translation>Kunci ini sudah disimpan sebagai &quot;{label}&quot;. Berikan setiap program kuncinya sendiri: jika kunci yang dikongsi dipadam di bursa, kedua-dua program akan terhenti.</translation>
    </message>
    <message>
        <source>A key named &quot;{label}&quot; is stored already. Choose another name, or replace that key with rotation.</source>
        <translation>Kunci bernama &quot;{label}&quot; sudah disimpan. Pilih nama lain, atau gantikan kunci itu dengan pilihan &quot;Ganti kunci&quot;.</translation>
    </message>
    <message>
        <source>This key was not stored: it can do something a spot-only key must not. Fix the findings marked critical, then try again.</source>
        <translation>Kunci ini tidak disimpan: ia boleh melakukan sesuatu yang tidak dibenarkan bagi kunci spot sahaja. Betulkan perkara yang ditandakan kritikal, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>This is the key that is stored already. Make a new key on the exchange and enter that one.</source>
        <translation>Ini ialah kunci yang sudah pun disimpan. Buat kunci baharu di bursa dan masukkan kunci baharu itu.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key.</source>
        <translation>Kunci ini sudah disimpan sebagai &quot;{label}&quot;. Berikan setiap program kuncinya sendiri.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The key&apos;s permissions</source>
        <translation>Kebenaran kunci</translation>
    </message>
    <message>
        <source>Your account&apos;s settings</source>
        <translation>Tetapan akaun anda</translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation>Baki spot</translation>
    </message>
    <message>
        <source>Margin loans</source>
        <translation>Pinjaman margin</translation>
    </message>
    <message>
        <source>Loans open on the account</source>
        <translation>Pinjaman yang terbuka pada akaun</translation>
    </message>
    <message>
        <source>The funding wallet</source>
        <translation>Dompet dana (funding)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>Jam komputer ini</translation>
    </message>
    <message>
        <source>&amp;Enter a new key</source>
        <translation>Masukkan kunci &amp;baharu</translation>
    </message>
    <message>
        <source>Critical: {finding}</source>
        <translation>Kritikal: {finding}</translation>
    </message>
    <message>
        <source>On {exchange}, change the boxes framed in red and save:</source>
        <translation>Di {exchange}, ubah kotak yang berbingkai merah dan simpan:</translation>
    </message>
    <message>
        <source>Untick:</source>
        <translation>Buang tanda:</translation>
    </message>
    <message>
        <source>Tick:</source>
        <translation>Tandakan:</translation>
    </message>
    <message>
        <source>Read the account</source>
        <translation>Membaca akaun</translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation>Dagangan spot</translation>
    </message>
    <message>
        <source>Margin (borrowing)</source>
        <translation>Margin (pinjaman)</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>Niaga hadapan</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsyen</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Pindahan dalaman</translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation>Pindahan universal</translation>
    </message>
    <message>
        <source>Earn (interest)</source>
        <translation>Earn (faedah)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation>Terhad kepada IP dipercayai</translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation>Sedang bertanya kepada bursa…</translation>
    </message>
    <message>
        <source>I changed it — &amp;verify again</source>
        <translation>Saya sudah mengubahnya — &amp;semak semula</translation>
    </message>
    <message>
        <source>Where to check: </source>
        <translation>Tempat untuk menyemak: </translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>Apa yang boleh dilakukan oleh kunci ini</translation>
    </message>
    <message>
        <source>off, checked by you</source>
        <translation>dimatikan, disemak oleh anda</translation>
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
        <translation>Bursa tidak menunjukkan apa-apa yang berbahaya dihidupkan. Baca nota di bawah sebelum anda menggunakan kunci ini.</translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is marked critical on the exchange, then verify again.</source>
        <translation>Tidak selamat: kunci ini tidak akan disimpan. Ubah perkara yang ditanda kritikal di bursa, kemudian semak semula.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>yes, and no setting stops it</source>
        <translation>ya, dan tiada tetapan yang dapat menghalangnya</translation>
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
        <translation>Cuba &amp;lagi</translation>
    </message>
    <message>
        <source>Safe: this key is spot-only.</source>
        <translation>Selamat: kunci ini untuk spot sahaja.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Cara membetulkan: </translation>
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
        <translation>Kunci dibuat: {date} ({days} hari lalu)</translation>
    </message>
    <message>
        <source>{exchange} does not tell when a key was made: replace it 90 days after you made it. When you save it, the wizard counts from today.</source>
        <translation>{exchange} tidak memberitahu bila kunci dibuat: gantikan kunci itu 90 hari selepas anda membuatnya. Apabila anda menyimpannya, aplikasi ini mengira dari hari ini.</translation>
    </message>
    <message>
        <source>Replace it by: {date}</source>
        <translation>Gantikan selewat-lewatnya pada: {date}</translation>
    </message>
    <message>
        <source>Clock difference: {ms} ms</source>
        <translation>Perbezaan jam: {ms} ms</translation>
    </message>
    <message>
        <source>Spot balances: {balances}</source>
        <translation>Baki spot: {balances}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
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
        <translation>B&amp;ahasa:</translation>
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
        <translation>Apa yang anda ingin lakukan?</translation>
    </message>
    <message>
        <source>&amp;Set up a new key</source>
        <translation>&amp;Sediakan kunci baharu</translation>
    </message>
    <message>
        <source>&amp;Replace (rotate) a key I set up before</source>
        <translation>&amp;Ganti kunci yang pernah saya sediakan</translation>
    </message>
    <message>
        <source>Replacing skips the account checks you did the first time. Do it every 90 days, or at once if the key may have leaked.</source>
        <translation>Penggantian melangkau semakan akaun yang anda buat kali pertama. Lakukannya setiap 90 hari, atau serta-merta jika kunci itu mungkin telah bocor.</translation>
    </message>
    <message>
        <source>Back to my real acc&amp;ount</source>
        <translation>Kembali ke akaun sebena&amp;r</translation>
    </message>
    <message>
        <source>&amp;Practise on a pretend exchange</source>
        <translation>&amp;Cuba dahulu pada bursa olok-olok</translation>
    </message>
    <message>
        <source>Check what my bot &amp;did…</source>
        <translation>Semak apa yang bot saya &amp;lakukan…</translation>
    </message>
    <message>
        <source>The key to replace</source>
        <translation>Kunci yang hendak diganti</translation>
    </message>
    <message>
        <source>{label} ({exchange}, key {key}, {days} days old, replace by {due})</source>
        <translation>{label} ({exchange}, kunci {key}, berusia {days} hari, ganti selewat-lewatnya {due})</translation>
    </message>
    <message>
        <source>No key is stored on this computer yet, so there is nothing to replace. Choose &quot;Set up a new key&quot;.</source>
        <translation>Belum ada kunci yang disimpan dalam komputer ini, jadi tiada apa yang perlu diganti. Pilih &quot;Sediakan kunci baharu&quot;.</translation>
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
        <translation>Se&amp;terusnya &gt;</translation>
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
        <translation>&amp;Bantuan</translation>
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
        <translation>Apa yang anda masukkan di halaman ini dilupakan, dan tiada kunci disimpan. Kunci yang sudah anda buat di bursa kekal di sana sehingga anda memadamnya.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Tinggalkan</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>Ka&amp;kal</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Langkah {number} daripada {total}</translation>
    </message>
</context>
</TS>
