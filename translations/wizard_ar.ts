<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Addresses</name>
    <message>
        <source>Line {line}: &quot;{text}&quot; is not an IP address. Write one address per line, like 203.0.113.7 or 2001:db8::7.</source>
        <translation>السطر {line}: &quot;{text}&quot; ليس عنوان IP. اكتب عنوانًا واحدًا في كل سطر، مثل 203.0.113.7 أو 2001:db8::7.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>borrowing: a margin loan carries interest (riba)</source>
        <translation>اقتراض: قرض الهامش عليه فائدة (الربا)</translation>
    </message>
    <message>
        <source>interest (riba) was charged on borrowed funds</source>
        <translation>احتُسبت فائدة (الربا) على أموال مقترضة</translation>
    </message>
    <message>
        <source>a loan: it carries interest (riba)</source>
        <translation>قرض: عليه فائدة (الربا)</translation>
    </message>
    <message>
        <source>a derivatives position: a contract on a price, not a coin owned</source>
        <translation>صفقة مشتقات: عقد على سعر، لا عملة تملكها</translation>
    </message>
    <message>
        <source>funds moved to or from derivatives trading</source>
        <translation>أموال نُقلت إلى تداول المشتقات أو منه</translation>
    </message>
    <message>
        <source>funds lent or staked for a return that may be interest (riba)</source>
        <translation>أموال أُقرضت أو وُضعت في التخزين (Staking) مقابل عائد قد يكون فائدة (الربا)</translation>
    </message>
    <message>
        <source>funds left the account</source>
        <translation>خرجت أموال من الحساب</translation>
    </message>
    <message>
        <source>funds moved between wallets or accounts</source>
        <translation>أموال نُقلت بين المحافظ أو الحسابات</translation>
    </message>
    <message>
        <source>an order on margin (with borrowed funds)</source>
        <translation>أمر على الهامش (بأموال مقترضة)</translation>
    </message>
    <message>
        <source>What my bot did</source>
        <translation>ماذا فعل روبوت التداول</translation>
    </message>
    <message>
        <source>The exchange&apos;s own records of the last {days} days, read with the key: everything that was not spot trading.</source>
        <translation>سجلات المنصة نفسها عن آخر {days} يومًا، مقروءة بهذا المفتاح: كل ما لم يكن تداولًا فوريًا.</translation>
    </message>
    <message>
        <source>The key whose account to read</source>
        <translation>المفتاح الذي سيُقرأ حسابه</translation>
    </message>
    <message>
        <source>{label} ({exchange})</source>
        <translation>{label} ({exchange})</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records</source>
        <translation>جارٍ قراءة سجلات المنصة</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;حاول مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>ا&amp;فحص</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;احفظ تقريرًا…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records…</source>
        <translation>جارٍ قراءة سجلات المنصة…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records… {count} pages read.</source>
        <translation>جارٍ قراءة سجلات المنصة… قُرئت {count} صفحة.</translation>
    </message>
    <message>
        <source>Nothing but spot trades in the last {days} days.</source>
        <translation>لا يوجد إلا تداول فوري في آخر {days} يومًا.</translation>
    </message>
    <message>
        <source>{count} records were not spot trading:</source>
        <translation>سجلات لم تكن تداولًا فوريًا (عددها {count}):</translation>
    </message>
    <message>
        <source>{day}: {meaning}. {amount} {asset} ({record})</source>
        <translation>{day}: {meaning}. {amount} {asset} ({record})</translation>
    </message>
    <message>
        <source>What was read:</source>
        <translation>ما قُرئ:</translation>
    </message>
    <message>
        <source>What {exchange}&apos;s records cannot show, so this check did not see:</source>
        <translation>ما لا تُظهره سجلات {exchange}، فلم يطّلع عليه هذا الفحص:</translation>
    </message>
    <message>
        <source>• {item}</source>
        <translation>• {item}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>حُفظ التقرير.</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>margin borrowing and interest</source>
        <translation>الاقتراض بالهامش والفائدة عليه</translation>
    </message>
    <message>
        <source>Crypto Loan borrowing</source>
        <translation>الاقتراض عبر Crypto Loan</translation>
    </message>
    <message>
        <source>money moved from Spot to the futures, margin, options and portfolio margin wallets</source>
        <translation>الأموال المنقولة من محفظة Spot (الفورية) إلى محافظ العقود الآجلة والهامش وعقود الخيارات وهامش المحفظة (Portfolio Margin)</translation>
    </message>
    <message>
        <source>Simple Earn subscriptions, flexible and locked</source>
        <translation>الاشتراكات في Simple Earn، المرنة منها والمقفلة</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Binance users</source>
        <translation>عمليات السحب، عبر البلوكتشين (on-chain) وإلى مستخدمين آخرين في Binance</translation>
    </message>
    <message>
        <source>futures positions and income: read through the futures API, which a key made before the futures account was opened cannot use; the money moved to the futures wallets in the period is read instead, positions from before it are not</source>
        <translation>صفقات العقود الآجلة وعوائدها: تُقرأ عبر API العقود الآجلة، ولا يستطيع استخدامها مفتاح أُنشئ قبل فتح حساب العقود الآجلة؛ لذلك تُقرأ بدلًا منها الأموال المنقولة إلى محافظ العقود الآجلة خلال هذه الفترة، أما الصفقات السابقة لهذه الفترة فلا تُقرأ</translation>
    </message>
    <message>
        <source>Dual Investment, staking and Auto-Invest, which have records of their own</source>
        <translation>Dual Investment والتخزين (Staking) وAuto-Invest، ولكلٍّ منها سجلاته الخاصة</translation>
    </message>
    <message>
        <source>isolated margin pairs that were closed</source>
        <translation>أزواج الهامش المعزول التي أُغلقت</translation>
    </message>
    <message>
        <source>universal transfers older than six months</source>
        <translation>التحويلات الشاملة (Universal Transfer) التي مضى عليها أكثر من ستة أشهر</translation>
    </message>
    <message>
        <source>the unified account&apos;s transaction log (trades by category, funding, delivery, liquidation, interest, loans, Earn, leveraged tokens)</source>
        <translation>سجل معاملات الحساب الموحد (الصفقات حسب فئتها، رسوم التمويل، تسليم العقود، التصفية، الفوائد، القروض، Earn، الرموز ذات الرافعة المالية)</translation>
    </message>
    <message>
        <source>open positions (linear USDT and USDC, inverse, option)</source>
        <translation>الصفقات المفتوحة (العقود الخطية بـ USDT و USDC، العقود العكسية، عقود الخيارات)</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Bybit users</source>
        <translation>عمليات السحب، عبر البلوكتشين (on-chain) وإلى مستخدمين آخرين في Bybit</translation>
    </message>
    <message>
        <source>the Funding account&apos;s own movements other than withdrawals (Earn or loans paid from it, P2P): Bybit&apos;s funding history has no stable types to read</source>
        <translation>حركات حساب التمويل (Funding) نفسه غير السحب (Earn أو القروض المدفوعة منه، P2P): فسجل التمويل في Bybit لا يذكر أنواع الحركات بطريقة ثابتة يمكن قراءتها</translation>
    </message>
    <message>
        <source>On-chain Earn orders, which Bybit lists only one order at a time by its id</source>
        <translation>أوامر On-chain Earn، إذ لا تعرضها Bybit إلا أمرًا واحدًا في كل مرة بحسب رقمه (ID)</translation>
    </message>
    <message>
        <source>the time before the account became a unified trading account</source>
        <translation>الفترة التي سبقت تحويل الحساب إلى حساب تداول موحد</translation>
    </message>
    <message>
        <source>cancelled or rejected orders after 24 hours</source>
        <translation>الأوامر الملغاة أو المرفوضة بعد مرور 24 ساعة عليها</translation>
    </message>
    <message>
        <source>orders (futures, leverage, margin, liquidation)</source>
        <translation>الأوامر (العقود الآجلة، الرافعة المالية، الهامش، التصفية)</translation>
    </message>
    <message>
        <source>US futures positions open now</source>
        <translation>صفقات العقود الآجلة الأمريكية المفتوحة الآن</translation>
    </message>
    <message>
        <source>each wallet&apos;s transactions (sends and withdrawals, derivatives settlements, Earn and staking, transfers)</source>
        <translation>معاملات كل محفظة (الإرسال والسحب، تسويات المشتقات، Earn والتخزين، التحويلات)</translation>
    </message>
    <message>
        <source>other portfolios: a Coinbase key sees its own portfolio only, and moves between portfolios have no history</source>
        <translation>المحافظ الاستثمارية الأخرى: مفتاح Coinbase لا يرى إلا محفظته الاستثمارية، وعمليات النقل بين المحافظ الاستثمارية ليس لها سجل</translation>
    </message>
    <message>
        <source>international perpetuals, which left the Advanced Trade API in 2026 for a platform with keys of its own</source>
        <translation>العقود الدائمة الدولية، التي انتقلت في 2026 من Advanced Trade API إلى منصة لها مفاتيحها الخاصة</translation>
    </message>
    <message>
        <source>ledger entries (margin, rollover, credit, transfers, withdrawals, staking, rewards)</source>
        <translation>قيود السجل (الهامش، رسوم التبييت، الائتمان، التحويلات، السحب، التخزين، المكافآت)</translation>
    </message>
    <message>
        <source>trades (leverage)</source>
        <translation>الصفقات (الرافعة المالية)</translation>
    </message>
    <message>
        <source>closed orders (leverage)</source>
        <translation>الأوامر المغلقة (الرافعة المالية)</translation>
    </message>
    <message>
        <source>open margin positions</source>
        <translation>صفقات الهامش المفتوحة</translation>
    </message>
    <message>
        <source>Kraken Futures: a separate platform with keys of its own; only the ledger&apos;s transfers to and from it show here</source>
        <translation>Kraken Futures: منصة منفصلة لها مفاتيحها الخاصة؛ ولا يظهر هنا منها إلا التحويلات إليها ومنها المسجلة في السجل (Ledger)</translation>
    </message>
    <message>
        <source>Earn allocations and withdrawal status: they need Query Funds, which a spot-only key must not have; the ledger&apos;s staking, reward and withdrawal entries stand in</source>
        <translation>المبالغ المخصصة في Earn وحالة السحب: تحتاجان إلى صلاحية Query Funds، وهي صلاحية يجب ألا تكون لمفتاح مخصص للتداول الفوري فقط؛ وتحلّ محلهما قيود التخزين والمكافآت والسحب في السجل</translation>
    </message>
    <message>
        <source>how long Kraken keeps each record is not documented</source>
        <translation>لا توضّح Kraken في وثائقها المدة التي تحتفظ فيها بكل سجل</translation>
    </message>
    <message>
        <source>trading-account bills (borrowing, interest, transfers, fills by instrument type)</source>
        <translation>كشف حركات حساب التداول (الاقتراض، الفوائد، التحويلات، الصفقات المنفَّذة حسب نوع المنتج)</translation>
    </message>
    <message>
        <source>funding-account bills (withdrawals, transfers, Earn and staking, loans)</source>
        <translation>كشف حركات حساب التمويل (السحب، التحويلات، Earn والتخزين، القروض)</translation>
    </message>
    <message>
        <source>open positions</source>
        <translation>الصفقات المفتوحة</translation>
    </message>
    <message>
        <source>trading-account bills older than three months (OKX keeps them as a quarterly download only)</source>
        <translation>كشف حركات حساب التداول الأقدم من ثلاثة أشهر (لا توفره OKX إلا ملفاتٍ للتنزيل لكل ربع سنة)</translation>
    </message>
    <message>
        <source>transfers between sub-accounts, which only the main account&apos;s key sees</source>
        <translation>التحويلات بين الحسابات الفرعية، التي لا يراها إلا مفتاح الحساب الرئيسي</translation>
    </message>
    <message>
        <source>convert history, which needs the Trade permission</source>
        <translation>سجل مبادلة العملات (Convert)، الذي يحتاج إلى صلاحية Trade</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ما يعنيه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The record says</source>
        <translation>نص السجل</translation>
    </message>
    <message>
        <source>Key {label} on {exchange}, from {start} to {end}: {requests} requests to the exchange.</source>
        <translation>المفتاح {label} على {exchange}، من {start} إلى {end}: {requests} طلبًا إلى المنصة.</translation>
    </message>
    <message>
        <source>What the account did</source>
        <translation>ما فعله الحساب</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>How?</source>
        <translation>كيف؟</translation>
    </message>
    <message>
        <source>Tick the one that is true:</source>
        <translation>ضع علامة على الخيار الصحيح:</translation>
    </message>
    <message>
        <source>Tick each one that is true:</source>
        <translation>ضع علامة على كل بند صحيح:</translation>
    </message>
    <message>
        <source>Next opens once all boxes are ticked.</source>
        <translation>يصبح &quot;التالي&quot; متاحًا بعد وضع علامة على كل المربعات.</translation>
    </message>
    <message>
        <source>Next opens once one box is ticked.</source>
        <translation>يصبح &quot;التالي&quot; متاحًا بعد وضع علامة على مربع واحد.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The wizard met an unexpected problem. Nothing was saved unless the Done page said so. You can close the wizard and start it again.</source>
        <translation>واجه المعالج مشكلة غير متوقعة. لم يُحفظ شيء ما لم تقل صفحة «تم» ذلك. يمكنك إغلاق المعالج وتشغيله من جديد.</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>Name for the key</source>
        <translation>اسم المفتاح</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;نسخ الاسم</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key</source>
        <translation>أنشأت المفتاح وأرى مفتاح API الخاص به</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Add a &amp;reminder to my calendar…</source>
        <translation>&amp;أضف تذكيرًا إلى تقويمي…</translation>
    </message>
    <message>
        <source>Save a verification &amp;report…</source>
        <translation>&amp;احفظ تقرير التحقق…</translation>
    </message>
    <message>
        <source>&amp;Check this key every week and tell me if anything changes</source>
        <translation>افحص &amp;هذا المفتاح كل أسبوع وأخبرني إن تغيّر أي شيء</translation>
    </message>
    <message>
        <source>Now retire the old key on the exchange:</source>
        <translation>والآن احذف المفتاح القديم من المنصة:</translation>
    </message>
    <message>
        <source>Storing your key…</source>
        <translation>جارٍ حفظ مفتاحك…</translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation>تدريب: لم يُحفظ أي شيء. مع مفتاح حقيقي، يُحفظ المفتاح السري في خزنة كلمات المرور على حاسوبك فقط، ولا يُحفظ في أي مكان آخر.</translation>
    </message>
    <message>
        <source>Practice finished: nothing was stored</source>
        <translation>انتهى التدريب: لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>Saving the key in your computer&apos;s keychain…</source>
        <translation>جارٍ حفظ المفتاح في خزنة كلمات المرور على حاسوبك…</translation>
    </message>
    <message>
        <source>Saved in {keychain} under the name &quot;{item}&quot; (service halal-key-wizard). The secret is nowhere else on this computer.</source>
        <translation>حُفظ المفتاح في {keychain} باسم &quot;{item}&quot; (الخدمة: halal-key-wizard). لا يوجد المفتاح السري في أي مكان آخر على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your new key is in place</source>
        <translation>مفتاحك الجديد في مكانه</translation>
    </message>
    <message>
        <source>Your key is stored</source>
        <translation>حُفظ مفتاحك</translation>
    </message>
    <message>
        <source>Setting up the weekly check…</source>
        <translation>جارٍ إعداد الفحص الأسبوعي…</translation>
    </message>
    <message>
        <source>Checked every week: a notification tells you when anything changes.</source>
        <translation>يُفحص كل أسبوع: سيخبرك إشعار حين يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The weekly check is off.</source>
        <translation>الفحص الأسبوعي متوقف.</translation>
    </message>
    <message>
        <source>The weekly check could not be set up on this computer. Your key is stored all the same; you can check it any time with the wizard. (Details: {reason})</source>
        <translation>تعذّر إعداد الفحص الأسبوعي على هذا الحاسوب. مفتاحك محفوظ مع ذلك، ويمكنك فحصه في أي وقت بالمعالج. (التفاصيل: {reason})</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>لم يُحفظ المفتاح</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation>حدث خطأ غير متوقع ({name}). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The key was not stored</source>
        <translation>لم يُحفظ المفتاح</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>المفتاح القديم</translation>
    </message>
    <message>
        <source>1. Open API Management on the exchange.</source>
        <translation>1. افتح &quot;API Management&quot; (إدارة API) في المنصة.</translation>
    </message>
    <message>
        <source>2. Find {key} by its name or its last four characters.</source>
        <translation>2. ابحث عن {key} باسمه أو بآخر أربعة أحرف منه.</translation>
    </message>
    <message>
        <source>3. Delete it. Only the new key works from now on.</source>
        <translation>3. احذفه. من الآن فصاعدًا يعمل المفتاح الجديد وحده.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>حفظ تقرير التحقق</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>حفظ التذكير</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers show that this key can only read and trade spot.</source>
        <translation>تُظهر ردود المنصة أن هذا المفتاح لا يستطيع إلا القراءة والتداول الفوري.</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers and your own checks show that this key can only read and trade spot.</source>
        <translation>تُظهر ردود المنصة وتحققك بنفسك أن هذا المفتاح لا يستطيع إلا القراءة والتداول الفوري.</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on for this key; the notes of the check below still apply.</source>
        <translation>المنصة لا تُظهر شيئًا خطيرًا مفعّلًا لهذا المفتاح؛ وملاحظات الفحص أدناه ما زالت قائمة.</translation>
    </message>
    <message>
        <source>Its replace-by date, {date}, has passed: replace it with a new key now.</source>
        <translation>مضى موعد استبداله، {date}: استبدله بمفتاح جديد الآن.</translation>
    </message>
    <message>
        <source>Replace it by {date}.</source>
        <translation>استبدله قبل {date}.</translation>
    </message>
    <message>
        <source>Still open from the check:</source>
        <translation>ما زال قائمًا من الفحص:</translation>
    </message>
</context>
<context>
    <name>Enter</name>
    <message>
        <source>Choose a practice key…</source>
        <translation>اختر مفتاح تدريب…</translation>
    </message>
    <message>
        <source>Practice key</source>
        <translation>مفتاح تدريب</translation>
    </message>
    <message>
        <source>Practice keys fill in the fields for you:</source>
        <translation>مفاتيح التدريب تملأ الحقول نيابةً عنك:</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>API &amp;Key:</source>
        <translation>م&amp;فتاح API:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Hidden. Hold the Show button to see it.</source>
        <translation>مخفي. اضغط مطوّلًا على زر &quot;إظهار&quot; لرؤيته.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hold to show the secret</source>
        <translation>اضغط مطوّلًا لإظهار المفتاح السري</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>&amp;المفتاح السري (Secret Key):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Hold to show the passphrase</source>
        <translation>اضغط مطوّلًا لإظهار عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور (Passphrase):</translation>
    </message>
    <message>
        <source>No secret to enter: this key signs with the key pair made on this computer, whose private key is already in your keychain.</source>
        <translation>لا حاجة إلى إدخال مفتاح سري: هذا المفتاح يوقّع بزوج المفاتيح الذي أُنشئ على هذا الحاسوب، ومفتاحه الخاص محفوظ من قبل في خزنة كلمات المرور على حاسوبك.</translation>
    </message>
    <message>
        <source>Spaces and line breaks that come along when pasting are removed. The secret stays in this window until it is saved in your computer&apos;s keychain; it is never written to a file.</source>
        <translation>تُحذف تلقائيًا المسافات وفواصل الأسطر التي تأتي مع اللصق. يبقى المفتاح السري في هذه النافذة فقط إلى أن يُحفظ في خزنة كلمات المرور على حاسوبك، ولا يُكتب في أي ملف أبدًا.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>letters and digits</source>
        <translation>أحرف وأرقام</translation>
    </message>
    <message>
        <source>Paste the API Key here.</source>
        <translation>الصق مفتاح API هنا.</translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. {exchange}&apos;s key generator makes the right kind.</source>
        <translation>هذا المفتاح الخاص ليس مفتاح Ed25519 غير مشفّر. أداة إنشاء المفاتيح من {exchange} تُنشئ النوع الصحيح.</translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation>الصق المفتاح السري هنا.</translation>
    </message>
    <message>
        <source>the digits 0-9 and the letters A-F</source>
        <translation>الأرقام 0-9 والأحرف A-F</translation>
    </message>
    <message>
        <source>letters, digits and the signs + / =</source>
        <translation>الأحرف والأرقام والرموز + / =</translation>
    </message>
    <message>
        <source>the digits 0-9, A-F and dashes</source>
        <translation>الأرقام 0-9 والأحرف A-F والشَّرطات (-)</translation>
    </message>
    <message>
        <source>letters, digits, / and -</source>
        <translation>الأحرف والأرقام والرمزين / و -</translation>
    </message>
    <message>
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one {exchange} shows for the key.</source>
        <translation>يبدو هذا مفتاحًا خاصًا، ومكانه حقل المفتاح السري. ضع هنا مفتاح API، وهو الذي تعرضه {exchange} للمفتاح.</translation>
    </message>
    <message>
        <source>This is a public key. The secret is the private key: the text that begins with BEGIN PRIVATE KEY.</source>
        <translation>هذا مفتاح عام. أما المفتاح السري فهو المفتاح الخاص: النص الذي يبدأ بـ BEGIN PRIVATE KEY.</translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from {exchange}; it is a different text.</source>
        <translation>المفتاح السري مطابق لمفتاح API. انسخ المفتاح السري (Secret Key) من {exchange}؛ فهو نص مختلف.</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when you made this key on {exchange}. {exchange} cannot show it again: if it is lost, make a new key.</source>
        <translation>اكتب عبارة المرور (Passphrase) التي اخترتها عند إنشاء هذا المفتاح في {exchange}. لا تستطيع {exchange} أن تعرضها لك مرة أخرى: إذا ضاعت، فأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>This is not a key name of the form organizations/…/apiKeys/…. Copy the whole name, from organizations to the end.</source>
        <translation>هذا ليس اسم مفتاح بالشكل organizations/…/apiKeys/…. انسخ الاسم كاملًا، من organizations حتى آخره.</translation>
    </message>
    <message>
        <source>{exchange} keys have no private key file. Paste the secret {exchange} showed when you made the key.</source>
        <translation>مفاتيح {exchange} ليس لها ملف مفتاح خاص. الصق المفتاح السري الذي عرضته {exchange} عند إنشاء المفتاح.</translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN to END, both lines included.</source>
        <translation>المفتاح الخاص ناقص: انسخ كل شيء من BEGIN إلى END، بما في ذلك السطر الأول والسطر الأخير.</translation>
    </message>
    <message>
        <source>This private key is not the kind {exchange} makes (ECDSA P-256, unencrypted). Copy the private key of the API key you made.</source>
        <translation>هذا المفتاح الخاص ليس من النوع الذي تُنشئه {exchange} (ECDSA P-256، غير مشفّر). انسخ المفتاح الخاص لمفتاح API الذي أنشأته.</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>The {what} has characters it never contains: {chars}. It is only {alphabet}; copy it again without anything around it.</source>
        <translation>يحتوي {what} على أحرف لا يمكن أن تكون فيه: {chars}. فهو لا يتكوّن إلا من {alphabet}؛ انسخه مرة أخرى من دون أي شيء حوله.</translation>
    </message>
    <message>
        <source>The {what} is {expected} characters long, but this has {actual}. Part of it may be missing; copy it again, all of it.</source>
        <translation>يجب أن يكون طول {what} {expected} حرفًا، لكن طول هذا النص {actual}. ربما نقص جزء منه؛ انسخه مرة أخرى كاملًا.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The exchange did not accept this key</source>
        <translation>لم تقبل المنصة هذا المفتاح</translation>
    </message>
    <message>
        <source>{exchange} refused the key. It gives the same answer for three different causes: the key is wrong or was deleted, this computer&apos;s address is not on the key&apos;s IP list, or the key is missing a permission it needs (reading).</source>
        <translation>رفضت {exchange} المفتاح. وهي تعطي الرد نفسه لثلاثة أسباب مختلفة: المفتاح خطأ أو حُذف، أو عنوان هذا الحاسوب ليس في قائمة عناوين IP الخاصة بالمفتاح، أو تنقص المفتاح صلاحية يحتاجها (القراءة).</translation>
    </message>
    <message>
        <source>Open API Management on {exchange} and find the key ending in {key_end}. Not there: it was deleted or mistyped; copy it again. Listed with an IP restriction: add this computer&apos;s address, or verify from the trading service. Listed and unrestricted: make sure reading is switched on.</source>
        <translation>افتح &quot;API Management&quot; (إدارة API) في {exchange} وابحث عن المفتاح الذي ينتهي بـ {key_end}. إذا لم يكن موجودًا: فقد حُذف أو نُسخ خطأً؛ انسخه مرة أخرى. إذا كان موجودًا ومقيّدًا بعناوين IP: أضف عنوان هذا الحاسوب، أو تحقّق من المفتاح من خدمة التداول. إذا كان موجودًا وغير مقيّد: تأكد أن القراءة مفعّلة.</translation>
    </message>
    <message>
        <source>The secret does not match the key</source>
        <translation>المفتاح السري لا يطابق مفتاح API</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the secret does not belong to it. Often a character too many or too few came along when it was copied.</source>
        <translation>تعرف {exchange} هذا المفتاح، لكن المفتاح السري لا يخصّه. يحدث هذا غالبًا عندما يزيد حرف أو ينقص حرف أثناء النسخ.</translation>
    </message>
    <message>
        <source>Paste the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>الصق المفتاح السري مرة أخرى كما عرضته {exchange} تمامًا. إذا لم يعد لديك، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>ساعة هذا الحاسوب غير مضبوطة</translation>
    </message>
    <message>
        <source>{exchange} refused the request because this computer&apos;s clock is off by {skew_ms} ms.</source>
        <translation>رفضت {exchange} الطلب لأن ساعة هذا الحاسوب تختلف عن الوقت الصحيح بمقدار {skew_ms} ملّي ثانية.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in the date and time settings, then verify again.</source>
        <translation>فعّل خيار &quot;تعيين الوقت تلقائيًا&quot; (Set time automatically) في إعدادات التاريخ والوقت، ثم تحقّق مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>طلبات كثيرة جدًا في الوقت الحالي</translation>
    </message>
    <message>
        <source>{exchange} asked for fewer requests for a while. This says nothing about your key.</source>
        <translation>طلبت {exchange} تقليل عدد الطلبات لبعض الوقت. هذا لا يعني أن في مفتاحك مشكلة.</translation>
    </message>
    <message>
        <source>Wait {wait_seconds} seconds, then verify again. If another program uses {exchange} from this computer, pause it first.</source>
        <translation>انتظر قليلًا (عدد الثواني: {wait_seconds})، ثم تحقّق مرة أخرى. إذا كان برنامج آخر يستخدم {exchange} من هذا الحاسوب، فأوقفه مؤقتًا أولًا.</translation>
    </message>
    <message>
        <source>The exchange has blocked this address for a while</source>
        <translation>حظرت المنصة عنوان هذا الحاسوب مؤقتًا</translation>
    </message>
    <message>
        <source>{exchange} has blocked this computer&apos;s address until {until} because too many requests came from it.</source>
        <translation>حظرت {exchange} عنوان هذا الحاسوب حتى {until}، لأن طلبات كثيرة جدًا جاءت منه.</translation>
    </message>
    <message>
        <source>Stop every program that uses {exchange} from this computer and verify again after {until}. Retrying earlier makes the block longer.</source>
        <translation>أوقف كل برنامج يستخدم {exchange} من هذا الحاسوب، ثم تحقّق مرة أخرى بعد {until}. المحاولة قبل ذلك تطيل مدة الحظر.</translation>
    </message>
    <message>
        <source>The exchange does not serve this account from here</source>
        <translation>لا تخدم المنصة هذا الحساب من هذا المكان</translation>
    </message>
    <message>
        <source>{exchange} refuses this account, or the place this computer connects from (for example a country it does not serve). This is not a ban for too many requests, and it says nothing about the key.</source>
        <translation>ترفض {exchange} هذا الحساب، أو المكان الذي يتصل منه هذا الحاسوب (مثلًا بلدًا لا تقدّم فيه خدماتها). هذا ليس حظرًا بسبب كثرة الطلبات، ولا يعني أن في المفتاح مشكلة.</translation>
    </message>
    <message>
        <source>Read {exchange}&apos;s notices about your country and your account, and use it only where its terms allow. Verifying again will not change the answer.</source>
        <translation>اقرأ إشعارات {exchange} الخاصة ببلدك وبحسابك، ولا تستخدمها إلا حيث تسمح شروطها. التحقق مرة أخرى لن يغيّر هذا الرد.</translation>
    </message>
    <message>
        <source>The exchange is having trouble</source>
        <translation>المنصة تواجه مشكلة</translation>
    </message>
    <message>
        <source>{exchange} did not answer properly; it may be busy or under maintenance. This says nothing about your key.</source>
        <translation>لم تردّ {exchange} ردًّا سليمًا؛ ربما تكون مشغولة أو تحت الصيانة. هذا لا يعني أن في مفتاحك مشكلة.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The exchange&apos;s status page tells when maintenance ends.</source>
        <translation>حاول مرة أخرى بعد بضع دقائق. صفحة حالة المنصة تخبرك متى تنتهي الصيانة.</translation>
    </message>
    <message>
        <source>Could not reach the exchange</source>
        <translation>تعذّر الوصول إلى المنصة</translation>
    </message>
    <message>
        <source>This computer could not connect to {exchange}.</source>
        <translation>لم يتمكن هذا الحاسوب من الاتصال بمنصة {exchange}.</translation>
    </message>
    <message>
        <source>Check the internet connection, and any firewall or VPN, then try again.</source>
        <translation>تحقّق من اتصال الإنترنت، ومن أي جدار حماية أو VPN، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Another program is using this key</source>
        <translation>برنامج آخر يستخدم هذا المفتاح</translation>
    </message>
    <message>
        <source>{exchange} refused the request&apos;s counter: another program has used this key with a larger one.</source>
        <translation>رفضت {exchange} رقم العدّاد في الطلب: برنامج آخر استخدم هذا المفتاح برقم أكبر.</translation>
    </message>
    <message>
        <source>Give every program its own key. Make a new key for this one.</source>
        <translation>خصّص لكل برنامج مفتاحًا خاصًا به. أنشئ مفتاحًا جديدًا لهذا البرنامج.</translation>
    </message>
    <message>
        <source>The exchange gave an answer we do not understand</source>
        <translation>أرسلت المنصة ردًّا لا نفهمه</translation>
    </message>
    <message>
        <source>{exchange} answered, but not in the form we expect, so the key could not be checked.</source>
        <translation>ردّت {exchange}، لكن ليس بالشكل الذي نتوقعه، لذلك تعذّر فحص المفتاح.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, this program may need an update.</source>
        <translation>حاول مرة أخرى لاحقًا. إذا تكرر ذلك، فربما يحتاج هذا البرنامج إلى تحديث.</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>لا توجد خزنة كلمات مرور متاحة</translation>
    </message>
    <message>
        <source>This computer has no usable keychain: {details}. The secret is never saved anywhere else.</source>
        <translation>لا توجد على هذا الحاسوب خزنة كلمات مرور صالحة للاستخدام: {details}. ولا يُحفظ المفتاح السري في أي مكان آخر أبدًا.</translation>
    </message>
    <message>
        <source>Install or start the system keychain, then try again.</source>
        <translation>ثبّت خزنة كلمات المرور الخاصة بالنظام أو شغّلها، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The keychain stayed locked</source>
        <translation>بقيت خزنة كلمات المرور مقفلة</translation>
    </message>
    <message>
        <source>The keychain was not unlocked, so nothing was read or saved.</source>
        <translation>لم يُفتح قفل خزنة كلمات المرور، لذلك لم يُقرأ أو يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Try again and unlock the keychain when it asks.</source>
        <translation>حاول مرة أخرى، وافتح قفل خزنة كلمات المرور عندما تطلب ذلك.</translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation>أبلغت خزنة كلمات المرور عن مشكلة</translation>
    </message>
    <message>
        <source>The keychain said: {details}</source>
        <translation>رسالة خزنة كلمات المرور: {details}</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer.</source>
        <translation>حاول مرة أخرى. إذا تكرر ذلك، فأعد تشغيل الحاسوب.</translation>
    </message>
    <message>
        <source>No key with that name</source>
        <translation>لا يوجد مفتاح بهذا الاسم</translation>
    </message>
    <message>
        <source>No key is stored under the name &quot;{label}&quot;.</source>
        <translation>لا يوجد مفتاح محفوظ باسم &quot;{label}&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;halal-key-wizard list&quot; to see the names of stored keys.</source>
        <translation>شغّل الأمر &quot;halal-key-wizard list&quot; لرؤية أسماء المفاتيح المحفوظة.</translation>
    </message>
    <message>
        <source>Coinbase refused the key. It gives one answer for several causes: the key name or its private key is wrong, the key was deleted, this computer&apos;s address is not on the key&apos;s IP allowlist, or the key lacks the View permission.</source>
        <translation>رفضت Coinbase المفتاح. وهي تعطي الرد نفسه لعدة أسباب: اسم المفتاح أو مفتاحه الخاص خطأ، أو حُذف المفتاح، أو عنوان هذا الحاسوب ليس في قائمة عناوين IP المسموح بها للمفتاح (IP allowlist)، أو تنقص المفتاح صلاحية &quot;View&quot; (عرض).</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys and find the key ending in {key_end}. Not there: copy the key name again. Listed: paste its private key again, and add this computer&apos;s address to its IP allowlist if it has one.</source>
        <translation>في &quot;Coinbase Developer Platform&quot; (منصة المطوّرين من Coinbase)، افتح &quot;API keys&quot; (مفاتيح API) وابحث عن المفتاح الذي ينتهي بـ {key_end}. إذا لم يكن موجودًا: انسخ اسم المفتاح مرة أخرى. إذا كان موجودًا: الصق مفتاحه الخاص مرة أخرى، وأضف عنوان هذا الحاسوب إلى قائمة عناوين IP المسموح بها للمفتاح إن كانت له قائمة.</translation>
    </message>
    <message>
        <source>The secret is not in the form {exchange} uses</source>
        <translation>المفتاح السري ليس بالشكل الذي تستخدمه {exchange}</translation>
    </message>
    <message>
        <source>What was entered as the secret cannot be the one {exchange} gave: its form is wrong, so nothing was sent. Often a character went missing or came along when it was copied.</source>
        <translation>ما أُدخِل بوصفه المفتاح السري لا يمكن أن يكون المفتاح السري الذي أعطته {exchange}: شكله غير صحيح، لذلك لم يُرسَل أي شيء. يحدث هذا غالبًا عندما ينقص حرف أو يُضاف حرف زائد أثناء النسخ.</translation>
    </message>
    <message>
        <source>Copy the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>انسخ المفتاح السري مرة أخرى كما عرضته {exchange} تمامًا. إذا لم يعد لديك، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>The answer tried to send the key elsewhere</source>
        <translation>حاول الرد إرسال المفتاح إلى مكان آخر</translation>
    </message>
    <message>
        <source>{exchange}&apos;s address answered with a redirect to another place. The wizard does not follow it: each request carries your key, and it goes only to the exchange&apos;s own address.</source>
        <translation>ردّ عنوان {exchange} بتحويل إلى مكان آخر. لا يتبع المعالج هذا التحويل: كل طلب يحمل مفتاحك، ولا يذهب إلا إلى عنوان المنصة نفسها.</translation>
    </message>
    <message>
        <source>Check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers, then try again.</source>
        <translation>تأكد أن هذا الحاسوب يصل إلى المنصة مباشرة، دون وكيل (proxy) أو مرشّح على الشبكة يغيّر ردودها، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The answer was far too large</source>
        <translation>كان الرد كبيرًا جدًا</translation>
    </message>
    <message>
        <source>{exchange} sent an answer of more than 4 MB where a few kilobytes are expected, so the wizard stopped reading it.</source>
        <translation>أرسلت {exchange} ردًا أكبر من 4 ميغابايت حيث يُنتظر بضعة كيلوبايتات، فتوقف المعالج عن قراءته.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers.</source>
        <translation>حاول لاحقًا. إن تكرر ذلك، فتأكد أن هذا الحاسوب يصل إلى المنصة مباشرة، دون وكيل (proxy) أو مرشّح على الشبكة يغيّر ردودها.</translation>
    </message>
    <message>
        <source>The key has expired</source>
        <translation>انتهت صلاحية المفتاح</translation>
    </message>
    <message>
        <source>{exchange} says this key has expired. Keys that are not limited to IP addresses end after a while, and a change of the account&apos;s password can end them sooner.</source>
        <translation>تقول {exchange} إن صلاحية هذا المفتاح انتهت. المفاتيح غير المقصورة على عناوين IP تنتهي صلاحيتها بعد مدة، وقد يُنهيها تغيير كلمة مرور الحساب قبل ذلك.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, limit it to trusted IP addresses, and enter it here.</source>
        <translation>أنشئ مفتاحًا جديدًا في {exchange}، واقصره على عناوين IP موثوقة، ثم أدخله هنا.</translation>
    </message>
    <message>
        <source>The passphrase does not match the key</source>
        <translation>عبارة المرور لا تطابق المفتاح</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the passphrase is not the one chosen when the key was made.</source>
        <translation>تعرف {exchange} هذا المفتاح، لكن عبارة المرور ليست العبارة التي اختيرت عند إنشاء المفتاح.</translation>
    </message>
    <message>
        <source>Type the passphrase again, exactly, with the same capital letters. {exchange} cannot show it: if it is lost, make a new key.</source>
        <translation>اكتب عبارة المرور مرة أخرى كما هي تمامًا، مع الانتباه إلى الأحرف الإنجليزية الكبيرة والصغيرة. لا تستطيع {exchange} أن تعرضها لك: إذا ضاعت، فأنشئ مفتاحًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Can withdraw</source>
        <translation>يستطيع سحب الأموال</translation>
    </message>
    <message>
        <source>This key can send your coins out of {exchange}. Anyone who copies it could empty your account.</source>
        <translation>يستطيع هذا المفتاح إرسال عملاتك إلى خارج {exchange}. وأي شخص ينسخه يستطيع أن يفرغ حسابك.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch withdrawals off. A trading bot never needs them.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف السحب. روبوت التداول لا يحتاج إليه أبدًا.</translation>
    </message>
    <message>
        <source>Can trade futures</source>
        <translation>يستطيع تداول العقود الآجلة</translation>
    </message>
    <message>
        <source>This key can open futures contracts: derivatives with leverage, not coins you own.</source>
        <translation>يستطيع هذا المفتاح فتح عقود آجلة: وهي مشتقات برافعة مالية، لا عملات تملكها.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch futures trading off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف تداول العقود الآجلة.</translation>
    </message>
    <message>
        <source>Can borrow (margin)</source>
        <translation>يستطيع الاقتراض (الهامش)</translation>
    </message>
    <message>
        <source>This key can borrow to trade. A margin loan charges interest, which is riba.</source>
        <translation>يستطيع هذا المفتاح الاقتراض للتداول. وقرض الهامش عليه فائدة، وهذه الفائدة هي الربا.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch margin and portfolio margin off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف الهامش وهامش المحفظة (Portfolio Margin).</translation>
    </message>
    <message>
        <source>Can trade options</source>
        <translation>يستطيع تداول عقود الخيارات</translation>
    </message>
    <message>
        <source>This key can trade options, which are derivatives.</source>
        <translation>يستطيع هذا المفتاح تداول عقود الخيارات، وهي من المشتقات.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch options trading off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف تداول عقود الخيارات.</translation>
    </message>
    <message>
        <source>Can move funds between wallets</source>
        <translation>يستطيع نقل الأموال بين المحافظ</translation>
    </message>
    <message>
        <source>This key can move your funds between wallets and sub-accounts, for example into a futures wallet.</source>
        <translation>يستطيع هذا المفتاح نقل أموالك بين المحافظ والحسابات الفرعية، مثلًا إلى محفظة العقود الآجلة.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch universal transfer off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف التحويل الشامل (Universal Transfer).</translation>
    </message>
    <message>
        <source>Can transfer to other accounts</source>
        <translation>يستطيع التحويل إلى حسابات أخرى</translation>
    </message>
    <message>
        <source>This key can transfer funds to other accounts.</source>
        <translation>يستطيع هذا المفتاح تحويل الأموال إلى حسابات أخرى.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch internal transfer off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف التحويل الداخلي (Internal Transfer).</translation>
    </message>
    <message>
        <source>Cannot read the account</source>
        <translation>لا يستطيع قراءة الحساب</translation>
    </message>
    <message>
        <source>This key cannot read your account, so nothing can be checked and no bot can trade with it.</source>
        <translation>لا يستطيع هذا المفتاح قراءة حسابك، لذلك لا يمكن فحص أي شيء، ولا يستطيع أي روبوت التداول به.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch reading on.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وفعّل القراءة (Enable Reading).</translation>
    </message>
    <message>
        <source>Read-only key</source>
        <translation>مفتاح للقراءة فقط</translation>
    </message>
    <message>
        <source>This key can look but not trade. That suits a portfolio tracker, not a trading bot.</source>
        <translation>يستطيع هذا المفتاح الاطلاع على الحساب، لكنه لا يستطيع التداول. هذا يناسب برنامج متابعة المحفظة، لا روبوت التداول.</translation>
    </message>
    <message>
        <source>If a bot will trade for you, edit the key on {exchange} and switch spot trading on.</source>
        <translation>إذا كان روبوت سيتداول نيابةً عنك، فعدّل المفتاح في {exchange} وفعّل التداول الفوري.</translation>
    </message>
    <message>
        <source>Usable from any address</source>
        <translation>يعمل من أي عنوان</translation>
    </message>
    <message>
        <source>Whoever gets hold of this key can use it from any computer.</source>
        <translation>أي شخص يحصل على هذا المفتاح يستطيع استخدامه من أي حاسوب.</translation>
    </message>
    <message>
        <source>On {exchange}, limit the key to the IP addresses of the computer or service that will trade.</source>
        <translation>في {exchange}، اقصر المفتاح على عناوين IP للحاسوب أو الخدمة التي ستتداول.</translation>
    </message>
    <message>
        <source>Time to replace this key</source>
        <translation>حان وقت استبدال هذا المفتاح</translation>
    </message>
    <message>
        <source>This key is {days} days old. A key should be replaced every 90 days.</source>
        <translation>عمر هذا المفتاح بالأيام: {days}. ينبغي استبدال المفتاح كل 90 يومًا.</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, then on the first page of this wizard choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>أنشئ مفتاحًا جديدًا في {exchange}، ثم اختر في الصفحة الأولى من هذا المعالج &quot;استبدال (تجديد) مفتاح أعددته من قبل&quot;.</translation>
    </message>
    <message>
        <source>Trading stops soon</source>
        <translation>سيتوقف التداول قريبًا</translation>
    </message>
    <message>
        <source>{exchange} will switch off trading for this key on {date}. {why}</source>
        <translation>ستوقف {exchange} التداول بهذا المفتاح في {date}. {why}</translation>
    </message>
    <message>
        <source>Limit the key to trusted IP addresses so that it does not expire, or make a new key before that date.</source>
        <translation>اقصر المفتاح على عناوين IP موثوقة حتى لا تنتهي صلاحيته، أو أنشئ مفتاحًا جديدًا قبل ذلك التاريخ.</translation>
    </message>
    <message>
        <source>Margin is open on the account</source>
        <translation>حساب الهامش مفتوح في حسابك</translation>
    </message>
    <message>
        <source>Your {exchange} account has a margin account. A key that may trade spot can reach margin orders on such an account.</source>
        <translation>في حسابك على {exchange} حساب هامش. والمفتاح المسموح له بالتداول الفوري يستطيع في مثل هذا الحساب الوصول إلى أوامر الهامش.</translation>
    </message>
    <message>
        <source>Repay anything borrowed, move the funds back to Spot and close margin in your {exchange} account settings.</source>
        <translation>سدّد كل ما اقترضته، وأعد الأموال إلى محفظة Spot (الفورية)، ثم أغلق الهامش من إعدادات حسابك في {exchange}.</translation>
    </message>
    <message>
        <source>Derivatives are open on the account</source>
        <translation>حساب المشتقات مفتوح في حسابك</translation>
    </message>
    <message>
        <source>Your {exchange} account has a futures or options account. This key cannot use it, but it is open on the account.</source>
        <translation>في حسابك على {exchange} حساب عقود آجلة أو عقود خيارات. هذا المفتاح لا يستطيع استخدامه، لكنه مفتوح في حسابك.</translation>
    </message>
    <message>
        <source>Close any open positions and leave those accounts unused, or close them in your {exchange} account settings.</source>
        <translation>أغلق أي صفقات مفتوحة واترك تلك الحسابات دون استخدام، أو أغلقها من إعدادات حسابك في {exchange}.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation>ساعة هذا الحاسوب غير دقيقة</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from {exchange}&apos;s by {skew_ms} ms. Exchanges refuse requests whose time is off.</source>
        <translation>تختلف ساعة هذا الحاسوب عن ساعة {exchange} بمقدار {skew_ms} ملّي ثانية. والمنصات ترفض الطلبات التي يكون وقتها غير دقيق.</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in this computer&apos;s date and time settings.</source>
        <translation>فعّل خيار &quot;تعيين الوقت تلقائيًا&quot; (Set time automatically) في إعدادات التاريخ والوقت على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>A margin loan is open</source>
        <translation>يوجد قرض هامش لم يُسدَّد</translation>
    </message>
    <message>
        <source>Your {exchange} account owes a margin loan right now, and interest is adding up.</source>
        <translation>على حسابك في {exchange} قرض هامش الآن، والفائدة تتراكم عليه.</translation>
    </message>
    <message>
        <source>Repay the loan in your {exchange} margin wallet, then close margin.</source>
        <translation>سدّد القرض من محفظة الهامش في {exchange}، ثم أغلق الهامش.</translation>
    </message>
    <message>
        <source>Derivatives positions are open</source>
        <translation>توجد صفقات مشتقات مفتوحة</translation>
    </message>
    <message>
        <source>Your {exchange} account holds open futures positions or funds in a derivatives wallet.</source>
        <translation>في حسابك على {exchange} صفقات عقود آجلة مفتوحة أو أموال في محفظة مشتقات.</translation>
    </message>
    <message>
        <source>Close the positions and move the funds back to your Spot wallet.</source>
        <translation>أغلق الصفقات وأعد الأموال إلى محفظة &quot;Spot&quot; (المحفظة الفورية).</translation>
    </message>
    <message>
        <source>Can put funds into Earn</source>
        <translation>يستطيع وضع الأموال في Earn (منتجات العوائد)</translation>
    </message>
    <message>
        <source>This key can move your coins into savings, staking, lending or other Earn products. What they pay is interest (riba), and the coins leave your spot wallet.</source>
        <translation>يستطيع هذا المفتاح نقل عملاتك إلى منتجات الادخار أو التخزين (Staking) أو الإقراض أو غيرها من منتجات Earn (منتجات العوائد). وما تدفعه هذه المنتجات فائدة (الربا)، كما تخرج العملات من محفظة Spot (الفورية).</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch Earn off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف صلاحية Earn (منتجات العوائد).</translation>
    </message>
    <message>
        <source>Can take a loan</source>
        <translation>يستطيع أخذ قرض</translation>
    </message>
    <message>
        <source>This key can borrow through a loan product of {exchange}. A loan charges interest, which is riba.</source>
        <translation>يستطيع هذا المفتاح الاقتراض عبر أحد منتجات القروض في {exchange}. والقرض عليه فائدة، وهذه الفائدة هي الربا.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch loans off.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف القروض.</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>صلاحية لا يعرفها المعالج</translation>
    </message>
    <message>
        <source>{exchange} reports &quot;{name}&quot; switched on for this key. The wizard does not know what it allows, so it cannot call the key safe.</source>
        <translation>تذكر {exchange} أن الصلاحية &quot;{name}&quot; مفعّلة لهذا المفتاح. لا يعرف المعالج ما تسمح به هذه الصلاحية، لذلك لا يستطيع أن يصف المفتاح بأنه آمن.</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch &quot;{name}&quot; off, then verify again.</source>
        <translation>في {exchange}، عدّل هذا المفتاح وأوقف &quot;{name}&quot;، ثم تحقّق مرة أخرى.</translation>
    </message>
    <message>
        <source>No setting switches off {product}</source>
        <translation>لا يوجد إعداد يوقف {product}</translation>
    </message>
    <message>
        <source>{does} No setting of the key or of the account stops that. {limit}</source>
        <translation>{does} ولا يوجد إعداد في المفتاح ولا في الحساب يمنع ذلك. {limit}</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and look in your {exchange} account now and then for any loan or interest product you did not start.</source>
        <translation>لا تعطِ هذا المفتاح إلا لبرنامج تثق بأنه لا يفعل شيئًا غير التداول الفوري، وراجع حسابك في {exchange} من حين لآخر بحثًا عن أي قرض أو منتج بفائدة لم تبدأه أنت.</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and check now and then that your funds are where you left them.</source>
        <translation>لا تعطِ هذا المفتاح إلا لبرنامج تثق بأنه لا يفعل شيئًا غير التداول الفوري، وتأكد من حين لآخر أن أموالك ما زالت حيث تركتها.</translation>
    </message>
    <message>
        <source>Not reported by {exchange}: {capability}</source>
        <translation>لم تذكره {exchange}: {capability}</translation>
    </message>
    <message>
        <source>{exchange} does not tell whether this key can reach {capability}. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>لا تخبر {exchange} هل يستطيع هذا المفتاح الوصول إلى {capability}. والمعالج لا يخمّن أبدًا: تحقّق من ذلك بنفسك، ثم ضع علامة عليه أدناه.</translation>
    </message>
    <message>
        <source>On {exchange}, check that it is off.</source>
        <translation>في {exchange}، تأكد أنه معطَّل.</translation>
    </message>
    <message>
        <source>{exchange} does not report whether this key is limited to trusted IP addresses. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>لا تذكر {exchange} هل هذا المفتاح مقصور على عناوين IP موثوقة. والمعالج لا يخمّن أبدًا: تحقّق من ذلك بنفسك، ثم ضع علامة عليه أدناه.</translation>
    </message>
    <message>
        <source>margin (borrowing to trade)</source>
        <translation>الهامش (الاقتراض للتداول)</translation>
    </message>
    <message>
        <source>I checked: margin is off</source>
        <translation>تحققت بنفسي: الهامش معطَّل</translation>
    </message>
    <message>
        <source>futures and other derivatives</source>
        <translation>العقود الآجلة وغيرها من المشتقات</translation>
    </message>
    <message>
        <source>I checked: futures are off</source>
        <translation>تحققت بنفسي: العقود الآجلة معطَّلة</translation>
    </message>
    <message>
        <source>options</source>
        <translation>عقود الخيارات</translation>
    </message>
    <message>
        <source>I checked: options are off</source>
        <translation>تحققت بنفسي: عقود الخيارات معطَّلة</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>السحب</translation>
    </message>
    <message>
        <source>I checked: withdrawals are off</source>
        <translation>تحققت بنفسي: السحب معطَّل</translation>
    </message>
    <message>
        <source>transfers between wallets or accounts</source>
        <translation>التحويل بين المحافظ أو الحسابات</translation>
    </message>
    <message>
        <source>I checked: transfers are off</source>
        <translation>تحققت بنفسي: التحويل معطَّل</translation>
    </message>
    <message>
        <source>Earn, savings and staking</source>
        <translation>Earn (منتجات العوائد) والادخار والتخزين (Staking)</translation>
    </message>
    <message>
        <source>I checked: Earn is off</source>
        <translation>تحققت بنفسي: Earn (منتجات العوائد) معطَّلة</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>القروض</translation>
    </message>
    <message>
        <source>I checked: loans are off</source>
        <translation>تحققت بنفسي: القروض معطَّلة</translation>
    </message>
    <message>
        <source>a limit to trusted IP addresses</source>
        <translation>القصر على عناوين IP موثوقة</translation>
    </message>
    <message>
        <source>I checked: the key is limited to trusted IP addresses</source>
        <translation>تحققت بنفسي: المفتاح مقصور على عناوين IP موثوقة</translation>
    </message>
    <message>
        <source>Right now the wallet it takes collateral from is empty: there is nothing to borrow against.</source>
        <translation>المحفظة التي تُؤخذ منها الضمانات فارغة الآن: فلا يوجد ما يُقترض بضمانه.</translation>
    </message>
    <message>
        <source>The wallet it takes collateral from holds coins now, so a loan could be taken against them.</source>
        <translation>المحفظة التي تُؤخذ منها الضمانات فيها عملات الآن، لذلك يمكن أخذ قرض بضمانها.</translation>
    </message>
    <message>
        <source>A loan or a lending order of this kind is open on the account now.</source>
        <translation>يوجد الآن في الحساب قرض أو أمر إقراض مفتوح من هذا النوع.</translation>
    </message>
    <message>
        <source>It is offered only from VIP level 7, which this account has not reached.</source>
        <translation>لا يُتاح إلا ابتداءً من VIP level 7 (المستوى السابع لكبار العملاء)، وهو مستوى لم يبلغه هذا الحساب.</translation>
    </message>
    <message>
        <source>This account&apos;s VIP level is high enough for it.</source>
        <translation>بلغ هذا الحساب VIP level (مستوى كبار العملاء) الكافي لإتاحته.</translation>
    </message>
    <message>
        <source>{exchange} ends keys that are not limited to IP addresses after 90 days, and sooner after a change of the account&apos;s password.</source>
        <translation>تُنهي {exchange} صلاحية المفاتيح غير المقصورة على عناوين IP بعد 90 يومًا، وقبل ذلك إذا تغيّرت كلمة مرور الحساب.</translation>
    </message>
    <message>
        <source>{exchange} takes trading away from keys that are not limited to IP addresses.</source>
        <translation>تسحب {exchange} صلاحية التداول من المفاتيح غير المقصورة على عناوين IP.</translation>
    </message>
    <message>
        <source>The key was made with this end date.</source>
        <translation>أُنشئ المفتاح بتاريخ الانتهاء هذا.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key and untick every contract and derivatives box. A unified account ticks them on new keys unless you untick them.</source>
        <translation>في Bybit، عدّل هذا المفتاح وأزل العلامة عن كل مربعات العقود (Contracts) والمشتقات. ففي الحساب الموحد (Unified Trading Account) توضع هذه العلامات على المفاتيح الجديدة ما لم تُزِلها أنت.</translation>
    </message>
    <message>
        <source>On Bybit, repay any loan and switch spot margin trading off. While it is on, any spot order of this key may borrow.</source>
        <translation>في Bybit، سدّد أي قرض وأوقف هامش التداول الفوري. فما دام مفعّلًا، يستطيع أي أمر تداول فوري يرسله هذا المفتاح أن يقترض.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings and change the account mode to Spot mode (close positions and repay loans first). In any other mode a trading key can also trade futures.</source>
        <translation>في OKX، أغلق الصفقات وسدّد القروض أولًا، ثم افتح إعدادات التداول وغيّر وضع الحساب إلى &quot;Spot mode&quot; (الوضع الفوري). ففي أي وضع آخر يستطيع مفتاح التداول أن يتداول العقود الآجلة أيضًا.</translation>
    </message>
    <message>
        <source>On OKX, repay every loan, switch auto-borrow off and change the account mode to Spot mode in the trading settings.</source>
        <translation>في OKX، سدّد كل قرض، وأوقف الاقتراض التلقائي (&quot;Auto-borrow&quot;)، وغيّر وضع الحساب إلى &quot;Spot mode&quot; (الوضع الفوري) من إعدادات التداول.</translation>
    </message>
    <message>
        <source>Options are activated on this OKX account, and a trading key there can buy them in any account mode. If OKX does not let you switch them off, make a sub-account (new ones start without options), move the funds there and make the key in it.</source>
        <translation>عقود الخيارات مفعّلة في حسابك هذا على OKX، ويستطيع أي مفتاح تداول فيه أن يشتريها في أي وضع للحساب. إذا لم تسمح لك OKX بإيقافها، فأنشئ حسابًا فرعيًا (فالحسابات الفرعية الجديدة تبدأ من دون عقود الخيارات)، وانقل أموالك إليه، وأنشئ المفتاح فيه.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key: untick Withdraw Funds and both withdrawal address boxes.</source>
        <translation>في Kraken، عدّل هذا المفتاح: أزل العلامة عن &quot;Withdraw Funds&quot; (سحب الأموال) وعن مربعي عناوين السحب كليهما.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Query Funds: Kraken lets a key with it move funds into a Kraken Futures wallet. Orders, trades and the ledger stay readable; the wizard then cannot show your balances.</source>
        <translation>في Kraken، عدّل هذا المفتاح وأزل العلامة عن &quot;Query Funds&quot; (الاستعلام عن الأموال): فـ Kraken تسمح للمفتاح الذي يحمل هذه الصلاحية بنقل الأموال إلى محفظة Kraken Futures. تبقى الأوامر والصفقات والسجل (Ledger) قابلة للقراءة؛ لكن المعالج لن يستطيع عندها عرض أرصدتك.</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Withdraw Funds: it also moves funds between an account and its sub-accounts.</source>
        <translation>في Kraken، عدّل هذا المفتاح وأزل العلامة عن &quot;Withdraw Funds&quot; (سحب الأموال): فهذه الصلاحية تنقل الأموال أيضًا بين الحساب وحساباته الفرعية.</translation>
    </message>
    <message>
        <source>On Bybit, edit this key: untick Withdrawal, and every Fiat, P2P, Bybit Pay and Card box.</source>
        <translation>في Bybit، عدّل هذا المفتاح: أزل العلامة عن &quot;Withdrawal&quot; (السحب)، وعن كل مربعات &quot;Fiat&quot; (العملات التقليدية) و&quot;P2P&quot; و&quot;Bybit Pay&quot; و&quot;Card&quot; (البطاقة).</translation>
    </message>
    <message>
        <source>On OKX, bind this key to the IP addresses of the computer or service that will trade. OKX lets an unbound trading key expire after 14 days without use.</source>
        <translation>في OKX، اربط هذا المفتاح بعناوين IP للحاسوب أو الخدمة التي ستتداول. فـ OKX تُنهي صلاحية مفتاح التداول غير المربوط بعناوين IP إذا بقي 14 يومًا دون استخدام.</translation>
    </message>
    <message>
        <source>On Binance, limit this key to the IP addresses of the computer or service that will trade. Binance takes trading away from unrestricted keys, and may delete them.</source>
        <translation>في Binance، اقصر هذا المفتاح على عناوين IP للحاسوب أو الخدمة التي ستتداول. فـ Binance تسحب صلاحية التداول من المفاتيح غير المقيّدة، وقد تحذفها.</translation>
    </message>
    <message>
        <source>{exchange} does not report the rows marked with a question mark. The wizard never guesses them: each one is listed with where to check it yourself.</source>
        <translation>لا تذكر {exchange} البنود المعلَّمة بعلامة استفهام. والمعالج لا يخمّنها أبدًا: كل بند منها مذكور مع المكان الذي تتحقق منه فيه بنفسك.</translation>
    </message>
    <message>
        <source>Confirmed by you on {date}: {exchange} does not report it.</source>
        <translation>أكّدتَه بنفسك في {date}: لا تذكره {exchange}.</translation>
    </message>
    <message>
        <source>This key belongs to a perpetual futures (INTX) portfolio. On Coinbase, make a new key for your default portfolio and delete this one.</source>
        <translation>هذا المفتاح تابع لمحفظة العقود الدائمة (INTX). في Coinbase، أنشئ مفتاحًا جديدًا لمحفظتك الافتراضية (&quot;Default&quot;)، واحذف هذا المفتاح.</translation>
    </message>
    <message>
        <source>On Coinbase, make a new key with only View and Trade ticked (no Transfer), then delete this one.</source>
        <translation>في Coinbase، أنشئ مفتاحًا جديدًا لا تضع فيه علامة إلا على &quot;View&quot; (عرض) و&quot;Trade&quot; (تداول)، من دون &quot;Transfer&quot; (تحويل)، ثم احذف هذا المفتاح.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can move your coins into Simple Earn and staking, and Binance names no permission at all for Dual Investment and Soft Staking: all of them pay interest.</source>
        <translation>يستطيع مفتاح Binance المسموح له بالتداول الفوري أن ينقل عملاتك إلى Simple Earn (الادخار البسيط) والتخزين (Staking)، ولا تحدد Binance أي صلاحية على الإطلاق لـ Dual Investment (الاستثمار المزدوج) وSoft Staking (التخزين المرن): وكلها تدفع فائدة.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot may also be able to take a Crypto Loan against your coins: Binance names the spot trading permission for changing such a loan, and no permission at all for taking one.</source>
        <translation>قد يستطيع مفتاح Binance المسموح له بالتداول الفوري أن يأخذ أيضًا Crypto Loan (قرض العملات الرقمية) بضمان عملاتك: إذ تحدد Binance صلاحية التداول الفوري لتعديل مثل هذا القرض، ولا تحدد أي صلاحية على الإطلاق لأخذه.</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can create a margin &quot;special key&quot;: a new key that trades with borrowed funds.</source>
        <translation>يستطيع مفتاح Binance المسموح له بالتداول الفوري أن يُنشئ &quot;special key&quot; (مفتاحًا مميّزًا) للهامش: وهو مفتاح جديد يتداول بأموال مقترضة.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Margin Loan, Repay &amp; Transfer&quot; must be unticked.</source>
        <translation>في Binance، افتح &quot;API Management&quot; (إدارة API) ثم &quot;Edit restrictions&quot; (تعديل القيود): يجب أن يكون &quot;Enable Margin Loan, Repay &amp; Transfer&quot; (تفعيل قرض الهامش والسداد والتحويل) دون علامة.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Futures&quot; must be unticked.</source>
        <translation>في Binance، افتح &quot;API Management&quot; (إدارة API) ثم &quot;Edit restrictions&quot; (تعديل القيود): يجب أن يكون &quot;Enable Futures&quot; (تفعيل العقود الآجلة) دون علامة.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable European Options&quot; must be unticked.</source>
        <translation>في Binance، افتح &quot;API Management&quot; (إدارة API) ثم &quot;Edit restrictions&quot; (تعديل القيود): يجب أن يكون &quot;Enable European Options&quot; (تفعيل عقود الخيارات الأوروبية) دون علامة.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Withdrawals&quot; must be unticked.</source>
        <translation>في Binance، افتح &quot;API Management&quot; (إدارة API) ثم &quot;Edit restrictions&quot; (تعديل القيود): يجب أن يكون &quot;Enable Withdrawals&quot; (تفعيل السحب) دون علامة.</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Permits Universal Transfer&quot; and &quot;Enable Internal Transfer&quot; must be unticked.</source>
        <translation>في Binance، افتح &quot;API Management&quot; (إدارة API) ثم &quot;Edit restrictions&quot; (تعديل القيود): يجب أن يكون &quot;Permits Universal Transfer&quot; (السماح بالتحويل الشامل) و&quot;Enable Internal Transfer&quot; (تفعيل التحويل الداخلي) دون علامة.</translation>
    </message>
    <message>
        <source>On Binance, open Earn: you should hold no Simple Earn, staking or Dual Investment positions.</source>
        <translation>في Binance، افتح &quot;Earn&quot; (منتجات العوائد): ينبغي ألا يكون لديك أي اشتراك في Simple Earn (الادخار البسيط) أو التخزين (Staking) أو Dual Investment (الاستثمار المزدوج).</translation>
    </message>
    <message>
        <source>On Binance, open Loans: no Crypto Loan may be open.</source>
        <translation>في Binance، افتح &quot;Loans&quot; (القروض): يجب ألا يكون أي Crypto Loan (قرض العملات الرقمية) مفتوحًا.</translation>
    </message>
    <message>
        <source>On Binance, open API Management: this key must show &quot;Restrict access to trusted IPs only&quot; with your addresses.</source>
        <translation>في Binance، افتح &quot;API Management&quot; (إدارة API): يجب أن يظهر لهذا المفتاح الخيار &quot;Restrict access to trusted IPs only&quot; (قصر الوصول على عناوين IP الموثوقة فقط) مع عناوينك.</translation>
    </message>
    <message>
        <source>Any key that may trade spot on Bybit can also take a Crypto Loan against your coins, or lend them out for interest, with coins from your Funding wallet.</source>
        <translation>أي مفتاح مسموح له بالتداول الفوري في Bybit يستطيع أيضًا أن يأخذ Crypto Loan (قرض العملات الرقمية) بضمان عملاتك، أو أن يُقرضها مقابل فائدة، مستخدمًا عملات من Funding wallet (محفظة التمويل) الخاصة بك.</translation>
    </message>
    <message>
        <source>On Bybit, open the spot trading page: the Margin switch beside the order form must be off, and spot margin never activated (Bybit&apos;s margin quiz never taken). Once it is activated, a trading key may switch it on by itself.</source>
        <translation>في Bybit، افتح صفحة التداول الفوري: يجب أن يكون زر &quot;Margin&quot; (الهامش) بجانب نموذج الأوامر معطَّلًا، وألا يكون هامش التداول الفوري قد فُعِّل قط (أي ألا تكون قد أجريت اختبار الهامش في Bybit قط). فبعد تفعيله، يستطيع مفتاح التداول أن يشغّله من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: every Contracts, Unified Trading and USDC Contracts box must be unticked.</source>
        <translation>في Bybit، افتح &quot;API&quot;، ثم &quot;Edit&quot; (تعديل) بجانب هذا المفتاح: يجب أن تكون كل مربعات &quot;Contracts&quot; (العقود) و&quot;Unified Trading&quot; (التداول الموحد) و&quot;USDC Contracts&quot; (عقود USDC) دون علامة.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the USDC Contracts box must be unticked.</source>
        <translation>في Bybit، افتح &quot;API&quot;، ثم &quot;Edit&quot; (تعديل) بجانب هذا المفتاح: يجب أن يكون مربع &quot;USDC Contracts&quot; (عقود USDC) دون علامة.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Wallet Withdrawal and every Fiat, P2P, Pay and Card box must be unticked.</source>
        <translation>في Bybit، افتح &quot;API&quot;، ثم &quot;Edit&quot; (تعديل) بجانب هذا المفتاح: يجب أن يكون &quot;Wallet Withdrawal&quot; (السحب من المحفظة) وكل مربعات &quot;Fiat&quot; (العملات التقليدية) و&quot;P2P&quot; و&quot;Pay&quot; و&quot;Card&quot; (البطاقة) دون علامة.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Account Transfer and Subaccount Transfer must be unticked.</source>
        <translation>في Bybit، افتح &quot;API&quot;، ثم &quot;Edit&quot; (تعديل) بجانب هذا المفتاح: يجب أن يكون &quot;Account Transfer&quot; (التحويل بين الحسابات) و&quot;Subaccount Transfer&quot; (التحويل بين الحسابات الفرعية) دون علامة.</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the Earn box must be unticked.</source>
        <translation>في Bybit، افتح &quot;API&quot;، ثم &quot;Edit&quot; (تعديل) بجانب هذا المفتاح: يجب أن يكون مربع &quot;Earn&quot; (منتجات العوائد) دون علامة.</translation>
    </message>
    <message>
        <source>On Bybit, open Finance, then Crypto Loan: no loan may be open. Any key that trades spot can take one.</source>
        <translation>في Bybit، افتح &quot;Finance&quot; (المالية)، ثم &quot;Crypto Loan&quot; (قرض العملات الرقمية): يجب ألا يكون أي قرض مفتوحًا. فأي مفتاح يتداول تداولًا فوريًا يستطيع أن يأخذ قرضًا.</translation>
    </message>
    <message>
        <source>On Bybit, open API: this key must show the IP addresses it is limited to.</source>
        <translation>في Bybit، افتح &quot;API&quot;: يجب أن تظهر لهذا المفتاح عناوين IP المقصور عليها.</translation>
    </message>
    <message>
        <source>On Coinbase, spot orders cannot borrow; check that you have no futures or perpetuals account either (Settings, then Derivatives).</source>
        <translation>في Coinbase، لا تستطيع الأوامر الفورية الاقتراض؛ لكن تأكد أيضًا أنه ليس لديك حساب للعقود الآجلة أو العقود الدائمة: من &quot;Settings&quot; (الإعدادات)، ثم &quot;Derivatives&quot; (المشتقات).</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for futures or perpetuals (derivatives). Where you have, any trading key can trade them.</source>
        <translation>في Coinbase، افتح &quot;Settings&quot; (الإعدادات): يجب ألا تكون قد سجّلت في العقود الآجلة أو العقود الدائمة (المشتقات). فإن كنت قد سجّلت، يستطيع أي مفتاح تداول أن يتداولها.</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for derivatives. Where you have, any trading key can trade them.</source>
        <translation>في Coinbase، افتح &quot;Settings&quot; (الإعدادات): يجب ألا تكون قد سجّلت في المشتقات. فإن كنت قد سجّلت، يستطيع أي مفتاح تداول أن يتداولها.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys: this key must have View and Trade only, without Transfer.</source>
        <translation>في &quot;Coinbase Developer Platform&quot; (منصة المطوّرين من Coinbase)، افتح &quot;API keys&quot; (مفاتيح API): يجب ألا يكون لهذا المفتاح إلا &quot;View&quot; (عرض) و&quot;Trade&quot; (تداول)، من دون &quot;Transfer&quot; (تحويل).</translation>
    </message>
    <message>
        <source>On Coinbase, staking and rewards are switched in the app, not by keys.</source>
        <translation>في Coinbase، يُفعَّل التخزين (Staking) والمكافآت ويُوقَف من داخل التطبيق، لا من خلال المفاتيح.</translation>
    </message>
    <message>
        <source>On Coinbase, open Borrow: no loan may be open.</source>
        <translation>في Coinbase، افتح &quot;Borrow&quot; (الاقتراض): يجب ألا يكون أي قرض مفتوحًا.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys, then this key: its IP allowlist must list your addresses. Coinbase does not report it.</source>
        <translation>في &quot;Coinbase Developer Platform&quot; (منصة المطوّرين من Coinbase)، افتح &quot;API keys&quot; (مفاتيح API)، ثم هذا المفتاح: يجب أن تضم &quot;IP allowlist&quot; (قائمة عناوين IP المسموح بها) الخاصة به عناوينك. فـ Coinbase لا تذكر ذلك.</translation>
    </message>
    <message>
        <source>On Kraken Pro, open the order form of any pair: if it offers Margin or leverage, any trading key of your account can borrow, and no setting stops it. Tick this only if it offers none.</source>
        <translation>في &quot;Kraken Pro&quot;، افتح نموذج الأوامر لأي زوج تداول: إذا عرض &quot;Margin&quot; (الهامش) أو الرافعة المالية، فأي مفتاح تداول في حسابك يستطيع الاقتراض، ولا يوجد إعداد يمنع ذلك. لا تضع علامة على هذا البند إلا إذا لم يعرض أيًّا منهما.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API: this key must be a spot key (Kraken Futures keys are made apart).</source>
        <translation>في Kraken، افتح &quot;Settings&quot; (الإعدادات)، ثم &quot;API&quot;: يجب أن يكون هذا المفتاح مفتاحًا للتداول الفوري (فمفاتيح Kraken Futures تُنشأ على حدة).</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Withdraw Funds and both withdrawal address boxes must be unticked.</source>
        <translation>في Kraken، افتح &quot;Settings&quot; (الإعدادات)، ثم &quot;API&quot;، ثم هذا المفتاح: يجب أن يكون &quot;Withdraw Funds&quot; (سحب الأموال) ومربعا عناوين السحب كلاهما دون علامة.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Query Funds and Withdraw Funds must be unticked.</source>
        <translation>في Kraken، افتح &quot;Settings&quot; (الإعدادات)، ثم &quot;API&quot;، ثم هذا المفتاح: يجب أن يكون &quot;Query Funds&quot; (الاستعلام عن الأموال) و&quot;Withdraw Funds&quot; (سحب الأموال) دون علامة.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Earn Funds must be unticked.</source>
        <translation>في Kraken، افتح &quot;Settings&quot; (الإعدادات)، ثم &quot;API&quot;، ثم هذا المفتاح: يجب أن يكون &quot;Earn Funds&quot; (وضع الأموال في Earn) دون علامة.</translation>
    </message>
    <message>
        <source>On Kraken, no loan product is open to API keys: check that you have none.</source>
        <translation>في Kraken، لا يوجد أي منتج قروض متاح لمفاتيح API: تأكد أنه ليس لديك أي قرض.</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: IP address restriction must list your addresses.</source>
        <translation>في Kraken، افتح &quot;Settings&quot; (الإعدادات)، ثم &quot;API&quot;، ثم هذا المفتاح: يجب أن يضم &quot;IP address restriction&quot; (تقييد عناوين IP) عناوينك.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move your coins into Simple Earn, lending, staking and other Earn products, which pay interest.</source>
        <translation>أي مفتاح في OKX مسموح له بالتداول يستطيع أيضًا أن ينقل عملاتك إلى Simple Earn (الادخار البسيط) والإقراض والتخزين (Staking) وغيرها من منتجات Earn (منتجات العوائد)، وهي تدفع فائدة.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade may also take a Flexible Loan against the coins in your funding account.</source>
        <translation>أي مفتاح في OKX مسموح له بالتداول قد يستطيع أيضًا أن يأخذ Flexible Loan (قرضًا مرنًا) بضمان العملات الموجودة في حساب التمويل (Funding) الخاص بك.</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move funds between your funding and trading accounts, and from a main account to its sub-accounts.</source>
        <translation>أي مفتاح في OKX مسموح له بالتداول يستطيع أيضًا أن ينقل الأموال بين حسابَي التمويل والتداول الخاصين بك، ومن الحساب الرئيسي إلى حساباته الفرعية.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode with borrowing off, and you must never have used any other mode: a trading key can switch back to a mode used before.</source>
        <translation>في OKX، افتح إعدادات التداول: يجب أن يكون وضع الحساب &quot;Spot mode&quot; (الوضع الفوري) والاقتراض معطَّلًا، ويجب ألا تكون قد استخدمت أي وضع آخر قط: إذ يستطيع مفتاح التداول أن يعود إلى وضع استُخدم من قبل.</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode, and you must never have used Futures, Multi-currency margin or Portfolio margin mode: a trading key can switch back to a mode used before.</source>
        <translation>في OKX، افتح إعدادات التداول: يجب أن يكون وضع الحساب &quot;Spot mode&quot; (الوضع الفوري)، ويجب ألا تكون قد استخدمت قط وضع &quot;Futures&quot; (العقود الآجلة) أو &quot;Multi-currency margin&quot; (هامش متعدد العملات) أو &quot;Portfolio margin&quot; (هامش المحفظة): إذ يستطيع مفتاح التداول أن يعود إلى وضع استُخدم من قبل.</translation>
    </message>
    <message>
        <source>On OKX, options must not be activated. A trading key can activate them itself once your trading account holds more than 10,000 USD: keep it below that, or use a sub-account.</source>
        <translation>في OKX، يجب ألا تكون عقود الخيارات مفعّلة. فمفتاح التداول يستطيع تفعيلها بنفسه متى زاد ما في حساب التداول لديك على 10,000 دولار أمريكي: أبقِ الرصيد دون ذلك، أو استخدم حسابًا فرعيًا.</translation>
    </message>
    <message>
        <source>On OKX, open API: the key&apos;s permissions must be Read and Trade only, without Withdraw.</source>
        <translation>في OKX، افتح &quot;API&quot;: يجب أن تكون صلاحيات المفتاح &quot;Read&quot; (قراءة) و&quot;Trade&quot; (تداول) فقط، من دون &quot;Withdraw&quot; (سحب).</translation>
    </message>
    <message>
        <source>On OKX, open Earn: you should hold no savings, staking or other Earn products.</source>
        <translation>في OKX، افتح &quot;Earn&quot; (منتجات العوائد): ينبغي ألا يكون لديك أي اشتراك في الادخار أو التخزين (Staking) أو غيرها من منتجات Earn.</translation>
    </message>
    <message>
        <source>On OKX, open Loan: no Flexible Loan may be open.</source>
        <translation>في OKX، افتح &quot;Loan&quot; (القروض): يجب ألا يكون أي Flexible Loan (قرض مرن) مفتوحًا.</translation>
    </message>
    <message>
        <source>On OKX, open API: this key must show the IP addresses it is bound to.</source>
        <translation>في OKX، افتح &quot;API&quot;: يجب أن تظهر لهذا المفتاح عناوين IP المربوط بها.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>My key may have leaked</source>
        <translation>ربما تسرّب مفتاحي</translation>
    </message>
    <message>
        <source>Open the exchange yourself: type its address or use its app. Do not follow a link from an email or a message.</source>
        <translation>افتح المنصة بنفسك: اكتب عنوانها أو استخدم تطبيقها. لا تفتح رابطًا وصلك في بريد إلكتروني أو رسالة.</translation>
    </message>
    <message>
        <source>Go to API Management and delete the key. It stops working at once, wherever it was copied to.</source>
        <translation>اذهب إلى &quot;API Management&quot; (إدارة API) واحذف المفتاح. سيتوقف عن العمل فورًا، أينما نُسخ.</translation>
    </message>
    <message>
        <source>Look through your open orders and recent trades for anything you did not do.</source>
        <translation>راجع أوامرك المفتوحة وصفقاتك الأخيرة، وابحث عن أي شيء لم تفعله أنت.</translation>
    </message>
    <message>
        <source>If something is wrong, contact the exchange&apos;s support and send them the times and order numbers you found.</source>
        <translation>إذا وجدت شيئًا غير طبيعي، فتواصل مع دعم المنصة وأرسل إليهم الأوقات وأرقام الأوامر التي وجدتها.</translation>
    </message>
    <message>
        <source>Make a new key, then replace the old one here: on the first page choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>أنشئ مفتاحًا جديدًا، ثم استبدل به المفتاح القديم هنا: في الصفحة الأولى اختر &quot;استبدال (تجديد) مفتاح أعددته من قبل&quot;.</translation>
    </message>
    <message>
        <source>Check that your account&apos;s two-factor sign-in and email address are still yours.</source>
        <translation>تأكد أن المصادقة الثنائية لتسجيل الدخول والبريد الإلكتروني في حسابك ما زالا تحت سيطرتك.</translation>
    </message>
    <message>
        <source>Why must withdrawals stay off?</source>
        <translation>لماذا يجب أن يبقى السحب معطَّلًا؟</translation>
    </message>
    <message>
        <source>A trading bot only buys and sells inside your account. With withdrawals off, even a stolen key cannot move your coins out.</source>
        <translation>روبوت التداول يشتري ويبيع داخل حسابك فقط. وعندما يكون السحب معطَّلًا، لا يستطيع حتى المفتاح المسروق إخراج عملاتك من الحساب.</translation>
    </message>
    <message>
        <source>Why limit the key to IP addresses?</source>
        <translation>لماذا أقصر المفتاح على عناوين IP محددة؟</translation>
    </message>
    <message>
        <source>The exchange then refuses the key from any other computer, so a copied key is useless to a thief.</source>
        <translation>عندها ترفض المنصة المفتاح إذا جاء من أي حاسوب آخر، فلا ينتفع اللص بمفتاح منسوخ.</translation>
    </message>
    <message>
        <source>I switched on futures or margin before. What now?</source>
        <translation>فعّلت العقود الآجلة أو الهامش من قبل. ماذا أفعل الآن؟</translation>
    </message>
    <message>
        <source>Close every open position, repay any loan, move the funds back to Spot, and close those accounts. Then make a new key: the old one may carry the old permissions.</source>
        <translation>أغلق كل الصفقات المفتوحة، وسدّد أي قرض، وأعد الأموال إلى محفظة Spot (الفورية)، ثم أغلق تلك الحسابات. بعد ذلك أنشئ مفتاحًا جديدًا، لأن المفتاح القديم قد يحتفظ بالصلاحيات القديمة.</translation>
    </message>
    <message>
        <source>How often should I replace the key?</source>
        <translation>كم مرة يجب أن أستبدل المفتاح؟</translation>
    </message>
    <message>
        <source>Every 90 days, or at once if you think it leaked. The wizard tells you when the date comes.</source>
        <translation>كل 90 يومًا، أو فورًا إذا ظننت أنه تسرّب. سيخبرك المعالج عندما يحين الموعد.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا بك</translation>
    </message>
    <message>
        <source>Set up a trading key that can buy and sell, and nothing more.</source>
        <translation>أنشئ مفتاح تداول يستطيع الشراء والبيع، ولا شيء غير ذلك.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that only buys and sells coins you own, then asks the exchange what the key can really do.</source>
        <translation>يحتاج برنامج التداول إلى مفتاح لحسابك في المنصة. يساعدك هذا المعالج على إنشاء مفتاح لا يفعل إلا شراء العملات التي تملكها وبيعها، ثم يسأل المنصة عمّا يستطيع المفتاح فعله حقًا.</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that trades spot: buy and sell coins you own outright, with borrowing (riba), futures and other derivatives, and moving your money out switched off wherever the exchange lets you. Where it does not, the check says so plainly.</source>
        <translation>يحتاج برنامج التداول إلى مفتاح للدخول إلى حسابك في المنصة. يساعدك هذا المعالج على إنشاء مفتاح للتداول الفوري: أي شراء وبيع عملات تملكها ملكًا تامًا، مع تعطيل الاقتراض بفائدة (الربا) والعقود الآجلة وغيرها من المشتقات وإخراج أموالك من الحساب، حيثما تسمح المنصة بذلك. وحيث لا تسمح، يقول لك الفحص ذلك بوضوح.</translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation>في النهاية يسأل المعالج المنصة عمّا يستطيع المفتاح فعله حقًا، ويعرض لك النتيجة.</translation>
    </message>
    <message>
        <source>Your key is checked. Here is what happens next.</source>
        <translation>فُحص مفتاحك. وإليك ما سيحدث بعد ذلك.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity.</source>
        <translation>من يسيطر على حسابك يسيطر على كل مفتاح أُنشئ فيه. شيئان يحميانه: رمز من تطبيق مصادقة عند كل تسجيل دخول، وهوية موثَّقة.</translation>
    </message>
    <message>
        <source>Keep futures and margin off</source>
        <translation>أبقِ العقود الآجلة والهامش معطَّلين</translation>
    </message>
    <message>
        <source>Halal spot trading never needs them.</source>
        <translation>التداول الفوري الحلال لا يحتاج إليهما أبدًا.</translation>
    </message>
    <message>
        <source>Futures, options and perpetual contracts are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba).</source>
        <translation>العقود الآجلة وعقود الخيارات والعقود الدائمة كلها مشتقات: عقود على سعر، لا عملات تملكها. أما الهامش فهو اقتراض بفائدة (الربا).</translation>
    </message>
    <message>
        <source>I hold no futures, perpetual or options positions</source>
        <translation>ليس لدي صفقات مفتوحة في العقود الآجلة أو العقود الدائمة أو عقود الخيارات</translation>
    </message>
    <message>
        <source>Name it so you recognise it later:</source>
        <translation>سمِّه باسم تعرفه به لاحقًا:</translation>
    </message>
    <message>
        <source>The secret is shown only once, right after the key is made. Keep that page open until this wizard has it.</source>
        <translation>يُعرض المفتاح السري مرة واحدة فقط، مباشرةً بعد إنشاء المفتاح. أبقِ تلك الصفحة مفتوحة حتى تُدخله في هذا المعالج.</translation>
    </message>
    <message>
        <source>Set the new key&apos;s boxes as shown here.</source>
        <translation>اضبط مربعات المفتاح الجديد كما تظهر هنا.</translation>
    </message>
    <message>
        <source>The key&apos;s boxes match the picture and are saved</source>
        <translation>مربعات المفتاح مطابقة للصورة، وقد حُفظت</translation>
    </message>
    <message>
        <source>Riba: some of these rewards are interest on a loan.</source>
        <translation>الربا: بعض هذه العوائد فائدة على قرض.</translation>
    </message>
    <message>
        <source>If you skip this, the key keeps working from anywhere, so anyone who copies it can use it.</source>
        <translation>إذا تخطيت هذه الخطوة، يبقى المفتاح صالحًا للعمل من أي مكان، فيستطيع أي شخص ينسخه أن يستخدمه.</translation>
    </message>
    <message>
        <source>With the list set, a copied key is useless anywhere else.</source>
        <translation>بعد ضبط القائمة، لا ينفع المفتاح المنسوخ في أي مكان آخر.</translation>
    </message>
    <message>
        <source>Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>خدمة التداول التي تستخدمها تخبرك بالعناوين التي تُدخلها. وإذا لم تكن لديك عناوين بعد، يمكنك المتابعة: سينبّهك الفحص، ويمكنك إضافتها لاحقًا.</translation>
    </message>
    <message>
        <source>Secure your Binance account</source>
        <translation>احمِ حسابك في Binance</translation>
    </message>
    <message>
        <source>Before making a key, make sure only you can sign in.</source>
        <translation>قبل إنشاء المفتاح، تأكد أنك وحدك تستطيع تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity, which Binance needs before it allows keys.</source>
        <translation>من يسيطر على حسابك يسيطر على كل مفتاح أُنشئ فيه. شيئان يحميانه: رمز من تطبيق مصادقة عند كل تسجيل دخول، وهوية موثَّقة، إذ تشترطها Binance قبل أن تسمح بإنشاء المفاتيح.</translation>
    </message>
    <message>
        <source>Two-factor sign-in uses an authenticator app (not SMS)</source>
        <translation>المصادقة الثنائية لتسجيل الدخول تستخدم تطبيق مصادقة (وليس رسائل SMS)</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Security, then Two-Factor Authentication. Choose Authenticator App and follow the steps. SMS codes can be stolen by taking over your phone number, so switch SMS off once the app works.</source>
        <translation>في Binance: أيقونة ملفك الشخصي، ثم &quot;Security&quot; (الأمان)، ثم &quot;Two-Factor Authentication&quot; (المصادقة الثنائية). اختر &quot;Authenticator App&quot; (تطبيق المصادقة) واتبع الخطوات. يمكن سرقة رموز SMS بالاستيلاء على رقم هاتفك، لذلك أوقف SMS بعد أن يعمل التطبيق.</translation>
    </message>
    <message>
        <source>My identity is verified on Binance</source>
        <translation>هويتي موثَّقة في Binance</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Identification. If it says Verified, you are done. If not, follow the steps there; it asks for an ID document. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>في Binance: أيقونة ملفك الشخصي، ثم &quot;Identification&quot; (التحقق من الهوية). إذا ظهرت كلمة &quot;Verified&quot; (موثَّق)، فقد انتهيت. وإن لم تظهر، فاتبع الخطوات هناك؛ وستُطلب منك وثيقة هوية. التحقق من هويتك يفرضه القانون، ولا يتعارض مع التداول الحلال.</translation>
    </message>
    <message>
        <source>Leveraged tokens are derivatives too. On Binance each of these must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation>والرموز ذات الرافعة المالية مشتقات أيضًا. في Binance يجب فتح كل واحد من هذه عن قصد، لذلك لا يوجد أي منها في الحساب الجديد. اتركها مغلقة.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Futures wallet, or it holds nothing</source>
        <translation>لا تظهر في &quot;Wallet › Overview&quot; (المحفظة › نظرة عامة) محفظة &quot;Futures&quot; (العقود الآجلة)، أو تظهر وليس فيها شيء</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one: tick this. If it is listed, close its positions and transfer its funds to Spot until it shows nothing.</source>
        <translation>في Binance: &quot;Wallet&quot; (المحفظة)، ثم &quot;Overview&quot; (نظرة عامة). إذا لم تظهر محفظة &quot;Futures&quot; (العقود الآجلة)، فأنت لم تفتح واحدة قط: ضع علامة على هذا البند. وإذا ظهرت، فأغلق صفقاتها وحوّل أموالها إلى Spot (الفورية) حتى لا يبقى فيها شيء.</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Margin wallet, or it holds nothing</source>
        <translation>لا تظهر في &quot;Wallet › Overview&quot; (المحفظة › نظرة عامة) محفظة &quot;Margin&quot; (الهامش)، أو تظهر وليس فيها شيء</translation>
    </message>
    <message>
        <source>I never opened Options, Leveraged Tokens or Portfolio Margin</source>
        <translation>لم أفتح قط عقود الخيارات (Options) ولا الرموز ذات الرافعة المالية (Leveraged Tokens) ولا هامش المحفظة (Portfolio Margin)</translation>
    </message>
    <message>
        <source>On Binance, in your main account: profile icon, API Management, Create API.</source>
        <translation>في Binance، في حسابك الرئيسي: أيقونة الملف الشخصي، ثم &quot;API Management&quot; (إدارة API)، ثم &quot;Create API&quot; (إنشاء API).</translation>
    </message>
    <message>
        <source>Make it in your main account: a sub-account&apos;s trading key can move that sub-account&apos;s funds to other accounts.</source>
        <translation>أنشئه في حسابك الرئيسي: فمفتاح التداول في الحساب الفرعي يستطيع نقل أموال ذلك الحساب الفرعي إلى حسابات أخرى.</translation>
    </message>
    <message>
        <source>Click Edit restrictions on the new key.</source>
        <translation>انقر &quot;Edit restrictions&quot; (تعديل القيود) في المفتاح الجديد.</translation>
    </message>
    <message>
        <source>Spot &amp; Margin Trading cannot trade on margin while the margin box is empty.</source>
        <translation>&quot;Spot &amp; Margin Trading&quot; (التداول الفوري وتداول الهامش) لا يستطيع التداول بالهامش ما دام مربع الهامش دون علامة.</translation>
    </message>
    <message>
        <source>Choose &quot;Restrict access to trusted IPs only&quot; and enter the addresses below.</source>
        <translation>اختر &quot;Restrict access to trusted IPs only&quot; (قصر الوصول على عناوين IP الموثوقة فقط)، وأدخل العناوين أدناه.</translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation>إذا كنت قد فتحت أحدها من قبل: أغلق كل الصفقات، وسدّد أي قرض، وأعد الأموال إلى محفظة Spot (الفورية).</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation>في Binance: &quot;Wallet&quot; (المحفظة)، ثم &quot;Overview&quot; (نظرة عامة). إذا لم تظهر محفظة &quot;Margin&quot; (الهامش)، فأنت لم تفتح واحدة قط: ضع علامة على هذا البند. وإلا فسدّد كل قرض في محفظة Margin، وحوّل الباقي إلى Spot (الفورية).</translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation>هذه منتجات منفصلة في Binance كان عليك أن تشترك فيها بنفسك. إذا لم تفعل ذلك قط، فضع علامة على هذا البند.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Binance it also opens Simple Earn, staking and Crypto Loan, which no setting closes: the check will name them.</source>
        <translation>لازم للشراء والبيع. وفي Binance يفتح أيضًا الطريق إلى Simple Earn (الادخار البسيط) والتخزين (Staking) وCrypto Loan (قرض العملات الرقمية)، ولا يوجد إعداد يغلقها: وسيذكرها الفحص بأسمائها.</translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation>أنشئ المفتاح وسمِّه</translation>
    </message>
    <message>
        <source>Binance offers two kinds of key. With &quot;System generated&quot;, Binance makes the key and its secret. With &quot;Self-generated&quot;, this computer makes a key pair and Binance gets only its public half: the safest choice. Choose one:</source>
        <translation>تقدّم Binance نوعين من المفاتيح. مع &quot;System generated&quot; (يُنشئه النظام)، تُنشئ Binance المفتاح ومفتاحه السري. ومع &quot;Self-generated&quot; (تُنشئه بنفسك)، يُنشئ هذا الحاسوب زوج مفاتيح، ولا تحصل Binance إلا على نصفه العام: وهذا هو الخيار الأكثر أمانًا. اختر أحدهما:</translation>
    </message>
    <message>
        <source>Binance shows the secret only once, right after you confirm with your two-factor code. Keep that page open until this wizard has it.</source>
        <translation>تعرض Binance المفتاح السري مرة واحدة فقط، مباشرةً بعد تأكيدك برمز المصادقة الثنائية. أبقِ تلك الصفحة مفتوحة حتى تُدخله في هذا المعالج.</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key and Secret Key</source>
        <translation>أنشأت المفتاح وأرى مفتاح API (API Key) والمفتاح السري (Secret Key)</translation>
    </message>
    <message>
        <source>API Management is in the menu under your profile icon at the top right of Binance&apos;s website. If Create API is greyed out, finish identity verification and switch on two-factor sign-in first.</source>
        <translation>تجد &quot;API Management&quot; (إدارة API) في القائمة تحت أيقونة ملفك الشخصي أعلى يمين موقع Binance. إذا كان زر &quot;Create API&quot; (إنشاء API) رماديًا لا يعمل، فأكمل أولًا التحقق من هويتك وفعّل المصادقة الثنائية.</translation>
    </message>
    <message>
        <source>Set the permissions</source>
        <translation>اضبط الصلاحيات</translation>
    </message>
    <message>
        <source>Edit restrictions is next to the key in API Management. If a box will not untick, save first and then edit again. If you cannot change the key, delete it and create a new one.</source>
        <translation>تجد &quot;Edit restrictions&quot; (تعديل القيود) بجانب المفتاح في &quot;API Management&quot; (إدارة API). إذا لم تُزَل العلامة من أحد المربعات، فاحفظ أولًا ثم عدّل مرة أخرى. وإذا لم تستطع تغيير المفتاح، فاحذفه وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Allow only trusted addresses</source>
        <translation>اسمح بالعناوين الموثوقة فقط</translation>
    </message>
    <message>
        <source>Lock the key to the computers that will use it.</source>
        <translation>اقصر استخدام المفتاح على الأجهزة التي ستستخدمه.</translation>
    </message>
    <message>
        <source>If you skip this, Binance keeps the key but may switch its trading off after a while, and anyone who copies it can use it.</source>
        <translation>إذا تخطيت هذه الخطوة، تُبقي Binance المفتاح، لكنها قد توقف التداول به بعد مدة، ويستطيع أي شخص ينسخه أن يستخدمه.</translation>
    </message>
    <message>
        <source>To verify the key from this computer, its address must be on the list too.</source>
        <translation>للتحقق من المفتاح من هذا الحاسوب، يجب أن يكون عنوان هذا الحاسوب في القائمة أيضًا.</translation>
    </message>
    <message>
        <source>I restricted the key to trusted IP addresses</source>
        <translation>قصرت المفتاح على عناوين IP موثوقة</translation>
    </message>
    <message>
        <source>The choice is in Edit restrictions, under IP access restrictions. Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>تجد هذا الخيار في &quot;Edit restrictions&quot; (تعديل القيود)، تحت &quot;IP access restrictions&quot; (قيود الوصول حسب IP). خدمة التداول التي تستخدمها تخبرك بالعناوين التي تُدخلها. وإذا لم تكن لديك عناوين بعد، يمكنك المتابعة: سينبّهك الفحص، ويمكنك إضافتها لاحقًا.</translation>
    </message>
    <message>
        <source>Enter the key</source>
        <translation>أدخل المفتاح</translation>
    </message>
    <message>
        <source>Copy the API Key and the Secret Key from Binance into these fields.</source>
        <translation>انسخ مفتاح API والمفتاح السري من Binance والصقهما في هذين الحقلين.</translation>
    </message>
    <message>
        <source>Checking the key with Binance</source>
        <translation>جارٍ فحص المفتاح لدى Binance</translation>
    </message>
    <message>
        <source>The wizard asks Binance what this key can do.</source>
        <translation>يسأل المعالج Binance عمّا يستطيع هذا المفتاح فعله.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Enable Reading</source>
        <translation>Enable Reading (تفعيل القراءة)</translation>
    </message>
    <message>
        <source>Needed to see balances and orders.</source>
        <translation>لازم لرؤية الأرصدة والأوامر.</translation>
    </message>
    <message>
        <source>Enable Spot &amp; Margin Trading</source>
        <translation>Enable Spot &amp; Margin Trading (تفعيل التداول الفوري وتداول الهامش)</translation>
    </message>
    <message>
        <source>Enable Margin Loan, Repay &amp; Transfer</source>
        <translation>Enable Margin Loan, Repay &amp; Transfer (تفعيل قرض الهامش والسداد والتحويل)</translation>
    </message>
    <message>
        <source>Riba: borrowing with interest.</source>
        <translation>الربا: اقتراض بفائدة.</translation>
    </message>
    <message>
        <source>Enable Futures</source>
        <translation>Enable Futures (تفعيل العقود الآجلة)</translation>
    </message>
    <message>
        <source>Derivatives with leverage.</source>
        <translation>مشتقات برافعة مالية.</translation>
    </message>
    <message>
        <source>Enable Leveraged Tokens</source>
        <translation>Enable Leveraged Tokens (تفعيل الرموز ذات الرافعة المالية)</translation>
    </message>
    <message>
        <source>Derivatives in disguise.</source>
        <translation>مشتقات، وإن لم تبدُ كذلك.</translation>
    </message>
    <message>
        <source>Enable European Options</source>
        <translation>Enable European Options (تفعيل عقود الخيارات الأوروبية)</translation>
    </message>
    <message>
        <source>Derivatives.</source>
        <translation>مشتقات.</translation>
    </message>
    <message>
        <source>Enable Withdrawals</source>
        <translation>Enable Withdrawals (تفعيل السحب)</translation>
    </message>
    <message>
        <source>Custody: would let the key move your coins out.</source>
        <translation>أمان أموالك: يسمح للمفتاح بإخراج عملاتك من الحساب.</translation>
    </message>
    <message>
        <source>Permits Universal Transfer</source>
        <translation>Permits Universal Transfer (السماح بالتحويل الشامل)</translation>
    </message>
    <message>
        <source>Custody: moves funds between wallets.</source>
        <translation>أمان أموالك: ينقل الأموال بين المحافظ.</translation>
    </message>
    <message>
        <source>Enable Internal Transfer</source>
        <translation>Enable Internal Transfer (تفعيل التحويل الداخلي)</translation>
    </message>
    <message>
        <source>Custody: moves funds to other accounts.</source>
        <translation>أمان أموالك: ينقل الأموال إلى حسابات أخرى.</translation>
    </message>
    <message>
        <source>Secure your Bybit account</source>
        <translation>احمِ حسابك في Bybit</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Account &amp; Security, then Google Authentication. Any authenticator app works with it. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>في Bybit: أيقونة ملفك الشخصي، ثم &quot;Account &amp; Security&quot; (الحساب والأمان)، ثم &quot;Google Authentication&quot; (مصادقة Google). يعمل معها أي تطبيق مصادقة. بعد أن يعمل التطبيق، توقّف عن استخدام رموز SMS: إذ يمكن سرقتها بالاستيلاء على رقم هاتفك.</translation>
    </message>
    <message>
        <source>My identity is verified on Bybit</source>
        <translation>هويتي موثَّقة في Bybit</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Identity Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>في Bybit: أيقونة ملفك الشخصي، ثم &quot;Identity Verification&quot; (التحقق من الهوية). إذا ظهرت كلمة &quot;Verified&quot; (موثَّق)، فقد انتهيت؛ وإن لم تظهر، فاتبع الخطوات هناك. التحقق من هويتك يفرضه القانون، ولا يتعارض مع التداول الحلال.</translation>
    </message>
    <message>
        <source>Most Bybit accounts are now a Unified Trading Account: one wallet for spot and derivatives. There a new key may get derivatives permission unless you untick it, and with spot margin on, any spot order can borrow.</source>
        <translation>معظم حسابات Bybit اليوم من نوع &quot;Unified Trading Account&quot; (حساب التداول الموحد): محفظة واحدة للتداول الفوري والمشتقات. في هذا الحساب قد يحصل المفتاح الجديد على صلاحية المشتقات ما لم تُزِل العلامة عنها، وإذا كان هامش التداول الفوري مفعّلًا، فأي أمر تداول فوري يستطيع الاقتراض.</translation>
    </message>
    <message>
        <source>Spot margin trading is switched off</source>
        <translation>هامش التداول الفوري معطَّل</translation>
    </message>
    <message>
        <source>On Bybit: open the spot trading page. If the Margin switch beside the order form is on, repay any loan, then switch it off. If you never activated spot margin, there is nothing to do: tick this.</source>
        <translation>في Bybit: افتح صفحة التداول الفوري. إذا كان زر &quot;Margin&quot; (الهامش) بجانب نموذج الأوامر مفعّلًا، فسدّد أي قرض، ثم أوقفه. وإذا لم تفعّل هامش التداول الفوري قط، فلا يلزمك فعل شيء: ضع علامة على هذا البند.</translation>
    </message>
    <message>
        <source>On Bybit: Assets, then your Unified Trading Account (or, on a classic account, Derivatives). Close every open position listed there and repay any loan.</source>
        <translation>في Bybit: &quot;Assets&quot; (الأصول)، ثم &quot;Unified Trading Account&quot; (حساب التداول الموحد)، أو &quot;Derivatives&quot; (المشتقات) إذا كان حسابك من النوع الكلاسيكي. أغلق كل صفقة مفتوحة تظهر هناك، وسدّد أي قرض.</translation>
    </message>
    <message>
        <source>On Bybit: profile icon, then API, then Create New Key.</source>
        <translation>في Bybit: أيقونة الملف الشخصي، ثم &quot;API&quot;، ثم &quot;Create New Key&quot; (إنشاء مفتاح جديد).</translation>
    </message>
    <message>
        <source>Choose &quot;System-generated API Keys&quot;, then &quot;API Transaction&quot;. Bybit makes the key and its secret.</source>
        <translation>اختر &quot;System-generated API Keys&quot; (مفاتيح API يُنشئها النظام)، ثم &quot;API Transaction&quot; (التداول عبر API). تُنشئ Bybit المفتاح ومفتاحه السري.</translation>
    </message>
    <message>
        <source>I created the key and can see both the key and its secret</source>
        <translation>أنشأت المفتاح وأرى مفتاح API ومفتاحه السري كليهما</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of Bybit&apos;s website. If Create New Key is greyed out, switch on two-factor sign-in first.</source>
        <translation>تجد &quot;API&quot; في القائمة تحت أيقونة ملفك الشخصي أعلى يمين موقع Bybit. إذا كان زر &quot;Create New Key&quot; (إنشاء مفتاح جديد) رماديًا لا يعمل، ففعّل المصادقة الثنائية لتسجيل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Choose Read-Write, then tick only the boxes shown here.</source>
        <translation>اختر &quot;Read-Write&quot; (قراءة وكتابة)، ثم ضع علامة على المربعات الظاهرة هنا فقط.</translation>
    </message>
    <message>
        <source>Edit is next to the key in Bybit&apos;s API list. If a box will not untick, or you saved it ticked, delete the key and create a new one.</source>
        <translation>تجد &quot;Edit&quot; (تعديل) بجانب المفتاح في قائمة مفاتيح API في Bybit. إذا لم تُزَل العلامة من أحد المربعات، أو حفظت المفتاح والعلامة عليه، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Bybit may tick the Contracts and Unified Trading boxes for you: untick them.</source>
        <translation>قد تضع Bybit بنفسها علامة على مربعات &quot;Contracts&quot; (العقود) و&quot;Unified Trading&quot; (التداول الموحد): أزل العلامة عنها.</translation>
    </message>
    <message>
        <source>Choose to allow only listed IP addresses, and enter those below.</source>
        <translation>اختر السماح لعناوين IP المدرجة فقط، وأدخل هذه العناوين أدناه.</translation>
    </message>
    <message>
        <source>If you skip this, Bybit switches the key off 90 days after you made it, and until then anyone who copies it can use it.</source>
        <translation>إذا تخطيت هذه الخطوة، توقف Bybit المفتاح بعد 90 يومًا من إنشائه، وحتى ذلك الحين يستطيع أي شخص ينسخه أن يستخدمه.</translation>
    </message>
    <message>
        <source>Copy the API key and its secret from Bybit into these fields.</source>
        <translation>انسخ مفتاح API ومفتاحه السري من Bybit والصقهما في هذين الحقلين.</translation>
    </message>
    <message>
        <source>Checking the key with Bybit</source>
        <translation>جارٍ فحص المفتاح لدى Bybit</translation>
    </message>
    <message>
        <source>The wizard asks Bybit what this key can do.</source>
        <translation>يسأل المعالج Bybit عمّا يستطيع هذا المفتاح فعله.</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Read-Write (قراءة وكتابة)</translation>
    </message>
    <message>
        <source>Needed to place orders: a Read-Only key cannot trade.</source>
        <translation>لازم لإرسال الأوامر: المفتاح من نوع &quot;Read-Only&quot; (قراءة فقط) لا يستطيع التداول.</translation>
    </message>
    <message>
        <source>SPOT: Trade</source>
        <translation>SPOT: Trade (التداول الفوري: تداول)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Bybit it also opens Crypto Loan, borrowing and lending, which no setting closes: the check will name it.</source>
        <translation>لازم للشراء والبيع. وفي Bybit يفتح أيضًا الطريق إلى Crypto Loan (قرض العملات الرقمية) والاقتراض والإقراض، ولا يوجد إعداد يغلقها: وسيذكر الفحص ذلك بالاسم.</translation>
    </message>
    <message>
        <source>Contracts: Orders, Positions</source>
        <translation>Contracts: Orders, Positions (العقود: الأوامر، الصفقات)</translation>
    </message>
    <message>
        <source>Unified Trading: Trade</source>
        <translation>Unified Trading: Trade (التداول الموحد: تداول)</translation>
    </message>
    <message>
        <source>USDC Contracts: Trade</source>
        <translation>USDC Contracts: Trade (عقود USDC: تداول)</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Earn (منتجات العوائد)</translation>
    </message>
    <message>
        <source>Wallet: Withdrawal</source>
        <translation>Wallet: Withdrawal (المحفظة: السحب)</translation>
    </message>
    <message>
        <source>Wallet: Account Transfer</source>
        <translation>Wallet: Account Transfer (المحفظة: التحويل بين الحسابات)</translation>
    </message>
    <message>
        <source>Wallet: Subaccount Transfer</source>
        <translation>Wallet: Subaccount Transfer (المحفظة: التحويل بين الحسابات الفرعية)</translation>
    </message>
    <message>
        <source>Secure your Coinbase account</source>
        <translation>احمِ حسابك في Coinbase</translation>
    </message>
    <message>
        <source>On Coinbase: your profile icon, then Settings, then Security. Choose an authenticator app or a security key for 2-step verification. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>في Coinbase: أيقونة ملفك الشخصي، ثم &quot;Settings&quot; (الإعدادات)، ثم &quot;Security&quot; (الأمان). اختر تطبيق مصادقة أو مفتاح أمان للتحقق بخطوتين (2-step verification). بعد أن يعمل، توقّف عن استخدام رموز SMS: إذ يمكن سرقتها بالاستيلاء على رقم هاتفك.</translation>
    </message>
    <message>
        <source>My identity is verified on Coinbase</source>
        <translation>هويتي موثَّقة في Coinbase</translation>
    </message>
    <message>
        <source>Coinbase verifies your identity when you sign up, and asks again if something is missing. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>تتحقق Coinbase من هويتك عند التسجيل، وتطلب ذلك مرة أخرى إذا نقص شيء. التحقق من هويتك يفرضه القانون، ولا يتعارض مع التداول الحلال.</translation>
    </message>
    <message>
        <source>Coinbase Advanced offers futures and perpetual contracts after a separate sign-up. Once you have signed up, a key that can trade may be able to use them, so do not sign up.</source>
        <translation>تتيح منصة Coinbase Advanced العقود الآجلة والعقود الدائمة بعد تسجيل منفصل. وبعد أن تسجّل فيها، قد يستطيع أي مفتاح مسموح له بالتداول أن يستخدمها، لذلك لا تسجّل فيها.</translation>
    </message>
    <message>
        <source>I never signed up for futures or perpetuals</source>
        <translation>لم أسجّل قط في العقود الآجلة أو العقود الدائمة</translation>
    </message>
    <message>
        <source>In Coinbase Advanced, futures and perpetuals show as their own balance or portfolio. If you see none, tick this. If you have one, close its positions and move its funds back to spot.</source>
        <translation>في Coinbase Advanced، تظهر العقود الآجلة والعقود الدائمة في رصيد أو محفظة خاصة بها. إذا لم ترَ شيئًا من ذلك، فضع علامة على هذا البند. وإذا وجدت واحدًا منها، فأغلق صفقاته وأعد أمواله إلى رصيد التداول الفوري.</translation>
    </message>
    <message>
        <source>I have no loan from Coinbase</source>
        <translation>ليس لدي قرض من Coinbase</translation>
    </message>
    <message>
        <source>In some countries Coinbase offers loans backed by your coins. They carry interest (riba): repay any loan before you go on.</source>
        <translation>في بعض البلدان تقدّم Coinbase قروضًا بضمان عملاتك. وعليها فائدة (الربا): سدّد أي قرض قبل أن تتابع.</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform: API Keys, then Create API key.</source>
        <translation>في &quot;Coinbase Developer Platform&quot; (منصة المطوّرين من Coinbase): &quot;API Keys&quot; (مفاتيح API)، ثم &quot;Create API key&quot; (إنشاء مفتاح API).</translation>
    </message>
    <message>
        <source>Sign in there with your Coinbase account. Under Advanced settings choose ECDSA, unless your trading program asks for Ed25519.</source>
        <translation>سجّل الدخول هناك بحسابك في Coinbase. تحت &quot;Advanced settings&quot; (الإعدادات المتقدمة) اختر ECDSA، إلا إذا طلب برنامج التداول Ed25519.</translation>
    </message>
    <message>
        <source>Under IP allowlist, enter the addresses below.</source>
        <translation>تحت &quot;IP allowlist&quot; (قائمة عناوين IP المسموح بها)، أدخل العناوين أدناه.</translation>
    </message>
    <message>
        <source>Coinbase shows the private key only once, and offers it as a JSON file to download. Keep that page open, or the file, until this wizard has it; then delete the file.</source>
        <translation>تعرض Coinbase المفتاح الخاص مرة واحدة فقط، وتتيحه ملفَّ JSON للتنزيل. أبقِ تلك الصفحة مفتوحة، أو احتفظ بالملف، حتى تُدخله في هذا المعالج؛ ثم احذف الملف.</translation>
    </message>
    <message>
        <source>I created the key and can see its name and private key</source>
        <translation>أنشأت المفتاح وأرى اسمه ومفتاحه الخاص</translation>
    </message>
    <message>
        <source>Open portal.cdp.coinbase.com and sign in with your Coinbase account; some accounts find keys under coinbase.com/settings/api instead. If the private key is lost, delete the key and create a new one.</source>
        <translation>افتح portal.cdp.coinbase.com وسجّل الدخول بحسابك في Coinbase؛ وفي بعض الحسابات تجد المفاتيح في coinbase.com/settings/api بدلًا من ذلك. إذا ضاع المفتاح الخاص، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Under API restrictions, choose your spot portfolio (usually Default) and tick View and Trade. Never pick a perpetuals portfolio.</source>
        <translation>تحت &quot;API restrictions&quot; (قيود API)، اختر محفظة التداول الفوري الخاصة بك (وهي عادةً &quot;Default&quot;)، وضع علامة على &quot;View&quot; (عرض) و&quot;Trade&quot; (تداول). لا تختر أبدًا محفظة العقود الدائمة (Perpetuals).</translation>
    </message>
    <message>
        <source>If a box or the portfolio is wrong and you cannot change it, delete the key and create a new one.</source>
        <translation>إذا كان أحد المربعات أو المحفظة المختارة غير صحيح ولم تستطع تغييره، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Copy the key&apos;s name and its private key from Coinbase into these fields.</source>
        <translation>انسخ اسم المفتاح ومفتاحه الخاص من Coinbase والصقهما في هذين الحقلين.</translation>
    </message>
    <message>
        <source>Checking the key with Coinbase</source>
        <translation>جارٍ فحص المفتاح لدى Coinbase</translation>
    </message>
    <message>
        <source>The wizard asks Coinbase what this key can do.</source>
        <translation>يسأل المعالج Coinbase عمّا يستطيع هذا المفتاح فعله.</translation>
    </message>
    <message>
        <source>Portfolio: Default</source>
        <translation>Portfolio: Default (المحفظة: الافتراضية)</translation>
    </message>
    <message>
        <source>The key works only in the portfolio chosen here.</source>
        <translation>لا يعمل المفتاح إلا في المحفظة المختارة هنا.</translation>
    </message>
    <message>
        <source>Portfolio: Perpetuals</source>
        <translation>Portfolio: Perpetuals (المحفظة: العقود الدائمة)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View (عرض)</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade (تداول)</translation>
    </message>
    <message>
        <source>Needed to buy and sell.</source>
        <translation>لازم للشراء والبيع.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer (تحويل)</translation>
    </message>
    <message>
        <source>Secure your Kraken account</source>
        <translation>احمِ حسابك في Kraken</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Security. Turn on two-factor sign-in with an authenticator app or a security key.</source>
        <translation>في Kraken: أيقونة ملفك الشخصي، ثم &quot;Settings&quot; (الإعدادات)، ثم &quot;Security&quot; (الأمان). فعّل المصادقة الثنائية لتسجيل الدخول باستخدام تطبيق مصادقة أو مفتاح أمان.</translation>
    </message>
    <message>
        <source>My identity is verified on Kraken</source>
        <translation>هويتي موثَّقة في Kraken</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Verification. If it is not done, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>في Kraken: أيقونة ملفك الشخصي، ثم &quot;Settings&quot; (الإعدادات)، ثم &quot;Verification&quot; (التحقق). إذا لم يكتمل التحقق، فاتبع الخطوات هناك. التحقق من هويتك يفرضه القانون، ولا يتعارض مع التداول الحلال.</translation>
    </message>
    <message>
        <source>On Kraken margin belongs to the account, not to the key. If your account may trade on margin, any key that places orders can borrow. Kraken Futures is a separate platform with keys of its own.</source>
        <translation>في Kraken يتبع الهامشُ الحسابَ لا المفتاح. فإذا كان حسابك مسموحًا له بتداول الهامش، فأي مفتاح يرسل أوامر يستطيع الاقتراض. أما Kraken Futures فهي منصة منفصلة لها مفاتيحها الخاصة.</translation>
    </message>
    <message>
        <source>Kraken Pro lists margin positions under Positions: close any you find. When you trade by hand, leave leverage at &quot;None&quot;.</source>
        <translation>تعرض &quot;Kraken Pro&quot; صفقات الهامش تحت &quot;Positions&quot; (الصفقات): أغلق أي صفقة تجدها. وعندما تتداول بنفسك، اترك الرافعة المالية (Leverage) على &quot;None&quot; (بلا).</translation>
    </message>
    <message>
        <source>I have no open positions on Kraken Futures</source>
        <translation>ليس لدي صفقات مفتوحة في Kraken Futures</translation>
    </message>
    <message>
        <source>If you never opened Kraken Futures, tick this. Otherwise close its positions and move its funds back to your spot balance.</source>
        <translation>إذا لم تفتح حسابًا في Kraken Futures قط، فضع علامة على هذا البند. وإلا فأغلق صفقاتك هناك وأعد الأموال منها إلى رصيد التداول الفوري.</translation>
    </message>
    <message>
        <source>On Kraken: profile icon, then Settings, then API, then Create API key.</source>
        <translation>في Kraken: أيقونة الملف الشخصي، ثم &quot;Settings&quot; (الإعدادات)، ثم &quot;API&quot;، ثم &quot;Create API key&quot; (إنشاء مفتاح API).</translation>
    </message>
    <message>
        <source>Kraken makes the key and its secret, which Kraken calls the private key.</source>
        <translation>تُنشئ Kraken المفتاح ومفتاحه السري، الذي تسمّيه Kraken &quot;Private key&quot; (المفتاح الخاص).</translation>
    </message>
    <message>
        <source>Use this key in one program only. When two programs share a key, Kraken refuses some of their requests.</source>
        <translation>استخدم هذا المفتاح في برنامج واحد فقط. عندما يشترك برنامجان في مفتاح واحد، ترفض Kraken بعض طلباتهما.</translation>
    </message>
    <message>
        <source>I created the key and can see its API key and private key</source>
        <translation>أنشأت المفتاح وأرى مفتاح API ومفتاحه الخاص (Private key)</translation>
    </message>
    <message>
        <source>API is in Settings, under your profile icon. If you closed the page before copying the private key, delete the key and create a new one.</source>
        <translation>تجد &quot;API&quot; في &quot;Settings&quot; (الإعدادات)، تحت أيقونة ملفك الشخصي. إذا أغلقت الصفحة قبل نسخ المفتاح الخاص، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Needed to buy and sell. Where your account may use margin, it can also borrow, and no setting of the key stops that.</source>
        <translation>لازم للشراء والبيع. وإذا كان حسابك مسموحًا له باستخدام الهامش، فهو يستطيع أيضًا الاقتراض، ولا يوجد إعداد في المفتاح يمنع ذلك.</translation>
    </message>
    <message>
        <source>Leave &quot;Nonce window&quot; as it is, unless your trading program asks for a number: it lets requests arrive slightly out of order.</source>
        <translation>اترك &quot;Nonce window&quot; (نافذة العدّاد) كما هو، إلا إذا طلب منك برنامج التداول رقمًا: فهو يسمح بوصول الطلبات بترتيب غير دقيق قليلًا.</translation>
    </message>
    <message>
        <source>Kraken Pro&apos;s Positions tab is empty</source>
        <translation>تبويب &quot;Positions&quot; (الصفقات) في Kraken Pro فارغ</translation>
    </message>
    <message>
        <source>Leave Query Funds empty: with it a key can move funds into a Futures wallet.</source>
        <translation>اترك &quot;Query Funds&quot; (الاستعلام عن الأموال) دون علامة: فبه يستطيع المفتاح نقل الأموال إلى محفظة Futures (العقود الآجلة).</translation>
    </message>
    <message>
        <source>To change a key later, open it in Kraken&apos;s API list. If you are unsure what it allows, delete it and create a new one.</source>
        <translation>لتغيير مفتاح لاحقًا، افتحه من قائمة مفاتيح API في Kraken. وإذا لم تكن متأكدًا مما يسمح به، فاحذفه وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address settings, enter the addresses below.</source>
        <translation>في إعدادات عناوين IP الخاصة بالمفتاح، أدخل العناوين أدناه.</translation>
    </message>
    <message>
        <source>Copy the API key and the private key from Kraken into these fields.</source>
        <translation>انسخ مفتاح API والمفتاح الخاص من Kraken والصقهما في هذين الحقلين.</translation>
    </message>
    <message>
        <source>Checking the key with Kraken</source>
        <translation>جارٍ فحص المفتاح لدى Kraken</translation>
    </message>
    <message>
        <source>The wizard asks Kraken what this key can do.</source>
        <translation>يسأل المعالج Kraken عمّا يستطيع هذا المفتاح فعله.</translation>
    </message>
    <message>
        <source>Query Funds</source>
        <translation>Query Funds (الاستعلام عن الأموال)</translation>
    </message>
    <message>
        <source>Kraken lets a key with it move funds into a Kraken Futures wallet. Without it the wizard cannot show your balances; orders, trades and the ledger stay readable.</source>
        <translation>تسمح Kraken للمفتاح الذي يحمل هذه الصلاحية بنقل الأموال إلى محفظة Kraken Futures. ومن دونها لا يستطيع المعالج عرض أرصدتك؛ لكن الأوامر والصفقات والسجل (Ledger) تبقى قابلة للقراءة.</translation>
    </message>
    <message>
        <source>Query Open Orders &amp; Trades</source>
        <translation>Query Open Orders &amp; Trades (الاستعلام عن الأوامر المفتوحة والصفقات)</translation>
    </message>
    <message>
        <source>Query Closed Orders &amp; Trades</source>
        <translation>Query Closed Orders &amp; Trades (الاستعلام عن الأوامر المغلقة والصفقات)</translation>
    </message>
    <message>
        <source>Query Ledger Entries</source>
        <translation>Query Ledger Entries (الاستعلام عن قيود السجل)</translation>
    </message>
    <message>
        <source>Create &amp; Modify Orders</source>
        <translation>Create &amp; Modify Orders (إنشاء الأوامر وتعديلها)</translation>
    </message>
    <message>
        <source>Cancel/Close Orders</source>
        <translation>Cancel/Close Orders (إلغاء الأوامر وإغلاقها)</translation>
    </message>
    <message>
        <source>Needed to cancel orders.</source>
        <translation>لازم لإلغاء الأوامر.</translation>
    </message>
    <message>
        <source>Deposit Funds</source>
        <translation>Deposit Funds (إيداع الأموال)</translation>
    </message>
    <message>
        <source>Not needed for trading.</source>
        <translation>غير لازم للتداول.</translation>
    </message>
    <message>
        <source>Withdraw Funds</source>
        <translation>Withdraw Funds (سحب الأموال)</translation>
    </message>
    <message>
        <source>Secure your OKX account</source>
        <translation>احمِ حسابك في OKX</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Security, then Authenticator app. Follow the steps. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>في OKX: أيقونة ملفك الشخصي، ثم &quot;Security&quot; (الأمان)، ثم &quot;Authenticator app&quot; (تطبيق المصادقة). اتبع الخطوات. بعد أن يعمل التطبيق، توقّف عن استخدام رموز SMS: إذ يمكن سرقتها بالاستيلاء على رقم هاتفك.</translation>
    </message>
    <message>
        <source>My identity is verified on OKX</source>
        <translation>هويتي موثَّقة في OKX</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>في OKX: أيقونة ملفك الشخصي، ثم &quot;Verification&quot; (التحقق). إذا ظهرت كلمة &quot;Verified&quot; (موثَّق)، فقد انتهيت؛ وإن لم تظهر، فاتبع الخطوات هناك. التحقق من هويتك يفرضه القانون، ولا يتعارض مع التداول الحلال.</translation>
    </message>
    <message>
        <source>On OKX the account mode decides what your account can do. Only Spot mode is spot-only. &quot;Spot and futures&quot; (also called Futures mode), &quot;Multi-currency margin&quot; and &quot;Portfolio margin&quot; all allow borrowing and derivatives.</source>
        <translation>في OKX يحدد وضع الحساب ما يستطيع حسابك فعله. ووحده &quot;Spot mode&quot; (الوضع الفوري) يقتصر على التداول الفوري. أما &quot;Spot and futures&quot; (الفوري والعقود الآجلة، ويُسمّى أيضًا &quot;Futures mode&quot;)، و&quot;Multi-currency margin&quot; (هامش متعدد العملات)، و&quot;Portfolio margin&quot; (هامش المحفظة)، فكلها تسمح بالاقتراض وبالمشتقات.</translation>
    </message>
    <message>
        <source>Even in Spot mode OKX lets you buy options: never do, they are derivatives.</source>
        <translation>حتى في &quot;Spot mode&quot; (الوضع الفوري) تسمح لك OKX بشراء عقود الخيارات: لا تفعل ذلك أبدًا، فهي من المشتقات.</translation>
    </message>
    <message>
        <source>My account mode is Spot mode</source>
        <translation>وضع حسابي هو &quot;Spot mode&quot; (الوضع الفوري)</translation>
    </message>
    <message>
        <source>On OKX: open the trading page, then its settings (the gear icon), then Account mode. Choose Spot mode and confirm. OKX refuses the switch while you hold positions, loans or open orders: close and repay them first.</source>
        <translation>في OKX: افتح صفحة التداول، ثم إعداداتها (أيقونة الترس)، ثم &quot;Account mode&quot; (وضع الحساب). اختر &quot;Spot mode&quot; (الوضع الفوري) وأكّد اختيارك. ترفض OKX هذا التغيير ما دامت لديك صفقات أو قروض أو أوامر مفتوحة: أغلق الصفقات والأوامر وسدّد القروض أولًا.</translation>
    </message>
    <message>
        <source>On OKX: Assets, then your trading account. If positions or loans are listed, close and repay them, then switch to Spot mode.</source>
        <translation>في OKX: &quot;Assets&quot; (الأصول)، ثم حساب التداول الخاص بك. إذا ظهرت صفقات أو قروض، فأغلق الصفقات وسدّد القروض، ثم انتقل إلى &quot;Spot mode&quot; (الوضع الفوري).</translation>
    </message>
    <message>
        <source>On OKX: profile icon, then API, then Create API key.</source>
        <translation>في OKX: أيقونة الملف الشخصي، ثم &quot;API&quot;، ثم &quot;Create API key&quot; (إنشاء مفتاح API).</translation>
    </message>
    <message>
        <source>Choose &quot;API trading&quot;. You also choose a passphrase: a password for this key only.</source>
        <translation>اختر &quot;API trading&quot; (التداول عبر API). وستختار أيضًا عبارة مرور: كلمة مرور لهذا المفتاح وحده.</translation>
    </message>
    <message>
        <source>In Spot mode, Trade cannot borrow. The check names what else it reaches.</source>
        <translation>في &quot;Spot mode&quot; (الوضع الفوري) لا يستطيع مربع &quot;Trade&quot; (تداول) الاقتراض. والفحص يذكر ما يصل إليه غير ذلك.</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address field, enter the addresses below.</source>
        <translation>في حقل عناوين IP الخاص بالمفتاح، أدخل العناوين أدناه.</translation>
    </message>
    <message>
        <source>Write the passphrase down now: OKX cannot show it again, and the wizard needs it.</source>
        <translation>دوّن عبارة المرور الآن: لا تستطيع OKX أن تعرضها لك مرة أخرى، والمعالج يحتاج إليها.</translation>
    </message>
    <message>
        <source>I created the key and have its API key, secret key and passphrase</source>
        <translation>أنشأت المفتاح ولدي مفتاح API والمفتاح السري وعبارة المرور</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of OKX&apos;s website. If you lost the secret key or the passphrase, delete the key and create a new one.</source>
        <translation>تجد &quot;API&quot; في القائمة تحت أيقونة ملفك الشخصي أعلى يمين موقع OKX. إذا ضاع منك المفتاح السري أو عبارة المرور، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Open the key in OKX&apos;s API list and choose Edit. If Withdraw is ticked and will not untick, delete the key and create a new one.</source>
        <translation>افتح المفتاح من قائمة مفاتيح API في OKX واختر &quot;Edit&quot; (تعديل). إذا كانت على &quot;Withdraw&quot; (سحب) علامة ولم تستطع إزالتها، فاحذف المفتاح وأنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>If you leave the field empty, OKX may delete the key once it has gone 14 days unused, and until then anyone who copies it can use it.</source>
        <translation>إذا تركت الحقل فارغًا، فقد تحذف OKX المفتاح إذا بقي 14 يومًا دون استخدام، وحتى ذلك الحين يستطيع أي شخص ينسخه أن يستخدمه.</translation>
    </message>
    <message>
        <source>Copy the API key, the secret key and your passphrase into these fields.</source>
        <translation>انسخ مفتاح API والمفتاح السري وعبارة المرور إلى هذه الحقول.</translation>
    </message>
    <message>
        <source>Checking the key with OKX</source>
        <translation>جارٍ فحص المفتاح لدى OKX</translation>
    </message>
    <message>
        <source>The wizard asks OKX what this key can do.</source>
        <translation>يسأل المعالج OKX عمّا يستطيع هذا المفتاح فعله.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read (قراءة)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On OKX it also opens Earn, Flexible Loan and moves between your own accounts, which no setting closes: the check will name them.</source>
        <translation>لازم للشراء والبيع. وفي OKX يفتح أيضًا الطريق إلى Earn (منتجات العوائد) وFlexible Loan (القرض المرن) والنقل بين حساباتك أنت، ولا يوجد إعداد يغلقها: وسيذكرها الفحص بأسمائها.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw (سحب)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&amp;Replace my key now</source>
        <translation>&amp;استبدل مفتاحي الآن</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>أسئلة وأجوبة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Replace your key now?</source>
        <translation>أتستبدل مفتاحك الآن؟</translation>
    </message>
    <message>
        <source>The wizard starts again at its first page, for a new key. What you entered on the pages so far is forgotten.</source>
        <translation>يبدأ المعالج من جديد من صفحته الأولى، لمفتاح جديد. وما أدخلته في الصفحات حتى الآن يُنسى.</translation>
    </message>
</context>
<context>
    <name>IP</name>
    <message>
        <source>the practice trading service</source>
        <translation>خدمة التداول التجريبية</translation>
    </message>
    <message>
        <source>Addresses of {service} to allow:</source>
        <translation>عناوين {service} المطلوب السماح بها:</translation>
    </message>
    <message>
        <source>Addresses to allow (one per line):</source>
        <translation>العناوين المطلوب السماح بها (عنوان واحد في كل سطر):</translation>
    </message>
    <message>
        <source>Addresses to allow</source>
        <translation>العناوين المطلوب السماح بها</translation>
    </message>
    <message>
        <source>&amp;Copy the addresses</source>
        <translation>&amp;نسخ العناوين</translation>
    </message>
    <message>
        <source>&amp;Find this computer&apos;s address…</source>
        <translation>ال&amp;بحث عن عنوان هذا الحاسوب…</translation>
    </message>
    <message>
        <source>&amp;QR codes for a phone</source>
        <translation>رموز &amp;QR للهاتف</translation>
    </message>
    <message>
        <source>The addresses, for a phone</source>
        <translation>العناوين، لمسحها بالهاتف</translation>
    </message>
    <message>
        <source>The API key page on {exchange}</source>
        <translation>صفحة مفاتيح API في {exchange}</translation>
    </message>
    <message>
        <source>If the list holds only the trading service&apos;s addresses, checking the key from this computer ends with &quot;The exchange did not accept this key&quot;. For the check, add this computer&apos;s address too, or check the key from the service.</source>
        <translation>إذا كانت القائمة لا تضم إلا عناوين خدمة التداول، فسينتهي فحص المفتاح من هذا الحاسوب بالرسالة &quot;لم تقبل المنصة هذا المفتاح&quot;. لكي ينجح الفحص، أضف عنوان هذا الحاسوب أيضًا، أو افحص المفتاح من الخدمة نفسها.</translation>
    </message>
    <message>
        <source>The trading computer or service has no fixed address</source>
        <translation>ليس للحاسوب أو للخدمة التي تتداول عنوان ثابت</translation>
    </message>
    <message>
        <source>Then leave the list empty on {exchange}. The key works from anywhere, so anyone who copies it can use it too; the check marks it as not restricted and says what that means on {exchange}. Add the address when you have one.</source>
        <translation>اترك القائمة فارغة إذن في {exchange}. يعمل المفتاح من أي مكان، فيستطيع أي شخص ينسخه أن يستخدمه أيضًا؛ ويَسِمه الفحص بأنه غير مقيّد ويشرح ما يعنيه ذلك في {exchange}. أضف العنوان حين يصبح لديك.</translation>
    </message>
    <message>
        <source>Find this computer&apos;s address?</source>
        <translation>هل تريد معرفة عنوان هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>To find it, the wizard asks an outside service ({service}), which then sees this computer&apos;s address. You can also type the address yourself. Ask the service?</source>
        <translation>لمعرفة العنوان، يسأل المعالج خدمة خارجية ({service})، وسترى هذه الخدمة عندئذٍ عنوان هذا الحاسوب. ويمكنك أيضًا أن تكتب العنوان بنفسك. هل تريد سؤال الخدمة؟</translation>
    </message>
    <message>
        <source>This computer&apos;s address could not be found (no connection to the service). Type it yourself: a search for &quot;what is my IP&quot; in your browser shows it.</source>
        <translation>تعذّر معرفة عنوان هذا الحاسوب (لا يوجد اتصال بالخدمة). اكتبه بنفسك: ابحث في متصفحك عن &quot;what is my IP&quot; (ما هو عنوان IP الخاص بي) وسيظهر لك.</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>{exchange} makes the key (&quot;System generated&quot;)</source>
        <translation>تُنشئ {exchange} المفتاح: &quot;System generated&quot; (يُنشئه النظام)</translation>
    </message>
    <message>
        <source>This computer makes a key pair (safest)</source>
        <translation>يُنشئ هذا الحاسوب زوج مفاتيح (الأكثر أمانًا)</translation>
    </message>
    <message>
        <source>On {exchange} choose &quot;Self-generated&quot; and paste the public key made here.</source>
        <translation>في {exchange} اختر &quot;Self-generated&quot; (تُنشئه بنفسك)، والصق المفتاح العام الذي أُنشئ هنا.</translation>
    </message>
    <message>
        <source>The private key is made here and goes straight into your computer&apos;s keychain: it never leaves this computer. {exchange} gets only the public key below. On {exchange} choose &quot;Self-generated&quot;, paste the public key, and {exchange} shows the API Key: later you enter only that.</source>
        <translation>يُنشأ المفتاح الخاص هنا ويُحفظ مباشرةً في خزنة كلمات المرور على حاسوبك: ولا يغادر هذا الحاسوب أبدًا. لا تحصل {exchange} إلا على المفتاح العام أدناه. في {exchange} اختر &quot;Self-generated&quot; (تُنشئه بنفسك)، والصق المفتاح العام، فتعرض لك {exchange} مفتاح API (API Key): وهو وحده ما ستُدخله لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Make my key pair</source>
        <translation>&amp;أنشئ زوج مفاتيحي</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
    </message>
    <message>
        <source>Copy the &amp;public key</source>
        <translation>نسخ المفتاح ال&amp;عام</translation>
    </message>
    <message>
        <source>Export the private key…</source>
        <translation>تصدير المفتاح الخاص…</translation>
    </message>
    <message>
        <source>Practice: the public key was pasted into the practice exchange for you, and its API Key is filled in on the &quot;Enter the key&quot; page.</source>
        <translation>تدريب: لُصق المفتاح العام نيابةً عنك في منصة التدريب، ومفتاح API الخاص به مكتوب مسبقًا في صفحة &quot;أدخل المفتاح&quot;.</translation>
    </message>
    <message>
        <source>Putting the private key into the keychain…</source>
        <translation>جارٍ حفظ المفتاح الخاص في خزنة كلمات المرور…</translation>
    </message>
    <message>
        <source>The private key is in your keychain. Paste the public key into {exchange}.</source>
        <translation>المفتاح الخاص محفوظ في خزنة كلمات المرور على حاسوبك. الصق المفتاح العام في {exchange}.</translation>
    </message>
    <message>
        <source>The key pair could not be kept.</source>
        <translation>تعذّر حفظ زوج المفاتيح.</translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation>هل تريد تصدير المفتاح الخاص؟</translation>
    </message>
    <message>
        <source>Whoever has this file can trade with your key. Keep it only on a drive you control, never in email, chat or cloud storage. The wizard does not need it: the key is already in your keychain.</source>
        <translation>من يملك هذا الملف يستطيع التداول بمفتاحك. احفظه فقط على وحدة تخزين تتحكم بها أنت، ولا تضعه أبدًا في بريد إلكتروني أو محادثة أو تخزين سحابي. المعالج لا يحتاج إليه: فالمفتاح محفوظ من قبل في خزنة كلمات المرور على حاسوبك.</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>حفظ المفتاح الخاص</translation>
    </message>
    <message>
        <source>Private key (*.pem)</source>
        <translation>المفتاح الخاص (*.pem)</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Key {label} no longer works</source>
        <translation>المفتاح {label} لم يعد يعمل</translation>
    </message>
    <message>
        <source>{exchange} no longer accepts this key. A bot using it cannot trade or close its orders: set up a new key with Halal Key Wizard.</source>
        <translation>لم تعد {exchange} تقبل هذا المفتاح. أي روبوت يستخدمه لا يستطيع التداول ولا إغلاق أوامره: أنشئ مفتاحًا جديدًا باستخدام Halal Key Wizard.</translation>
    </message>
    <message>
        <source>Key {label}: a new warning</source>
        <translation>المفتاح {label}: تنبيه جديد</translation>
    </message>
    <message>
        <source>The check found something new about this key. Open Halal Key Wizard and verify it to read what and how to fix it.</source>
        <translation>وجد الفحص أمرًا جديدًا في هذا المفتاح. افتح Halal Key Wizard وتحقّق من المفتاح لتعرف ما هو وكيف تصلحه.</translation>
    </message>
    <message>
        <source>Key {label} changed</source>
        <translation>تغيير في المفتاح {label}</translation>
    </message>
    <message>
        <source>Something about this key changed on {exchange} since the last check.</source>
        <translation>تغيّر شيء يخص هذا المفتاح في {exchange} منذ الفحص الأخير.</translation>
    </message>
    <message>
        <source>Key {label} stops trading soon</source>
        <translation>سيتوقف التداول بالمفتاح {label} قريبًا</translation>
    </message>
    <message>
        <source>{exchange} switches this key&apos;s trading off within 14 days.</source>
        <translation>ستوقف {exchange} التداول بهذا المفتاح خلال 14 يومًا.</translation>
    </message>
    <message>
        <source>Time to replace key {label}</source>
        <translation>حان وقت استبدال المفتاح {label}</translation>
    </message>
    <message>
        <source>Its replace-by date has come or is near: make a new key and replace it.</source>
        <translation>حان موعد استبدال هذا المفتاح أو اقترب: أنشئ مفتاحًا جديدًا، واستبدل به المفتاح القديم.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Picture of the permission panel</source>
        <translation>صورة لوحة الصلاحيات</translation>
    </message>
    <message>
        <source>Tick only these:</source>
        <translation>ضع علامة على هذه فقط:</translation>
    </message>
    <message>
        <source>Leave these empty:</source>
        <translation>اترك هذه دون علامة:</translation>
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
        <translation>للتداول الفوري فقط، ومقصور على عناوين IP (أكثر المفاتيح أمانًا)</translation>
    </message>
    <message>
        <source>Withdrawals switched on</source>
        <translation>السحب مفعّل</translation>
    </message>
    <message>
        <source>Unified account default: derivatives on</source>
        <translation>الإعداد الافتراضي للحساب الموحد: المشتقات مفعّلة</translation>
    </message>
    <message>
        <source>Spot margin switched on, with a loan</source>
        <translation>هامش التداول الفوري مفعّل، وعليه قرض</translation>
    </message>
    <message>
        <source>No IP restriction, expires in 10 days</source>
        <translation>غير مقصور على عناوين IP، وتنتهي صلاحيته بعد 10 أيام</translation>
    </message>
    <message>
        <source>An answer without its IP list</source>
        <translation>ردّ لا يتضمن قائمة عناوين IP</translation>
    </message>
    <message>
        <source>Refused for this region</source>
        <translation>مرفوض في هذه المنطقة</translation>
    </message>
    <message>
        <source>Futures switched on</source>
        <translation>تداول العقود الآجلة مفعّل</translation>
    </message>
    <message>
        <source>Margin switched on, with a loan open</source>
        <translation>الهامش مفعّل، وعليه قرض لم يُسدَّد</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>غير مقصور على عناوين IP</translation>
    </message>
    <message>
        <source>Options activated on the account</source>
        <translation>عقود الخيارات مفعّلة في الحساب</translation>
    </message>
    <message>
        <source>Spot only, but a Flexible Loan is open</source>
        <translation>للتداول الفوري فقط، لكن يوجد Flexible Loan (قرض مرن) مفتوح</translation>
    </message>
    <message>
        <source>Options and transfers switched on</source>
        <translation>عقود الخيارات والتحويلات مفعّلة</translation>
    </message>
    <message>
        <source>Earn switched on</source>
        <translation>صلاحية Earn (منتجات العوائد) مفعّلة</translation>
    </message>
    <message>
        <source>Spot only, but a Crypto Loan is open</source>
        <translation>للتداول الفوري فقط، لكن يوجد Crypto Loan (قرض عملات رقمية) مفتوح</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>صلاحية لا يعرفها المعالج</translation>
    </message>
    <message>
        <source>Query Funds switched on (can move funds to Futures)</source>
        <translation>&quot;Query Funds&quot; مفعّل (يستطيع نقل الأموال إلى Futures)</translation>
    </message>
    <message>
        <source>No IP restriction, 120 days old</source>
        <translation>غير مقصور على عناوين IP، وعمره 120 يومًا</translation>
    </message>
    <message>
        <source>Used by another program</source>
        <translation>استخدمه برنامج آخر</translation>
    </message>
    <message>
        <source>Key details unavailable (slower check)</source>
        <translation>تفاصيل المفتاح غير متاحة (فحص أبطأ)</translation>
    </message>
    <message>
        <source>Read only (cannot trade)</source>
        <translation>للقراءة فقط (لا يستطيع التداول)</translation>
    </message>
    <message>
        <source>Reading switched off</source>
        <translation>القراءة معطَّلة</translation>
    </message>
    <message>
        <source>Self-generated Ed25519 key, spot only</source>
        <translation>مفتاح Ed25519 أنشأته بنفسك، للتداول الفوري فقط</translation>
    </message>
    <message>
        <source>An answer without the withdrawal switch</source>
        <translation>ردّ لا يذكر إعداد السحب</translation>
    </message>
    <message>
        <source>A switch the wizard does not know, turned on</source>
        <translation>إعداد لا يعرفه المعالج، وهو مفعّل</translation>
    </message>
    <message>
        <source>Refused where it is asked from</source>
        <translation>مرفوض من المكان الذي يأتي منه الطلب</translation>
    </message>
    <message>
        <source>Restricted to another computer&apos;s address</source>
        <translation>مقصور على عنوان حاسوب آخر</translation>
    </message>
    <message>
        <source>Spot only, but this computer&apos;s clock is 2.5 s slow</source>
        <translation>للتداول الفوري فقط، لكن ساعة هذا الحاسوب متأخرة 2.5 ثانية</translation>
    </message>
    <message>
        <source>Ed25519 key, spot only</source>
        <translation>مفتاح Ed25519، للتداول الفوري فقط</translation>
    </message>
    <message>
        <source>Trade key on a perpetuals (INTX) portfolio</source>
        <translation>مفتاح تداول على محفظة العقود الدائمة (INTX)</translation>
    </message>
    <message>
        <source>Spot only, with hundreds of wallets</source>
        <translation>للتداول الفوري فقط، مع مئات المحافظ</translation>
    </message>
    <message>
        <source>PRACTICE: a pretend exchange. Nothing here touches your real account or keychain.</source>
        <translation>وضع التدريب: منصة وهمية. لا شيء هنا يمسّ حسابك الحقيقي أو خزنة كلمات المرور في حاسوبك.</translation>
    </message>
    <message>
        <source>A bot that traded spot only</source>
        <translation>روبوت لم يتداول إلا تداولًا فوريًا</translation>
    </message>
    <message>
        <source>A bot that borrowed on margin</source>
        <translation>روبوت اقترض بالهامش</translation>
    </message>
    <message>
        <source>A bot that put coins in Earn</source>
        <translation>روبوت وضع عملات في Earn</translation>
    </message>
    <message>
        <source>A bot that traded futures</source>
        <translation>روبوت تداول العقود الآجلة</translation>
    </message>
    <message>
        <source>A bot that moved coins to futures</source>
        <translation>روبوت نقل عملات إلى العقود الآجلة</translation>
    </message>
    <message>
        <source>A bot that withdrew coins</source>
        <translation>روبوت سحب عملات</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Simple Earn, staking and Dual Investment</source>
        <translation>Simple Earn, التخزين و Dual Investment</translation>
    </message>
    <message>
        <source>Crypto Loan</source>
        <translation>Crypto Loan</translation>
    </message>
    <message>
        <source>Margin special key</source>
        <translation>المفتاح الخاص بالهامش</translation>
    </message>
    <message>
        <source>Cross and isolated margin</source>
        <translation>الهامش المتقاطع والمعزول</translation>
    </message>
    <message>
        <source>USD-M and COIN-M futures, portfolio margin</source>
        <translation>العقود الآجلة USD-M و COIN-M, هامش المحفظة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Withdrawals and gift cards</source>
        <translation>السحب وبطاقات الهدايا</translation>
    </message>
    <message>
        <source>Universal transfer between wallets</source>
        <translation>التحويل الشامل بين المحافظ</translation>
    </message>
    <message>
        <source>Transfers between master and sub-accounts</source>
        <translation>التحويل بين الحساب الرئيسي والحسابات الفرعية</translation>
    </message>
    <message>
        <source>Spot margin</source>
        <translation>الهامش في Spot</translation>
    </message>
    <message>
        <source>Derivatives: perpetuals and futures</source>
        <translation>المشتقات: العقود الدائمة والعقود الآجلة</translation>
    </message>
    <message>
        <source>USDC contracts: options and USDC perpetuals</source>
        <translation>عقود USDC: الخيارات وعقود USDC الدائمة</translation>
    </message>
    <message>
        <source>Block trades (RFQ)</source>
        <translation>صفقات الكتل (RFQ)</translation>
    </message>
    <message>
        <source>Earn and Advanced Earn (incl. Smart Leverage, Dual Asset)</source>
        <translation>Earn و Advanced Earn (بما في ذلك Smart Leverage, Dual Asset)</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>السحب</translation>
    </message>
    <message>
        <source>Transfers between wallets and sub-accounts</source>
        <translation>التحويل بين المحافظ والحسابات الفرعية</translation>
    </message>
    <message>
        <source>Creating keys and sub-accounts</source>
        <translation>إنشاء المفاتيح والحسابات الفرعية</translation>
    </message>
    <message>
        <source>P2P, Bybit Pay, fiat convert, Bybit Card</source>
        <translation>P2P, Bybit Pay, تحويل العملات الورقية, Bybit Card</translation>
    </message>
    <message>
        <source>US futures, perpetuals and Coinbase&apos;s derivatives exchange</source>
        <translation>العقود الآجلة الأمريكية, العقود الدائمة ومنصة مشتقات Coinbase</translation>
    </message>
    <message>
        <source>Sends, withdrawals and moves between portfolios</source>
        <translation>الإرسال, السحب والنقل بين المحافظ الاستثمارية</translation>
    </message>
    <message>
        <source>Margin trading (orders with leverage)</source>
        <translation>التداول بالهامش (أوامر بالرافعة المالية)</translation>
    </message>
    <message>
        <source>WalletTransfer to a Kraken Futures wallet</source>
        <translation>WalletTransfer إلى محفظة Kraken Futures</translation>
    </message>
    <message>
        <source>Earn (staking and rewards)</source>
        <translation>Earn (التخزين والمكافآت)</translation>
    </message>
    <message>
        <source>Withdrawals and sub-account transfers</source>
        <translation>السحب والتحويل بين الحسابات الفرعية</translation>
    </message>
    <message>
        <source>Kraken Futures</source>
        <translation>Kraken Futures</translation>
    </message>
    <message>
        <source>Simple Earn, staking and other Earn products</source>
        <translation>Simple Earn, التخزين ومنتجات Earn الأخرى</translation>
    </message>
    <message>
        <source>Flexible Loan</source>
        <translation>Flexible Loan</translation>
    </message>
    <message>
        <source>Funds transfer</source>
        <translation>تحويل الأموال</translation>
    </message>
    <message>
        <source>Borrowing in Spot mode</source>
        <translation>الاقتراض في وضع Spot</translation>
    </message>
    <message>
        <source>Futures, multi-currency and portfolio margin modes</source>
        <translation>أوضاع العقود الآجلة, الهامش متعدد العملات وهامش المحفظة</translation>
    </message>
</context>
<context>
    <name>QR</name>
    <message>
        <source>Too much to fit in one QR code: use the text beside it.</source>
        <translation>البيانات أكثر من أن تتسع لرمز QR واحد: استخدم النص المجاور.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>See balances, orders and trades. Needed.</source>
        <translation>رؤية الأرصدة والأوامر والصفقات. لازم.</translation>
    </message>
    <message>
        <source>Buy and sell coins you own. Needed by a bot.</source>
        <translation>شراء وبيع عملات تملكها. لازم لروبوت التداول.</translation>
    </message>
    <message>
        <source>Borrow to trade, with interest (riba). Never.</source>
        <translation>اقتراض للتداول بفائدة (الربا). لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Derivative contracts with leverage. Never.</source>
        <translation>عقود مشتقات برافعة مالية. لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Derivative contracts. Never.</source>
        <translation>عقود مشتقات. لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Send coins out of the exchange. Never.</source>
        <translation>إرسال العملات إلى خارج المنصة. لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Move funds to other accounts. Never.</source>
        <translation>نقل الأموال إلى حسابات أخرى. لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Move funds between wallets. Never.</source>
        <translation>نقل الأموال بين المحافظ. لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Savings, staking or lending for interest (riba). Never.</source>
        <translation>ادخار أو تخزين (Staking) أو إقراض بفائدة (الربا). لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Borrow through a loan product, with interest (riba). Never.</source>
        <translation>اقتراض عبر منتج قروض بفائدة (الربا). لا يُفعَّل أبدًا.</translation>
    </message>
    <message>
        <source>Refused from any other address. Recommended.</source>
        <translation>يُرفض من أي عنوان آخر. يُنصح به.</translation>
    </message>
    <message>
        <source>Margin account open</source>
        <translation>حساب الهامش مفتوح</translation>
    </message>
    <message>
        <source>Futures account open</source>
        <translation>حساب العقود الآجلة مفتوح</translation>
    </message>
    <message>
        <source>Options account open</source>
        <translation>حساب عقود الخيارات مفتوح</translation>
    </message>
    <message>
        <source>Portfolio margin switched on</source>
        <translation>هامش المحفظة (Portfolio Margin) مفعّل</translation>
    </message>
    <message>
        <source>A margin loan is owed now</source>
        <translation>يوجد قرض هامش لم يُسدَّد</translation>
    </message>
    <message>
        <source>Derivatives positions open</source>
        <translation>توجد صفقات مشتقات مفتوحة</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>خطير</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>a secret shared with the exchange (HMAC)</source>
        <translation>سرّ مشترك مع المنصة (HMAC)</translation>
    </message>
    <message>
        <source>a key pair: the exchange holds only its public half (Ed25519)</source>
        <translation>زوج مفاتيح: لا تحمل المنصة إلا نصفه العام (Ed25519)</translation>
    </message>
    <message>
        <source>a key pair made by the exchange (ECDSA)</source>
        <translation>زوج مفاتيح أنشأته المنصة (ECDSA)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>لم تذكره المنصة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Key verification report</source>
        <translation>تقرير فحص المفتاح</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>نوع المفتاح</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>وقت الفحص</translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>ما يستطيع المفتاح فعله</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>إجابات قائمة التحقق</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON twin:</source>
        <translation>بصمة SHA-256 لملف JSON المرافق:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Choose a name of 1 to 64 letters, digits, spaces or signs other than : / \, for example HalalSpot-2026-11-21.</source>
        <translation>اختر اسمًا من 1 إلى 64 حرفًا أو رقمًا أو مسافة أو رمزًا غير : / \، مثل HalalSpot-2026-11-21.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key: deleting a shared key on the exchange would stop both.</source>
        <translation>هذا المفتاح محفوظ من قبل باسم &quot;{label}&quot;. خصّص لكل برنامج مفتاحًا خاصًا به: فحذف مفتاح مشترك من المنصة سيوقف البرنامجين معًا.</translation>
    </message>
    <message>
        <source>A key named &quot;{label}&quot; is stored already. Choose another name, or replace that key with rotation.</source>
        <translation>يوجد من قبل مفتاح محفوظ باسم &quot;{label}&quot;. اختر اسمًا آخر، أو استبدل ذلك المفتاح بخيار الاستبدال (التجديد).</translation>
    </message>
    <message>
        <source>This key was not stored: it can do something a spot-only key must not. Fix the findings marked critical, then try again.</source>
        <translation>لم يُحفظ هذا المفتاح: فهو يستطيع فعل أشياء يجب ألا يستطيعها مفتاح مخصص للتداول الفوري فقط. أصلح المشكلات الموسومة بأنها خطيرة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This is the key that is stored already. Make a new key on the exchange and enter that one.</source>
        <translation>هذا هو المفتاح المحفوظ من قبل. أنشئ مفتاحًا جديدًا في المنصة وأدخله هنا.</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key.</source>
        <translation>هذا المفتاح محفوظ من قبل باسم &quot;{label}&quot;. خصّص لكل برنامج مفتاحًا خاصًا به.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The key&apos;s permissions</source>
        <translation>صلاحيات المفتاح</translation>
    </message>
    <message>
        <source>Your account&apos;s settings</source>
        <translation>إعدادات حسابك</translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation>أرصدة محفظة Spot</translation>
    </message>
    <message>
        <source>Margin loans</source>
        <translation>قروض الهامش</translation>
    </message>
    <message>
        <source>Loans open on the account</source>
        <translation>القروض المفتوحة في الحساب</translation>
    </message>
    <message>
        <source>The funding wallet</source>
        <translation>محفظة التمويل (Funding)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>ساعة هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Enter a new key</source>
        <translation>أ&amp;دخل مفتاحًا جديدًا</translation>
    </message>
    <message>
        <source>Critical: {finding}</source>
        <translation>خطير: {finding}</translation>
    </message>
    <message>
        <source>On {exchange}, change the boxes framed in red and save:</source>
        <translation>في {exchange}، غيّر المربعات المحاطة بإطار أحمر ثم احفظ:</translation>
    </message>
    <message>
        <source>Untick:</source>
        <translation>أزل العلامة عن:</translation>
    </message>
    <message>
        <source>Tick:</source>
        <translation>ضع علامة على:</translation>
    </message>
    <message>
        <source>Read the account</source>
        <translation>قراءة الحساب</translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation>التداول الفوري</translation>
    </message>
    <message>
        <source>Margin (borrowing)</source>
        <translation>الهامش (الاقتراض)</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>العقود الآجلة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>عقود الخيارات</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>السحب</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>التحويل الداخلي</translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation>التحويل الشامل</translation>
    </message>
    <message>
        <source>Earn (interest)</source>
        <translation>Earn (عوائد بفائدة)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>القروض</translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation>مقصور على عناوين IP موثوقة</translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation>جارٍ سؤال المنصة…</translation>
    </message>
    <message>
        <source>I changed it — &amp;verify again</source>
        <translation>&amp;غيّرته — تحقّق مرة أخرى</translation>
    </message>
    <message>
        <source>Where to check: </source>
        <translation>أين تتحقق: </translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>ما يستطيع المفتاح فعله</translation>
    </message>
    <message>
        <source>off, checked by you</source>
        <translation>معطَّل، تحققت منه بنفسك</translation>
    </message>
    <message>
        <source>not reported by the exchange</source>
        <translation>لم تذكره المنصة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on. Read the notes below before you use this key.</source>
        <translation>المنصة لا تُظهر شيئًا خطيرًا مفعّلًا. اقرأ الملاحظات أدناه قبل أن تستخدم هذا المفتاح.</translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is marked critical on the exchange, then verify again.</source>
        <translation>غير آمن: لن يُحفظ هذا المفتاح. غيّر في المنصة ما وُسم بأنه خطير، ثم تحقّق مرة أخرى.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes, and no setting stops it</source>
        <translation>نعم، ولا يوجد إعداد يمنعه</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>نعم!</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>لا!</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;أعد المحاولة</translation>
    </message>
    <message>
        <source>Safe: this key is spot-only.</source>
        <translation>آمن: هذا المفتاح للتداول الفوري فقط.</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>الحل: </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}؛ {then}</translation>
    </message>
    <message>
        <source>Key made: {date} ({days} days ago)</source>
        <translation>تاريخ إنشاء المفتاح: {date} (عمره بالأيام: {days})</translation>
    </message>
    <message>
        <source>{exchange} does not tell when a key was made: replace it 90 days after you made it. When you save it, the wizard counts from today.</source>
        <translation>لا تذكر {exchange} تاريخ إنشاء المفتاح: استبدله بعد 90 يومًا من إنشائه. عندما تحفظه، يبدأ المعالج العدّ من اليوم.</translation>
    </message>
    <message>
        <source>Replace it by: {date}</source>
        <translation>استبدله في موعد أقصاه: {date}</translation>
    </message>
    <message>
        <source>Clock difference: {ms} ms</source>
        <translation>فرق الساعة: {ms} ملّي ثانية</translation>
    </message>
    <message>
        <source>Spot balances: {balances}</source>
        <translation>أرصدة محفظة Spot: {balances}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>من&amp;صة التداول:</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>&amp;Set up a new key</source>
        <translation>إعداد مفتاح &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Replace (rotate) a key I set up before</source>
        <translation>&amp;استبدال (تجديد) مفتاح أعددته من قبل</translation>
    </message>
    <message>
        <source>Replacing skips the account checks you did the first time. Do it every 90 days, or at once if the key may have leaked.</source>
        <translation>عند الاستبدال تُتخطّى فحوص الحساب التي أجريتها في المرة الأولى. استبدل المفتاح كل 90 يومًا، أو فورًا إذا احتمل أن يكون قد تسرّب.</translation>
    </message>
    <message>
        <source>Back to my real acc&amp;ount</source>
        <translation>العودة إلى حسابي ال&amp;حقيقي</translation>
    </message>
    <message>
        <source>&amp;Practise on a pretend exchange</source>
        <translation>جرّبه أولًا على منصة &amp;وهمية</translation>
    </message>
    <message>
        <source>Check what my bot &amp;did…</source>
        <translation>افحص ما &amp;فعله روبوت التداول…</translation>
    </message>
    <message>
        <source>The key to replace</source>
        <translation>المفتاح المراد استبداله</translation>
    </message>
    <message>
        <source>{label} ({exchange}, key {key}, {days} days old, replace by {due})</source>
        <translation>مفتاح {label} في {exchange} (ينتهي بـ {key}، عمره بالأيام: {days}، آخر موعد لاستبداله: {due})</translation>
    </message>
    <message>
        <source>No key is stored on this computer yet, so there is nothing to replace. Choose &quot;Set up a new key&quot;.</source>
        <translation>لم يُحفظ أي مفتاح على هذا الحاسوب بعد، فلا يوجد ما يُستبدل. اختر &quot;إعداد مفتاح جديد&quot;.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>{app} — Practice</source>
        <translation>{app} — تدريب</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>أتغادر المعالج؟</translation>
    </message>
    <message>
        <source>What you entered on these pages is forgotten, and no key is stored. A key you already made on the exchange stays there until you delete it.</source>
        <translation>ما أدخلته في هذه الصفحات يُنسى، ولا يُحفظ أي مفتاح. والمفتاح الذي أنشأته على المنصة يبقى هناك حتى تحذفه.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;غادر</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>ا&amp;بقَ</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
</context>
</TS>
