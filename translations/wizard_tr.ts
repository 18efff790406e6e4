<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>Addresses</name>
    <message>
        <source>Line {line}: &quot;{text}&quot; is not an IP address. Write one address per line, like 203.0.113.7 or 2001:db8::7.</source>
        <translation>{line}. satır: &quot;{text}&quot; bir IP adresi değil. Her satıra bir adres yazın; örneğin 203.0.113.7 veya 2001:db8::7.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>borrowing: a margin loan carries interest (riba)</source>
        <translation>borç alma: marjin borcu faiz (riba) içerir</translation>
    </message>
    <message>
        <source>interest (riba) was charged on borrowed funds</source>
        <translation>borç alınan paraya faiz (riba) uygulandı</translation>
    </message>
    <message>
        <source>a loan: it carries interest (riba)</source>
        <translation>kredi: faiz (riba) içerir</translation>
    </message>
    <message>
        <source>a derivatives position: a contract on a price, not a coin owned</source>
        <translation>türev ürün pozisyonu: sahip olunan bir coin değil, bir fiyat üzerine yapılan sözleşme</translation>
    </message>
    <message>
        <source>funds moved to or from derivatives trading</source>
        <translation>türev ürün işlemlerine ya da oradan para aktarıldı</translation>
    </message>
    <message>
        <source>funds lent or staked for a return that may be interest (riba)</source>
        <translation>getiri için borç verilen ya da staking&apos;e konan para; bu getiri faiz (riba) olabilir</translation>
    </message>
    <message>
        <source>funds left the account</source>
        <translation>para hesaptan çıktı</translation>
    </message>
    <message>
        <source>funds moved between wallets or accounts</source>
        <translation>para cüzdanlar ya da hesaplar arasında aktarıldı</translation>
    </message>
    <message>
        <source>an order on margin (with borrowed funds)</source>
        <translation>marjinli bir emir (borç alınmış parayla)</translation>
    </message>
    <message>
        <source>What my bot did</source>
        <translation>Botum ne yaptı</translation>
    </message>
    <message>
        <source>The exchange&apos;s own records of the last {days} days, read with the key: everything that was not spot trading.</source>
        <translation>Borsanın son {days} güne ait kendi kayıtları bu anahtarla okunur: spot alım satım olmayan her şey gösterilir.</translation>
    </message>
    <message>
        <source>The key whose account to read</source>
        <translation>Hesabı okunacak anahtar</translation>
    </message>
    <message>
        <source>{label} ({exchange})</source>
        <translation>{label} ({exchange})</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records</source>
        <translation>Borsanın kayıtları okunuyor</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Kontrol &amp;et</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;Raporu kaydet…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records…</source>
        <translation>Borsanın kayıtları okunuyor…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records… {count} pages read.</source>
        <translation>Borsanın kayıtları okunuyor… {count} sayfa okundu.</translation>
    </message>
    <message>
        <source>Nothing but spot trades in the last {days} days.</source>
        <translation>Son {days} günde spot alım satımdan başka bir şey yok.</translation>
    </message>
    <message>
        <source>{count} records were not spot trading:</source>
        <translation>Spot alım satım olmayan {count} kayıt:</translation>
    </message>
    <message>
        <source>{day}: {meaning}. {amount} {asset} ({record})</source>
        <translation>{day}: {meaning}. {amount} {asset} ({record})</translation>
    </message>
    <message>
        <source>What was read:</source>
        <translation>Okunanlar:</translation>
    </message>
    <message>
        <source>What {exchange}&apos;s records cannot show, so this check did not see:</source>
        <translation>{exchange} kayıtlarının gösteremediği, bu yüzden bu kontrolün göremediği şeyler:</translation>
    </message>
    <message>
        <source>• {item}</source>
        <translation>• {item}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Rapor kaydedildi.</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>margin borrowing and interest</source>
        <translation>marjinle borç alma ve faiz</translation>
    </message>
    <message>
        <source>Crypto Loan borrowing</source>
        <translation>Crypto Loan ile borç alma</translation>
    </message>
    <message>
        <source>money moved from Spot to the futures, margin, options and portfolio margin wallets</source>
        <translation>Spot cüzdanından vadeli işlem (futures), marjin, opsiyon ve portföy marjini cüzdanlarına aktarılan para</translation>
    </message>
    <message>
        <source>Simple Earn subscriptions, flexible and locked</source>
        <translation>Simple Earn abonelikleri, esnek ve kilitli</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Binance users</source>
        <translation>zincir üstü (on-chain) ve diğer Binance kullanıcılarına yapılan para çekme işlemleri</translation>
    </message>
    <message>
        <source>futures positions and income: read through the futures API, which a key made before the futures account was opened cannot use; the money moved to the futures wallets in the period is read instead, positions from before it are not</source>
        <translation>vadeli işlem (futures) pozisyonları ve gelirleri: vadeli işlem API&apos;si üzerinden okunur, ancak vadeli işlem hesabı açılmadan önce oluşturulmuş bir anahtar bu API&apos;yi kullanamaz; bunun yerine bu dönemde vadeli işlem cüzdanlarına aktarılan para okunur, dönemden önceki pozisyonlar ise okunmaz</translation>
    </message>
    <message>
        <source>Dual Investment, staking and Auto-Invest, which have records of their own</source>
        <translation>kendi ayrı kayıtları olan Dual Investment, staking ve Auto-Invest</translation>
    </message>
    <message>
        <source>isolated margin pairs that were closed</source>
        <translation>kapatılmış izole marjin pariteleri</translation>
    </message>
    <message>
        <source>universal transfers older than six months</source>
        <translation>altı aydan eski cüzdanlar arası transferler (universal transfer)</translation>
    </message>
    <message>
        <source>the unified account&apos;s transaction log (trades by category, funding, delivery, liquidation, interest, loans, Earn, leveraged tokens)</source>
        <translation>birleşik hesabın işlem kaydı (kategoriye göre işlemler, fonlama ücretleri, vade sonu teslimatları, tasfiyeler, faiz, krediler, Earn, kaldıraçlı tokenlar)</translation>
    </message>
    <message>
        <source>open positions (linear USDT and USDC, inverse, option)</source>
        <translation>açık pozisyonlar (USDT ve USDC ile lineer sözleşmeler, ters sözleşmeler, opsiyonlar)</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Bybit users</source>
        <translation>zincir üstü (on-chain) ve diğer Bybit kullanıcılarına yapılan para çekme işlemleri</translation>
    </message>
    <message>
        <source>the Funding account&apos;s own movements other than withdrawals (Earn or loans paid from it, P2P): Bybit&apos;s funding history has no stable types to read</source>
        <translation>Fonlama hesabının (Funding) para çekme dışındaki kendi hareketleri (oradan ödenen Earn ya da krediler, P2P): Bybit&apos;in fonlama geçmişinde okunabilecek sabit kayıt türleri yok</translation>
    </message>
    <message>
        <source>On-chain Earn orders, which Bybit lists only one order at a time by its id</source>
        <translation>Bybit&apos;in yalnızca teker teker, ID&apos;siyle listelediği On-chain Earn emirleri</translation>
    </message>
    <message>
        <source>the time before the account became a unified trading account</source>
        <translation>hesabın birleşik işlem hesabına dönüşmesinden önceki dönem</translation>
    </message>
    <message>
        <source>cancelled or rejected orders after 24 hours</source>
        <translation>üzerinden 24 saat geçmiş iptal edilmiş ya da reddedilmiş emirler</translation>
    </message>
    <message>
        <source>orders (futures, leverage, margin, liquidation)</source>
        <translation>emirler (vadeli işlem, kaldıraç, marjin, tasfiye)</translation>
    </message>
    <message>
        <source>US futures positions open now</source>
        <translation>şu anda açık olan ABD vadeli işlem pozisyonları</translation>
    </message>
    <message>
        <source>each wallet&apos;s transactions (sends and withdrawals, derivatives settlements, Earn and staking, transfers)</source>
        <translation>her cüzdanın işlemleri (gönderimler ve para çekme, türev ürün uzlaşmaları, Earn ve staking, transferler)</translation>
    </message>
    <message>
        <source>other portfolios: a Coinbase key sees its own portfolio only, and moves between portfolios have no history</source>
        <translation>diğer portföyler: bir Coinbase anahtarı yalnızca kendi portföyünü görür ve portföyler arası aktarımların geçmişi yoktur</translation>
    </message>
    <message>
        <source>international perpetuals, which left the Advanced Trade API in 2026 for a platform with keys of its own</source>
        <translation>2026&apos;da Advanced Trade API&apos;den ayrılıp kendi anahtarları olan bir platforma geçen uluslararası süresiz sözleşmeler</translation>
    </message>
    <message>
        <source>ledger entries (margin, rollover, credit, transfers, withdrawals, staking, rewards)</source>
        <translation>hesap hareketleri (marjin, rollover ücretleri, kredi, transferler, para çekme, staking, ödüller)</translation>
    </message>
    <message>
        <source>trades (leverage)</source>
        <translation>işlemler (kaldıraç)</translation>
    </message>
    <message>
        <source>closed orders (leverage)</source>
        <translation>kapanmış emirler (kaldıraç)</translation>
    </message>
    <message>
        <source>open margin positions</source>
        <translation>açık marjin pozisyonları</translation>
    </message>
    <message>
        <source>Kraken Futures: a separate platform with keys of its own; only the ledger&apos;s transfers to and from it show here</source>
        <translation>Kraken Futures: kendi anahtarları olan ayrı bir platform; burada yalnızca hesap hareketlerindeki, oraya yapılan ve oradan gelen transferler görünür</translation>
    </message>
    <message>
        <source>Earn allocations and withdrawal status: they need Query Funds, which a spot-only key must not have; the ledger&apos;s staking, reward and withdrawal entries stand in</source>
        <translation>Earn tahsisleri ve para çekme durumu: bunlar için Query Funds izni gerekir ve yalnızca spot işlem yapan bir anahtarda bu izin olmamalıdır; bunların yerine hesap hareketlerindeki staking, ödül ve para çekme kayıtları kullanılır</translation>
    </message>
    <message>
        <source>how long Kraken keeps each record is not documented</source>
        <translation>Kraken&apos;in her kaydı ne kadar süre sakladığı belgelenmemiş</translation>
    </message>
    <message>
        <source>trading-account bills (borrowing, interest, transfers, fills by instrument type)</source>
        <translation>alım satım hesabı hareketleri (borç alma, faiz, transferler, enstrüman türüne göre gerçekleşen işlemler)</translation>
    </message>
    <message>
        <source>funding-account bills (withdrawals, transfers, Earn and staking, loans)</source>
        <translation>fonlama hesabı hareketleri (para çekme, transferler, Earn ve staking, krediler)</translation>
    </message>
    <message>
        <source>open positions</source>
        <translation>açık pozisyonlar</translation>
    </message>
    <message>
        <source>trading-account bills older than three months (OKX keeps them as a quarterly download only)</source>
        <translation>üç aydan eski alım satım hesabı hareketleri (OKX bunları yalnızca çeyreklik indirme dosyası olarak saklar)</translation>
    </message>
    <message>
        <source>transfers between sub-accounts, which only the main account&apos;s key sees</source>
        <translation>yalnızca ana hesabın anahtarının görebildiği alt hesaplar arası transferler</translation>
    </message>
    <message>
        <source>convert history, which needs the Trade permission</source>
        <translation>Trade izni gerektiren dönüştürme (Convert) geçmişi</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Anlamı</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>The record says</source>
        <translation>Kayıtta yazan</translation>
    </message>
    <message>
        <source>Key {label} on {exchange}, from {start} to {end}: {requests} requests to the exchange.</source>
        <translation>{exchange} üzerindeki {label} anahtarı, {start} ile {end} arası: borsaya {requests} istek.</translation>
    </message>
    <message>
        <source>What the account did</source>
        <translation>Hesabın yaptıkları</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>How?</source>
        <translation>Nasıl?</translation>
    </message>
    <message>
        <source>Tick the one that is true:</source>
        <translation>Doğru olanı işaretleyin:</translation>
    </message>
    <message>
        <source>Tick each one that is true:</source>
        <translation>Doğru olanların her birini işaretleyin:</translation>
    </message>
    <message>
        <source>Next opens once all boxes are ticked.</source>
        <translation>Tüm kutular işaretlenince İleri düğmesi açılır.</translation>
    </message>
    <message>
        <source>Next opens once one box is ticked.</source>
        <translation>Bir kutu işaretlenince İleri düğmesi açılır.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Bir şeyler ters gitti</translation>
    </message>
    <message>
        <source>The wizard met an unexpected problem. Nothing was saved unless the Done page said so. You can close the wizard and start it again.</source>
        <translation>Sihirbaz beklenmedik bir sorunla karşılaştı. Son sayfa aksini söylemediyse hiçbir şey kaydedilmedi. Sihirbazı kapatıp yeniden başlatabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>Name for the key</source>
        <translation>Anahtarın adı</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Adı &amp;kopyala</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key</source>
        <translation>Anahtarı oluşturdum ve API Key&apos;ini görebiliyorum</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>Add a &amp;reminder to my calendar…</source>
        <translation>Takvimime &amp;hatırlatıcı ekle…</translation>
    </message>
    <message>
        <source>Save a verification &amp;report…</source>
        <translation>Doğrulama raporunu &amp;kaydet…</translation>
    </message>
    <message>
        <source>&amp;Check this key every week and tell me if anything changes</source>
        <translation>Bu anahtarı her hafta kontrol et ve bir şey &amp;değişirse bana haber ver</translation>
    </message>
    <message>
        <source>Now retire the old key on the exchange:</source>
        <translation>Şimdi borsadaki eski anahtarı kaldırın:</translation>
    </message>
    <message>
        <source>Storing your key…</source>
        <translation>Anahtarınız saklanıyor…</translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation>Alıştırma: hiçbir şey kaydedilmedi. Gerçek bir anahtarda gizli anahtar yalnızca bilgisayarınızın parola kasasına kaydedilir, başka hiçbir yere değil.</translation>
    </message>
    <message>
        <source>Practice finished: nothing was stored</source>
        <translation>Alıştırma bitti: hiçbir şey saklanmadı</translation>
    </message>
    <message>
        <source>Saving the key in your computer&apos;s keychain…</source>
        <translation>Anahtar bilgisayarınızın parola kasasına kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved in {keychain} under the name &quot;{item}&quot; (service halal-key-wizard). The secret is nowhere else on this computer.</source>
        <translation>{keychain} içine &quot;{item}&quot; adıyla kaydedildi (hizmet adı: halal-key-wizard). Gizli anahtar bu bilgisayarda başka hiçbir yerde yok.</translation>
    </message>
    <message>
        <source>Your new key is in place</source>
        <translation>Yeni anahtarınız yerinde</translation>
    </message>
    <message>
        <source>Your key is stored</source>
        <translation>Anahtarınız saklandı</translation>
    </message>
    <message>
        <source>Setting up the weekly check…</source>
        <translation>Haftalık kontrol kuruluyor…</translation>
    </message>
    <message>
        <source>Checked every week: a notification tells you when anything changes.</source>
        <translation>Her hafta kontrol edilecek: bir şey değişince bir bildirim size haber verir.</translation>
    </message>
    <message>
        <source>The weekly check is off.</source>
        <translation>Haftalık kontrol kapalı.</translation>
    </message>
    <message>
        <source>The weekly check could not be set up on this computer. Your key is stored all the same; you can check it any time with the wizard. (Details: {reason})</source>
        <translation>Haftalık kontrol bu bilgisayarda kurulamadı. Anahtarınız yine de kayıtlı; istediğiniz zaman sihirbazla kontrol edebilirsiniz. (Ayrıntılar: {reason})</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>Anahtar kaydedilmedi</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation>Beklenmeyen bir sorun oluştu ({name}). Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The key was not stored</source>
        <translation>Anahtar saklanmadı</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>eski anahtar</translation>
    </message>
    <message>
        <source>1. Open API Management on the exchange.</source>
        <translation>1. Borsada &quot;API Management&quot; (API Yönetimi) sayfasını açın.</translation>
    </message>
    <message>
        <source>2. Find {key} by its name or its last four characters.</source>
        <translation>2. Adına ya da son dört karakterine bakarak şu anahtarı bulun: {key}.</translation>
    </message>
    <message>
        <source>3. Delete it. Only the new key works from now on.</source>
        <translation>3. Onu silin. Bundan sonra yalnızca yeni anahtar çalışır.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Doğrulama raporunu kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>Hatırlatıcıyı kaydet</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Takvim dosyaları (*.ics)</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers show that this key can only read and trade spot.</source>
        <translation>Borsanın yanıtları bu anahtarın yalnızca okuyup spot işlem yapabildiğini gösteriyor.</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers and your own checks show that this key can only read and trade spot.</source>
        <translation>Borsanın yanıtları ve kendi kontrolleriniz bu anahtarın yalnızca okuyup spot işlem yapabildiğini gösteriyor.</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on for this key; the notes of the check below still apply.</source>
        <translation>Borsa bu anahtar için tehlikeli hiçbir şeyin açık olduğunu göstermiyor; aşağıdaki kontrol notları hâlâ geçerli.</translation>
    </message>
    <message>
        <source>Its replace-by date, {date}, has passed: replace it with a new key now.</source>
        <translation>Değiştirme tarihi, {date}, geçti: onu şimdi yeni bir anahtarla değiştirin.</translation>
    </message>
    <message>
        <source>Replace it by {date}.</source>
        <translation>{date} tarihine kadar değiştirin.</translation>
    </message>
    <message>
        <source>Still open from the check:</source>
        <translation>Kontrolden hâlâ açık olanlar:</translation>
    </message>
</context>
<context>
    <name>Enter</name>
    <message>
        <source>Choose a practice key…</source>
        <translation>Bir alıştırma anahtarı seçin…</translation>
    </message>
    <message>
        <source>Practice key</source>
        <translation>Alıştırma anahtarı</translation>
    </message>
    <message>
        <source>Practice keys fill in the fields for you:</source>
        <translation>Alıştırma anahtarları alanları sizin yerinize doldurur:</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>API &amp;Key:</source>
        <translation>&amp;API anahtarı:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Gizli anahtar</translation>
    </message>
    <message>
        <source>Hidden. Hold the Show button to see it.</source>
        <translation>Gizli. Görmek için Göster düğmesini basılı tutun.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Hold to show the secret</source>
        <translation>Gizli anahtarı görmek için basılı tutun</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>Gi&amp;zli anahtar:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola (Passphrase)</translation>
    </message>
    <message>
        <source>Hold to show the passphrase</source>
        <translation>Parolayı (Passphrase) görmek için basılı tutun</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parola (Passphrase):</translation>
    </message>
    <message>
        <source>No secret to enter: this key signs with the key pair made on this computer, whose private key is already in your keychain.</source>
        <translation>Girmeniz gereken bir gizli anahtar yok: bu anahtar, bu bilgisayarda oluşturulan anahtar çiftini kullanır ve bu çiftin özel anahtarı zaten parola kasanızda.</translation>
    </message>
    <message>
        <source>Spaces and line breaks that come along when pasting are removed. The secret stays in this window until it is saved in your computer&apos;s keychain; it is never written to a file.</source>
        <translation>Yapıştırırken araya giren boşluklar ve satır sonları silinir. Gizli anahtar, bilgisayarınızın parola kasasına kaydedilene kadar yalnızca bu pencerede kalır; hiçbir zaman bir dosyaya yazılmaz.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>letters and digits</source>
        <translation>harfler (A–Z, a–z) ve rakamlar</translation>
    </message>
    <message>
        <source>Paste the API Key here.</source>
        <translation>API anahtarını buraya yapıştırın.</translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. {exchange}&apos;s key generator makes the right kind.</source>
        <translation>Bu özel anahtar, şifrelenmemiş bir Ed25519 anahtarı değil. {exchange}&apos;in anahtar oluşturma aracı doğru türde anahtar üretir.</translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation>Gizli anahtarı buraya yapıştırın.</translation>
    </message>
    <message>
        <source>the digits 0-9 and the letters A-F</source>
        <translation>0-9 arası rakamlar ve A-F arası harfler</translation>
    </message>
    <message>
        <source>letters, digits and the signs + / =</source>
        <translation>harfler, rakamlar ve + / = işaretleri</translation>
    </message>
    <message>
        <source>the digits 0-9, A-F and dashes</source>
        <translation>0-9 arası rakamlar, A-F arası harfler ve tireler</translation>
    </message>
    <message>
        <source>letters, digits, / and -</source>
        <translation>harfler, rakamlar, / ve -</translation>
    </message>
    <message>
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one {exchange} shows for the key.</source>
        <translation>Bu bir özel anahtara benziyor; özel anahtar, gizli anahtar alanına girilir. Buraya, {exchange} borsasının bu anahtar için gösterdiği API anahtarını girin.</translation>
    </message>
    <message>
        <source>This is a public key. The secret is the private key: the text that begins with BEGIN PRIVATE KEY.</source>
        <translation>Bu bir açık anahtar. Buraya özel anahtar girilmeli: BEGIN PRIVATE KEY ile başlayan metin.</translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from {exchange}; it is a different text.</source>
        <translation>Gizli anahtar, API anahtarıyla aynı. {exchange} borsasından gizli anahtarı (Secret Key) kopyalayın; o farklı bir metindir.</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when you made this key on {exchange}. {exchange} cannot show it again: if it is lost, make a new key.</source>
        <translation>{exchange} borsasında bu anahtarı oluştururken seçtiğiniz parolayı (Passphrase) yazın. {exchange} bu parolayı size yeniden gösteremez: parolayı kaybettiyseniz yeni bir anahtar oluşturun.</translation>
    </message>
    <message>
        <source>This is not a key name of the form organizations/…/apiKeys/…. Copy the whole name, from organizations to the end.</source>
        <translation>Bu, organizations/…/apiKeys/… biçiminde bir anahtar adı değil. Adın tamamını, organizations kısmından sonuna kadar kopyalayın.</translation>
    </message>
    <message>
        <source>{exchange} keys have no private key file. Paste the secret {exchange} showed when you made the key.</source>
        <translation>{exchange} anahtarlarının özel anahtar dosyası yoktur. Anahtarı oluştururken {exchange} borsasının gösterdiği gizli anahtarı yapıştırın.</translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN to END, both lines included.</source>
        <translation>Özel anahtar eksik: BEGIN satırından END satırına kadar her şeyi, bu iki satır da dahil olmak üzere kopyalayın.</translation>
    </message>
    <message>
        <source>This private key is not the kind {exchange} makes (ECDSA P-256, unencrypted). Copy the private key of the API key you made.</source>
        <translation>Bu özel anahtar, {exchange} borsasının oluşturduğu türde değil (ECDSA P-256, şifrelenmemiş). Oluşturduğunuz API anahtarının özel anahtarını kopyalayın.</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Gizli anahtar</translation>
    </message>
    <message>
        <source>The {what} has characters it never contains: {chars}. It is only {alphabet}; copy it again without anything around it.</source>
        <translation>{what} alanında, bu tür bir anahtarda asla bulunmayan karakterler var: {chars}. Bu anahtar yalnızca {alphabet} içerir; önünde ve arkasında başka hiçbir şey olmadan yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>The {what} is {expected} characters long, but this has {actual}. Part of it may be missing; copy it again, all of it.</source>
        <translation>{what} {expected} karakter uzunluğunda olmalı, ama buradaki metin {actual} karakter. Bir kısmı eksik olabilir; tamamını yeniden kopyalayın.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The exchange did not accept this key</source>
        <translation>Borsa bu anahtarı kabul etmedi</translation>
    </message>
    <message>
        <source>{exchange} refused the key. It gives the same answer for three different causes: the key is wrong or was deleted, this computer&apos;s address is not on the key&apos;s IP list, or the key is missing a permission it needs (reading).</source>
        <translation>{exchange} anahtarı kabul etmedi. Borsa üç farklı durumda da aynı yanıtı verir: anahtar yanlıştır ya da silinmiştir, bu bilgisayarın IP adresi anahtarın IP listesinde yoktur veya anahtarda gerekli bir izin (okuma) eksiktir.</translation>
    </message>
    <message>
        <source>Open API Management on {exchange} and find the key ending in {key_end}. Not there: it was deleted or mistyped; copy it again. Listed with an IP restriction: add this computer&apos;s address, or verify from the trading service. Listed and unrestricted: make sure reading is switched on.</source>
        <translation>{exchange} borsasında &quot;API Management&quot; (API Yönetimi) sayfasını açın ve sonu {key_end} ile biten anahtarı bulun. Listede yoksa: anahtar silinmiş ya da yanlış girilmiştir; yeniden kopyalayın. Listede varsa ve IP kısıtlaması varsa: bu bilgisayarın IP adresini ekleyin ya da doğrulamayı alım satım hizmetinizden yapın. Listede varsa ve kısıtlama yoksa: okuma izninin açık olduğundan emin olun.</translation>
    </message>
    <message>
        <source>The secret does not match the key</source>
        <translation>Gizli anahtar bu API anahtarıyla eşleşmiyor</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the secret does not belong to it. Often a character too many or too few came along when it was copied.</source>
        <translation>{exchange} bu API anahtarını tanıyor, ancak gizli anahtar ona ait değil. Bunun nedeni çoğu zaman kopyalarken fazladan bir karakterin eklenmesi ya da bir karakterin eksik kalmasıdır.</translation>
    </message>
    <message>
        <source>Paste the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>Gizli anahtarı, {exchange} borsasının gösterdiği haliyle eksiksiz olarak yeniden yapıştırın. Gizli anahtar artık elinizde değilse anahtarı silin ve yeni bir anahtar oluşturun.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Bu bilgisayarın saati yanlış</translation>
    </message>
    <message>
        <source>{exchange} refused the request because this computer&apos;s clock is off by {skew_ms} ms.</source>
        <translation>Bu bilgisayarın saati {skew_ms} ms kaymış olduğu için {exchange} isteği reddetti.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in the date and time settings, then verify again.</source>
        <translation>Tarih ve saat ayarlarında &quot;Saati otomatik olarak ayarla&quot; seçeneğini açın, sonra yeniden doğrulayın.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Şu an için çok fazla istek gönderildi</translation>
    </message>
    <message>
        <source>{exchange} asked for fewer requests for a while. This says nothing about your key.</source>
        <translation>{exchange} bir süre daha az istek gönderilmesini istedi. Bu, anahtarınızda bir sorun olduğu anlamına gelmez.</translation>
    </message>
    <message>
        <source>Wait {wait_seconds} seconds, then verify again. If another program uses {exchange} from this computer, pause it first.</source>
        <translation>{wait_seconds} saniye bekleyin, sonra yeniden doğrulayın. Bu bilgisayarda {exchange} borsasını kullanan başka bir program varsa önce onu duraklatın.</translation>
    </message>
    <message>
        <source>The exchange has blocked this address for a while</source>
        <translation>Borsa bu IP adresini bir süreliğine engelledi</translation>
    </message>
    <message>
        <source>{exchange} has blocked this computer&apos;s address until {until} because too many requests came from it.</source>
        <translation>Bu bilgisayarın IP adresinden çok fazla istek geldiği için {exchange} bu adresi şu zamana kadar engelledi: {until}.</translation>
    </message>
    <message>
        <source>Stop every program that uses {exchange} from this computer and verify again after {until}. Retrying earlier makes the block longer.</source>
        <translation>Bu bilgisayarda {exchange} borsasını kullanan tüm programları durdurun ve şu zamandan sonra yeniden doğrulayın: {until}. Daha önce denemek engelin süresini uzatır.</translation>
    </message>
    <message>
        <source>The exchange does not serve this account from here</source>
        <translation>Borsa bu hesaba buradan hizmet vermiyor</translation>
    </message>
    <message>
        <source>{exchange} refuses this account, or the place this computer connects from (for example a country it does not serve). This is not a ban for too many requests, and it says nothing about the key.</source>
        <translation>{exchange} bu hesabı ya da bu bilgisayarın bağlandığı yeri (örneğin hizmet vermediği bir ülkeyi) kabul etmiyor. Bu, çok fazla istek yüzünden konan bir engel değil ve anahtarda bir sorun olduğu anlamına gelmez.</translation>
    </message>
    <message>
        <source>Read {exchange}&apos;s notices about your country and your account, and use it only where its terms allow. Verifying again will not change the answer.</source>
        <translation>{exchange} borsasının ülkeniz ve hesabınızla ilgili duyurularını okuyun ve borsayı yalnızca kullanım koşullarının izin verdiği yerlerde kullanın. Yeniden doğrulamak bu yanıtı değiştirmez.</translation>
    </message>
    <message>
        <source>The exchange is having trouble</source>
        <translation>Borsa şu anda sorun yaşıyor</translation>
    </message>
    <message>
        <source>{exchange} did not answer properly; it may be busy or under maintenance. This says nothing about your key.</source>
        <translation>{exchange} düzgün bir yanıt vermedi; borsa yoğun ya da bakımda olabilir. Bu, anahtarınızda bir sorun olduğu anlamına gelmez.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The exchange&apos;s status page tells when maintenance ends.</source>
        <translation>Birkaç dakika sonra tekrar deneyin. Bakımın ne zaman biteceğini borsanın durum sayfasında görebilirsiniz.</translation>
    </message>
    <message>
        <source>Could not reach the exchange</source>
        <translation>Borsaya ulaşılamadı</translation>
    </message>
    <message>
        <source>This computer could not connect to {exchange}.</source>
        <translation>Bu bilgisayar {exchange} ile bağlantı kuramadı.</translation>
    </message>
    <message>
        <source>Check the internet connection, and any firewall or VPN, then try again.</source>
        <translation>İnternet bağlantınızı, varsa güvenlik duvarını ve VPN&apos;i kontrol edin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Another program is using this key</source>
        <translation>Bu anahtarı başka bir program kullanıyor</translation>
    </message>
    <message>
        <source>{exchange} refused the request&apos;s counter: another program has used this key with a larger one.</source>
        <translation>{exchange} isteğin sıra numarasını kabul etmedi: başka bir program bu anahtarı daha büyük bir sıra numarasıyla kullanmış.</translation>
    </message>
    <message>
        <source>Give every program its own key. Make a new key for this one.</source>
        <translation>Her programa ayrı bir anahtar verin. Bu program için yeni bir anahtar oluşturun.</translation>
    </message>
    <message>
        <source>The exchange gave an answer we do not understand</source>
        <translation>Borsa, anlayamadığımız bir yanıt verdi</translation>
    </message>
    <message>
        <source>{exchange} answered, but not in the form we expect, so the key could not be checked.</source>
        <translation>{exchange} yanıt verdi, ancak yanıt beklediğimiz biçimde olmadığı için anahtar kontrol edilemedi.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, this program may need an update.</source>
        <translation>Daha sonra tekrar deneyin. Sorun sürerse bu programın güncellenmesi gerekebilir.</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Kullanılabilir bir parola kasası yok</translation>
    </message>
    <message>
        <source>This computer has no usable keychain: {details}. The secret is never saved anywhere else.</source>
        <translation>Bu bilgisayarda kullanılabilir bir parola kasası yok: {details}. Gizli anahtar hiçbir zaman başka bir yere kaydedilmez.</translation>
    </message>
    <message>
        <source>Install or start the system keychain, then try again.</source>
        <translation>Sistemin parola kasasını kurun ya da başlatın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>The keychain stayed locked</source>
        <translation>Parola kasası kilitli kaldı</translation>
    </message>
    <message>
        <source>The keychain was not unlocked, so nothing was read or saved.</source>
        <translation>Parola kasasının kilidi açılmadı; bu yüzden hiçbir şey okunmadı ve kaydedilmedi.</translation>
    </message>
    <message>
        <source>Try again and unlock the keychain when it asks.</source>
        <translation>Tekrar deneyin ve sorulduğunda parola kasasının kilidini açın.</translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation>Parola kasası bir sorun bildirdi</translation>
    </message>
    <message>
        <source>The keychain said: {details}</source>
        <translation>Parola kasasının yanıtı: {details}</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer.</source>
        <translation>Tekrar deneyin. Sorun sürerse bilgisayarı yeniden başlatın.</translation>
    </message>
    <message>
        <source>No key with that name</source>
        <translation>Bu adla kayıtlı bir anahtar yok</translation>
    </message>
    <message>
        <source>No key is stored under the name &quot;{label}&quot;.</source>
        <translation>&quot;{label}&quot; adıyla kayıtlı bir anahtar yok.</translation>
    </message>
    <message>
        <source>Run &quot;halal-key-wizard list&quot; to see the names of stored keys.</source>
        <translation>Kayıtlı anahtarların adlarını görmek için &quot;halal-key-wizard list&quot; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Coinbase refused the key. It gives one answer for several causes: the key name or its private key is wrong, the key was deleted, this computer&apos;s address is not on the key&apos;s IP allowlist, or the key lacks the View permission.</source>
        <translation>Coinbase anahtarı kabul etmedi. Borsa birkaç farklı durumda da aynı yanıtı verir: anahtar adı ya da özel anahtarı yanlıştır, anahtar silinmiştir, bu bilgisayarın IP adresi anahtarın IP izin listesinde (IP allowlist) yoktur veya anahtarda &quot;View&quot; (Görüntüleme) izni yoktur.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys and find the key ending in {key_end}. Not there: copy the key name again. Listed: paste its private key again, and add this computer&apos;s address to its IP allowlist if it has one.</source>
        <translation>&quot;Coinbase Developer Platform&quot; (Coinbase Geliştirici Platformu) üzerinde &quot;API Keys&quot; (API Anahtarları) sayfasını açın ve sonu {key_end} ile biten anahtarı bulun. Listede yoksa: anahtar adını yeniden kopyalayın. Listede varsa: özel anahtarını yeniden yapıştırın; anahtarın bir IP izin listesi varsa bu bilgisayarın IP adresini o listeye ekleyin.</translation>
    </message>
    <message>
        <source>The secret is not in the form {exchange} uses</source>
        <translation>Gizli anahtar, {exchange} borsasının kullandığı biçimde değil</translation>
    </message>
    <message>
        <source>What was entered as the secret cannot be the one {exchange} gave: its form is wrong, so nothing was sent. Often a character went missing or came along when it was copied.</source>
        <translation>Gizli anahtar olarak girilen metin, {exchange} borsasının verdiği gizli anahtar olamaz: biçimi yanlış, bu yüzden hiçbir şey gönderilmedi. Bunun nedeni çoğu zaman kopyalarken bir karakterin eksik kalması ya da fazladan bir karakterin eklenmesidir.</translation>
    </message>
    <message>
        <source>Copy the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>Gizli anahtarı, {exchange} borsasının gösterdiği haliyle eksiksiz olarak yeniden kopyalayın. Gizli anahtar artık elinizde değilse anahtarı silin ve yeni bir anahtar oluşturun.</translation>
    </message>
    <message>
        <source>The answer tried to send the key elsewhere</source>
        <translation>Yanıt anahtarı başka bir yere göndermeye çalıştı</translation>
    </message>
    <message>
        <source>{exchange}&apos;s address answered with a redirect to another place. The wizard does not follow it: each request carries your key, and it goes only to the exchange&apos;s own address.</source>
        <translation>{exchange} adresi başka bir yere yönlendirmeyle yanıt verdi. Sihirbaz bunu izlemez: her istek anahtarınızı taşır ve yalnızca borsanın kendi adresine gider.</translation>
    </message>
    <message>
        <source>Check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers, then try again.</source>
        <translation>Bu bilgisayarın borsaya doğrudan, yanıtlarını değiştiren bir proxy veya ağ filtresi olmadan ulaştığını kontrol edin, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The answer was far too large</source>
        <translation>Yanıt çok büyüktü</translation>
    </message>
    <message>
        <source>{exchange} sent an answer of more than 4 MB where a few kilobytes are expected, so the wizard stopped reading it.</source>
        <translation>{exchange}, birkaç kilobayt beklenen yerde 4 MB&apos;tan büyük bir yanıt gönderdi; sihirbaz okumayı durdurdu.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers.</source>
        <translation>Daha sonra yeniden deneyin. Tekrarlarsa, bu bilgisayarın borsaya doğrudan, yanıtlarını değiştiren bir proxy veya ağ filtresi olmadan ulaştığını kontrol edin.</translation>
    </message>
    <message>
        <source>The key has expired</source>
        <translation>Anahtarın süresi doldu</translation>
    </message>
    <message>
        <source>{exchange} says this key has expired. Keys that are not limited to IP addresses end after a while, and a change of the account&apos;s password can end them sooner.</source>
        <translation>{exchange}, bu anahtarın süresinin dolduğunu bildiriyor. IP adresleriyle sınırlanmamış anahtarların süresi bir süre sonra dolar; hesabın şifresi değiştirilirse bu daha da erken olabilir.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, limit it to trusted IP addresses, and enter it here.</source>
        <translation>{exchange} borsasında yeni bir anahtar oluşturun, onu güvenilir IP adresleriyle sınırlayın ve buraya girin.</translation>
    </message>
    <message>
        <source>The passphrase does not match the key</source>
        <translation>Parola bu anahtarla eşleşmiyor</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the passphrase is not the one chosen when the key was made.</source>
        <translation>{exchange} bu API anahtarını tanıyor, ancak girilen parola, anahtar oluşturulurken seçilen parola değil.</translation>
    </message>
    <message>
        <source>Type the passphrase again, exactly, with the same capital letters. {exchange} cannot show it: if it is lost, make a new key.</source>
        <translation>Parolayı, büyük ve küçük harfleri de aynı olacak şekilde, tam olarak yeniden yazın. {exchange} parolayı size gösteremez: parolayı kaybettiyseniz yeni bir anahtar oluşturun.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Can withdraw</source>
        <translation>Para çekebiliyor</translation>
    </message>
    <message>
        <source>This key can send your coins out of {exchange}. Anyone who copies it could empty your account.</source>
        <translation>Bu anahtar coinlerinizi {exchange} hesabınızdan dışarı gönderebilir. Anahtarı kopyalayan herkes hesabınızı boşaltabilir.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch withdrawals off. A trading bot never needs them.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve &quot;Enable Withdrawals&quot; (para çekme) iznini kapatın. Bir alım satım botunun bu izne hiçbir zaman ihtiyacı olmaz.</translation>
    </message>
    <message>
        <source>Can trade futures</source>
        <translation>Vadeli işlem (futures) yapabiliyor</translation>
    </message>
    <message>
        <source>This key can open futures contracts: derivatives with leverage, not coins you own.</source>
        <translation>Bu anahtar vadeli işlem (futures) sözleşmeleri açabilir: bunlar sahip olduğunuz coinler değil, kaldıraçlı türev ürünlerdir.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch futures trading off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve vadeli işlem (futures) iznini kapatın.</translation>
    </message>
    <message>
        <source>Can borrow (margin)</source>
        <translation>Borç alabiliyor (marjin)</translation>
    </message>
    <message>
        <source>This key can borrow to trade. A margin loan charges interest, which is riba.</source>
        <translation>Bu anahtar alım satım yapmak için borç alabilir. Marjin borcu faizlidir, yani faiz (riba) içerir.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch margin and portfolio margin off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve marjin ile portföy marjini izinlerini kapatın.</translation>
    </message>
    <message>
        <source>Can trade options</source>
        <translation>Opsiyon işlemi yapabiliyor</translation>
    </message>
    <message>
        <source>This key can trade options, which are derivatives.</source>
        <translation>Bu anahtar opsiyon işlemi yapabiliyor; opsiyonlar türev ürünlerdir.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch options trading off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve opsiyon işlemi iznini kapatın.</translation>
    </message>
    <message>
        <source>Can move funds between wallets</source>
        <translation>Cüzdanlar arasında para aktarabiliyor</translation>
    </message>
    <message>
        <source>This key can move your funds between wallets and sub-accounts, for example into a futures wallet.</source>
        <translation>Bu anahtar paranızı cüzdanlar ve alt hesaplar arasında aktarabilir; örneğin bir vadeli işlem (futures) cüzdanına.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch universal transfer off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve &quot;Permits Universal Transfer&quot; (cüzdanlar arası transfer) iznini kapatın.</translation>
    </message>
    <message>
        <source>Can transfer to other accounts</source>
        <translation>Başka hesaplara para aktarabiliyor</translation>
    </message>
    <message>
        <source>This key can transfer funds to other accounts.</source>
        <translation>Bu anahtar başka hesaplara para aktarabiliyor.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch internal transfer off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve &quot;Enable Internal Transfer&quot; (başka hesaplara transfer) iznini kapatın.</translation>
    </message>
    <message>
        <source>Cannot read the account</source>
        <translation>Hesabı okuyamıyor</translation>
    </message>
    <message>
        <source>This key cannot read your account, so nothing can be checked and no bot can trade with it.</source>
        <translation>Bu anahtar hesabınızı okuyamıyor; bu yüzden hiçbir şey kontrol edilemez ve hiçbir bot bu anahtarla alım satım yapamaz.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch reading on.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve &quot;Enable Reading&quot; (okuma) iznini açın.</translation>
    </message>
    <message>
        <source>Read-only key</source>
        <translation>Yalnızca okuyabilen anahtar</translation>
    </message>
    <message>
        <source>This key can look but not trade. That suits a portfolio tracker, not a trading bot.</source>
        <translation>Bu anahtar hesabınızı görebilir ama alım satım yapamaz. Bu, bir portföy takip uygulaması için uygundur, bir alım satım botu için değil.</translation>
    </message>
    <message>
        <source>If a bot will trade for you, edit the key on {exchange} and switch spot trading on.</source>
        <translation>Sizin yerinize bir bot alım satım yapacaksa, {exchange} hesabınızda anahtarı düzenleyin ve spot alım satım iznini açın.</translation>
    </message>
    <message>
        <source>Usable from any address</source>
        <translation>Her adresten kullanılabiliyor</translation>
    </message>
    <message>
        <source>Whoever gets hold of this key can use it from any computer.</source>
        <translation>Bu anahtarı ele geçiren herkes onu herhangi bir bilgisayardan kullanabilir.</translation>
    </message>
    <message>
        <source>On {exchange}, limit the key to the IP addresses of the computer or service that will trade.</source>
        <translation>{exchange} hesabınızda anahtarı, alım satımı yapacak bilgisayarın veya hizmetin IP adresleriyle sınırlayın.</translation>
    </message>
    <message>
        <source>Time to replace this key</source>
        <translation>Bu anahtarı değiştirme zamanı geldi</translation>
    </message>
    <message>
        <source>This key is {days} days old. A key should be replaced every 90 days.</source>
        <translation>Bu anahtar {days} günlük. Bir anahtar her 90 günde bir değiştirilmelidir.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, then on the first page of this wizard choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>{exchange} borsasında yeni bir anahtar oluşturun, sonra bu sihirbazın ilk sayfasında &quot;Daha önce kurduğum bir anahtarı değiştir (yenile)&quot; seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Trading stops soon</source>
        <translation>Alım satım yakında kapanacak</translation>
    </message>
    <message>
        <source>{exchange} will switch off trading for this key on {date}. {why}</source>
        <translation>{exchange}, {date} tarihinde bu anahtarın alım satım iznini kapatacak. {why}</translation>
    </message>
    <message>
        <source>Limit the key to trusted IP addresses so that it does not expire, or make a new key before that date.</source>
        <translation>Anahtarın süresi dolmasın diye onu güvenilir IP adresleriyle sınırlayın ya da o tarihten önce yeni bir anahtar oluşturun.</translation>
    </message>
    <message>
        <source>Margin is open on the account</source>
        <translation>Hesapta marjin hesabı açık</translation>
    </message>
    <message>
        <source>Your {exchange} account has a margin account. A key that may trade spot can reach margin orders on such an account.</source>
        <translation>{exchange} hesabınızda bir marjin hesabı var. Spot alım satım yapabilen bir anahtar, böyle bir hesapta marjin emirleri de verebilir.</translation>
    </message>
    <message>
        <source>Repay anything borrowed, move the funds back to Spot and close margin in your {exchange} account settings.</source>
        <translation>Borç aldığınız her şeyi geri ödeyin, paranızı Spot cüzdanına geri aktarın ve {exchange} hesap ayarlarınızdan marjin hesabını kapatın.</translation>
    </message>
    <message>
        <source>Derivatives are open on the account</source>
        <translation>Hesapta türev ürün hesabı açık</translation>
    </message>
    <message>
        <source>Your {exchange} account has a futures or options account. This key cannot use it, but it is open on the account.</source>
        <translation>{exchange} hesabınızda bir vadeli işlem (futures) veya opsiyon hesabı var. Bu anahtar o hesabı kullanamaz, ama hesap yine de açık.</translation>
    </message>
    <message>
        <source>Close any open positions and leave those accounts unused, or close them in your {exchange} account settings.</source>
        <translation>Açık pozisyonları kapatın ve bu hesapları kullanmayın ya da onları {exchange} hesap ayarlarınızdan kapatın.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation>Bu bilgisayarın saati kaymış</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from {exchange}&apos;s by {skew_ms} ms. Exchanges refuse requests whose time is off.</source>
        <translation>Bu bilgisayarın saati ile {exchange} borsasının saati arasında {skew_ms} ms fark var. Borsalar, saati kaymış istekleri reddeder.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in this computer&apos;s date and time settings.</source>
        <translation>Bu bilgisayarın tarih ve saat ayarlarında &quot;Saati otomatik olarak ayarla&quot; seçeneğini açın.</translation>
    </message>
    <message>
        <source>A margin loan is open</source>
        <translation>Açık bir marjin borcu var</translation>
    </message>
    <message>
        <source>Your {exchange} account owes a margin loan right now, and interest is adding up.</source>
        <translation>{exchange} hesabınızın şu anda ödenmemiş bir marjin borcu var ve faiz (riba) birikiyor.</translation>
    </message>
    <message>
        <source>Repay the loan in your {exchange} margin wallet, then close margin.</source>
        <translation>{exchange} marjin cüzdanınızdaki borcu geri ödeyin, sonra marjin hesabını kapatın.</translation>
    </message>
    <message>
        <source>Derivatives positions are open</source>
        <translation>Açık türev pozisyonları var</translation>
    </message>
    <message>
        <source>Your {exchange} account holds open futures positions or funds in a derivatives wallet.</source>
        <translation>{exchange} hesabınızda açık vadeli işlem (futures) pozisyonları ya da bir türev ürün cüzdanında para var.</translation>
    </message>
    <message>
        <source>Close the positions and move the funds back to your Spot wallet.</source>
        <translation>Pozisyonları kapatın ve paranızı Spot cüzdanınıza geri aktarın.</translation>
    </message>
    <message>
        <source>Can put funds into Earn</source>
        <translation>Earn ürünlerine para aktarabiliyor</translation>
    </message>
    <message>
        <source>This key can move your coins into savings, staking, lending or other Earn products. What they pay is interest (riba), and the coins leave your spot wallet.</source>
        <translation>Bu anahtar coinlerinizi birikim, staking, borç verme ya da diğer Earn (kazanç) ürünlerine aktarabilir. Bu ürünlerin ödediği kazanç faizdir (riba) ve coinler spot cüzdanınızdan çıkar.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch Earn off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve &quot;Earn&quot; (kazanç ürünleri) iznini kapatın.</translation>
    </message>
    <message>
        <source>Can take a loan</source>
        <translation>Kredi çekebiliyor</translation>
    </message>
    <message>
        <source>This key can borrow through a loan product of {exchange}. A loan charges interest, which is riba.</source>
        <translation>Bu anahtar, {exchange} borsasının bir kredi ürünüyle borç alabilir. Kredi faizlidir, yani faiz (riba) içerir.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch loans off.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve kredi iznini kapatın.</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>Sihirbazın tanımadığı bir izin</translation>
    </message>
    <message>
        <source>{exchange} reports &quot;{name}&quot; switched on for this key. The wizard does not know what it allows, so it cannot call the key safe.</source>
        <translation>{exchange}, bu anahtar için &quot;{name}&quot; izninin açık olduğunu bildiriyor. Sihirbaz bu iznin neye izin verdiğini bilmiyor; bu yüzden anahtara güvenli diyemez.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch &quot;{name}&quot; off, then verify again.</source>
        <translation>{exchange} hesabınızda bu anahtarı düzenleyin ve &quot;{name}&quot; iznini kapatın, sonra yeniden doğrulayın.</translation>
    </message>
    <message>
        <source>No setting switches off {product}</source>
        <translation>{product} hiçbir ayarla kapatılamıyor</translation>
    </message>
    <message>
        <source>{does} No setting of the key or of the account stops that. {limit}</source>
        <translation>{does} Anahtarın ya da hesabın hiçbir ayarı bunu durduramaz. {limit}</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and look in your {exchange} account now and then for any loan or interest product you did not start.</source>
        <translation>Bu anahtarı yalnızca, spot alım satım dışında hiçbir şey yapmayacağına güvendiğiniz bir programa verin. {exchange} hesabınıza ara sıra bakın: sizin başlatmadığınız bir kredi ya da faizli ürün var mı, kontrol edin.</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and check now and then that your funds are where you left them.</source>
        <translation>Bu anahtarı yalnızca, spot alım satım dışında hiçbir şey yapmayacağına güvendiğiniz bir programa verin ve paranızın bıraktığınız yerde durduğunu ara sıra kontrol edin.</translation>
    </message>
    <message>
        <source>Not reported by {exchange}: {capability}</source>
        <translation>{exchange} bildirmiyor: {capability}</translation>
    </message>
    <message>
        <source>{exchange} does not tell whether this key can reach {capability}. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange}, bu anahtarın şuna erişip erişemediğini bildirmiyor: {capability}. Sihirbaz asla tahmin yürütmez: bunu kendiniz kontrol edin ve aşağıda işaretleyin.</translation>
    </message>
    <message>
        <source>On {exchange}, check that it is off.</source>
        <translation>{exchange} hesabınızda bunun kapalı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>{exchange} does not report whether this key is limited to trusted IP addresses. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange}, bu anahtarın güvenilir IP adresleriyle sınırlı olup olmadığını bildirmiyor. Sihirbaz asla tahmin yürütmez: bunu kendiniz kontrol edin ve aşağıda işaretleyin.</translation>
    </message>
    <message>
        <source>margin (borrowing to trade)</source>
        <translation>marjin (alım satım için borç alma)</translation>
    </message>
    <message>
        <source>I checked: margin is off</source>
        <translation>Kontrol ettim: marjin kapalı</translation>
    </message>
    <message>
        <source>futures and other derivatives</source>
        <translation>vadeli işlemler (futures) ve diğer türev ürünler</translation>
    </message>
    <message>
        <source>I checked: futures are off</source>
        <translation>Kontrol ettim: vadeli işlemler (futures) kapalı</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsiyonlar</translation>
    </message>
    <message>
        <source>I checked: options are off</source>
        <translation>Kontrol ettim: opsiyonlar kapalı</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>para çekme</translation>
    </message>
    <message>
        <source>I checked: withdrawals are off</source>
        <translation>Kontrol ettim: para çekme kapalı</translation>
    </message>
    <message>
        <source>transfers between wallets or accounts</source>
        <translation>cüzdanlar ya da hesaplar arasında transfer</translation>
    </message>
    <message>
        <source>I checked: transfers are off</source>
        <translation>Kontrol ettim: transferler kapalı</translation>
    </message>
    <message>
        <source>Earn, savings and staking</source>
        <translation>Earn (kazanç ürünleri), birikim ve staking</translation>
    </message>
    <message>
        <source>I checked: Earn is off</source>
        <translation>Kontrol ettim: Earn kapalı</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>krediler</translation>
    </message>
    <message>
        <source>I checked: loans are off</source>
        <translation>Kontrol ettim: krediler kapalı</translation>
    </message>
    <message>
        <source>a limit to trusted IP addresses</source>
        <translation>güvenilir IP adresleriyle sınırlama</translation>
    </message>
    <message>
        <source>I checked: the key is limited to trusted IP addresses</source>
        <translation>Kontrol ettim: anahtar güvenilir IP adresleriyle sınırlı</translation>
    </message>
    <message>
        <source>Right now the wallet it takes collateral from is empty: there is nothing to borrow against.</source>
        <translation>Şu anda teminatın alındığı cüzdan boş: karşılığında borç alınabilecek bir şey yok.</translation>
    </message>
    <message>
        <source>The wallet it takes collateral from holds coins now, so a loan could be taken against them.</source>
        <translation>Teminatın alındığı cüzdanda şu anda coin var; yani bu coinler karşılığında kredi çekilebilir.</translation>
    </message>
    <message>
        <source>A loan or a lending order of this kind is open on the account now.</source>
        <translation>Hesapta şu anda bu türden açık bir kredi ya da borç verme emri var.</translation>
    </message>
    <message>
        <source>It is offered only from VIP level 7, which this account has not reached.</source>
        <translation>Bu ürün yalnızca VIP level 7 (VIP 7. seviye) ve üzerine sunuluyor; bu hesap o seviyeye ulaşmadı.</translation>
    </message>
    <message>
        <source>This account&apos;s VIP level is high enough for it.</source>
        <translation>Bu hesabın VIP level (VIP seviyesi) değeri bunun için yeterince yüksek.</translation>
    </message>
    <message>
        <source>{exchange} ends keys that are not limited to IP addresses after 90 days, and sooner after a change of the account&apos;s password.</source>
        <translation>{exchange}, IP adresleriyle sınırlanmamış anahtarları 90 gün sonra, hesabın şifresi değiştirilirse daha da erken sona erdirir.</translation>
    </message>
    <message>
        <source>{exchange} takes trading away from keys that are not limited to IP addresses.</source>
        <translation>{exchange}, IP adresleriyle sınırlanmamış anahtarların alım satım iznini kaldırır.</translation>
    </message>
    <message>
        <source>The key was made with this end date.</source>
        <translation>Anahtar bu bitiş tarihiyle oluşturulmuş.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key and untick every contract and derivatives box. A unified account ticks them on new keys unless you untick them.</source>
        <translation>Bybit hesabınızda bu anahtarı düzenleyin ve tüm sözleşme (&quot;Contracts&quot;) ve türev ürün kutularının işaretini kaldırın. Birleşik hesapta (&quot;Unified Trading Account&quot;) Bybit, siz kaldırmadıkça bu kutuları yeni anahtarlarda işaretli getirir.</translation>
    </message>
    <message>
        <source>On Bybit, repay any loan and switch spot margin trading off. While it is on, any spot order of this key may borrow.</source>
        <translation>Bybit hesabınızda varsa borcu geri ödeyin ve spot marjin işlemlerini kapatın. Bu özellik açıkken bu anahtarın verdiği her spot emir borç alabilir.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings and change the account mode to Spot mode (close positions and repay loans first). In any other mode a trading key can also trade futures.</source>
        <translation>OKX&apos;te önce pozisyonları kapatın ve borçları geri ödeyin; ardından alım satım ayarlarını açın ve hesap modunu &quot;Spot mode&quot; (Spot modu) yapın. Başka herhangi bir modda alım satım anahtarı vadeli işlem (futures) de yapabilir.</translation>
    </message>
    <message>
        <source>On OKX, repay every loan, switch auto-borrow off and change the account mode to Spot mode in the trading settings.</source>
        <translation>OKX&apos;te tüm borçları geri ödeyin, otomatik borçlanmayı (&quot;Auto-borrow&quot;) kapatın ve alım satım ayarlarından hesap modunu &quot;Spot mode&quot; (Spot modu) yapın.</translation>
    </message>
    <message>
        <source>Options are activated on this OKX account, and a trading key there can buy them in any account mode. If OKX does not let you switch them off, make a sub-account (new ones start without options), move the funds there and make the key in it.</source>
        <translation>Bu OKX hesabında opsiyonlar etkinleştirilmiş; buradaki bir alım satım anahtarı, hesap modu ne olursa olsun opsiyon alabilir. OKX opsiyonları kapatmanıza izin vermiyorsa bir alt hesap oluşturun (yeni alt hesaplar opsiyonsuz başlar), paranızı oraya aktarın ve anahtarı o alt hesapta oluşturun.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key: untick Withdraw Funds and both withdrawal address boxes.</source>
        <translation>Kraken hesabınızda bu anahtarı düzenleyin: &quot;Withdraw Funds&quot; (Para çekme) kutusunun ve para çekme adresiyle ilgili iki kutunun işaretini kaldırın.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Query Funds: Kraken lets a key with it move funds into a Kraken Futures wallet. Orders, trades and the ledger stay readable; the wizard then cannot show your balances.</source>
        <translation>Kraken hesabınızda bu anahtarı düzenleyin ve &quot;Query Funds&quot; (Bakiyeleri sorgulama) kutusunun işaretini kaldırın: Kraken, bu izne sahip bir anahtarın parayı bir Kraken Futures cüzdanına aktarmasına izin verir. Emirler, işlemler ve hesap hareketleri (ledger) okunabilir kalır; ancak sihirbaz bu durumda bakiyelerinizi gösteremez.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Withdraw Funds: it also moves funds between an account and its sub-accounts.</source>
        <translation>Kraken hesabınızda bu anahtarı düzenleyin ve &quot;Withdraw Funds&quot; (Para çekme) kutusunun işaretini kaldırın: bu izin, parayı bir hesap ile onun alt hesapları arasında da aktarır.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key: untick Withdrawal, and every Fiat, P2P, Bybit Pay and Card box.</source>
        <translation>Bybit hesabınızda bu anahtarı düzenleyin: &quot;Withdrawal&quot; (Para çekme) kutusunun ve tüm &quot;Fiat&quot;, &quot;P2P&quot;, &quot;Bybit Pay&quot; ve &quot;Card&quot; (Kart) kutularının işaretini kaldırın.</translation>
    </message>
    <message>
        <source>On OKX, bind this key to the IP addresses of the computer or service that will trade. OKX lets an unbound trading key expire after 14 days without use.</source>
        <translation>OKX hesabınızda bu anahtarı, alım satımı yapacak bilgisayarın veya hizmetin IP adreslerine bağlayın. OKX&apos;te IP adresine bağlanmamış bir alım satım anahtarı 14 gün kullanılmazsa süresi dolar.</translation>
    </message>
    <message>
        <source>On Binance, limit this key to the IP addresses of the computer or service that will trade. Binance takes trading away from unrestricted keys, and may delete them.</source>
        <translation>Binance hesabınızda bu anahtarı, alım satımı yapacak bilgisayarın veya hizmetin IP adresleriyle sınırlayın. Binance, kısıtlanmamış anahtarların alım satım iznini kaldırır ve bu anahtarları silebilir.</translation>
    </message>
    <message>
        <source>{exchange} does not report the rows marked with a question mark. The wizard never guesses them: each one is listed with where to check it yourself.</source>
        <translation>{exchange}, soru işaretiyle gösterilen satırları bildirmiyor. Sihirbaz bunları asla tahmin etmez: her birinin yanında, onu kendiniz nerede kontrol edebileceğiniz yazılıdır.</translation>
    </message>
    <message>
        <source>Confirmed by you on {date}: {exchange} does not report it.</source>
        <translation>{date} tarihinde siz onayladınız: {exchange} bunu bildirmiyor.</translation>
    </message>
    <message>
        <source>This key belongs to a perpetual futures (INTX) portfolio. On Coinbase, make a new key for your default portfolio and delete this one.</source>
        <translation>Bu anahtar bir süresiz sözleşme (INTX) portföyüne ait. Coinbase&apos;te varsayılan portföyünüz (&quot;Default&quot;) için yeni bir anahtar oluşturun ve bu anahtarı silin.</translation>
    </message>
    <message>
        <source>On Coinbase, make a new key with only View and Trade ticked (no Transfer), then delete this one.</source>
        <translation>Coinbase&apos;te yalnızca &quot;View&quot; (Görüntüleme) ve &quot;Trade&quot; (Alım Satım) kutuları işaretli yeni bir anahtar oluşturun; &quot;Transfer&quot; (Para transferi) işaretli olmasın. Sonra bu anahtarı silin.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can move your coins into Simple Earn and staking, and Binance names no permission at all for Dual Investment and Soft Staking: all of them pay interest.</source>
        <translation>Spot alım satım yapabilen bir Binance anahtarı coinlerinizi Simple Earn (kazanç ürünü) ve staking ürünlerine aktarabilir; Binance, Dual Investment (ikili yatırım) ve Soft Staking için ise hiçbir izin belirtmiyor: bunların hepsi faiz öder.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot may also be able to take a Crypto Loan against your coins: Binance names the spot trading permission for changing such a loan, and no permission at all for taking one.</source>
        <translation>Spot alım satım yapabilen bir Binance anahtarı, coinleriniz karşılığında bir Crypto Loan (kripto kredi) de çekebiliyor olabilir: Binance böyle bir krediyi değiştirmek için spot alım satım iznini gösteriyor, kredi çekmek için ise hiçbir izin belirtmiyor.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can create a margin &quot;special key&quot;: a new key that trades with borrowed funds.</source>
        <translation>Spot alım satım yapabilen bir Binance anahtarı, marjin için bir &quot;special key&quot; (özel anahtar) oluşturabilir: borç alınmış parayla alım satım yapan yeni bir anahtar.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Margin Loan, Repay &amp; Transfer&quot; must be unticked.</source>
        <translation>Binance&apos;te &quot;API Management&quot; (API Yönetimi) sayfasını açın ve &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın: &quot;Enable Margin Loan, Repay &amp; Transfer&quot; işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Futures&quot; must be unticked.</source>
        <translation>Binance&apos;te &quot;API Management&quot; (API Yönetimi) sayfasını açın ve &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın: &quot;Enable Futures&quot; işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable European Options&quot; must be unticked.</source>
        <translation>Binance&apos;te &quot;API Management&quot; (API Yönetimi) sayfasını açın ve &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın: &quot;Enable European Options&quot; işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Withdrawals&quot; must be unticked.</source>
        <translation>Binance&apos;te &quot;API Management&quot; (API Yönetimi) sayfasını açın ve &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın: &quot;Enable Withdrawals&quot; işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Permits Universal Transfer&quot; and &quot;Enable Internal Transfer&quot; must be unticked.</source>
        <translation>Binance&apos;te &quot;API Management&quot; (API Yönetimi) sayfasını açın ve &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın: &quot;Permits Universal Transfer&quot; ve &quot;Enable Internal Transfer&quot; işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Binance, open Earn: you should hold no Simple Earn, staking or Dual Investment positions.</source>
        <translation>Binance&apos;te &quot;Earn&quot; (Kazanç ürünleri) sayfasını açın: hiçbir Simple Earn, staking ya da Dual Investment pozisyonunuz olmamalı.</translation>
    </message>
    <message>
        <source>On Binance, open Loans: no Crypto Loan may be open.</source>
        <translation>Binance&apos;te &quot;Loans&quot; (Krediler) sayfasını açın: açık hiçbir Crypto Loan (kripto kredi) olmamalı.</translation>
    </message>
    <message>
        <source>On Binance, open API Management: this key must show &quot;Restrict access to trusted IPs only&quot; with your addresses.</source>
        <translation>Binance&apos;te &quot;API Management&quot; (API Yönetimi) sayfasını açın: bu anahtarda &quot;Restrict access to trusted IPs only&quot; (Erişimi yalnızca güvenilir IP&apos;lerle sınırla) seçeneği, sizin adreslerinizle birlikte görünmeli.</translation>
    </message>
    <message>
        <source>Any key that may trade spot on Bybit can also take a Crypto Loan against your coins, or lend them out for interest, with coins from your Funding wallet.</source>
        <translation>Bybit&apos;te spot alım satım yapabilen her anahtar, Funding wallet (Fonlama cüzdanı) içindeki coinlerinizi kullanarak onların karşılığında bir Crypto Loan (kripto kredi) de çekebilir ya da onları faizle borç verebilir.</translation>
    </message>
    <message>
        <source>On Bybit, open the spot trading page: the Margin switch beside the order form must be off, and spot margin never activated (Bybit&apos;s margin quiz never taken). Once it is activated, a trading key may switch it on by itself.</source>
        <translation>Bybit&apos;te spot alım satım sayfasını açın: emir formunun yanındaki &quot;Margin&quot; (Marjin) düğmesi kapalı olmalı ve spot marjin hiç etkinleştirilmemiş olmalı (yani Bybit&apos;in marjin testini hiç çözmemiş olmalısınız). Spot marjin bir kez etkinleştirildiyse, bir alım satım anahtarı onu kendi başına açabilir.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: every Contracts, Unified Trading and USDC Contracts box must be unticked.</source>
        <translation>Bybit&apos;te &quot;API&quot; sayfasını açın, ardından bu anahtarın yanındaki &quot;Edit&quot; (Düzenle) düğmesine tıklayın: tüm &quot;Contracts&quot; (Sözleşmeler), &quot;Unified Trading&quot; (Birleşik Hesap) ve &quot;USDC Contracts&quot; (USDC Sözleşmeleri) kutuları işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the USDC Contracts box must be unticked.</source>
        <translation>Bybit&apos;te &quot;API&quot; sayfasını açın, ardından bu anahtarın yanındaki &quot;Edit&quot; (Düzenle) düğmesine tıklayın: &quot;USDC Contracts&quot; (USDC Sözleşmeleri) kutusu işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Wallet Withdrawal and every Fiat, P2P, Pay and Card box must be unticked.</source>
        <translation>Bybit&apos;te &quot;API&quot; sayfasını açın, ardından bu anahtarın yanındaki &quot;Edit&quot; (Düzenle) düğmesine tıklayın: &quot;Wallet Withdrawal&quot; (Cüzdan: Para Çekme) kutusu ile tüm &quot;Fiat&quot;, &quot;P2P&quot;, &quot;Pay&quot; ve &quot;Card&quot; (Kart) kutuları işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Account Transfer and Subaccount Transfer must be unticked.</source>
        <translation>Bybit&apos;te &quot;API&quot; sayfasını açın, ardından bu anahtarın yanındaki &quot;Edit&quot; (Düzenle) düğmesine tıklayın: &quot;Account Transfer&quot; (Hesap Transferi) ve &quot;Subaccount Transfer&quot; (Alt Hesap Transferi) işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the Earn box must be unticked.</source>
        <translation>Bybit&apos;te &quot;API&quot; sayfasını açın, ardından bu anahtarın yanındaki &quot;Edit&quot; (Düzenle) düğmesine tıklayın: &quot;Earn&quot; (Kazanç ürünleri) kutusu işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Bybit, open Finance, then Crypto Loan: no loan may be open. Any key that trades spot can take one.</source>
        <translation>Bybit&apos;te &quot;Finance&quot; (Finans), ardından &quot;Crypto Loan&quot; (Kripto kredi) sayfasını açın: açık hiçbir kredi olmamalı. Spot alım satım yapan her anahtar kredi çekebilir.</translation>
    </message>
    <message>
        <source>On Bybit, open API: this key must show the IP addresses it is limited to.</source>
        <translation>Bybit&apos;te &quot;API&quot; sayfasını açın: bu anahtarın yanında, sınırlandığı IP adresleri görünmeli.</translation>
    </message>
    <message>
        <source>On Coinbase, spot orders cannot borrow; check that you have no futures or perpetuals account either (Settings, then Derivatives).</source>
        <translation>Coinbase&apos;te spot emirler borç alamaz; vadeli işlem (futures) ya da süresiz sözleşme (perpetuals) hesabınızın da olmadığını kontrol edin: &quot;Settings&quot; (Ayarlar), ardından &quot;Derivatives&quot; (Türev Ürünler).</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for futures or perpetuals (derivatives). Where you have, any trading key can trade them.</source>
        <translation>Coinbase&apos;te &quot;Settings&quot; (Ayarlar) sayfasını açın: vadeli işlemlere (futures) ya da süresiz sözleşmelere (perpetuals) kaydolmamış olmalısınız; bunlar türev ürünlerdir. Kaydolduysanız her alım satım anahtarı bunlarla işlem yapabilir.</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for derivatives. Where you have, any trading key can trade them.</source>
        <translation>Coinbase&apos;te &quot;Settings&quot; (Ayarlar) sayfasını açın: türev ürünlere kaydolmamış olmalısınız. Kaydolduysanız her alım satım anahtarı bunlarla işlem yapabilir.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys: this key must have View and Trade only, without Transfer.</source>
        <translation>&quot;Coinbase Developer Platform&quot; (Coinbase Geliştirici Platformu) üzerinde &quot;API Keys&quot; (API Anahtarları) sayfasını açın: bu anahtarda yalnızca &quot;View&quot; (Görüntüleme) ve &quot;Trade&quot; (Alım Satım) olmalı, &quot;Transfer&quot; (Para transferi) olmamalı.</translation>
    </message>
    <message>
        <source>On Coinbase, staking and rewards are switched in the app, not by keys.</source>
        <translation>Coinbase&apos;te staking ve ödüller (rewards) anahtarlarla değil, uygulamanın içinden açılıp kapatılır.</translation>
    </message>
    <message>
        <source>On Coinbase, open Borrow: no loan may be open.</source>
        <translation>Coinbase&apos;te &quot;Borrow&quot; (Borç al) sayfasını açın: açık hiçbir kredi olmamalı.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys, then this key: its IP allowlist must list your addresses. Coinbase does not report it.</source>
        <translation>&quot;Coinbase Developer Platform&quot; (Coinbase Geliştirici Platformu) üzerinde &quot;API Keys&quot; (API Anahtarları) sayfasını, ardından bu anahtarı açın: anahtarın &quot;IP allowlist&quot; (IP izin listesi) bölümünde sizin adresleriniz yazılı olmalı. Coinbase bunu bildirmiyor.</translation>
    </message>
    <message>
        <source>On Kraken Pro, open the order form of any pair: if it offers Margin or leverage, any trading key of your account can borrow, and no setting stops it. Tick this only if it offers none.</source>
        <translation>&quot;Kraken Pro&quot; üzerinde herhangi bir paritenin emir formunu açın: form &quot;Margin&quot; (Marjin) ya da kaldıraç sunuyorsa, hesabınızdaki her alım satım anahtarı borç alabilir ve hiçbir ayar bunu durduramaz. Bunu yalnızca form bunların hiçbirini sunmuyorsa işaretleyin.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API: this key must be a spot key (Kraken Futures keys are made apart).</source>
        <translation>Kraken&apos;de &quot;Settings&quot; (Ayarlar), ardından &quot;API&quot; sayfasını açın: bu anahtar bir spot anahtarı olmalı (Kraken Futures anahtarları ayrı oluşturulur).</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Withdraw Funds and both withdrawal address boxes must be unticked.</source>
        <translation>Kraken&apos;de &quot;Settings&quot; (Ayarlar), ardından &quot;API&quot; sayfasını, sonra bu anahtarı açın: &quot;Withdraw Funds&quot; (Para çekme) kutusu ve para çekme adresiyle ilgili iki kutu işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Query Funds and Withdraw Funds must be unticked.</source>
        <translation>Kraken&apos;de &quot;Settings&quot; (Ayarlar), ardından &quot;API&quot; sayfasını, sonra bu anahtarı açın: &quot;Query Funds&quot; (Bakiyeleri sorgulama) ve &quot;Withdraw Funds&quot; (Para çekme) işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Earn Funds must be unticked.</source>
        <translation>Kraken&apos;de &quot;Settings&quot; (Ayarlar), ardından &quot;API&quot; sayfasını, sonra bu anahtarı açın: &quot;Earn Funds&quot; (Kazanç ürünlerine para aktarma) işaretsiz olmalı.</translation>
    </message>
    <message>
        <source>On Kraken, no loan product is open to API keys: check that you have none.</source>
        <translation>Kraken&apos;de API anahtarlarının kullanabileceği bir kredi ürünü yok: hiç krediniz olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: IP address restriction must list your addresses.</source>
        <translation>Kraken&apos;de &quot;Settings&quot; (Ayarlar), ardından &quot;API&quot; sayfasını, sonra bu anahtarı açın: &quot;IP address restriction&quot; (IP adresi kısıtlaması) bölümünde sizin adresleriniz yazılı olmalı.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move your coins into Simple Earn, lending, staking and other Earn products, which pay interest.</source>
        <translation>Alım satım yapabilen her OKX anahtarı, coinlerinizi Simple Earn, borç verme, staking ve diğer Earn (kazanç) ürünlerine de aktarabilir; bu ürünler faiz öder.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade may also take a Flexible Loan against the coins in your funding account.</source>
        <translation>Alım satım yapabilen her OKX anahtarı, fonlama hesabınızdaki (funding account) coinler karşılığında bir Flexible Loan (esnek kredi) de çekebilir.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move funds between your funding and trading accounts, and from a main account to its sub-accounts.</source>
        <translation>Alım satım yapabilen her OKX anahtarı, parayı fonlama (funding) ve alım satım (trading) hesaplarınız arasında, ayrıca bir ana hesaptan onun alt hesaplarına da aktarabilir.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode with borrowing off, and you must never have used any other mode: a trading key can switch back to a mode used before.</source>
        <translation>OKX&apos;te alım satım ayarlarını açın: hesap modu &quot;Spot mode&quot; (Spot modu) olmalı, borç alma kapalı olmalı ve başka hiçbir modu hiç kullanmamış olmalısınız: bir alım satım anahtarı, daha önce kullanılmış bir moda geri geçebilir.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode, and you must never have used Futures, Multi-currency margin or Portfolio margin mode: a trading key can switch back to a mode used before.</source>
        <translation>OKX&apos;te alım satım ayarlarını açın: hesap modu &quot;Spot mode&quot; (Spot modu) olmalı ve &quot;Futures&quot; (Vadeli işlemler), &quot;Multi-currency margin&quot; (Çoklu para birimi marjini) ya da &quot;Portfolio margin&quot; (Portföy marjini) modunu hiç kullanmamış olmalısınız: bir alım satım anahtarı, daha önce kullanılmış bir moda geri geçebilir.</translation>
    </message>
    <message>
        <source>On OKX, options must not be activated. A trading key can activate them itself once your trading account holds more than 10,000 USD: keep it below that, or use a sub-account.</source>
        <translation>OKX&apos;te opsiyonlar etkinleştirilmemiş olmalı. Alım satım hesabınızda 10.000 USD&apos;den fazla para olduğunda bir alım satım anahtarı opsiyonları kendi başına etkinleştirebilir: hesaptaki tutarı bunun altında tutun ya da bir alt hesap kullanın.</translation>
    </message>
    <message>
        <source>On OKX, open API: the key&apos;s permissions must be Read and Trade only, without Withdraw.</source>
        <translation>OKX&apos;te &quot;API&quot; sayfasını açın: anahtarın izinleri yalnızca &quot;Read&quot; (Okuma) ve &quot;Trade&quot; (Alım Satım) olmalı, &quot;Withdraw&quot; (Para çekme) olmamalı.</translation>
    </message>
    <message>
        <source>On OKX, open Earn: you should hold no savings, staking or other Earn products.</source>
        <translation>OKX&apos;te &quot;Earn&quot; (Kazanç ürünleri) sayfasını açın: hiçbir birikim, staking ya da başka bir Earn ürününüz olmamalı.</translation>
    </message>
    <message>
        <source>On OKX, open Loan: no Flexible Loan may be open.</source>
        <translation>OKX&apos;te &quot;Loan&quot; (Kredi) sayfasını açın: açık hiçbir Flexible Loan (esnek kredi) olmamalı.</translation>
    </message>
    <message>
        <source>On OKX, open API: this key must show the IP addresses it is bound to.</source>
        <translation>OKX&apos;te &quot;API&quot; sayfasını açın: bu anahtarın yanında, bağlı olduğu IP adresleri görünmeli.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>My key may have leaked</source>
        <translation>Anahtarım başkasının eline geçmiş olabilir</translation>
    </message>
    <message>
        <source>Open the exchange yourself: type its address or use its app. Do not follow a link from an email or a message.</source>
        <translation>Borsayı kendiniz açın: adresini kendiniz yazın ya da borsanın uygulamasını kullanın. E-postadaki veya bir mesajdaki bağlantıya tıklamayın.</translation>
    </message>
    <message>
        <source>Go to API Management and delete the key. It stops working at once, wherever it was copied to.</source>
        <translation>&quot;API Management&quot; (API Yönetimi) bölümüne gidin ve anahtarı silin. Anahtar, nereye kopyalanmış olursa olsun hemen çalışmaz hale gelir.</translation>
    </message>
    <message>
        <source>Look through your open orders and recent trades for anything you did not do.</source>
        <translation>Açık emirlerinize ve son işlemlerinize bakın; sizin yapmadığınız bir şey var mı kontrol edin.</translation>
    </message>
    <message>
        <source>If something is wrong, contact the exchange&apos;s support and send them the times and order numbers you found.</source>
        <translation>Bir sorun varsa borsanın destek ekibine başvurun ve bulduğunuz saatleri ve emir numaralarını onlara gönderin.</translation>
    </message>
    <message>
        <source>Make a new key, then replace the old one here: on the first page choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>Yeni bir anahtar oluşturun, sonra eskisini burada değiştirin: ilk sayfada &quot;Daha önce kurduğum bir anahtarı değiştir (yenile)&quot; seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Check that your account&apos;s two-factor sign-in and email address are still yours.</source>
        <translation>Hesabınızdaki iki adımlı doğrulamanın (2FA) ve e-posta adresinin hâlâ size ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Why must withdrawals stay off?</source>
        <translation>Para çekme izni neden kapalı kalmalı?</translation>
    </message>
    <message>
        <source>A trading bot only buys and sells inside your account. With withdrawals off, even a stolen key cannot move your coins out.</source>
        <translation>Bir alım satım botu yalnızca hesabınızın içinde alım satım yapar. Para çekme kapalıyken, çalınmış bir anahtar bile coinlerinizi hesabınızdan dışarı çıkaramaz.</translation>
    </message>
    <message>
        <source>Why limit the key to IP addresses?</source>
        <translation>Anahtarı neden belirli IP adresleriyle sınırlamalıyım?</translation>
    </message>
    <message>
        <source>The exchange then refuses the key from any other computer, so a copied key is useless to a thief.</source>
        <translation>Bu durumda borsa, anahtarı başka hiçbir bilgisayardan kabul etmez; kopyalanmış bir anahtar hırsızın işine yaramaz.</translation>
    </message>
    <message>
        <source>I switched on futures or margin before. What now?</source>
        <translation>Daha önce vadeli işlemleri (futures) veya marjini açmıştım. Şimdi ne yapmalıyım?</translation>
    </message>
    <message>
        <source>Close every open position, repay any loan, move the funds back to Spot, and close those accounts. Then make a new key: the old one may carry the old permissions.</source>
        <translation>Tüm açık pozisyonları kapatın, varsa borcu geri ödeyin, paranızı Spot cüzdanına geri aktarın ve bu hesapları kapatın. Sonra yeni bir anahtar oluşturun: eski anahtar eski izinleri taşıyor olabilir.</translation>
    </message>
    <message>
        <source>How often should I replace the key?</source>
        <translation>Anahtarı ne sıklıkla değiştirmeliyim?</translation>
    </message>
    <message>
        <source>Every 90 days, or at once if you think it leaked. The wizard tells you when the date comes.</source>
        <translation>Her 90 günde bir; sızdığını düşünüyorsanız hemen. Zamanı geldiğinde sihirbaz size söyler.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Set up a trading key that can buy and sell, and nothing more.</source>
        <translation>Alım satım yapabilen ama başka hiçbir şey yapamayan bir işlem anahtarı kurun.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that only buys and sells coins you own, then asks the exchange what the key can really do.</source>
        <translation>Bir alım satım programı borsa hesabınıza bir anahtar ister. Bu sihirbaz yalnızca sahip olduğunuz coinleri alıp satan bir anahtar oluşturmanıza yardım eder, sonra borsaya anahtarın gerçekte neler yapabildiğini sorar.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that trades spot: buy and sell coins you own outright, with borrowing (riba), futures and other derivatives, and moving your money out switched off wherever the exchange lets you. Where it does not, the check says so plainly.</source>
        <translation>Bir alım satım programının borsa hesabınıza erişmesi için bir anahtar gerekir. Bu sihirbaz, spot işlem yapan bir anahtar oluşturmanıza yardım eder: yani tamamen size ait coinleri alıp satan bir anahtar. Faizli borç alma (riba), vadeli işlemler (futures) ve diğer türev ürünler ile paranızı hesabınızdan dışarı çıkarma, borsanın izin verdiği her yerde kapatılır. Borsa buna izin vermiyorsa kontrol bunu size açıkça söyler.</translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation>Sonunda sihirbaz, bu anahtarın gerçekte neler yapabildiğini borsaya sorar ve size gösterir.</translation>
    </message>
    <message>
        <source>Your key is checked. Here is what happens next.</source>
        <translation>Anahtarınız kontrol edildi. Bundan sonra olacaklar şunlar.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity.</source>
        <translation>Hesabınızı kim yönetiyorsa, o hesapta oluşturulan her anahtarı da o yönetir. Hesabınızı iki şey korur: her girişte bir doğrulama uygulamasından gelen kod ve doğrulanmış bir kimlik.</translation>
    </message>
    <message>
        <source>Keep futures and margin off</source>
        <translation>Vadeli işlemleri (futures) ve marjini kapalı tutun</translation>
    </message>
    <message>
        <source>Halal spot trading never needs them.</source>
        <translation>Helal spot alım satımın bunlara hiçbir zaman ihtiyacı olmaz.</translation>
    </message>
    <message>
        <source>Futures, options and perpetual contracts are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba).</source>
        <translation>Vadeli işlemler (futures), opsiyonlar ve süresiz sözleşmeler (perpetual) türev ürünlerdir: sahip olduğunuz coinler değil, bir fiyat üzerine yapılan sözleşmelerdir. Marjin ise faizle borç almaktır, yani faizdir (riba).</translation>
    </message>
    <message>
        <source>I hold no futures, perpetual or options positions</source>
        <translation>Vadeli işlem (futures), süresiz sözleşme (perpetual) veya opsiyon pozisyonum yok</translation>
    </message>
    <message>
        <source>Name it so you recognise it later:</source>
        <translation>Sonradan tanıyabilmeniz için anahtara bir ad verin:</translation>
    </message>
    <message>
        <source>The secret is shown only once, right after the key is made. Keep that page open until this wizard has it.</source>
        <translation>Gizli anahtar yalnızca bir kez, anahtar oluşturulduktan hemen sonra gösterilir. Bu sihirbaz gizli anahtarı alana kadar o sayfayı açık tutun.</translation>
    </message>
    <message>
        <source>Set the new key&apos;s boxes as shown here.</source>
        <translation>Yeni anahtarın kutularını burada gösterildiği gibi ayarlayın.</translation>
    </message>
    <message>
        <source>The key&apos;s boxes match the picture and are saved</source>
        <translation>Anahtarın kutuları resimdekilerle aynı ve kaydedildi</translation>
    </message>
    <message>
        <source>Riba: some of these rewards are interest on a loan.</source>
        <translation>Faiz (riba): bu kazançların bir kısmı, borç olarak verilen paranın faizidir.</translation>
    </message>
    <message>
        <source>If you skip this, the key keeps working from anywhere, so anyone who copies it can use it.</source>
        <translation>Bu adımı atlarsanız anahtar her yerden çalışmaya devam eder; yani anahtarı kopyalayan herkes onu kullanabilir.</translation>
    </message>
    <message>
        <source>With the list set, a copied key is useless anywhere else.</source>
        <translation>Liste ayarlanınca, kopyalanmış bir anahtar başka hiçbir yerde işe yaramaz.</translation>
    </message>
    <message>
        <source>Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>Hangi adresleri gireceğinizi alım satım hizmetiniz size söyler. Henüz adresiniz yoksa devam edebilirsiniz: kontrol sırasında bir uyarı görürsünüz ve adresleri daha sonra ekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Secure your Binance account</source>
        <translation>Binance hesabınızı güvene alın</translation>
    </message>
    <message>
        <source>Before making a key, make sure only you can sign in.</source>
        <translation>Anahtar oluşturmadan önce hesabınıza yalnızca sizin girebildiğinizden emin olun.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity, which Binance needs before it allows keys.</source>
        <translation>Hesabınızı kim yönetiyorsa, o hesapta oluşturulan her anahtarı da o yönetir. Hesabınızı iki şey korur: her girişte bir doğrulama uygulamasından gelen kod ve Binance&apos;in anahtar oluşturmaya izin vermeden önce istediği kimlik doğrulaması.</translation>
    </message>
    <message>
        <source>Two-factor sign-in uses an authenticator app (not SMS)</source>
        <translation>İki adımlı doğrulama (2FA) için doğrulama uygulaması kullanılıyor (SMS değil)</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Security, then Two-Factor Authentication. Choose Authenticator App and follow the steps. SMS codes can be stolen by taking over your phone number, so switch SMS off once the app works.</source>
        <translation>Binance&apos;te: profil simgeniz, ardından &quot;Security&quot; (Güvenlik), ardından &quot;Two-Factor Authentication&quot; (İki Faktörlü Kimlik Doğrulama). &quot;Authenticator App&quot; (Doğrulama Uygulaması) seçeneğini seçin ve adımları izleyin. Telefon numaranızı ele geçiren biri SMS kodlarını çalabilir; bu yüzden uygulama çalışınca SMS&apos;i kapatın.</translation>
    </message>
    <message>
        <source>My identity is verified on Binance</source>
        <translation>Binance&apos;te kimliğim doğrulandı</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Identification. If it says Verified, you are done. If not, follow the steps there; it asks for an ID document. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Binance&apos;te: profil simgeniz, ardından &quot;Identification&quot; (Kimlik Doğrulama). &quot;Verified&quot; (Doğrulandı) yazıyorsa bu adım tamam. Yazmıyorsa oradaki adımları izleyin; sizden bir kimlik belgesi istenir. Kimliğinizi doğrulamak yasal bir zorunluluktur ve helal alım satımla çelişmez.</translation>
    </message>
    <message>
        <source>Leveraged tokens are derivatives too. On Binance each of these must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation>Kaldıraçlı tokenlar da türev üründür. Binance&apos;te bunların her birinin bilerek açılması gerekir; bu yüzden yeni bir hesapta hiçbiri yoktur. Onları kapalı bırakın.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Futures wallet, or it holds nothing</source>
        <translation>&quot;Wallet › Overview&quot; (Cüzdan › Genel Bakış) sayfasında Futures cüzdanı görünmüyor ya da cüzdan boş</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one: tick this. If it is listed, close its positions and transfer its funds to Spot until it shows nothing.</source>
        <translation>Binance&apos;te: &quot;Wallet&quot; (Cüzdan), ardından &quot;Overview&quot; (Genel Bakış). Listede Futures cüzdanı yoksa hiç açmamışsınız demektir: bunu işaretleyin. Varsa oradaki pozisyonları kapatın ve cüzdan boş görünene kadar içindeki parayı Spot cüzdanına aktarın.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Margin wallet, or it holds nothing</source>
        <translation>&quot;Wallet › Overview&quot; (Cüzdan › Genel Bakış) sayfasında Margin cüzdanı görünmüyor ya da cüzdan boş</translation>
    </message>
    <message>
        <source>I never opened Options, Leveraged Tokens or Portfolio Margin</source>
        <translation>Options (Opsiyonlar), Leveraged Tokens (Kaldıraçlı Tokenlar) veya Portfolio Margin (Portföy Marjini) ürünlerini hiç açmadım</translation>
    </message>
    <message>
        <source>On Binance, in your main account: profile icon, API Management, Create API.</source>
        <translation>Binance&apos;te, ana hesabınızda: profil simgesi, &quot;API Management&quot; (API Yönetimi), &quot;Create API&quot; (API Oluştur).</translation>
    </message>
    <message>
        <source>Make it in your main account: a sub-account&apos;s trading key can move that sub-account&apos;s funds to other accounts.</source>
        <translation>Anahtarı ana hesabınızda oluşturun: bir alt hesabın alım satım anahtarı, o alt hesaptaki parayı başka hesaplara aktarabilir.</translation>
    </message>
    <message>
        <source>Click Edit restrictions on the new key.</source>
        <translation>Yeni anahtarda &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın.</translation>
    </message>
    <message>
        <source>Spot &amp; Margin Trading cannot trade on margin while the margin box is empty.</source>
        <translation>&quot;Spot &amp; Margin Trading&quot; izni, marjin kutusu işaretsizken marjinle işlem yapamaz.</translation>
    </message>
    <message>
        <source>Choose &quot;Restrict access to trusted IPs only&quot; and enter the addresses below.</source>
        <translation>&quot;Restrict access to trusted IPs only&quot; (Erişimi yalnızca güvenilir IP&apos;lerle sınırla) seçeneğini seçin ve aşağıdaki adresleri girin.</translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation>Daha önce birini açtıysanız: tüm pozisyonları kapatın, varsa borcu geri ödeyin ve paranızı Spot cüzdanınıza geri aktarın.</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation>Binance&apos;te: &quot;Wallet&quot; (Cüzdan), ardından &quot;Overview&quot; (Genel Bakış). Listede Margin cüzdanı yoksa hiç açmamışsınız demektir: bunu işaretleyin. Varsa Margin cüzdanındaki tüm borçları geri ödeyin ve kalan parayı Spot cüzdanına aktarın.</translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation>Bunlar, ayrıca kaydolmanız gereken ayrı Binance ürünleridir. Hiç kaydolmadıysanız bunu işaretleyin.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Binance it also opens Simple Earn, staking and Crypto Loan, which no setting closes: the check will name them.</source>
        <translation>Alım satım için gerekli. Binance&apos;te bu izin Simple Earn, staking ve Crypto Loan (kripto kredi) ürünlerine de kapı açar ve hiçbir ayar bunları kapatamaz: kontrol bunları size adıyla gösterecek.</translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation>Anahtarı oluşturun ve adlandırın</translation>
    </message>
    <message>
        <source>Binance offers two kinds of key. With &quot;System generated&quot;, Binance makes the key and its secret. With &quot;Self-generated&quot;, this computer makes a key pair and Binance gets only its public half: the safest choice. Choose one:</source>
        <translation>Binance iki tür anahtar sunar. &quot;System generated&quot; (Sistem tarafından oluşturulan) seçeneğinde anahtarı ve gizli anahtarı Binance oluşturur. &quot;Self-generated&quot; (Kendi oluşturduğunuz) seçeneğinde bu bilgisayar bir anahtar çifti oluşturur ve Binance yalnızca açık anahtarı alır: en güvenli seçenek budur. Birini seçin:</translation>
    </message>
    <message>
        <source>Binance shows the secret only once, right after you confirm with your two-factor code. Keep that page open until this wizard has it.</source>
        <translation>Binance gizli anahtarı yalnızca bir kez gösterir: iki adımlı doğrulama kodunuzla onayladıktan hemen sonra. Bu sihirbaz gizli anahtarı alana kadar o sayfayı açık tutun.</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key and Secret Key</source>
        <translation>Anahtarı oluşturdum; API anahtarını ve gizli anahtarı (API Key, Secret Key) görebiliyorum</translation>
    </message>
    <message>
        <source>API Management is in the menu under your profile icon at the top right of Binance&apos;s website. If Create API is greyed out, finish identity verification and switch on two-factor sign-in first.</source>
        <translation>&quot;API Management&quot; (API Yönetimi), Binance web sitesinin sağ üst köşesindeki profil simgenizin menüsündedir. &quot;Create API&quot; (API Oluştur) soluk görünüyorsa ve tıklanmıyorsa, önce kimlik doğrulamasını tamamlayın ve iki adımlı doğrulamayı açın.</translation>
    </message>
    <message>
        <source>Set the permissions</source>
        <translation>İzinleri ayarlayın</translation>
    </message>
    <message>
        <source>Edit restrictions is next to the key in API Management. If a box will not untick, save first and then edit again. If you cannot change the key, delete it and create a new one.</source>
        <translation>&quot;Edit restrictions&quot; (Kısıtlamaları Düzenle), &quot;API Management&quot; (API Yönetimi) bölümünde anahtarın yanındadır. Bir kutunun işareti kalkmıyorsa önce kaydedin, sonra yeniden düzenleyin. Anahtarı değiştiremiyorsanız onu silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>Allow only trusted addresses</source>
        <translation>Yalnızca güvenilir adreslere izin verin</translation>
    </message>
    <message>
        <source>Lock the key to the computers that will use it.</source>
        <translation>Anahtarı, onu kullanacak bilgisayarlara kilitleyin.</translation>
    </message>
    <message>
        <source>If you skip this, Binance keeps the key but may switch its trading off after a while, and anyone who copies it can use it.</source>
        <translation>Bu adımı atlarsanız Binance anahtarı silmez, ama bir süre sonra alım satım iznini kapatabilir; ayrıca anahtarı kopyalayan herkes onu kullanabilir.</translation>
    </message>
    <message>
        <source>To verify the key from this computer, its address must be on the list too.</source>
        <translation>Anahtarı bu bilgisayardan doğrulayabilmek için bu bilgisayarın IP adresi de listede olmalı.</translation>
    </message>
    <message>
        <source>I restricted the key to trusted IP addresses</source>
        <translation>Anahtarı güvenilir IP adresleriyle sınırladım</translation>
    </message>
    <message>
        <source>The choice is in Edit restrictions, under IP access restrictions. Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>Bu seçenek &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) içinde, &quot;IP access restrictions&quot; (IP erişim kısıtlamaları) altındadır. Hangi adresleri gireceğinizi alım satım hizmetiniz size söyler. Henüz adresiniz yoksa devam edebilirsiniz: kontrol sırasında bir uyarı görürsünüz ve adresleri daha sonra ekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Enter the key</source>
        <translation>Anahtarı girin</translation>
    </message>
    <message>
        <source>Copy the API Key and the Secret Key from Binance into these fields.</source>
        <translation>API anahtarını ve gizli anahtarı Binance&apos;ten kopyalayıp bu alanlara yapıştırın.</translation>
    </message>
    <message>
        <source>Checking the key with Binance</source>
        <translation>Anahtar Binance ile kontrol ediliyor</translation>
    </message>
    <message>
        <source>The wizard asks Binance what this key can do.</source>
        <translation>Sihirbaz, bu anahtarın neler yapabildiğini Binance&apos;e soruyor.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Enable Reading</source>
        <translation>Enable Reading (Okumayı Etkinleştir)</translation>
    </message>
    <message>
        <source>Needed to see balances and orders.</source>
        <translation>Bakiyeleri ve emirleri görmek için gerekli.</translation>
    </message>
    <message>
        <source>Enable Spot &amp; Margin Trading</source>
        <translation>Enable Spot &amp; Margin Trading (Spot ve Marjin İşlemlerini Etkinleştir)</translation>
    </message>
    <message>
        <source>Enable Margin Loan, Repay &amp; Transfer</source>
        <translation>Enable Margin Loan, Repay &amp; Transfer (Marjin Borcu, Geri Ödeme ve Transferi Etkinleştir)</translation>
    </message>
    <message>
        <source>Riba: borrowing with interest.</source>
        <translation>Faiz (riba): faizle borç almak.</translation>
    </message>
    <message>
        <source>Enable Futures</source>
        <translation>Enable Futures (Vadeli İşlemleri Etkinleştir)</translation>
    </message>
    <message>
        <source>Derivatives with leverage.</source>
        <translation>Kaldıraçlı türev ürünler.</translation>
    </message>
    <message>
        <source>Enable Leveraged Tokens</source>
        <translation>Enable Leveraged Tokens (Kaldıraçlı Tokenları Etkinleştir)</translation>
    </message>
    <message>
        <source>Derivatives in disguise.</source>
        <translation>Görünüşte token, aslında türev ürün.</translation>
    </message>
    <message>
        <source>Enable European Options</source>
        <translation>Enable European Options (Avrupa Tipi Opsiyonları Etkinleştir)</translation>
    </message>
    <message>
        <source>Derivatives.</source>
        <translation>Türev ürünler.</translation>
    </message>
    <message>
        <source>Enable Withdrawals</source>
        <translation>Enable Withdrawals (Para Çekmeyi Etkinleştir)</translation>
    </message>
    <message>
        <source>Custody: would let the key move your coins out.</source>
        <translation>Paranızın güvenliği: anahtar coinlerinizi hesabınızdan dışarı çıkarabilir.</translation>
    </message>
    <message>
        <source>Permits Universal Transfer</source>
        <translation>Permits Universal Transfer (Cüzdanlar Arası Transfere İzin Ver)</translation>
    </message>
    <message>
        <source>Custody: moves funds between wallets.</source>
        <translation>Paranızın güvenliği: parayı cüzdanlar arasında taşır.</translation>
    </message>
    <message>
        <source>Enable Internal Transfer</source>
        <translation>Enable Internal Transfer (Başka Hesaplara Transferi Etkinleştir)</translation>
    </message>
    <message>
        <source>Custody: moves funds to other accounts.</source>
        <translation>Paranızın güvenliği: parayı başka hesaplara taşır.</translation>
    </message>
    <message>
        <source>Secure your Bybit account</source>
        <translation>Bybit hesabınızı güvene alın</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Account &amp; Security, then Google Authentication. Any authenticator app works with it. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Bybit&apos;te: profil simgeniz, ardından &quot;Account &amp; Security&quot; (Hesap ve Güvenlik), ardından &quot;Google Authentication&quot; (Google Doğrulama). Adı böyle olsa da her doğrulama uygulamasıyla çalışır. Uygulama çalışınca SMS kodlarını kullanmayı bırakın: telefon numaranızı ele geçiren biri SMS kodlarını çalabilir.</translation>
    </message>
    <message>
        <source>My identity is verified on Bybit</source>
        <translation>Bybit&apos;te kimliğim doğrulandı</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Identity Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Bybit&apos;te: profil simgeniz, ardından &quot;Identity Verification&quot; (Kimlik Doğrulama). &quot;Verified&quot; (Doğrulandı) yazıyorsa bu adım tamam; yazmıyorsa oradaki adımları izleyin. Kimliğinizi doğrulamak yasal bir zorunluluktur ve helal alım satımla çelişmez.</translation>
    </message>
    <message>
        <source>Most Bybit accounts are now a Unified Trading Account: one wallet for spot and derivatives. There a new key may get derivatives permission unless you untick it, and with spot margin on, any spot order can borrow.</source>
        <translation>Bybit hesaplarının çoğu artık bir &quot;Unified Trading Account&quot; (Birleşik İşlem Hesabı): spot ve türev ürünler için tek bir cüzdan. Böyle bir hesapta, işaretini kaldırmazsanız yeni bir anahtar türev ürün izni alabilir; spot marjin açıksa da her spot emir borç alabilir.</translation>
    </message>
    <message>
        <source>Spot margin trading is switched off</source>
        <translation>Spot marjin işlemleri kapalı</translation>
    </message>
    <message>
        <source>On Bybit: open the spot trading page. If the Margin switch beside the order form is on, repay any loan, then switch it off. If you never activated spot margin, there is nothing to do: tick this.</source>
        <translation>Bybit&apos;te: spot alım satım sayfasını açın. Emir formunun yanındaki &quot;Margin&quot; (Marjin) düğmesi açıksa varsa borcu geri ödeyin, sonra düğmeyi kapatın. Spot marjini hiç etkinleştirmediyseniz yapmanız gereken bir şey yok: bunu işaretleyin.</translation>
    </message>
    <message>
        <source>On Bybit: Assets, then your Unified Trading Account (or, on a classic account, Derivatives). Close every open position listed there and repay any loan.</source>
        <translation>Bybit&apos;te: &quot;Assets&quot; (Varlıklar), ardından &quot;Unified Trading Account&quot; (Birleşik İşlem Hesabı); klasik bir hesapta ise &quot;Derivatives&quot; (Türev Ürünler). Orada listelenen tüm açık pozisyonları kapatın ve varsa borcu geri ödeyin.</translation>
    </message>
    <message>
        <source>On Bybit: profile icon, then API, then Create New Key.</source>
        <translation>Bybit&apos;te: profil simgesi, ardından &quot;API&quot;, ardından &quot;Create New Key&quot; (Yeni Anahtar Oluştur).</translation>
    </message>
    <message>
        <source>Choose &quot;System-generated API Keys&quot;, then &quot;API Transaction&quot;. Bybit makes the key and its secret.</source>
        <translation>&quot;System-generated API Keys&quot; (Sistem tarafından oluşturulan API anahtarları) seçeneğini, ardından &quot;API Transaction&quot; (API ile işlem) seçeneğini seçin. Anahtarı ve gizli anahtarı Bybit oluşturur.</translation>
    </message>
    <message>
        <source>I created the key and can see both the key and its secret</source>
        <translation>Anahtarı oluşturdum; hem API anahtarını hem de gizli anahtarı görebiliyorum</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of Bybit&apos;s website. If Create New Key is greyed out, switch on two-factor sign-in first.</source>
        <translation>&quot;API&quot;, Bybit web sitesinin sağ üst köşesindeki profil simgenizin menüsündedir. &quot;Create New Key&quot; (Yeni Anahtar Oluştur) soluk görünüyorsa ve tıklanmıyorsa, önce iki adımlı doğrulamayı açın.</translation>
    </message>
    <message>
        <source>Choose Read-Write, then tick only the boxes shown here.</source>
        <translation>&quot;Read-Write&quot; (Okuma-Yazma) seçeneğini seçin, sonra yalnızca burada gösterilen kutuları işaretleyin.</translation>
    </message>
    <message>
        <source>Edit is next to the key in Bybit&apos;s API list. If a box will not untick, or you saved it ticked, delete the key and create a new one.</source>
        <translation>&quot;Edit&quot; (Düzenle) düğmesi, Bybit&apos;in API listesinde anahtarın yanındadır. Bir kutunun işareti kalkmıyorsa ya da kutuyu işaretli olarak kaydettiyseniz anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>Bybit may tick the Contracts and Unified Trading boxes for you: untick them.</source>
        <translation>Bybit, &quot;Contracts&quot; (Sözleşmeler) ve &quot;Unified Trading&quot; (Birleşik Hesap) kutularını sizin yerinize işaretleyebilir: bu kutuların işaretini kaldırın.</translation>
    </message>
    <message>
        <source>Choose to allow only listed IP addresses, and enter those below.</source>
        <translation>Yalnızca listelenen IP adreslerine izin vermeyi seçin ve aşağıdaki adresleri girin.</translation>
    </message>
    <message>
        <source>If you skip this, Bybit switches the key off 90 days after you made it, and until then anyone who copies it can use it.</source>
        <translation>Bu adımı atlarsanız Bybit, anahtarı oluşturduğunuz günden 90 gün sonra kapatır; o zamana kadar da anahtarı kopyalayan herkes onu kullanabilir.</translation>
    </message>
    <message>
        <source>Copy the API key and its secret from Bybit into these fields.</source>
        <translation>API anahtarını ve gizli anahtarı Bybit&apos;ten kopyalayıp bu alanlara yapıştırın.</translation>
    </message>
    <message>
        <source>Checking the key with Bybit</source>
        <translation>Anahtar Bybit ile kontrol ediliyor</translation>
    </message>
    <message>
        <source>The wizard asks Bybit what this key can do.</source>
        <translation>Sihirbaz, bu anahtarın neler yapabildiğini Bybit&apos;e soruyor.</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Read-Write (Okuma-Yazma)</translation>
    </message>
    <message>
        <source>Needed to place orders: a Read-Only key cannot trade.</source>
        <translation>Emir vermek için gerekli: &quot;Read-Only&quot; (Yalnızca Okuma) bir anahtar alım satım yapamaz.</translation>
    </message>
    <message>
        <source>SPOT: Trade</source>
        <translation>SPOT: Trade (Spot: Alım Satım)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Bybit it also opens Crypto Loan, borrowing and lending, which no setting closes: the check will name it.</source>
        <translation>Alım satım için gerekli. Bybit&apos;te bu izin Crypto Loan (kripto kredi) ürününe, yani borç almaya ve borç vermeye de kapı açar ve hiçbir ayar bunu kapatamaz: kontrol bunu size adıyla gösterecek.</translation>
    </message>
    <message>
        <source>Contracts: Orders, Positions</source>
        <translation>Contracts: Orders, Positions (Sözleşmeler: Emirler, Pozisyonlar)</translation>
    </message>
    <message>
        <source>Unified Trading: Trade</source>
        <translation>Unified Trading: Trade (Birleşik Hesap: Alım Satım)</translation>
    </message>
    <message>
        <source>USDC Contracts: Trade</source>
        <translation>USDC Contracts: Trade (USDC Sözleşmeleri: Alım Satım)</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Earn (Kazanç ürünleri)</translation>
    </message>
    <message>
        <source>Wallet: Withdrawal</source>
        <translation>Wallet: Withdrawal (Cüzdan: Para Çekme)</translation>
    </message>
    <message>
        <source>Wallet: Account Transfer</source>
        <translation>Wallet: Account Transfer (Cüzdan: Hesap Transferi)</translation>
    </message>
    <message>
        <source>Wallet: Subaccount Transfer</source>
        <translation>Wallet: Subaccount Transfer (Cüzdan: Alt Hesap Transferi)</translation>
    </message>
    <message>
        <source>Secure your Coinbase account</source>
        <translation>Coinbase hesabınızı güvene alın</translation>
    </message>
    <message>
        <source>On Coinbase: your profile icon, then Settings, then Security. Choose an authenticator app or a security key for 2-step verification. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Coinbase&apos;te: profil simgeniz, ardından &quot;Settings&quot; (Ayarlar), ardından &quot;Security&quot; (Güvenlik). İki adımlı doğrulama için bir doğrulama uygulaması ya da bir güvenlik anahtarı seçin. Bu çalışınca SMS kodlarını kullanmayı bırakın: telefon numaranızı ele geçiren biri SMS kodlarını çalabilir.</translation>
    </message>
    <message>
        <source>My identity is verified on Coinbase</source>
        <translation>Coinbase&apos;te kimliğim doğrulandı</translation>
    </message>
    <message>
        <source>Coinbase verifies your identity when you sign up, and asks again if something is missing. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Coinbase, kaydolduğunuzda kimliğinizi doğrular ve bir eksik olursa yeniden sorar. Kimliğinizi doğrulamak yasal bir zorunluluktur ve helal alım satımla çelişmez.</translation>
    </message>
    <message>
        <source>Coinbase Advanced offers futures and perpetual contracts after a separate sign-up. Once you have signed up, a key that can trade may be able to use them, so do not sign up.</source>
        <translation>Coinbase Advanced, ayrıca kaydolanlara vadeli işlemler (futures) ve süresiz sözleşmeler (perpetual) sunar. Kaydolduktan sonra alım satım yapabilen bir anahtar bunları da kullanabilir; bu yüzden kaydolmayın.</translation>
    </message>
    <message>
        <source>I never signed up for futures or perpetuals</source>
        <translation>Vadeli işlemlere (futures) veya süresiz sözleşmelere (perpetual) hiç kaydolmadım</translation>
    </message>
    <message>
        <source>In Coinbase Advanced, futures and perpetuals show as their own balance or portfolio. If you see none, tick this. If you have one, close its positions and move its funds back to spot.</source>
        <translation>Coinbase Advanced içinde vadeli işlemler ve süresiz sözleşmeler ayrı bir bakiye ya da portföy olarak görünür. Hiçbirini görmüyorsanız bunu işaretleyin. Varsa pozisyonlarını kapatın ve içindeki parayı spot bakiyenize geri aktarın.</translation>
    </message>
    <message>
        <source>I have no loan from Coinbase</source>
        <translation>Coinbase&apos;ten aldığım bir borç yok</translation>
    </message>
    <message>
        <source>In some countries Coinbase offers loans backed by your coins. They carry interest (riba): repay any loan before you go on.</source>
        <translation>Coinbase bazı ülkelerde, coinlerinizin teminat olduğu borçlar sunar. Bu borçlar faiz (riba) içerir: devam etmeden önce varsa borcu geri ödeyin.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform: API Keys, then Create API key.</source>
        <translation>&quot;Coinbase Developer Platform&quot; (Coinbase Geliştirici Platformu) üzerinde: &quot;API Keys&quot; (API Anahtarları), ardından &quot;Create API key&quot; (API anahtarı oluştur).</translation>
    </message>
    <message>
        <source>Sign in there with your Coinbase account. Under Advanced settings choose ECDSA, unless your trading program asks for Ed25519.</source>
        <translation>Orada Coinbase hesabınızla giriş yapın. &quot;Advanced settings&quot; (Gelişmiş ayarlar) altında, alım satım programınız Ed25519 istemiyorsa ECDSA&apos;yı seçin.</translation>
    </message>
    <message>
        <source>Under IP allowlist, enter the addresses below.</source>
        <translation>&quot;IP allowlist&quot; (IP izin listesi) bölümüne aşağıdaki adresleri girin.</translation>
    </message>
    <message>
        <source>Coinbase shows the private key only once, and offers it as a JSON file to download. Keep that page open, or the file, until this wizard has it; then delete the file.</source>
        <translation>Coinbase özel anahtarı yalnızca bir kez gösterir ve onu indirilebilir bir JSON dosyası olarak sunar. Bu sihirbaz özel anahtarı alana kadar o sayfayı açık tutun ya da dosyayı saklayın; sonra dosyayı silin.</translation>
    </message>
    <message>
        <source>I created the key and can see its name and private key</source>
        <translation>Anahtarı oluşturdum; adını ve özel anahtarını görebiliyorum</translation>
    </message>
    <message>
        <source>Open portal.cdp.coinbase.com and sign in with your Coinbase account; some accounts find keys under coinbase.com/settings/api instead. If the private key is lost, delete the key and create a new one.</source>
        <translation>portal.cdp.coinbase.com adresini açın ve Coinbase hesabınızla giriş yapın; bazı hesaplarda anahtarlar bunun yerine coinbase.com/settings/api adresindedir. Özel anahtar kaybolduysa anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>Under API restrictions, choose your spot portfolio (usually Default) and tick View and Trade. Never pick a perpetuals portfolio.</source>
        <translation>&quot;API restrictions&quot; (API kısıtlamaları) altında spot portföyünüzü seçin (genellikle &quot;Default&quot; adlı portföy) ve &quot;View&quot; (Görüntüleme) ile &quot;Trade&quot; (Alım Satım) kutularını işaretleyin. Asla bir süresiz sözleşme (perpetuals) portföyü seçmeyin.</translation>
    </message>
    <message>
        <source>If a box or the portfolio is wrong and you cannot change it, delete the key and create a new one.</source>
        <translation>Bir kutu ya da portföy yanlışsa ve bunu değiştiremiyorsanız anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>Copy the key&apos;s name and its private key from Coinbase into these fields.</source>
        <translation>Anahtarın adını ve özel anahtarını Coinbase&apos;ten kopyalayıp bu alanlara yapıştırın.</translation>
    </message>
    <message>
        <source>Checking the key with Coinbase</source>
        <translation>Anahtar Coinbase ile kontrol ediliyor</translation>
    </message>
    <message>
        <source>The wizard asks Coinbase what this key can do.</source>
        <translation>Sihirbaz, bu anahtarın neler yapabildiğini Coinbase&apos;e soruyor.</translation>
    </message>
    <message>
        <source>Portfolio: Default</source>
        <translation>Portfolio: Default (Portföy: Varsayılan)</translation>
    </message>
    <message>
        <source>The key works only in the portfolio chosen here.</source>
        <translation>Anahtar yalnızca burada seçilen portföyde çalışır.</translation>
    </message>
    <message>
        <source>Portfolio: Perpetuals</source>
        <translation>Portfolio: Perpetuals (Portföy: Süresiz sözleşmeler)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View (Görüntüleme)</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade (Alım Satım)</translation>
    </message>
    <message>
        <source>Needed to buy and sell.</source>
        <translation>Alım satım için gerekli.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer (Para transferi)</translation>
    </message>
    <message>
        <source>Secure your Kraken account</source>
        <translation>Kraken hesabınızı güvene alın</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Security. Turn on two-factor sign-in with an authenticator app or a security key.</source>
        <translation>Kraken&apos;de: profil simgeniz, ardından &quot;Settings&quot; (Ayarlar), ardından &quot;Security&quot; (Güvenlik). Bir doğrulama uygulamasıyla ya da bir güvenlik anahtarıyla iki adımlı doğrulamayı açın.</translation>
    </message>
    <message>
        <source>My identity is verified on Kraken</source>
        <translation>Kraken&apos;de kimliğim doğrulandı</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Verification. If it is not done, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Kraken&apos;de: profil simgeniz, ardından &quot;Settings&quot; (Ayarlar), ardından &quot;Verification&quot; (Doğrulama). Doğrulama tamamlanmadıysa oradaki adımları izleyin. Kimliğinizi doğrulamak yasal bir zorunluluktur ve helal alım satımla çelişmez.</translation>
    </message>
    <message>
        <source>On Kraken margin belongs to the account, not to the key. If your account may trade on margin, any key that places orders can borrow. Kraken Futures is a separate platform with keys of its own.</source>
        <translation>Kraken&apos;de marjin, anahtarın değil hesabın bir özelliğidir. Hesabınız marjinle işlem yapabiliyorsa, emir verebilen her anahtar borç alabilir. Kraken Futures ise kendi anahtarları olan ayrı bir platformdur.</translation>
    </message>
    <message>
        <source>Kraken Pro lists margin positions under Positions: close any you find. When you trade by hand, leave leverage at &quot;None&quot;.</source>
        <translation>&quot;Kraken Pro&quot;, marjin pozisyonlarını &quot;Positions&quot; (Pozisyonlar) altında listeler: bulduğunuz her pozisyonu kapatın. Elle alım satım yaptığınızda kaldıracı &quot;None&quot; (Yok) olarak bırakın.</translation>
    </message>
    <message>
        <source>I have no open positions on Kraken Futures</source>
        <translation>Kraken Futures üzerinde açık pozisyonum yok</translation>
    </message>
    <message>
        <source>If you never opened Kraken Futures, tick this. Otherwise close its positions and move its funds back to your spot balance.</source>
        <translation>Hiç Kraken Futures hesabı açmadıysanız bunu işaretleyin. Açtıysanız oradaki pozisyonları kapatın ve içindeki parayı spot bakiyenize geri aktarın.</translation>
    </message>
    <message>
        <source>On Kraken: profile icon, then Settings, then API, then Create API key.</source>
        <translation>Kraken&apos;de: profil simgesi, ardından &quot;Settings&quot; (Ayarlar), ardından &quot;API&quot;, ardından &quot;Create API key&quot; (API anahtarı oluştur).</translation>
    </message>
    <message>
        <source>Kraken makes the key and its secret, which Kraken calls the private key.</source>
        <translation>Anahtarı ve gizli anahtarı Kraken oluşturur; Kraken gizli anahtara &quot;Private key&quot; (özel anahtar) der.</translation>
    </message>
    <message>
        <source>Use this key in one program only. When two programs share a key, Kraken refuses some of their requests.</source>
        <translation>Bu anahtarı yalnızca tek bir programda kullanın. İki program aynı anahtarı kullanırsa Kraken isteklerinin bir kısmını reddeder.</translation>
    </message>
    <message>
        <source>I created the key and can see its API key and private key</source>
        <translation>Anahtarı oluşturdum; API anahtarını ve özel anahtarı görebiliyorum</translation>
    </message>
    <message>
        <source>API is in Settings, under your profile icon. If you closed the page before copying the private key, delete the key and create a new one.</source>
        <translation>&quot;API&quot;, profil simgenizin altındaki &quot;Settings&quot; (Ayarlar) bölümündedir. Özel anahtarı kopyalamadan sayfayı kapattıysanız anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. Where your account may use margin, it can also borrow, and no setting of the key stops that.</source>
        <translation>Alım satım için gerekli. Hesabınız marjin kullanabiliyorsa bu izinle borç da alınabilir ve anahtarın hiçbir ayarı bunu durduramaz.</translation>
    </message>
    <message>
        <source>Leave &quot;Nonce window&quot; as it is, unless your trading program asks for a number: it lets requests arrive slightly out of order.</source>
        <translation>Alım satım programınız bir sayı istemiyorsa &quot;Nonce window&quot; (Nonce penceresi) ayarını olduğu gibi bırakın: bu ayar, isteklerin biraz karışık sırayla gelmesine izin verir.</translation>
    </message>
    <message>
        <source>Kraken Pro&apos;s Positions tab is empty</source>
        <translation>Kraken Pro&apos;daki &quot;Positions&quot; (Pozisyonlar) sekmesi boş</translation>
    </message>
    <message>
        <source>Leave Query Funds empty: with it a key can move funds into a Futures wallet.</source>
        <translation>&quot;Query Funds&quot; (Bakiyeleri sorgulama) kutusunu işaretsiz bırakın: bu izne sahip bir anahtar parayı bir Futures cüzdanına aktarabilir.</translation>
    </message>
    <message>
        <source>To change a key later, open it in Kraken&apos;s API list. If you are unsure what it allows, delete it and create a new one.</source>
        <translation>Bir anahtarı daha sonra değiştirmek için onu Kraken&apos;in API listesinde açın. Neye izin verdiğinden emin değilseniz anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address settings, enter the addresses below.</source>
        <translation>Anahtarın IP adresi ayarlarına aşağıdaki adresleri girin.</translation>
    </message>
    <message>
        <source>Copy the API key and the private key from Kraken into these fields.</source>
        <translation>API anahtarını ve özel anahtarı Kraken&apos;den kopyalayıp bu alanlara yapıştırın.</translation>
    </message>
    <message>
        <source>Checking the key with Kraken</source>
        <translation>Anahtar Kraken ile kontrol ediliyor</translation>
    </message>
    <message>
        <source>The wizard asks Kraken what this key can do.</source>
        <translation>Sihirbaz, bu anahtarın neler yapabildiğini Kraken&apos;e soruyor.</translation>
    </message>
    <message>
        <source>Query Funds</source>
        <translation>Query Funds (Bakiyeleri sorgulama)</translation>
    </message>
    <message>
        <source>Kraken lets a key with it move funds into a Kraken Futures wallet. Without it the wizard cannot show your balances; orders, trades and the ledger stay readable.</source>
        <translation>Kraken, bu izne sahip bir anahtarın parayı bir Kraken Futures cüzdanına aktarmasına izin verir. Bu izin olmadan sihirbaz bakiyelerinizi gösteremez; emirler, işlemler ve hesap hareketleri (ledger) okunabilir kalır.</translation>
    </message>
    <message>
        <source>Query Open Orders &amp; Trades</source>
        <translation>Query Open Orders &amp; Trades (Açık emirleri ve işlemleri sorgulama)</translation>
    </message>
    <message>
        <source>Query Closed Orders &amp; Trades</source>
        <translation>Query Closed Orders &amp; Trades (Kapanmış emirleri ve işlemleri sorgulama)</translation>
    </message>
    <message>
        <source>Query Ledger Entries</source>
        <translation>Query Ledger Entries (Hesap hareketlerini sorgulama)</translation>
    </message>
    <message>
        <source>Create &amp; Modify Orders</source>
        <translation>Create &amp; Modify Orders (Emir oluşturma ve değiştirme)</translation>
    </message>
    <message>
        <source>Cancel/Close Orders</source>
        <translation>Cancel/Close Orders (Emir iptal etme/kapatma)</translation>
    </message>
    <message>
        <source>Needed to cancel orders.</source>
        <translation>Emirleri iptal etmek için gerekli.</translation>
    </message>
    <message>
        <source>Deposit Funds</source>
        <translation>Deposit Funds (Para yatırma)</translation>
    </message>
    <message>
        <source>Not needed for trading.</source>
        <translation>Alım satım için gerekli değil.</translation>
    </message>
    <message>
        <source>Withdraw Funds</source>
        <translation>Withdraw Funds (Para çekme)</translation>
    </message>
    <message>
        <source>Secure your OKX account</source>
        <translation>OKX hesabınızı güvene alın</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Security, then Authenticator app. Follow the steps. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>OKX&apos;te: profil simgeniz, ardından &quot;Security&quot; (Güvenlik), ardından &quot;Authenticator app&quot; (Doğrulama uygulaması). Adımları izleyin. Uygulama çalışınca SMS kodlarını kullanmayı bırakın: telefon numaranızı ele geçiren biri SMS kodlarını çalabilir.</translation>
    </message>
    <message>
        <source>My identity is verified on OKX</source>
        <translation>OKX&apos;te kimliğim doğrulandı</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>OKX&apos;te: profil simgeniz, ardından &quot;Verification&quot; (Doğrulama). &quot;Verified&quot; (Doğrulandı) yazıyorsa bu adım tamam; yazmıyorsa oradaki adımları izleyin. Kimliğinizi doğrulamak yasal bir zorunluluktur ve helal alım satımla çelişmez.</translation>
    </message>
    <message>
        <source>On OKX the account mode decides what your account can do. Only Spot mode is spot-only. &quot;Spot and futures&quot; (also called Futures mode), &quot;Multi-currency margin&quot; and &quot;Portfolio margin&quot; all allow borrowing and derivatives.</source>
        <translation>OKX&apos;te hesabınızın neler yapabileceğini hesap modu belirler. Yalnızca spot işleme izin veren tek mod &quot;Spot mode&quot; (Spot modu). &quot;Spot and futures&quot; (Spot ve vadeli işlemler; &quot;Futures mode&quot; olarak da geçer), &quot;Multi-currency margin&quot; (Çoklu para birimi marjini) ve &quot;Portfolio margin&quot; (Portföy marjini) modlarının hepsi borç almaya ve türev ürünlere izin verir.</translation>
    </message>
    <message>
        <source>Even in Spot mode OKX lets you buy options: never do, they are derivatives.</source>
        <translation>OKX, &quot;Spot mode&quot; (Spot modu) açıkken bile opsiyon almanıza izin verir: asla almayın, opsiyonlar türev ürünlerdir.</translation>
    </message>
    <message>
        <source>My account mode is Spot mode</source>
        <translation>Hesap modum &quot;Spot mode&quot; (Spot modu)</translation>
    </message>
    <message>
        <source>On OKX: open the trading page, then its settings (the gear icon), then Account mode. Choose Spot mode and confirm. OKX refuses the switch while you hold positions, loans or open orders: close and repay them first.</source>
        <translation>OKX&apos;te: alım satım sayfasını açın, ardından sayfanın ayarlarını (dişli simgesi), ardından &quot;Account mode&quot; (Hesap modu). &quot;Spot mode&quot; (Spot modu) seçeneğini seçin ve onaylayın. Açık pozisyonlarınız, borçlarınız veya açık emirleriniz varken OKX mod değişikliğine izin vermez: önce pozisyonları ve emirleri kapatın, borçları geri ödeyin.</translation>
    </message>
    <message>
        <source>On OKX: Assets, then your trading account. If positions or loans are listed, close and repay them, then switch to Spot mode.</source>
        <translation>OKX&apos;te: &quot;Assets&quot; (Varlıklar), ardından alım satım hesabınız. Listede pozisyon veya borç varsa pozisyonları kapatın, borçları geri ödeyin; sonra &quot;Spot mode&quot; (Spot modu) seçeneğine geçin.</translation>
    </message>
    <message>
        <source>On OKX: profile icon, then API, then Create API key.</source>
        <translation>OKX&apos;te: profil simgesi, ardından &quot;API&quot;, ardından &quot;Create API key&quot; (API anahtarı oluştur).</translation>
    </message>
    <message>
        <source>Choose &quot;API trading&quot;. You also choose a passphrase: a password for this key only.</source>
        <translation>&quot;API trading&quot; (API ile alım satım) seçeneğini seçin. Ayrıca bir parola (&quot;Passphrase&quot;) da belirlersiniz: yalnızca bu anahtara ait bir şifre.</translation>
    </message>
    <message>
        <source>In Spot mode, Trade cannot borrow. The check names what else it reaches.</source>
        <translation>&quot;Spot mode&quot; (Spot modu) içinde &quot;Trade&quot; (Alım Satım) borç alamaz. Başka nelere ulaşabildiğini kontrol size söyler.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address field, enter the addresses below.</source>
        <translation>Anahtarın IP adresi alanına aşağıdaki adresleri girin.</translation>
    </message>
    <message>
        <source>Write the passphrase down now: OKX cannot show it again, and the wizard needs it.</source>
        <translation>Parolayı (&quot;Passphrase&quot;) şimdi bir yere yazın: OKX onu size yeniden gösteremez ve sihirbazın bu parolaya ihtiyacı var.</translation>
    </message>
    <message>
        <source>I created the key and have its API key, secret key and passphrase</source>
        <translation>Anahtarı oluşturdum; API anahtarı, gizli anahtar ve parola elimde</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of OKX&apos;s website. If you lost the secret key or the passphrase, delete the key and create a new one.</source>
        <translation>&quot;API&quot;, OKX web sitesinin sağ üst köşesindeki profil simgenizin menüsündedir. Gizli anahtarı ya da parolayı kaybettiyseniz anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>Open the key in OKX&apos;s API list and choose Edit. If Withdraw is ticked and will not untick, delete the key and create a new one.</source>
        <translation>Anahtarı OKX&apos;in API listesinde açın ve &quot;Edit&quot; (Düzenle) seçeneğini seçin. &quot;Withdraw&quot; (Para çekme) işaretliyse ve işareti kalkmıyorsa anahtarı silin ve yenisini oluşturun.</translation>
    </message>
    <message>
        <source>If you leave the field empty, OKX may delete the key once it has gone 14 days unused, and until then anyone who copies it can use it.</source>
        <translation>Bu alanı boş bırakırsanız OKX, 14 gün boyunca kullanılmayan anahtarı silebilir; o zamana kadar da anahtarı kopyalayan herkes onu kullanabilir.</translation>
    </message>
    <message>
        <source>Copy the API key, the secret key and your passphrase into these fields.</source>
        <translation>API anahtarını, gizli anahtarı ve parolanızı bu alanlara kopyalayın.</translation>
    </message>
    <message>
        <source>Checking the key with OKX</source>
        <translation>Anahtar OKX ile kontrol ediliyor</translation>
    </message>
    <message>
        <source>The wizard asks OKX what this key can do.</source>
        <translation>Sihirbaz, bu anahtarın neler yapabildiğini OKX&apos;e soruyor.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read (Okuma)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On OKX it also opens Earn, Flexible Loan and moves between your own accounts, which no setting closes: the check will name them.</source>
        <translation>Alım satım için gerekli. OKX&apos;te bu izin Earn (kazanç ürünleri), Flexible Loan (esnek kredi) ve kendi hesaplarınız arasında para aktarmaya da kapı açar ve hiçbir ayar bunları kapatamaz: kontrol bunları size adıyla gösterecek.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw (Para çekme)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&amp;Replace my key now</source>
        <translation>Anahtarımı şimdi &amp;değiştir</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Replace your key now?</source>
        <translation>Anahtarınız şimdi değiştirilsin mi?</translation>
    </message>
    <message>
        <source>The wizard starts again at its first page, for a new key. What you entered on the pages so far is forgotten.</source>
        <translation>Sihirbaz yeni bir anahtar için ilk sayfasından yeniden başlar. Sayfalara şimdiye kadar girdikleriniz unutulur.</translation>
    </message>
</context>
<context>
    <name>IP</name>
    <message>
        <source>the practice trading service</source>
        <translation>alıştırma alım satım hizmeti</translation>
    </message>
    <message>
        <source>Addresses of {service} to allow:</source>
        <translation>İzin verilecek adresler ({service}):</translation>
    </message>
    <message>
        <source>Addresses to allow (one per line):</source>
        <translation>İzin verilecek adresler (her satıra bir adres):</translation>
    </message>
    <message>
        <source>Addresses to allow</source>
        <translation>İzin verilecek adresler</translation>
    </message>
    <message>
        <source>&amp;Copy the addresses</source>
        <translation>&amp;Adresleri kopyala</translation>
    </message>
    <message>
        <source>&amp;Find this computer&apos;s address…</source>
        <translation>Bu bilgisayarın adresini &amp;bul…</translation>
    </message>
    <message>
        <source>&amp;QR codes for a phone</source>
        <translation>Telefon için &amp;QR kodları</translation>
    </message>
    <message>
        <source>The addresses, for a phone</source>
        <translation>Telefon için adresler</translation>
    </message>
    <message>
        <source>The API key page on {exchange}</source>
        <translation>{exchange} borsasındaki API anahtarı sayfası</translation>
    </message>
    <message>
        <source>If the list holds only the trading service&apos;s addresses, checking the key from this computer ends with &quot;The exchange did not accept this key&quot;. For the check, add this computer&apos;s address too, or check the key from the service.</source>
        <translation>Listede yalnızca alım satım hizmetinin adresleri varsa, anahtarı bu bilgisayardan kontrol ettiğinizde &quot;Borsa bu anahtarı kabul etmedi&quot; sonucunu alırsınız. Kontrol için bu bilgisayarın adresini de ekleyin ya da anahtarı hizmetin kendisinden kontrol edin.</translation>
    </message>
    <message>
        <source>The trading computer or service has no fixed address</source>
        <translation>Alım satımı yapacak bilgisayarın veya hizmetin sabit bir adresi yok</translation>
    </message>
    <message>
        <source>Then leave the list empty on {exchange}. The key works from anywhere, so anyone who copies it can use it too; the check marks it as not restricted and says what that means on {exchange}. Add the address when you have one.</source>
        <translation>O zaman {exchange} üzerinde listeyi boş bırakın. Anahtar her yerden çalışır, yani onu kopyalayan herkes de kullanabilir; kontrol onu kısıtlanmamış olarak işaretler ve bunun {exchange} için ne anlama geldiğini söyler. Bir adresiniz olunca ekleyin.</translation>
    </message>
    <message>
        <source>Find this computer&apos;s address?</source>
        <translation>Bu bilgisayarın adresi bulunsun mu?</translation>
    </message>
    <message>
        <source>To find it, the wizard asks an outside service ({service}), which then sees this computer&apos;s address. You can also type the address yourself. Ask the service?</source>
        <translation>Adresi bulmak için sihirbaz dışarıdaki bir hizmete ({service}) sorar; bu hizmet de böylece bu bilgisayarın adresini görür. Adresi kendiniz de yazabilirsiniz. Hizmete sorulsun mu?</translation>
    </message>
    <message>
        <source>This computer&apos;s address could not be found (no connection to the service). Type it yourself: a search for &quot;what is my IP&quot; in your browser shows it.</source>
        <translation>Bu bilgisayarın adresi bulunamadı (hizmete bağlanılamadı). Adresi kendiniz yazın: tarayıcınızda &quot;IP adresim nedir&quot; diye aratırsanız adresi görürsünüz.</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>{exchange} makes the key (&quot;System generated&quot;)</source>
        <translation>Anahtarı {exchange} oluşturur: &quot;System generated&quot; (Sistem tarafından oluşturulan)</translation>
    </message>
    <message>
        <source>This computer makes a key pair (safest)</source>
        <translation>Bu bilgisayar bir anahtar çifti oluşturur (en güvenlisi)</translation>
    </message>
    <message>
        <source>On {exchange} choose &quot;Self-generated&quot; and paste the public key made here.</source>
        <translation>{exchange} borsasında &quot;Self-generated&quot; (Kendi oluşturduğunuz) seçeneğini seçin ve burada oluşturulan açık anahtarı yapıştırın.</translation>
    </message>
    <message>
        <source>The private key is made here and goes straight into your computer&apos;s keychain: it never leaves this computer. {exchange} gets only the public key below. On {exchange} choose &quot;Self-generated&quot;, paste the public key, and {exchange} shows the API Key: later you enter only that.</source>
        <translation>Özel anahtar burada oluşturulur ve doğrudan bilgisayarınızın parola kasasına kaydedilir: bu bilgisayardan hiç çıkmaz. {exchange} yalnızca aşağıdaki açık anahtarı alır. {exchange}&apos;te &quot;Self-generated&quot; (Kendi oluşturduğunuz) seçeneğini seçin ve açık anahtarı yapıştırın; {exchange} size API anahtarını gösterir. Daha sonra yalnızca onu girersiniz.</translation>
    </message>
    <message>
        <source>&amp;Make my key pair</source>
        <translation>Anahtar çiftimi &amp;oluştur</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Açık anahtar</translation>
    </message>
    <message>
        <source>Copy the &amp;public key</source>
        <translation>&amp;Açık anahtarı kopyala</translation>
    </message>
    <message>
        <source>Export the private key…</source>
        <translation>Özel anahtarı dışa aktar…</translation>
    </message>
    <message>
        <source>Practice: the public key was pasted into the practice exchange for you, and its API Key is filled in on the &quot;Enter the key&quot; page.</source>
        <translation>Alıştırma: açık anahtar sizin için alıştırma borsasına yapıştırıldı ve API anahtarı &quot;Anahtarı girin&quot; sayfasına dolduruldu.</translation>
    </message>
    <message>
        <source>Putting the private key into the keychain…</source>
        <translation>Özel anahtar parola kasasına kaydediliyor…</translation>
    </message>
    <message>
        <source>The private key is in your keychain. Paste the public key into {exchange}.</source>
        <translation>Özel anahtar parola kasanızda. Şimdi açık anahtarı {exchange}&apos;e yapıştırın.</translation>
    </message>
    <message>
        <source>The key pair could not be kept.</source>
        <translation>Anahtar çifti kaydedilemedi.</translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation>Özel anahtar dışa aktarılsın mı?</translation>
    </message>
    <message>
        <source>Whoever has this file can trade with your key. Keep it only on a drive you control, never in email, chat or cloud storage. The wizard does not need it: the key is already in your keychain.</source>
        <translation>Bu dosyaya sahip olan herkes anahtarınızla alım satım yapabilir. Dosyayı yalnızca sizin denetiminizdeki bir diskte saklayın; asla e-postada, mesajlaşma uygulamalarında veya bulut depolamada tutmayın. Sihirbazın bu dosyaya ihtiyacı yok: anahtar zaten parola kasanızda.</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>Özel anahtarı kaydet</translation>
    </message>
    <message>
        <source>Private key (*.pem)</source>
        <translation>Özel anahtar (*.pem)</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Key {label} no longer works</source>
        <translation>{label} anahtarı artık çalışmıyor</translation>
    </message>
    <message>
        <source>{exchange} no longer accepts this key. A bot using it cannot trade or close its orders: set up a new key with Halal Key Wizard.</source>
        <translation>{exchange} borsası artık bu anahtarı kabul etmiyor. Bu anahtarı kullanan bir bot alım satım yapamaz ve emirlerini kapatamaz: Halal Key Wizard ile yeni bir anahtar kurun.</translation>
    </message>
    <message>
        <source>Key {label}: a new warning</source>
        <translation>{label} anahtarı: yeni bir uyarı</translation>
    </message>
    <message>
        <source>The check found something new about this key. Open Halal Key Wizard and verify it to read what and how to fix it.</source>
        <translation>Kontrol, bu anahtarla ilgili yeni bir şey buldu. Ne olduğunu ve nasıl düzeltileceğini okumak için Halal Key Wizard programını açın ve anahtarı doğrulayın.</translation>
    </message>
    <message>
        <source>Key {label} changed</source>
        <translation>{label} anahtarında değişiklik</translation>
    </message>
    <message>
        <source>Something about this key changed on {exchange} since the last check.</source>
        <translation>Son kontrolden bu yana {exchange} borsasında bu anahtarla ilgili bir şey değişti.</translation>
    </message>
    <message>
        <source>Key {label} stops trading soon</source>
        <translation>{label} anahtarıyla alım satım yakında kapanacak</translation>
    </message>
    <message>
        <source>{exchange} switches this key&apos;s trading off within 14 days.</source>
        <translation>{exchange} borsası, bu anahtarın alım satım iznini 14 gün içinde kapatacak.</translation>
    </message>
    <message>
        <source>Time to replace key {label}</source>
        <translation>{label} anahtarını değiştirme zamanı geldi</translation>
    </message>
    <message>
        <source>Its replace-by date has come or is near: make a new key and replace it.</source>
        <translation>Bu anahtarın değiştirme tarihi geldi ya da yaklaştı: yeni bir anahtar oluşturun ve eskisini onunla değiştirin.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why?</source>
        <translation>Neden?</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Picture of the permission panel</source>
        <translation>İzin panelinin resmi</translation>
    </message>
    <message>
        <source>Tick only these:</source>
        <translation>Yalnızca bunları işaretleyin:</translation>
    </message>
    <message>
        <source>Leave these empty:</source>
        <translation>Bunları işaretsiz bırakın:</translation>
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
        <translation>Yalnızca spot, IP kısıtlamalı (en güvenli anahtar)</translation>
    </message>
    <message>
        <source>Withdrawals switched on</source>
        <translation>Para çekme açık</translation>
    </message>
    <message>
        <source>Unified account default: derivatives on</source>
        <translation>Birleşik hesap varsayılanı: türev ürünler açık</translation>
    </message>
    <message>
        <source>Spot margin switched on, with a loan</source>
        <translation>Spot marjin açık, bir borçla birlikte</translation>
    </message>
    <message>
        <source>No IP restriction, expires in 10 days</source>
        <translation>IP kısıtlaması yok, 10 gün içinde sona eriyor</translation>
    </message>
    <message>
        <source>An answer without its IP list</source>
        <translation>IP listesi olmayan bir yanıt</translation>
    </message>
    <message>
        <source>Refused for this region</source>
        <translation>Bu bölge için reddedildi</translation>
    </message>
    <message>
        <source>Futures switched on</source>
        <translation>Vadeli işlemler (futures) açık</translation>
    </message>
    <message>
        <source>Margin switched on, with a loan open</source>
        <translation>Marjin açık, ödenmemiş borç var</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>IP kısıtlaması yok</translation>
    </message>
    <message>
        <source>Options activated on the account</source>
        <translation>Hesapta opsiyonlar etkinleştirilmiş</translation>
    </message>
    <message>
        <source>Spot only, but a Flexible Loan is open</source>
        <translation>Yalnızca spot, ama açık bir Flexible Loan (esnek kredi) var</translation>
    </message>
    <message>
        <source>Options and transfers switched on</source>
        <translation>Opsiyonlar ve transferler açık</translation>
    </message>
    <message>
        <source>Earn switched on</source>
        <translation>&quot;Earn&quot; (Kazanç ürünleri) izni açık</translation>
    </message>
    <message>
        <source>Spot only, but a Crypto Loan is open</source>
        <translation>Yalnızca spot, ama açık bir Crypto Loan (kripto kredi) var</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>Sihirbazın tanımadığı bir izin</translation>
    </message>
    <message>
        <source>Query Funds switched on (can move funds to Futures)</source>
        <translation>Query Funds açık (parayı Futures cüzdanına aktarabilir)</translation>
    </message>
    <message>
        <source>No IP restriction, 120 days old</source>
        <translation>IP kısıtlaması yok, 120 günlük</translation>
    </message>
    <message>
        <source>Used by another program</source>
        <translation>Başka bir program tarafından kullanılmış</translation>
    </message>
    <message>
        <source>Key details unavailable (slower check)</source>
        <translation>Anahtar bilgileri alınamıyor (daha yavaş kontrol)</translation>
    </message>
    <message>
        <source>Read only (cannot trade)</source>
        <translation>Yalnızca okuma (alım satım yapamaz)</translation>
    </message>
    <message>
        <source>Reading switched off</source>
        <translation>Okuma kapalı</translation>
    </message>
    <message>
        <source>Self-generated Ed25519 key, spot only</source>
        <translation>Kendi oluşturduğunuz Ed25519 anahtarı, yalnızca spot</translation>
    </message>
    <message>
        <source>An answer without the withdrawal switch</source>
        <translation>Para çekme ayarı olmayan bir yanıt</translation>
    </message>
    <message>
        <source>A switch the wizard does not know, turned on</source>
        <translation>Sihirbazın tanımadığı bir ayar açık</translation>
    </message>
    <message>
        <source>Refused where it is asked from</source>
        <translation>İsteğin geldiği yer nedeniyle reddedildi</translation>
    </message>
    <message>
        <source>Restricted to another computer&apos;s address</source>
        <translation>Başka bir bilgisayarın IP adresiyle sınırlı</translation>
    </message>
    <message>
        <source>Spot only, but this computer&apos;s clock is 2.5 s slow</source>
        <translation>Yalnızca spot, ama bu bilgisayarın saati 2.5 saniye geride</translation>
    </message>
    <message>
        <source>Ed25519 key, spot only</source>
        <translation>Ed25519 anahtarı, yalnızca spot</translation>
    </message>
    <message>
        <source>Trade key on a perpetuals (INTX) portfolio</source>
        <translation>Süresiz sözleşme (INTX) portföyünde alım satım anahtarı</translation>
    </message>
    <message>
        <source>Spot only, with hundreds of wallets</source>
        <translation>Yalnızca spot, yüzlerce cüzdanla</translation>
    </message>
    <message>
        <source>PRACTICE: a pretend exchange. Nothing here touches your real account or keychain.</source>
        <translation>ALIŞTIRMA: sahte bir borsa. Buradaki hiçbir şey gerçek hesabınıza ya da parola kasanıza dokunmaz.</translation>
    </message>
    <message>
        <source>A bot that traded spot only</source>
        <translation>Yalnızca spot alım satım yapan bir bot</translation>
    </message>
    <message>
        <source>A bot that borrowed on margin</source>
        <translation>Marjinle borç alan bir bot</translation>
    </message>
    <message>
        <source>A bot that put coins in Earn</source>
        <translation>Coinleri Earn&apos;e koyan bir bot</translation>
    </message>
    <message>
        <source>A bot that traded futures</source>
        <translation>Vadeli işlem yapan bir bot</translation>
    </message>
    <message>
        <source>A bot that moved coins to futures</source>
        <translation>Coinleri vadeli işlemlere aktaran bir bot</translation>
    </message>
    <message>
        <source>A bot that withdrew coins</source>
        <translation>Coin çeken bir bot</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Simple Earn, staking and Dual Investment</source>
        <translation>Simple Earn, staking ve Dual Investment</translation>
    </message>
    <message>
        <source>Crypto Loan</source>
        <translation>Crypto Loan</translation>
    </message>
    <message>
        <source>Margin special key</source>
        <translation>Marjin özel anahtarı</translation>
    </message>
    <message>
        <source>Cross and isolated margin</source>
        <translation>Çapraz ve izole marjin</translation>
    </message>
    <message>
        <source>USD-M and COIN-M futures, portfolio margin</source>
        <translation>USD-M ve COIN-M vadeli işlemler, portföy marjini</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsiyonlar</translation>
    </message>
    <message>
        <source>Withdrawals and gift cards</source>
        <translation>Para çekme ve hediye kartları</translation>
    </message>
    <message>
        <source>Universal transfer between wallets</source>
        <translation>Cüzdanlar arası evrensel transfer</translation>
    </message>
    <message>
        <source>Transfers between master and sub-accounts</source>
        <translation>Ana hesap ve alt hesaplar arası transferler</translation>
    </message>
    <message>
        <source>Spot margin</source>
        <translation>Spot marjin</translation>
    </message>
    <message>
        <source>Derivatives: perpetuals and futures</source>
        <translation>Türevler: sürekli vadeli ve vadeli işlemler</translation>
    </message>
    <message>
        <source>USDC contracts: options and USDC perpetuals</source>
        <translation>USDC sözleşmeleri: opsiyonlar ve USDC sürekli vadeli</translation>
    </message>
    <message>
        <source>Block trades (RFQ)</source>
        <translation>Blok işlemler (RFQ)</translation>
    </message>
    <message>
        <source>Earn and Advanced Earn (incl. Smart Leverage, Dual Asset)</source>
        <translation>Earn ve Advanced Earn (Smart Leverage, Dual Asset dahil)</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Para çekme</translation>
    </message>
    <message>
        <source>Transfers between wallets and sub-accounts</source>
        <translation>Cüzdanlar ve alt hesaplar arası transferler</translation>
    </message>
    <message>
        <source>Creating keys and sub-accounts</source>
        <translation>Anahtar ve alt hesap oluşturma</translation>
    </message>
    <message>
        <source>P2P, Bybit Pay, fiat convert, Bybit Card</source>
        <translation>P2P, Bybit Pay, fiat dönüştürme, Bybit Card</translation>
    </message>
    <message>
        <source>US futures, perpetuals and Coinbase&apos;s derivatives exchange</source>
        <translation>ABD vadeli işlemleri, sürekli vadeli işlemler ve Coinbase&apos;in türev borsası</translation>
    </message>
    <message>
        <source>Sends, withdrawals and moves between portfolios</source>
        <translation>Gönderimler, para çekme ve portföyler arası aktarımlar</translation>
    </message>
    <message>
        <source>Margin trading (orders with leverage)</source>
        <translation>Marjin işlemleri (kaldıraçlı emirler)</translation>
    </message>
    <message>
        <source>WalletTransfer to a Kraken Futures wallet</source>
        <translation>Kraken Futures cüzdanına WalletTransfer</translation>
    </message>
    <message>
        <source>Earn (staking and rewards)</source>
        <translation>Earn (staking ve ödüller)</translation>
    </message>
    <message>
        <source>Withdrawals and sub-account transfers</source>
        <translation>Para çekme ve alt hesap transferleri</translation>
    </message>
    <message>
        <source>Kraken Futures</source>
        <translation>Kraken Futures</translation>
    </message>
    <message>
        <source>Simple Earn, staking and other Earn products</source>
        <translation>Simple Earn, staking ve diğer Earn ürünleri</translation>
    </message>
    <message>
        <source>Flexible Loan</source>
        <translation>Flexible Loan</translation>
    </message>
    <message>
        <source>Funds transfer</source>
        <translation>Fon transferi</translation>
    </message>
    <message>
        <source>Borrowing in Spot mode</source>
        <translation>Spot modunda borçlanma</translation>
    </message>
    <message>
        <source>Futures, multi-currency and portfolio margin modes</source>
        <translation>Vadeli işlemler, çoklu para birimi ve portföy marjini modları</translation>
    </message>
</context>
<context>
    <name>QR</name>
    <message>
        <source>Too much to fit in one QR code: use the text beside it.</source>
        <translation>Tek bir QR koduna sığmayacak kadar çok veri var: yanındaki metni kullanın.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR kodu</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>See balances, orders and trades. Needed.</source>
        <translation>Bakiyeleri, emirleri ve işlemleri görür. Gerekli.</translation>
    </message>
    <message>
        <source>Buy and sell coins you own. Needed by a bot.</source>
        <translation>Sahip olduğunuz coinleri alıp satar. Bot için gerekli.</translation>
    </message>
    <message>
        <source>Borrow to trade, with interest (riba). Never.</source>
        <translation>Alım satım için borç alır; bu borç faiz (riba) içerir. Asla.</translation>
    </message>
    <message>
        <source>Derivative contracts with leverage. Never.</source>
        <translation>Kaldıraçlı türev sözleşmeler. Asla.</translation>
    </message>
    <message>
        <source>Derivative contracts. Never.</source>
        <translation>Türev sözleşmeler. Asla.</translation>
    </message>
    <message>
        <source>Send coins out of the exchange. Never.</source>
        <translation>Coinleri borsadan dışarı gönderir. Asla.</translation>
    </message>
    <message>
        <source>Move funds to other accounts. Never.</source>
        <translation>Parayı başka hesaplara aktarır. Asla.</translation>
    </message>
    <message>
        <source>Move funds between wallets. Never.</source>
        <translation>Parayı cüzdanlar arasında aktarır. Asla.</translation>
    </message>
    <message>
        <source>Savings, staking or lending for interest (riba). Never.</source>
        <translation>Faiz (riba) karşılığında birikim, staking ya da borç verme. Asla.</translation>
    </message>
    <message>
        <source>Borrow through a loan product, with interest (riba). Never.</source>
        <translation>Bir kredi ürünüyle borç alır; bu borç faiz (riba) içerir. Asla.</translation>
    </message>
    <message>
        <source>Refused from any other address. Recommended.</source>
        <translation>Başka her adresten reddedilir. Önerilir.</translation>
    </message>
    <message>
        <source>Margin account open</source>
        <translation>Marjin hesabı açık</translation>
    </message>
    <message>
        <source>Futures account open</source>
        <translation>Vadeli işlem (futures) hesabı açık</translation>
    </message>
    <message>
        <source>Options account open</source>
        <translation>Opsiyon hesabı açık</translation>
    </message>
    <message>
        <source>Portfolio margin switched on</source>
        <translation>Portföy marjini açık</translation>
    </message>
    <message>
        <source>A margin loan is owed now</source>
        <translation>Şu anda ödenmemiş bir marjin borcu var</translation>
    </message>
    <message>
        <source>Derivatives positions open</source>
        <translation>Açık türev pozisyonları var</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>a secret shared with the exchange (HMAC)</source>
        <translation>borsayla paylaşılan bir gizli anahtar (HMAC)</translation>
    </message>
    <message>
        <source>a key pair: the exchange holds only its public half (Ed25519)</source>
        <translation>bir anahtar çifti: borsa yalnızca açık yarısını tutar (Ed25519)</translation>
    </message>
    <message>
        <source>a key pair made by the exchange (ECDSA)</source>
        <translation>borsanın oluşturduğu bir anahtar çifti (ECDSA)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>bildirilmedi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Key verification report</source>
        <translation>Anahtar doğrulama raporu</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Borsa</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Anahtar türü</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Doğrulama zamanı</translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>Anahtarın yapabildikleri</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bulgular</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Bulgu yok.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Kontrol listesi yanıtları</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON twin:</source>
        <translation>Eşlik eden JSON dosyasının SHA-256 değeri:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Choose a name of 1 to 64 letters, digits, spaces or signs other than : / \, for example HalalSpot-2026-11-21.</source>
        <translation>1 ile 64 arasında harf, rakam, boşluk veya : / \ dışındaki işaretlerden oluşan bir ad seçin, örneğin HalalSpot-2026-11-21.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key: deleting a shared key on the exchange would stop both.</source>
        <translation>Bu anahtar zaten &quot;{label}&quot; adıyla kayıtlı. Her programa ayrı bir anahtar verin: ortak kullanılan bir anahtarı borsada silmek iki programı birden durdurur.</translation>
    </message>
    <message>
        <source>A key named &quot;{label}&quot; is stored already. Choose another name, or replace that key with rotation.</source>
        <translation>&quot;{label}&quot; adında bir anahtar zaten kayıtlı. Başka bir ad seçin ya da o anahtarı yenisiyle değiştirin (yenileme).</translation>
    </message>
    <message>
        <source>This key was not stored: it can do something a spot-only key must not. Fix the findings marked critical, then try again.</source>
        <translation>Bu anahtar kaydedilmedi: yalnızca spot işlem yapması gereken bir anahtarın yapmaması gereken bir şeyi yapabiliyor. Kritik olarak işaretlenen sorunları düzeltin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>This is the key that is stored already. Make a new key on the exchange and enter that one.</source>
        <translation>Bu, zaten kayıtlı olan anahtar. Borsada yeni bir anahtar oluşturun ve onu girin.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key.</source>
        <translation>Bu anahtar zaten &quot;{label}&quot; adıyla kayıtlı. Her programa ayrı bir anahtar verin.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The key&apos;s permissions</source>
        <translation>Anahtarın izinleri</translation>
    </message>
    <message>
        <source>Your account&apos;s settings</source>
        <translation>Hesabınızın ayarları</translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation>Spot bakiyeler</translation>
    </message>
    <message>
        <source>Margin loans</source>
        <translation>Marjin borçları</translation>
    </message>
    <message>
        <source>Loans open on the account</source>
        <translation>Hesaptaki açık krediler</translation>
    </message>
    <message>
        <source>The funding wallet</source>
        <translation>Funding wallet (Fonlama cüzdanı)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>Bu bilgisayarın saati</translation>
    </message>
    <message>
        <source>&amp;Enter a new key</source>
        <translation>Yeni bir anahtar &amp;girin</translation>
    </message>
    <message>
        <source>Critical: {finding}</source>
        <translation>Kritik: {finding}</translation>
    </message>
    <message>
        <source>On {exchange}, change the boxes framed in red and save:</source>
        <translation>{exchange} borsasında kırmızı çerçeveli kutuları değiştirin ve kaydedin:</translation>
    </message>
    <message>
        <source>Untick:</source>
        <translation>İşaretini kaldırın:</translation>
    </message>
    <message>
        <source>Tick:</source>
        <translation>İşaretleyin:</translation>
    </message>
    <message>
        <source>Read the account</source>
        <translation>Hesabı okuma</translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation>Spot alım satım</translation>
    </message>
    <message>
        <source>Margin (borrowing)</source>
        <translation>Marjin (borç alma)</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>Vadeli işlemler (futures)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsiyonlar</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Para çekme</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Başka hesaplara transfer</translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation>Cüzdanlar arası transfer</translation>
    </message>
    <message>
        <source>Earn (interest)</source>
        <translation>Earn (faizli ürünler)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Krediler</translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation>Güvenilir IP&apos;lerle sınırlı</translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation>Borsaya soruluyor…</translation>
    </message>
    <message>
        <source>I changed it — &amp;verify again</source>
        <translation>Değiştirdim — yeniden &amp;doğrula</translation>
    </message>
    <message>
        <source>Where to check: </source>
        <translation>Nerede kontrol etmeli: </translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>Anahtarın yapabildikleri</translation>
    </message>
    <message>
        <source>off, checked by you</source>
        <translation>kapalı, siz kontrol ettiniz</translation>
    </message>
    <message>
        <source>not reported by the exchange</source>
        <translation>borsa bildirmedi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on. Read the notes below before you use this key.</source>
        <translation>Borsa tehlikeli hiçbir şeyin açık olduğunu göstermiyor. Bu anahtarı kullanmadan önce aşağıdaki notları okuyun.</translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is marked critical on the exchange, then verify again.</source>
        <translation>Güvenli değil: bu anahtar kaydedilmeyecek. Kritik olarak işaretlenenleri borsada değiştirin, sonra yeniden doğrulayın.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>yes, and no setting stops it</source>
        <translation>evet; hiçbir ayar bunu durduramaz</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>EVET</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>HAYIR</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>Safe: this key is spot-only.</source>
        <translation>Güvenli: bu anahtar yalnızca spot işlem yapabiliyor.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Çözüm: </translation>
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
        <translation>Anahtarın oluşturulduğu tarih: {date} ({days} gün önce)</translation>
    </message>
    <message>
        <source>{exchange} does not tell when a key was made: replace it 90 days after you made it. When you save it, the wizard counts from today.</source>
        <translation>{exchange}, anahtarın ne zaman oluşturulduğunu bildirmiyor: anahtarı, oluşturduğunuz günden 90 gün sonra değiştirin. Anahtarı kaydettiğinizde sihirbaz bugünden itibaren saymaya başlar.</translation>
    </message>
    <message>
        <source>Replace it by: {date}</source>
        <translation>Son değiştirme tarihi: {date}</translation>
    </message>
    <message>
        <source>Clock difference: {ms} ms</source>
        <translation>Saat farkı: {ms} ms</translation>
    </message>
    <message>
        <source>Spot balances: {balances}</source>
        <translation>Spot bakiyeler: {balances}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Borsa</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>&amp;Borsa:</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Ne yapmak istersiniz?</translation>
    </message>
    <message>
        <source>&amp;Set up a new key</source>
        <translation>Yeni bir anahtar &amp;kur</translation>
    </message>
    <message>
        <source>&amp;Replace (rotate) a key I set up before</source>
        <translation>Daha önce kurduğum bir &amp;anahtarı değiştir (yenile)</translation>
    </message>
    <message>
        <source>Replacing skips the account checks you did the first time. Do it every 90 days, or at once if the key may have leaked.</source>
        <translation>Değiştirirken ilk seferde yaptığınız hesap kontrolleri atlanır. Bunu her 90 günde bir yapın; anahtar başkasının eline geçmiş olabilirse hemen yapın.</translation>
    </message>
    <message>
        <source>Back to my real acc&amp;ount</source>
        <translation>Gerçek hesabı&amp;ma dön</translation>
    </message>
    <message>
        <source>&amp;Practise on a pretend exchange</source>
        <translation>Önce &amp;sahte bir borsada dene</translation>
    </message>
    <message>
        <source>Check what my bot &amp;did…</source>
        <translation>Botumun &amp;ne yaptığını kontrol et…</translation>
    </message>
    <message>
        <source>The key to replace</source>
        <translation>Değiştirilecek anahtar</translation>
    </message>
    <message>
        <source>{label} ({exchange}, key {key}, {days} days old, replace by {due})</source>
        <translation>{label} ({exchange}, anahtar {key}, {days} günlük, son değiştirme tarihi {due})</translation>
    </message>
    <message>
        <source>No key is stored on this computer yet, so there is nothing to replace. Choose &quot;Set up a new key&quot;.</source>
        <translation>Bu bilgisayarda henüz kayıtlı bir anahtar yok, bu yüzden değiştirilecek bir şey yok. &quot;Yeni bir anahtar kur&quot; seçeneğini seçin.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Biti&amp;r</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>{app} — Practice</source>
        <translation>{app} — Alıştırma</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Sihirbazdan çıkılsın mı?</translation>
    </message>
    <message>
        <source>What you entered on these pages is forgotten, and no key is stored. A key you already made on the exchange stays there until you delete it.</source>
        <translation>Bu sayfalara girdikleriniz unutulur ve hiçbir anahtar saklanmaz. Borsada oluşturduğunuz anahtar, siz silene kadar orada kalır.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Ayrıl</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Kal</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Adım {number} / {total}</translation>
    </message>
</context>
</TS>
