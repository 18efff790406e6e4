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
    <name>Checklist</name>
    <message>
        <source>I can&apos;t find this</source>
        <translation>Bunu bulamıyorum</translation>
    </message>
    <message>
        <source>Tick each one when it is true:</source>
        <translation>Doğru olan her maddeyi işaretleyin:</translation>
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
        <source>Now retire the old key on the exchange:</source>
        <translation>Şimdi borsadaki eski anahtarı kaldırın:</translation>
    </message>
    <message>
        <source>The exchange confirmed that this key can only read and trade spot. Replace it by {date}.</source>
        <translation>Borsa, bu anahtarın yalnızca okuma ve spot alım satım yapabildiğini doğruladı. Anahtarı {date} tarihine kadar yenisiyle değiştirin.</translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation>Alıştırma: hiçbir şey kaydedilmedi. Gerçek bir anahtarda gizli anahtar yalnızca bilgisayarınızın parola kasasına kaydedilir, başka hiçbir yere değil.</translation>
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
        <source>The key was not saved</source>
        <translation>Anahtar kaydedilmedi</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation>Beklenmeyen bir sorun oluştu ({name}). Hiçbir şey kaydedilmedi.</translation>
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
        <source>Practice keys fill in both fields for you:</source>
        <translation>Alıştırma anahtarları iki alanı da sizin için doldurur:</translation>
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
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one Binance shows in the key&apos;s row.</source>
        <translation>Bu bir özel anahtara (private key) benziyor; onun yeri gizli anahtar alanıdır. Buraya API anahtarını yapıştırın: Binance&apos;in anahtar satırında gösterdiği anahtarı.</translation>
    </message>
    <message>
        <source>Paste the API Key here.</source>
        <translation>API anahtarını buraya yapıştırın.</translation>
    </message>
    <message>
        <source>This is a public key. The secret of a self-generated key is its private key: the file that begins with BEGIN PRIVATE KEY.</source>
        <translation>Bu bir açık anahtar (public key). Kendi oluşturduğunuz bir anahtarda gizli anahtar, özel anahtardır (private key): BEGIN PRIVATE KEY ile başlayan dosya.</translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN PRIVATE KEY to END PRIVATE KEY, both lines included.</source>
        <translation>Özel anahtar eksik: BEGIN PRIVATE KEY satırından END PRIVATE KEY satırına kadar her şeyi, bu iki satır da dahil olmak üzere kopyalayın.</translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. Binance&apos;s key generator makes the right kind.</source>
        <translation>Bu özel anahtar, şifrelenmemiş bir Ed25519 anahtarı değil. Binance&apos;in anahtar oluşturma aracı doğru türde anahtar üretir.</translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation>Gizli anahtarı buraya yapıştırın.</translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from Binance; it is a different text.</source>
        <translation>Gizli anahtar, API anahtarıyla aynı. Gizli anahtarı (Secret Key) Binance&apos;ten kopyalayın; o farklı bir metindir.</translation>
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
        <source>{exchange} will switch off trading for this key on {date}.</source>
        <translation>{exchange}, {date} tarihinde bu anahtarın alım satım iznini kapatacak.</translation>
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
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that can only trade spot: buy and sell coins you own outright. It will not be able to borrow (riba), trade futures or other derivatives, or move your money out.</source>
        <translation>Bir alım satım programının borsa hesabınıza erişmesi için bir anahtar gerekir. Bu sihirbaz, yalnızca spot işlem yapabilen bir anahtar oluşturmanıza yardım eder: yani yalnızca tamamen size ait coinleri alıp satabilir. Bu anahtar faizli borç (riba) alamaz, vadeli işlem (futures) veya başka türev ürünlerle işlem yapamaz ve paranızı hesabınızdan dışarı çıkaramaz.</translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation>Sonunda sihirbaz, bu anahtarın gerçekte neler yapabildiğini borsaya sorar ve size gösterir.</translation>
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
        <source>Keep futures and margin switched off</source>
        <translation>Vadeli işlemleri (futures) ve marjini kapalı tutun</translation>
    </message>
    <message>
        <source>These are account features you never need for halal spot trading.</source>
        <translation>Bunlar, helal spot alım satım için hiçbir zaman ihtiyaç duymayacağınız hesap özellikleridir.</translation>
    </message>
    <message>
        <source>Futures, options and leveraged tokens are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba). On Binance each must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation>Vadeli işlemler (futures), opsiyonlar ve kaldıraçlı tokenlar türev ürünlerdir: sahip olduğunuz coinler değil, bir fiyat üzerine yapılan sözleşmelerdir. Marjin ise faizle borç almaktır, yani faizdir (riba). Binance&apos;te bunların her biri bilerek açılmalıdır; bu yüzden yeni bir hesapta hiçbiri açık değildir. Kapalı bırakın.</translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation>Daha önce birini açtıysanız: tüm pozisyonları kapatın, varsa borcu geri ödeyin ve paranızı Spot cüzdanınıza geri aktarın.</translation>
    </message>
    <message>
        <source>I have no futures account, or it is empty with no open positions</source>
        <translation>Vadeli işlem (futures) hesabım yok ya da boş ve açık pozisyonu yok</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one and there is nothing to do: tick this. If it is listed, close its positions and transfer its funds to Spot.</source>
        <translation>Binance&apos;te: &quot;Wallet&quot; (Cüzdan), ardından &quot;Overview&quot; (Genel Bakış). Listede Futures cüzdanı yoksa hiç açmamışsınız demektir ve yapmanız gereken bir şey yok: bunu işaretleyin. Listede varsa pozisyonlarını kapatın ve içindeki parayı Spot cüzdanına aktarın.</translation>
    </message>
    <message>
        <source>I have no margin account, or it has no loan and no funds</source>
        <translation>Marjin hesabım yok ya da hesapta borç ve para yok</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation>Binance&apos;te: &quot;Wallet&quot; (Cüzdan), ardından &quot;Overview&quot; (Genel Bakış). Listede Margin cüzdanı yoksa hiç açmamışsınız demektir: bunu işaretleyin. Varsa Margin cüzdanındaki tüm borçları geri ödeyin ve kalan parayı Spot cüzdanına aktarın.</translation>
    </message>
    <message>
        <source>I do not use options, leveraged tokens or portfolio margin</source>
        <translation>Opsiyon, kaldıraçlı token veya portföy marjini kullanmıyorum</translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation>Bunlar, ayrıca kaydolmanız gereken ayrı Binance ürünleridir. Hiç kaydolmadıysanız bunu işaretleyin.</translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation>Anahtarı oluşturun ve adlandırın</translation>
    </message>
    <message>
        <source>On Binance: profile icon, then API Management, then Create API.</source>
        <translation>Binance&apos;te: profil simgesi, ardından &quot;API Management&quot; (API Yönetimi), ardından &quot;Create API&quot; (API Oluştur).</translation>
    </message>
    <message>
        <source>Binance offers two kinds of key. With &quot;System generated&quot;, Binance makes the key and its secret. With &quot;Self-generated&quot;, this computer makes a key pair and Binance gets only its public half: the safest choice. Choose one:</source>
        <translation>Binance iki tür anahtar sunar. &quot;System generated&quot; (Sistem tarafından oluşturulan) seçeneğinde anahtarı ve gizli anahtarı Binance oluşturur. &quot;Self-generated&quot; (Kendi oluşturduğunuz) seçeneğinde bu bilgisayar bir anahtar çifti oluşturur ve Binance yalnızca açık anahtarı alır: en güvenli seçenek budur. Birini seçin:</translation>
    </message>
    <message>
        <source>Give it a name that says what it is for, so you recognise it later:</source>
        <translation>Anahtara ne için kullanıldığını anlatan bir ad verin; böylece daha sonra onu tanırsınız:</translation>
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
        <source>Click Edit restrictions on the new key and make it look like this.</source>
        <translation>Yeni anahtarın yanındaki &quot;Edit restrictions&quot; (Kısıtlamaları Düzenle) düğmesine tıklayın ve ayarları bu resimdeki gibi yapın.</translation>
    </message>
    <message>
        <source>Only two boxes are ticked: Enable Reading and Enable Spot &amp; Margin Trading. Despite its name, the second one cannot borrow while your account has no margin account.</source>
        <translation>Yalnızca iki kutu işaretli olmalı: &quot;Enable Reading&quot; (Okumayı Etkinleştir) ve &quot;Enable Spot &amp; Margin Trading&quot; (Spot ve Marjin İşlemlerini Etkinleştir). Adı öyle olsa da ikincisi, hesabınızda marjin hesabı olmadığı sürece borç alamaz.</translation>
    </message>
    <message>
        <source>My key&apos;s boxes match the picture, and I saved</source>
        <translation>Anahtarımın kutuları resimdekiyle aynı ve kaydettim</translation>
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
        <source>Under IP access restrictions choose &quot;Restrict access to trusted IPs only&quot; and enter the address of the computer or service that will trade. A copied key is then useless anywhere else.</source>
        <translation>&quot;IP access restrictions&quot; (IP erişim kısıtlamaları) altında &quot;Restrict access to trusted IPs only&quot; (Erişimi yalnızca güvenilir IP&apos;lerle sınırla) seçeneğini seçin ve alım satımı yapacak bilgisayarın veya hizmetin IP adresini girin. Böylece kopyalanan bir anahtar başka hiçbir yerde işe yaramaz.</translation>
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
        <source>Your key is spot-only.</source>
        <translation>Anahtarınız yalnızca spot işlem yapabiliyor.</translation>
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
        <source>Needed to buy and sell. Cannot borrow without a margin account.</source>
        <translation>Alım satım için gerekli. Hesabınızda marjin hesabı yoksa borç alamaz.</translation>
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
        <source>The addresses, for a phone</source>
        <translation>Telefon için adresler</translation>
    </message>
    <message>
        <source>Binance&apos;s API Management page</source>
        <translation>Binance&apos;in &quot;API Management&quot; (API Yönetimi) sayfası</translation>
    </message>
    <message>
        <source>If the list holds only the trading service&apos;s addresses, checking the key from this computer ends with &quot;The exchange did not accept this key&quot;. For the check, add this computer&apos;s address too, or check the key from the service.</source>
        <translation>Listede yalnızca alım satım hizmetinin adresleri varsa, anahtarı bu bilgisayardan kontrol ettiğinizde &quot;Borsa bu anahtarı kabul etmedi&quot; sonucunu alırsınız. Kontrol için bu bilgisayarın adresini de ekleyin ya da anahtarı hizmetin kendisinden kontrol edin.</translation>
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
        <source>Binance makes the key (&quot;System generated&quot;)</source>
        <translation>Anahtarı Binance oluşturur: &quot;System generated&quot; (Sistem tarafından oluşturulan)</translation>
    </message>
    <message>
        <source>This computer makes a key pair (Ed25519, the safest choice)</source>
        <translation>Bu bilgisayar bir anahtar çifti oluşturur (Ed25519, en güvenli seçenek)</translation>
    </message>
    <message>
        <source>The private key is made here and goes straight into your computer&apos;s keychain: it never leaves this computer. Binance gets only the public key below. On Binance choose &quot;Self-generated&quot;, paste the public key, and Binance shows the API Key: later you enter only that.</source>
        <translation>Özel anahtar burada oluşturulur ve doğrudan bilgisayarınızın parola kasasına kaydedilir: bu bilgisayardan hiç çıkmaz. Binance yalnızca aşağıdaki açık anahtarı alır. Binance&apos;te &quot;Self-generated&quot; (Kendi oluşturduğunuz) seçeneğini seçin ve açık anahtarı yapıştırın; Binance size API anahtarını gösterir. Daha sonra yalnızca onu girersiniz.</translation>
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
        <source>The private key is in your keychain. Paste the public key into Binance.</source>
        <translation>Özel anahtar parola kasanızda. Şimdi açık anahtarı Binance&apos;e yapıştırın.</translation>
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
    <name>Permissions</name>
    <message>
        <source>Picture of the permission panel</source>
        <translation>İzin panelinin resmi</translation>
    </message>
    <message>
        <source>Tick it.</source>
        <translation>İşaretleyin.</translation>
    </message>
    <message>
        <source>Never tick it.</source>
        <translation>Asla işaretlemeyin.</translation>
    </message>
    <message>
        <source>{box}: {verb} {reason}</source>
        <translation>{box}: {verb} {reason}</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>PRACTICE: a simulated exchange with sample keys. Nothing here touches a real account or your keychain.</source>
        <translation>ALIŞTIRMA: örnek anahtarlarla çalışan, gerçek olmayan bir borsa. Buradaki hiçbir şey gerçek bir hesaba ya da parola kasanıza dokunmaz.</translation>
    </message>
    <message>
        <source>Spot only, IP-restricted (the safe key)</source>
        <translation>Yalnızca spot, IP kısıtlamalı (güvenli anahtar)</translation>
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
        <source>Futures switched on</source>
        <translation>Vadeli işlemler (futures) açık</translation>
    </message>
    <message>
        <source>Margin switched on, with a loan open</source>
        <translation>Marjin açık, ödenmemiş borç var</translation>
    </message>
    <message>
        <source>Options and transfers switched on</source>
        <translation>Opsiyonlar ve transferler açık</translation>
    </message>
    <message>
        <source>No IP restriction, 120 days old</source>
        <translation>IP kısıtlaması yok, 120 günlük</translation>
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
        <source>Restricted to another computer&apos;s address</source>
        <translation>Başka bir bilgisayarın IP adresiyle sınırlı</translation>
    </message>
    <message>
        <source>Spot only, but this computer&apos;s clock is 2.5 s slow</source>
        <translation>Yalnızca spot, ama bu bilgisayarın saati 2.5 saniye geride</translation>
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
        <source>Read the account</source>
        <translation>Hesabı okuma</translation>
    </message>
    <message>
        <source>See balances, orders and trades. Needed.</source>
        <translation>Bakiyeleri, emirleri ve işlemleri görür. Gerekli.</translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation>Spot alım satım</translation>
    </message>
    <message>
        <source>Buy and sell coins you own. Needed by a bot.</source>
        <translation>Sahip olduğunuz coinleri alıp satar. Bot için gerekli.</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marjin (borç alma)</translation>
    </message>
    <message>
        <source>Borrow to trade, with interest (riba). Never.</source>
        <translation>Alım satım için borç alır; bu borç faiz (riba) içerir. Asla.</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>Vadeli işlemler (futures)</translation>
    </message>
    <message>
        <source>Derivative contracts with leverage. Never.</source>
        <translation>Kaldıraçlı türev sözleşmeler. Asla.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsiyonlar</translation>
    </message>
    <message>
        <source>Derivative contracts. Never.</source>
        <translation>Türev sözleşmeler. Asla.</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Para çekme</translation>
    </message>
    <message>
        <source>Send coins out of the exchange. Never.</source>
        <translation>Coinleri borsadan dışarı gönderir. Asla.</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Başka hesaplara transfer</translation>
    </message>
    <message>
        <source>Move funds to other accounts. Never.</source>
        <translation>Parayı başka hesaplara aktarır. Asla.</translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation>Cüzdanlar arası transfer</translation>
    </message>
    <message>
        <source>Move funds between wallets. Never.</source>
        <translation>Parayı cüzdanlar arasında aktarır. Asla.</translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation>Güvenilir IP&apos;lerle sınırlı</translation>
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
        <source>Safe: spot-only.</source>
        <translation>Güvenli: yalnızca spot.</translation>
    </message>
    <message>
        <source>Spot-only, with notes worth fixing.</source>
        <translation>Yalnızca spot; düzeltilmesi iyi olacak notlar var.</translation>
    </message>
    <message>
        <source>Not safe: this key must not be used.</source>
        <translation>Güvenli değil: bu anahtarı kullanmayın.</translation>
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
        <source>Key made</source>
        <translation>Anahtarın oluşturulduğu tarih</translation>
    </message>
    <message>
        <source>Replace by</source>
        <translation>Şu tarihe kadar değiştirin</translation>
    </message>
    <message>
        <source>Clock difference (ms)</source>
        <translation>Saat farkı (ms)</translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation>Spot bakiyeler</translation>
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
        <source>Fix:</source>
        <translation>Çözüm:</translation>
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
        <source>Choose a name of 1 to 64 characters without : / \ or line breaks, for example HalalSpot-2026-11-21.</source>
        <translation>1 ile 64 karakter arasında, içinde : / \ ya da satır sonu olmayan bir ad seçin; örneğin HalalSpot-2026-11-21.</translation>
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
        <source>This computer&apos;s clock</source>
        <translation>Bu bilgisayarın saati</translation>
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
        <source>What the key can do</source>
        <translation>Anahtarın yapabildikleri</translation>
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
        <source>no</source>
        <translation>hayır</translation>
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
        <source>What to do: </source>
        <translation>Ne yapmalı: </translation>
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
        <source>Spot-only, with notes below worth fixing.</source>
        <translation>Yalnızca spot işlem yapabiliyor; yine de aşağıdaki notları düzeltmeniz iyi olur.</translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is shown in red on the exchange, then verify again.</source>
        <translation>Güvenli değil: bu anahtar kaydedilmeyecek. Kırmızıyla gösterilenleri borsada değiştirin, sonra yeniden doğrulayın.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Çözüm: </translation>
    </message>
    <message>
        <source>Key made: {date} ({days} days ago)</source>
        <translation>Anahtarın oluşturulduğu tarih: {date} ({days} gün önce)</translation>
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
        <source>Set up a &amp;new key</source>
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
</context>
</TS>
