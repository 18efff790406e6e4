<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>Addresses</name>
    <message>
        <source>Line {line}: &quot;{text}&quot; is not an IP address. Write one address per line, like 203.0.113.7 or 2001:db8::7.</source>
        <translation>سطر {line}: &quot;{text}&quot; کوئی IP ایڈریس نہیں ہے۔ ہر سطر میں ایک ایڈریس لکھیں، جیسے 203.0.113.7 یا 2001:db8::7۔</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>borrowing: a margin loan carries interest (riba)</source>
        <translation>قرض لینا: مارجن قرض پر سود (ربا) دینا پڑتا ہے</translation>
    </message>
    <message>
        <source>interest (riba) was charged on borrowed funds</source>
        <translation>قرض کی رقم پر سود (ربا) لیا گیا</translation>
    </message>
    <message>
        <source>a loan: it carries interest (riba)</source>
        <translation>قرض: اس پر سود (ربا) دینا پڑتا ہے</translation>
    </message>
    <message>
        <source>a derivatives position: a contract on a price, not a coin owned</source>
        <translation>ڈیریویٹوز کی پوزیشن: قیمت پر کیا گیا معاہدہ، ایسا کوائن نہیں جو آپ کی ملکیت ہو</translation>
    </message>
    <message>
        <source>funds moved to or from derivatives trading</source>
        <translation>رقم ڈیریویٹوز ٹریڈنگ میں بھیجی گئی یا وہاں سے لائی گئی</translation>
    </message>
    <message>
        <source>funds lent or staked for a return that may be interest (riba)</source>
        <translation>رقم قرض پر دی گئی یا اسٹیکنگ (staking) میں لگائی گئی، ایسے منافع کے لیے جو سود (ربا) ہو سکتا ہے</translation>
    </message>
    <message>
        <source>funds left the account</source>
        <translation>رقم اکاؤنٹ سے باہر گئی</translation>
    </message>
    <message>
        <source>funds moved between wallets or accounts</source>
        <translation>رقم والٹس یا اکاؤنٹس کے درمیان منتقل کی گئی</translation>
    </message>
    <message>
        <source>an order on margin (with borrowed funds)</source>
        <translation>مارجن پر آرڈر (قرض کی رقم سے)</translation>
    </message>
    <message>
        <source>What my bot did</source>
        <translation>میرے بوٹ نے کیا کیا</translation>
    </message>
    <message>
        <source>The exchange&apos;s own records of the last {days} days, read with the key: everything that was not spot trading.</source>
        <translation>پچھلے {days} دنوں کے ایکسچینج کے اپنے ریکارڈ، اس کلید سے پڑھے گئے: ہر وہ چیز جو اسپاٹ ٹریڈنگ نہیں تھی۔</translation>
    </message>
    <message>
        <source>The key whose account to read</source>
        <translation>وہ کلید جس کا اکاؤنٹ پڑھنا ہے</translation>
    </message>
    <message>
        <source>{label} ({exchange})</source>
        <translation>{label} ({exchange})</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records</source>
        <translation>ایکسچینج کے ریکارڈ پڑھے جا رہے ہیں</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;جانچیں</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;رپورٹ محفوظ کریں…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records…</source>
        <translation>ایکسچینج کے ریکارڈ پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Reading the exchange&apos;s records… {count} pages read.</source>
        <translation>ایکسچینج کے ریکارڈ پڑھے جا رہے ہیں… {count} صفحے پڑھے جا چکے۔</translation>
    </message>
    <message>
        <source>Nothing but spot trades in the last {days} days.</source>
        <translation>پچھلے {days} دنوں میں اسپاٹ ٹریڈنگ کے سوا کچھ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{count} records were not spot trading:</source>
        <translation>{count} ریکارڈ اسپاٹ ٹریڈنگ کے نہیں تھے:</translation>
    </message>
    <message>
        <source>{day}: {meaning}. {amount} {asset} ({record})</source>
        <translation>{day}: {meaning}۔ {amount} {asset} ({record})</translation>
    </message>
    <message>
        <source>What was read:</source>
        <translation>کیا پڑھا گیا:</translation>
    </message>
    <message>
        <source>What {exchange}&apos;s records cannot show, so this check did not see:</source>
        <translation>جو {exchange} کے ریکارڈ نہیں دکھا سکتے، اس لیے یہ جانچ اسے نہیں دیکھ سکی:</translation>
    </message>
    <message>
        <source>• {item}</source>
        <translation>• {item}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>رپورٹ محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>margin borrowing and interest</source>
        <translation>مارجن پر قرض لینا اور اس کا سود</translation>
    </message>
    <message>
        <source>Crypto Loan borrowing</source>
        <translation>Crypto Loan کے ذریعے قرض لینا</translation>
    </message>
    <message>
        <source>money moved from Spot to the futures, margin, options and portfolio margin wallets</source>
        <translation>اسپاٹ (Spot) سے فیوچرز، مارجن، آپشنز اور پورٹ فولیو مارجن والٹس میں منتقل کی گئی رقم</translation>
    </message>
    <message>
        <source>Simple Earn subscriptions, flexible and locked</source>
        <translation>Simple Earn کی سبسکرپشنز، لچکدار (flexible) بھی اور مقررہ مدت والی (locked) بھی</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Binance users</source>
        <translation>رقم نکالنا، بلاک چین پر (on-chain) بھی اور Binance کے دوسرے صارفین کو بھی</translation>
    </message>
    <message>
        <source>futures positions and income: read through the futures API, which a key made before the futures account was opened cannot use; the money moved to the futures wallets in the period is read instead, positions from before it are not</source>
        <translation>فیوچرز کی پوزیشنز اور آمدنی: یہ فیوچرز API سے پڑھی جاتی ہیں، جسے وہ کلید استعمال نہیں کر سکتی جو فیوچرز اکاؤنٹ کھلنے سے پہلے بنی ہو؛ اس لیے اس کی جگہ اس مدت میں فیوچرز والٹس میں منتقل کی گئی رقم پڑھی جاتی ہے، مگر اس مدت سے پہلے کی پوزیشنز نہیں پڑھی جاتیں</translation>
    </message>
    <message>
        <source>Dual Investment, staking and Auto-Invest, which have records of their own</source>
        <translation>Dual Investment، اسٹیکنگ اور Auto-Invest، جن کے اپنے الگ ریکارڈ ہوتے ہیں</translation>
    </message>
    <message>
        <source>isolated margin pairs that were closed</source>
        <translation>آئسولیٹڈ مارجن کے وہ جوڑے (pairs) جو بند ہو چکے ہیں</translation>
    </message>
    <message>
        <source>universal transfers older than six months</source>
        <translation>والٹس کے درمیان منتقلیاں (Universal Transfer) جو چھ مہینے سے پرانی ہوں</translation>
    </message>
    <message>
        <source>the unified account&apos;s transaction log (trades by category, funding, delivery, liquidation, interest, loans, Earn, leveraged tokens)</source>
        <translation>یونیفائیڈ اکاؤنٹ کا لین دین کا ریکارڈ (زمرے کے لحاظ سے ٹریڈز، فنڈنگ فیس، ڈیلیوری، لیکویڈیشن، سود، قرض، Earn، لیوریجڈ ٹوکنز)</translation>
    </message>
    <message>
        <source>open positions (linear USDT and USDC, inverse, option)</source>
        <translation>کھلی پوزیشنز (USDT اور USDC والے لینیئر، اِنورس، آپشن)</translation>
    </message>
    <message>
        <source>withdrawals, on-chain and to other Bybit users</source>
        <translation>رقم نکالنا، بلاک چین پر (on-chain) بھی اور Bybit کے دوسرے صارفین کو بھی</translation>
    </message>
    <message>
        <source>the Funding account&apos;s own movements other than withdrawals (Earn or loans paid from it, P2P): Bybit&apos;s funding history has no stable types to read</source>
        <translation>فنڈنگ اکاؤنٹ (Funding) کی اپنی نقل و حرکت، سوائے رقم نکالنے کے (اس سے Earn یا قرضوں کے لیے دی گئی رقم، P2P): Bybit کی فنڈنگ ہسٹری میں اندراجات کی ایسی پکی قسمیں نہیں جنہیں پڑھا جا سکے</translation>
    </message>
    <message>
        <source>On-chain Earn orders, which Bybit lists only one order at a time by its id</source>
        <translation>On-chain Earn کے آرڈرز، جنہیں Bybit ایک وقت میں صرف ایک آرڈر، اس کی ID سے، دکھاتا ہے</translation>
    </message>
    <message>
        <source>the time before the account became a unified trading account</source>
        <translation>وہ وقت جب اکاؤنٹ ابھی یونیفائیڈ ٹریڈنگ اکاؤنٹ نہیں بنا تھا</translation>
    </message>
    <message>
        <source>cancelled or rejected orders after 24 hours</source>
        <translation>منسوخ یا مسترد شدہ آرڈرز، 24 گھنٹے گزر جانے کے بعد</translation>
    </message>
    <message>
        <source>orders (futures, leverage, margin, liquidation)</source>
        <translation>آرڈرز (فیوچرز، لیوریج، مارجن، لیکویڈیشن)</translation>
    </message>
    <message>
        <source>US futures positions open now</source>
        <translation>امریکی فیوچرز کی وہ پوزیشنز جو اس وقت کھلی ہیں</translation>
    </message>
    <message>
        <source>each wallet&apos;s transactions (sends and withdrawals, derivatives settlements, Earn and staking, transfers)</source>
        <translation>ہر والٹ کا لین دین (بھیجنا اور رقم نکالنا، ڈیریویٹوز کے سیٹلمنٹس، Earn اور اسٹیکنگ، منتقلیاں)</translation>
    </message>
    <message>
        <source>other portfolios: a Coinbase key sees its own portfolio only, and moves between portfolios have no history</source>
        <translation>دوسرے پورٹ فولیوز: Coinbase کی کلید صرف اپنا پورٹ فولیو دیکھتی ہے، اور پورٹ فولیوز کے درمیان منتقلی کی کوئی ہسٹری نہیں ہوتی</translation>
    </message>
    <message>
        <source>international perpetuals, which left the Advanced Trade API in 2026 for a platform with keys of its own</source>
        <translation>بین الاقوامی پرپیچوئلز، جو 2026 میں Advanced Trade API سے نکل کر ایک ایسے پلیٹ فارم پر چلے گئے جس کی اپنی الگ کلیدیں ہیں</translation>
    </message>
    <message>
        <source>ledger entries (margin, rollover, credit, transfers, withdrawals, staking, rewards)</source>
        <translation>لیجر کے اندراجات (مارجن، رول اوور، کریڈٹ، منتقلیاں، رقم نکالنا، اسٹیکنگ، انعامات)</translation>
    </message>
    <message>
        <source>trades (leverage)</source>
        <translation>ٹریڈز (لیوریج)</translation>
    </message>
    <message>
        <source>closed orders (leverage)</source>
        <translation>بند آرڈرز (لیوریج)</translation>
    </message>
    <message>
        <source>open margin positions</source>
        <translation>مارجن کی کھلی پوزیشنز</translation>
    </message>
    <message>
        <source>Kraken Futures: a separate platform with keys of its own; only the ledger&apos;s transfers to and from it show here</source>
        <translation>Kraken Futures: ایک الگ پلیٹ فارم جس کی اپنی کلیدیں ہیں؛ یہاں صرف لیجر میں درج وہ منتقلیاں نظر آتی ہیں جو اس میں گئیں یا اس سے آئیں</translation>
    </message>
    <message>
        <source>Earn allocations and withdrawal status: they need Query Funds, which a spot-only key must not have; the ledger&apos;s staking, reward and withdrawal entries stand in</source>
        <translation>Earn میں لگائی گئی رقم اور رقم نکالنے کی صورتحال: ان کے لیے Query Funds کی اجازت چاہیے، جو صرف اسپاٹ والی کلید کے پاس نہیں ہونی چاہیے؛ ان کی جگہ لیجر کے اسٹیکنگ، انعامات اور رقم نکالنے کے اندراجات استعمال ہوتے ہیں</translation>
    </message>
    <message>
        <source>how long Kraken keeps each record is not documented</source>
        <translation>Kraken نے کہیں نہیں بتایا کہ وہ ہر ریکارڈ کتنی دیر تک رکھتا ہے</translation>
    </message>
    <message>
        <source>trading-account bills (borrowing, interest, transfers, fills by instrument type)</source>
        <translation>ٹریڈنگ اکاؤنٹ کی اسٹیٹمنٹ (قرض لینا، سود، منتقلیاں، پروڈکٹ کی قسم کے لحاظ سے مکمل ہونے والی ٹریڈز)</translation>
    </message>
    <message>
        <source>funding-account bills (withdrawals, transfers, Earn and staking, loans)</source>
        <translation>فنڈنگ اکاؤنٹ کی اسٹیٹمنٹ (رقم نکالنا، منتقلیاں، Earn اور اسٹیکنگ، قرض)</translation>
    </message>
    <message>
        <source>open positions</source>
        <translation>کھلی پوزیشنز</translation>
    </message>
    <message>
        <source>trading-account bills older than three months (OKX keeps them as a quarterly download only)</source>
        <translation>ٹریڈنگ اکاؤنٹ کی تین مہینے سے پرانی اسٹیٹمنٹ (OKX اسے صرف سہ ماہی ڈاؤن لوڈ کی صورت میں رکھتا ہے)</translation>
    </message>
    <message>
        <source>transfers between sub-accounts, which only the main account&apos;s key sees</source>
        <translation>ذیلی اکاؤنٹس کے درمیان منتقلیاں، جو صرف مرکزی اکاؤنٹ کی کلید دیکھ سکتی ہے</translation>
    </message>
    <message>
        <source>convert history, which needs the Trade permission</source>
        <translation>کنورٹ (Convert) کی ہسٹری، جس کے لیے Trade کی اجازت چاہیے</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>اس کا مطلب</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>The record says</source>
        <translation>ریکارڈ میں لکھا ہے</translation>
    </message>
    <message>
        <source>Key {label} on {exchange}, from {start} to {end}: {requests} requests to the exchange.</source>
        <translation>{exchange} پر کلید {label}، {start} سے {end} تک: ایکسچینج کو {requests} درخواستیں۔</translation>
    </message>
    <message>
        <source>What the account did</source>
        <translation>اکاؤنٹ نے کیا کیا</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>How?</source>
        <translation>کیسے؟</translation>
    </message>
    <message>
        <source>Tick the one that is true:</source>
        <translation>جو بات درست ہو اس پر نشان لگائیں:</translation>
    </message>
    <message>
        <source>Tick each one that is true:</source>
        <translation>جو جو بات درست ہو، ان سب پر نشان لگائیں:</translation>
    </message>
    <message>
        <source>Next opens once all boxes are ticked.</source>
        <translation>تمام خانوں پر نشان لگنے کے بعد &quot;آگے&quot; کا بٹن کھل جائے گا۔</translation>
    </message>
    <message>
        <source>Next opens once one box is ticked.</source>
        <translation>کسی ایک خانے پر نشان لگنے کے بعد &quot;آگے&quot; کا بٹن کھل جائے گا۔</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>کچھ غلط ہو گیا</translation>
    </message>
    <message>
        <source>The wizard met an unexpected problem. Nothing was saved unless the Done page said so. You can close the wizard and start it again.</source>
        <translation>وزرڈ کو ایک غیر متوقع مسئلہ پیش آیا۔ جب تک آخری صفحے نے نہ بتایا ہو، کچھ بھی محفوظ نہیں کیا گیا۔ آپ وزرڈ بند کر کے دوبارہ شروع کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>Name for the key</source>
        <translation>کلید کا نام</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>نام &amp;کاپی کریں</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key</source>
        <translation>میں نے کلید بنا لی ہے اور اس کی API کلید مجھے نظر آ رہی ہے</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Add a &amp;reminder to my calendar…</source>
        <translation>میرے کیلنڈر میں &amp;یاد دہانی شامل کریں…</translation>
    </message>
    <message>
        <source>Save a verification &amp;report…</source>
        <translation>تصدیقی &amp;رپورٹ محفوظ کریں…</translation>
    </message>
    <message>
        <source>&amp;Check this key every week and tell me if anything changes</source>
        <translation>یہ کلید ہر ہفتے &amp;جانچیں اور کچھ بھی بدلے تو مجھے بتائیں</translation>
    </message>
    <message>
        <source>Now retire the old key on the exchange:</source>
        <translation>اب ایکسچینج پر پرانی کلید ختم کر دیں:</translation>
    </message>
    <message>
        <source>Storing your key…</source>
        <translation>آپ کی کلید محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation>مشق: کچھ بھی محفوظ نہیں کیا گیا۔ اصل کلید کے ساتھ خفیہ کلید صرف آپ کے کمپیوٹر کے کی چین (پاس ورڈ محفوظ رکھنے کی جگہ) میں جاتی ہے، کہیں اور نہیں۔</translation>
    </message>
    <message>
        <source>Practice finished: nothing was stored</source>
        <translation>مشق ختم: کچھ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Saving the key in your computer&apos;s keychain…</source>
        <translation>کلید آپ کے کمپیوٹر کے کی چین میں محفوظ کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Saved in {keychain} under the name &quot;{item}&quot; (service halal-key-wizard). The secret is nowhere else on this computer.</source>
        <translation>{keychain} میں &quot;{item}&quot; کے نام سے محفوظ ہو گئی (سروس halal-key-wizard)۔ خفیہ کلید اس کمپیوٹر پر کہیں اور موجود نہیں۔</translation>
    </message>
    <message>
        <source>Your new key is in place</source>
        <translation>آپ کی نئی کلید اپنی جگہ پر ہے</translation>
    </message>
    <message>
        <source>Your key is stored</source>
        <translation>آپ کی کلید محفوظ ہو گئی</translation>
    </message>
    <message>
        <source>Setting up the weekly check…</source>
        <translation>ہفتہ وار جانچ ترتیب دی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Checked every week: a notification tells you when anything changes.</source>
        <translation>ہر ہفتے جانچ ہوگی: کچھ بھی بدلے تو ایک نوٹیفکیشن آپ کو بتائے گا۔</translation>
    </message>
    <message>
        <source>The weekly check is off.</source>
        <translation>ہفتہ وار جانچ بند ہے۔</translation>
    </message>
    <message>
        <source>The weekly check could not be set up on this computer. Your key is stored all the same; you can check it any time with the wizard. (Details: {reason})</source>
        <translation>اس کمپیوٹر پر ہفتہ وار جانچ ترتیب نہیں دی جا سکی۔ آپ کی کلید پھر بھی محفوظ ہے؛ آپ وزرڈ سے کسی بھی وقت اس کی جانچ کر سکتے ہیں۔ (تفصیل: {reason})</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>کلید محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation>کوئی غیر متوقع خرابی پیش آ گئی ({name})۔ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The key was not stored</source>
        <translation>کلید محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>پرانی کلید</translation>
    </message>
    <message>
        <source>1. Open API Management on the exchange.</source>
        <translation>1. ایکسچینج پر &quot;API Management&quot; (API کا انتظام) کھولیں۔</translation>
    </message>
    <message>
        <source>2. Find {key} by its name or its last four characters.</source>
        <translation>2. {key} کو اس کے نام یا اس کے آخری چار حروف سے تلاش کریں۔</translation>
    </message>
    <message>
        <source>3. Delete it. Only the new key works from now on.</source>
        <translation>3. اسے حذف (Delete) کر دیں۔ اب سے صرف نئی کلید کام کرے گی۔</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>تصدیقی رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>یاد دہانی محفوظ کریں</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>کیلنڈر فائلیں (*.ics)</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers show that this key can only read and trade spot.</source>
        <translation>ایکسچینج کے جوابات دکھاتے ہیں کہ یہ کلید صرف پڑھ سکتی ہے اور اسپاٹ ٹریڈ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>The exchange&apos;s answers and your own checks show that this key can only read and trade spot.</source>
        <translation>ایکسچینج کے جوابات اور آپ کی اپنی جانچ دکھاتی ہے کہ یہ کلید صرف پڑھ سکتی ہے اور اسپاٹ ٹریڈ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on for this key; the notes of the check below still apply.</source>
        <translation>ایکسچینج کے مطابق اس کلید کے لیے کوئی خطرناک چیز آن نہیں؛ نیچے جانچ کے نوٹس اب بھی لاگو ہیں۔</translation>
    </message>
    <message>
        <source>Its replace-by date, {date}, has passed: replace it with a new key now.</source>
        <translation>اسے بدلنے کی تاریخ، {date}، گزر چکی ہے: ابھی نئی کلید سے بدلیں۔</translation>
    </message>
    <message>
        <source>Replace it by {date}.</source>
        <translation>اسے {date} تک بدل دیں۔</translation>
    </message>
    <message>
        <source>Still open from the check:</source>
        <translation>جانچ سے جو باتیں ابھی باقی ہیں:</translation>
    </message>
</context>
<context>
    <name>Enter</name>
    <message>
        <source>Choose a practice key…</source>
        <translation>مشق کی کلید منتخب کریں…</translation>
    </message>
    <message>
        <source>Practice key</source>
        <translation>مشق کی کلید</translation>
    </message>
    <message>
        <source>Practice keys fill in the fields for you:</source>
        <translation>مشق کی کلیدیں آپ کے لیے خانے خود بھر دیتی ہیں:</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API کلید</translation>
    </message>
    <message>
        <source>API &amp;Key:</source>
        <translation>API &amp;کلید:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>خفیہ کلید</translation>
    </message>
    <message>
        <source>Hidden. Hold the Show button to see it.</source>
        <translation>چھپی ہوئی ہے۔ دیکھنے کے لیے &quot;دکھائیں&quot; کا بٹن دبائے رکھیں۔</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Hold to show the secret</source>
        <translation>خفیہ کلید دیکھنے کے لیے دبائے رکھیں</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>&amp;خفیہ کلید:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Hold to show the passphrase</source>
        <translation>پاس فریز دیکھنے کے لیے دبائے رکھیں</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;پاس فریز:</translation>
    </message>
    <message>
        <source>No secret to enter: this key signs with the key pair made on this computer, whose private key is already in your keychain.</source>
        <translation>یہاں کوئی خفیہ کلید درج نہیں کرنی: یہ کلید اس کمپیوٹر پر بنائے گئے کلیدوں کے جوڑے سے کام کرتی ہے، جس کی پرائیویٹ کلید پہلے ہی آپ کے کی چین میں موجود ہے۔</translation>
    </message>
    <message>
        <source>Spaces and line breaks that come along when pasting are removed. The secret stays in this window until it is saved in your computer&apos;s keychain; it is never written to a file.</source>
        <translation>پیسٹ کرتے وقت ساتھ آ جانے والی خالی جگہیں اور نئی سطریں ہٹا دی جاتی ہیں۔ خفیہ کلید صرف اسی ونڈو میں رہتی ہے جب تک آپ کے کمپیوٹر کے کی چین میں محفوظ نہ ہو جائے؛ اسے کبھی کسی فائل میں نہیں لکھا جاتا۔</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>letters and digits</source>
        <translation>انگریزی حروف اور ہندسے</translation>
    </message>
    <message>
        <source>Paste the API Key here.</source>
        <translation>API کلید یہاں پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. {exchange}&apos;s key generator makes the right kind.</source>
        <translation>یہ پرائیویٹ کلید بغیر انکرپشن والی Ed25519 کلید نہیں ہے۔ {exchange} کا کلید بنانے والا ٹول صحیح قسم کی کلید بناتا ہے۔</translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation>خفیہ کلید (Secret Key) یہاں پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>the digits 0-9 and the letters A-F</source>
        <translation>0-9 تک کے ہندسے اور A-F تک کے انگریزی حروف</translation>
    </message>
    <message>
        <source>letters, digits and the signs + / =</source>
        <translation>انگریزی حروف، ہندسے اور + / = کی علامتیں</translation>
    </message>
    <message>
        <source>the digits 0-9, A-F and dashes</source>
        <translation>0-9 تک کے ہندسے، A-F تک کے انگریزی حروف اور ڈیش (-)</translation>
    </message>
    <message>
        <source>letters, digits, / and -</source>
        <translation>انگریزی حروف، ہندسے، / اور -</translation>
    </message>
    <message>
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one {exchange} shows for the key.</source>
        <translation>یہ پرائیویٹ کلید لگتی ہے، جو خفیہ کلید والے خانے میں جاتی ہے۔ یہاں API کلید ڈالیں: وہی جو {exchange} اس کلید کے لیے دکھاتا ہے۔</translation>
    </message>
    <message>
        <source>This is a public key. The secret is the private key: the text that begins with BEGIN PRIVATE KEY.</source>
        <translation>یہ پبلک کلید ہے۔ خفیہ کلید دراصل پرائیویٹ کلید ہوتی ہے: وہ متن جو BEGIN PRIVATE KEY سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from {exchange}; it is a different text.</source>
        <translation>خفیہ کلید اور API کلید ایک جیسی ہیں۔ {exchange} سے خفیہ کلید (Secret Key) کاپی کریں؛ وہ ایک الگ متن ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when you made this key on {exchange}. {exchange} cannot show it again: if it is lost, make a new key.</source>
        <translation>وہ پاس فریز لکھیں جو آپ نے {exchange} پر یہ کلید بناتے وقت خود چنا تھا۔ {exchange} اسے دوبارہ نہیں دکھا سکتا: اگر یہ گم ہو گیا ہو تو نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>This is not a key name of the form organizations/…/apiKeys/…. Copy the whole name, from organizations to the end.</source>
        <translation>یہ organizations/…/apiKeys/… کی شکل والا کلید کا نام نہیں ہے۔ پورا نام کاپی کریں، organizations سے لے کر آخر تک۔</translation>
    </message>
    <message>
        <source>{exchange} keys have no private key file. Paste the secret {exchange} showed when you made the key.</source>
        <translation>{exchange} کی کلیدوں کے ساتھ پرائیویٹ کلید کی کوئی فائل نہیں ہوتی۔ وہ خفیہ کلید پیسٹ کریں جو {exchange} نے کلید بناتے وقت دکھائی تھی۔</translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN to END, both lines included.</source>
        <translation>پرائیویٹ کلید ادھوری ہے: BEGIN سے END تک سب کچھ کاپی کریں، ان دونوں سطروں سمیت۔</translation>
    </message>
    <message>
        <source>This private key is not the kind {exchange} makes (ECDSA P-256, unencrypted). Copy the private key of the API key you made.</source>
        <translation>یہ پرائیویٹ کلید اس قسم کی نہیں جو {exchange} بناتا ہے (ECDSA P-256، بغیر انکرپشن)۔ جو API کلید آپ نے بنائی ہے، اسی کی پرائیویٹ کلید کاپی کریں۔</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API کلید</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>خفیہ کلید</translation>
    </message>
    <message>
        <source>The {what} has characters it never contains: {chars}. It is only {alphabet}; copy it again without anything around it.</source>
        <translation>{what} میں ایسے حروف ہیں جو اس میں کبھی نہیں ہوتے: {chars}۔ اس میں صرف {alphabet} ہوتے ہیں؛ اسے دوبارہ کاپی کریں، اس طرح کہ آس پاس کی کوئی چیز ساتھ نہ آئے۔</translation>
    </message>
    <message>
        <source>The {what} is {expected} characters long, but this has {actual}. Part of it may be missing; copy it again, all of it.</source>
        <translation>{what} میں {expected} حروف ہوتے ہیں، لیکن اس میں {actual} ہیں۔ ہو سکتا ہے اس کا کچھ حصہ رہ گیا ہو؛ اسے دوبارہ پورا کا پورا کاپی کریں۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The exchange did not accept this key</source>
        <translation>ایکسچینج نے یہ کلید قبول نہیں کی</translation>
    </message>
    <message>
        <source>{exchange} refused the key. It gives the same answer for three different causes: the key is wrong or was deleted, this computer&apos;s address is not on the key&apos;s IP list, or the key is missing a permission it needs (reading).</source>
        <translation>{exchange} نے کلید قبول نہیں کی۔ وہ تین مختلف وجوہات پر یہی ایک جواب دیتا ہے: کلید غلط ہے یا حذف ہو چکی ہے، اس کمپیوٹر کا IP ایڈریس کلید کی IP فہرست میں نہیں ہے، یا کلید کے پاس ایک ضروری اجازت (پڑھنے کی اجازت) نہیں ہے۔</translation>
    </message>
    <message>
        <source>Open API Management on {exchange} and find the key ending in {key_end}. Not there: it was deleted or mistyped; copy it again. Listed with an IP restriction: add this computer&apos;s address, or verify from the trading service. Listed and unrestricted: make sure reading is switched on.</source>
        <translation>{exchange} پر &quot;API Management&quot; (API کا انتظام) کھولیں اور وہ کلید تلاش کریں جس کے آخر میں {key_end} ہو۔ اگر کلید وہاں نہیں ہے تو وہ حذف ہو چکی ہے یا غلط لکھی گئی ہے؛ اسے دوبارہ کاپی کریں۔ اگر کلید موجود ہے اور اس پر IP کی پابندی ہے تو اس کمپیوٹر کا IP ایڈریس شامل کریں، یا ٹریڈنگ سروس سے ہی جانچ کریں۔ اگر کلید موجود ہے اور اس پر کوئی پابندی نہیں تو دیکھ لیں کہ پڑھنے (Reading) کی اجازت آن ہو۔</translation>
    </message>
    <message>
        <source>The secret does not match the key</source>
        <translation>خفیہ کلید اس API کلید سے میل نہیں کھاتی</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the secret does not belong to it. Often a character too many or too few came along when it was copied.</source>
        <translation>{exchange} اس کلید کو پہچانتا ہے، لیکن یہ خفیہ کلید اس کی نہیں ہے۔ اکثر کاپی کرتے وقت کوئی حرف زیادہ آ جاتا ہے یا رہ جاتا ہے۔</translation>
    </message>
    <message>
        <source>Paste the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>خفیہ کلید دوبارہ بالکل ویسے ہی پیسٹ کریں جیسے {exchange} نے دکھائی تھی۔ اگر اب وہ آپ کے پاس نہیں ہے تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>اس کمپیوٹر کی گھڑی کا وقت غلط ہے</translation>
    </message>
    <message>
        <source>{exchange} refused the request because this computer&apos;s clock is off by {skew_ms} ms.</source>
        <translation>{exchange} نے درخواست قبول نہیں کی کیونکہ اس کمپیوٹر کی گھڑی میں {skew_ms} ملی سیکنڈ کا فرق ہے۔</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in the date and time settings, then verify again.</source>
        <translation>تاریخ اور وقت کی ترتیبات میں &quot;Set time automatically&quot; (وقت خود بخود سیٹ کریں) آن کریں، پھر دوبارہ جانچ کریں۔</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>فی الحال بہت زیادہ درخواستیں ہو گئی ہیں</translation>
    </message>
    <message>
        <source>{exchange} asked for fewer requests for a while. This says nothing about your key.</source>
        <translation>{exchange} نے کہا ہے کہ کچھ دیر کے لیے کم درخواستیں بھیجی جائیں۔ اس کا آپ کی کلید کے درست یا غلط ہونے سے کوئی تعلق نہیں۔</translation>
    </message>
    <message>
        <source>Wait {wait_seconds} seconds, then verify again. If another program uses {exchange} from this computer, pause it first.</source>
        <translation>{wait_seconds} سیکنڈ انتظار کریں، پھر دوبارہ جانچ کریں۔ اگر اس کمپیوٹر پر کوئی اور پروگرام {exchange} استعمال کر رہا ہے تو پہلے اسے روک دیں۔</translation>
    </message>
    <message>
        <source>The exchange has blocked this address for a while</source>
        <translation>ایکسچینج نے اس IP ایڈریس کو کچھ دیر کے لیے بلاک کر دیا ہے</translation>
    </message>
    <message>
        <source>{exchange} has blocked this computer&apos;s address until {until} because too many requests came from it.</source>
        <translation>{exchange} نے اس کمپیوٹر کے IP ایڈریس کو {until} تک بلاک کر دیا ہے، کیونکہ اس سے بہت زیادہ درخواستیں آئی تھیں۔</translation>
    </message>
    <message>
        <source>Stop every program that uses {exchange} from this computer and verify again after {until}. Retrying earlier makes the block longer.</source>
        <translation>اس کمپیوٹر پر {exchange} استعمال کرنے والے تمام پروگرام بند کر دیں، اور {until} کے بعد دوبارہ جانچ کریں۔ اس سے پہلے دوبارہ کوشش کرنے سے بلاک کی مدت اور بڑھ جاتی ہے۔</translation>
    </message>
    <message>
        <source>The exchange does not serve this account from here</source>
        <translation>ایکسچینج یہاں سے اس اکاؤنٹ کو سروس نہیں دیتا</translation>
    </message>
    <message>
        <source>{exchange} refuses this account, or the place this computer connects from (for example a country it does not serve). This is not a ban for too many requests, and it says nothing about the key.</source>
        <translation>{exchange} اس اکاؤنٹ کو، یا اس جگہ کو جہاں سے یہ کمپیوٹر جڑ رہا ہے (مثلاً کوئی ایسا ملک جہاں وہ سروس نہیں دیتا)، قبول نہیں کر رہا۔ یہ بہت زیادہ درخواستوں کی وجہ سے لگنے والا بلاک نہیں ہے، اور اس کا کلید کے درست یا غلط ہونے سے کوئی تعلق نہیں۔</translation>
    </message>
    <message>
        <source>Read {exchange}&apos;s notices about your country and your account, and use it only where its terms allow. Verifying again will not change the answer.</source>
        <translation>{exchange} کے وہ اعلانات پڑھیں جو آپ کے ملک اور آپ کے اکاؤنٹ کے بارے میں ہیں، اور اسے صرف وہیں استعمال کریں جہاں اس کی شرائط اجازت دیتی ہوں۔ دوبارہ جانچ کرنے سے یہ جواب نہیں بدلے گا۔</translation>
    </message>
    <message>
        <source>The exchange is having trouble</source>
        <translation>ایکسچینج میں اس وقت کوئی خرابی ہے</translation>
    </message>
    <message>
        <source>{exchange} did not answer properly; it may be busy or under maintenance. This says nothing about your key.</source>
        <translation>{exchange} نے ٹھیک سے جواب نہیں دیا؛ ہو سکتا ہے وہ مصروف ہو یا اس کی مرمت (مینٹیننس) ہو رہی ہو۔ اس کا آپ کی کلید کے درست یا غلط ہونے سے کوئی تعلق نہیں۔</translation>
    </message>
    <message>
        <source>Try again in a few minutes. The exchange&apos;s status page tells when maintenance ends.</source>
        <translation>چند منٹ بعد دوبارہ کوشش کریں۔ مینٹیننس کب ختم ہو گی، یہ ایکسچینج کے اسٹیٹس پیج (Status page) پر لکھا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Could not reach the exchange</source>
        <translation>ایکسچینج سے رابطہ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>This computer could not connect to {exchange}.</source>
        <translation>یہ کمپیوٹر {exchange} سے رابطہ نہیں کر سکا۔</translation>
    </message>
    <message>
        <source>Check the internet connection, and any firewall or VPN, then try again.</source>
        <translation>انٹرنیٹ کنکشن چیک کریں، اور اگر کوئی فائر وال یا VPN ہے تو اسے بھی دیکھ لیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Another program is using this key</source>
        <translation>کوئی اور پروگرام یہ کلید استعمال کر رہا ہے</translation>
    </message>
    <message>
        <source>{exchange} refused the request&apos;s counter: another program has used this key with a larger one.</source>
        <translation>{exchange} نے درخواست کا گنتی نمبر قبول نہیں کیا: کوئی اور پروگرام اس کلید کے ساتھ اس سے بڑا نمبر استعمال کر چکا ہے۔</translation>
    </message>
    <message>
        <source>Give every program its own key. Make a new key for this one.</source>
        <translation>ہر پروگرام کو اس کی اپنی الگ کلید دیں۔ اس پروگرام کے لیے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>The exchange gave an answer we do not understand</source>
        <translation>ایکسچینج نے ایسا جواب دیا جو ہماری سمجھ میں نہیں آیا</translation>
    </message>
    <message>
        <source>{exchange} answered, but not in the form we expect, so the key could not be checked.</source>
        <translation>{exchange} نے جواب تو دیا، لیکن اس شکل میں نہیں جس کی ہمیں توقع تھی، اس لیے کلید کی جانچ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, this program may need an update.</source>
        <translation>کچھ دیر بعد دوبارہ کوشش کریں۔ اگر بار بار ایسا ہو تو شاید اس پروگرام کو اپ ڈیٹ کرنے کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>کوئی کی چین دستیاب نہیں</translation>
    </message>
    <message>
        <source>This computer has no usable keychain: {details}. The secret is never saved anywhere else.</source>
        <translation>اس کمپیوٹر پر کوئی قابلِ استعمال کی چین نہیں ہے: {details}۔ خفیہ کلید کبھی کسی اور جگہ محفوظ نہیں کی جاتی۔</translation>
    </message>
    <message>
        <source>Install or start the system keychain, then try again.</source>
        <translation>سسٹم کا کی چین انسٹال کریں یا چلائیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The keychain stayed locked</source>
        <translation>کی چین لاک ہی رہا</translation>
    </message>
    <message>
        <source>The keychain was not unlocked, so nothing was read or saved.</source>
        <translation>کی چین کھولا نہیں گیا، اس لیے نہ کچھ پڑھا گیا اور نہ محفوظ کیا گیا۔</translation>
    </message>
    <message>
        <source>Try again and unlock the keychain when it asks.</source>
        <translation>دوبارہ کوشش کریں، اور جب کی چین پوچھے تو اسے کھول دیں۔</translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation>کی چین نے ایک مسئلہ بتایا ہے</translation>
    </message>
    <message>
        <source>The keychain said: {details}</source>
        <translation>کی چین کا پیغام: {details}</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer.</source>
        <translation>دوبارہ کوشش کریں۔ اگر بار بار ایسا ہو تو کمپیوٹر بند کر کے دوبارہ چلائیں۔</translation>
    </message>
    <message>
        <source>No key with that name</source>
        <translation>اس نام کی کوئی کلید نہیں</translation>
    </message>
    <message>
        <source>No key is stored under the name &quot;{label}&quot;.</source>
        <translation>&quot;{label}&quot; کے نام سے کوئی کلید محفوظ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Run &quot;halal-key-wizard list&quot; to see the names of stored keys.</source>
        <translation>محفوظ کلیدوں کے نام دیکھنے کے لیے &quot;halal-key-wizard list&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>Coinbase refused the key. It gives one answer for several causes: the key name or its private key is wrong, the key was deleted, this computer&apos;s address is not on the key&apos;s IP allowlist, or the key lacks the View permission.</source>
        <translation>Coinbase نے کلید قبول نہیں کی۔ وہ کئی مختلف وجوہات پر یہی ایک جواب دیتا ہے: کلید کا نام یا اس کی پرائیویٹ کلید غلط ہے، کلید حذف ہو چکی ہے، اس کمپیوٹر کا IP ایڈریس کلید کی اجازت یافتہ IP ایڈریسز کی فہرست (IP allowlist) میں نہیں ہے، یا کلید کے پاس &quot;View&quot; (دیکھنا) کی اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys and find the key ending in {key_end}. Not there: copy the key name again. Listed: paste its private key again, and add this computer&apos;s address to its IP allowlist if it has one.</source>
        <translation>Coinbase کے &quot;Developer Platform&quot; (ڈویلپر پلیٹ فارم) پر &quot;API keys&quot; (API کلیدیں) کھولیں اور وہ کلید تلاش کریں جس کے آخر میں {key_end} ہو۔ اگر کلید وہاں نہیں ہے تو کلید کا نام دوبارہ کاپی کریں۔ اگر کلید موجود ہے تو اس کی پرائیویٹ کلید دوبارہ پیسٹ کریں، اور اگر اس کلید کی اجازت یافتہ IP ایڈریسز کی فہرست ہو تو اس میں اس کمپیوٹر کا IP ایڈریس شامل کریں۔</translation>
    </message>
    <message>
        <source>The secret is not in the form {exchange} uses</source>
        <translation>خفیہ کلید اس شکل میں نہیں ہے جو {exchange} استعمال کرتا ہے</translation>
    </message>
    <message>
        <source>What was entered as the secret cannot be the one {exchange} gave: its form is wrong, so nothing was sent. Often a character went missing or came along when it was copied.</source>
        <translation>خفیہ کلید کے طور پر جو درج کیا گیا، وہ {exchange} کی دی ہوئی خفیہ کلید نہیں ہو سکتی: اس کی شکل درست نہیں، اس لیے کچھ بھی نہیں بھیجا گیا۔ اکثر کاپی کرتے وقت کوئی حرف رہ جاتا ہے یا کوئی حرف زیادہ آ جاتا ہے۔</translation>
    </message>
    <message>
        <source>Copy the secret again, exactly as {exchange} showed it. If you no longer have it, delete the key and make a new one.</source>
        <translation>خفیہ کلید دوبارہ بالکل ویسے ہی کاپی کریں جیسے {exchange} نے دکھائی تھی۔ اگر اب وہ آپ کے پاس نہیں ہے تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>The answer tried to send the key elsewhere</source>
        <translation>جواب نے کلید کو کہیں اور بھیجنے کی کوشش کی</translation>
    </message>
    <message>
        <source>{exchange}&apos;s address answered with a redirect to another place. The wizard does not follow it: each request carries your key, and it goes only to the exchange&apos;s own address.</source>
        <translation>{exchange} کے پتے نے کسی اور جگہ کی طرف موڑ دیا۔ وزرڈ اس کی پیروی نہیں کرتا: ہر درخواست میں آپ کی کلید ہوتی ہے، اور وہ صرف ایکسچینج کے اپنے پتے پر جاتی ہے۔</translation>
    </message>
    <message>
        <source>Check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers, then try again.</source>
        <translation>تسلی کریں کہ یہ کمپیوٹر ایکسچینج تک براہِ راست پہنچتا ہے، نیٹ ورک پر کوئی پراکسی یا فلٹر نہیں جو اس کے جواب بدلے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The answer was far too large</source>
        <translation>جواب بہت زیادہ بڑا تھا</translation>
    </message>
    <message>
        <source>{exchange} sent an answer of more than 4 MB where a few kilobytes are expected, so the wizard stopped reading it.</source>
        <translation>{exchange} نے 4 MB سے بڑا جواب بھیجا جہاں چند کلوبائٹ متوقع تھے، اس لیے وزرڈ نے اسے پڑھنا روک دیا۔</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check that this computer reaches the exchange directly, with no proxy or filter on the network that changes its answers.</source>
        <translation>بعد میں دوبارہ کوشش کریں۔ اگر یہ بار بار ہو تو تسلی کریں کہ یہ کمپیوٹر ایکسچینج تک براہِ راست پہنچتا ہے، نیٹ ورک پر کوئی پراکسی یا فلٹر نہیں جو اس کے جواب بدلے۔</translation>
    </message>
    <message>
        <source>The key has expired</source>
        <translation>کلید کی میعاد ختم ہو چکی ہے</translation>
    </message>
    <message>
        <source>{exchange} says this key has expired. Keys that are not limited to IP addresses end after a while, and a change of the account&apos;s password can end them sooner.</source>
        <translation>{exchange} کے مطابق اس کلید کی میعاد ختم ہو چکی ہے۔ جو کلیدیں IP ایڈریسز تک محدود نہ ہوں وہ کچھ عرصے بعد ختم ہو جاتی ہیں، اور اکاؤنٹ کا پاس ورڈ بدلنے سے وہ اس سے پہلے بھی ختم ہو سکتی ہیں۔</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, limit it to trusted IP addresses, and enter it here.</source>
        <translation>{exchange} پر نئی کلید بنائیں، اسے قابلِ اعتماد IP ایڈریسز تک محدود کریں، اور یہاں درج کریں۔</translation>
    </message>
    <message>
        <source>The passphrase does not match the key</source>
        <translation>پاس فریز اس کلید سے میل نہیں کھاتا</translation>
    </message>
    <message>
        <source>{exchange} knows the key, but the passphrase is not the one chosen when the key was made.</source>
        <translation>{exchange} اس کلید کو پہچانتا ہے، لیکن یہ وہ پاس فریز نہیں جو کلید بناتے وقت چنا گیا تھا۔</translation>
    </message>
    <message>
        <source>Type the passphrase again, exactly, with the same capital letters. {exchange} cannot show it: if it is lost, make a new key.</source>
        <translation>پاس فریز دوبارہ بالکل ویسے ہی لکھیں، انگریزی کے بڑے اور چھوٹے حروف بھی بالکل ویسے ہی ہوں۔ {exchange} اسے نہیں دکھا سکتا: اگر یہ گم ہو گیا ہو تو نئی کلید بنائیں۔</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Can withdraw</source>
        <translation>رقم نکال سکتی ہے</translation>
    </message>
    <message>
        <source>This key can send your coins out of {exchange}. Anyone who copies it could empty your account.</source>
        <translation>یہ کلید آپ کے کوائنز {exchange} سے باہر بھیج سکتی ہے۔ جو بھی اسے کاپی کر لے، وہ آپ کا اکاؤنٹ خالی کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch withdrawals off. A trading bot never needs them.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور رقم نکالنے (Withdrawals) کی اجازت بند کر دیں۔ ٹریڈنگ بوٹ کو اس کی کبھی ضرورت نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>Can trade futures</source>
        <translation>فیوچرز کی ٹریڈنگ کر سکتی ہے</translation>
    </message>
    <message>
        <source>This key can open futures contracts: derivatives with leverage, not coins you own.</source>
        <translation>یہ کلید فیوچرز کے معاہدے کر سکتی ہے: یعنی لیوریج والے ڈیریویٹوز، ایسے کوائنز نہیں جو آپ کی ملکیت ہوں۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch futures trading off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور فیوچرز ٹریڈنگ بند کر دیں۔</translation>
    </message>
    <message>
        <source>Can borrow (margin)</source>
        <translation>قرض لے سکتی ہے (مارجن)</translation>
    </message>
    <message>
        <source>This key can borrow to trade. A margin loan charges interest, which is riba.</source>
        <translation>یہ کلید ٹریڈنگ کے لیے قرض لے سکتی ہے۔ مارجن قرض پر سود (ربا) دینا پڑتا ہے۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch margin and portfolio margin off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور مارجن اور پورٹ فولیو مارجن بند کر دیں۔</translation>
    </message>
    <message>
        <source>Can trade options</source>
        <translation>آپشنز کی ٹریڈنگ کر سکتی ہے</translation>
    </message>
    <message>
        <source>This key can trade options, which are derivatives.</source>
        <translation>یہ کلید آپشنز کی ٹریڈنگ کر سکتی ہے، جو ڈیریویٹوز (مشتق معاہدے) ہیں۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch options trading off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور آپشنز ٹریڈنگ بند کر دیں۔</translation>
    </message>
    <message>
        <source>Can move funds between wallets</source>
        <translation>والٹس کے درمیان رقم منتقل کر سکتی ہے</translation>
    </message>
    <message>
        <source>This key can move your funds between wallets and sub-accounts, for example into a futures wallet.</source>
        <translation>یہ کلید آپ کی رقم والٹس اور ذیلی اکاؤنٹس (Sub-accounts) کے درمیان منتقل کر سکتی ہے، مثلاً فیوچرز والٹ میں۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch universal transfer off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور &quot;Universal Transfer&quot; (والٹس کے درمیان منتقلی) بند کر دیں۔</translation>
    </message>
    <message>
        <source>Can transfer to other accounts</source>
        <translation>دوسرے اکاؤنٹس میں رقم بھیج سکتی ہے</translation>
    </message>
    <message>
        <source>This key can transfer funds to other accounts.</source>
        <translation>یہ کلید دوسرے اکاؤنٹس میں رقم منتقل کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch internal transfer off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور &quot;Internal Transfer&quot; (دوسرے اکاؤنٹس میں منتقلی) بند کر دیں۔</translation>
    </message>
    <message>
        <source>Cannot read the account</source>
        <translation>اکاؤنٹ نہیں پڑھ سکتی</translation>
    </message>
    <message>
        <source>This key cannot read your account, so nothing can be checked and no bot can trade with it.</source>
        <translation>یہ کلید آپ کا اکاؤنٹ نہیں پڑھ سکتی، اس لیے نہ کچھ جانچا جا سکتا ہے اور نہ کوئی بوٹ اس سے ٹریڈنگ کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch reading on.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور پڑھنے (Reading) کی اجازت آن کر دیں۔</translation>
    </message>
    <message>
        <source>Read-only key</source>
        <translation>صرف دیکھنے والی کلید</translation>
    </message>
    <message>
        <source>This key can look but not trade. That suits a portfolio tracker, not a trading bot.</source>
        <translation>یہ کلید اکاؤنٹ دیکھ سکتی ہے مگر ٹریڈنگ نہیں کر سکتی۔ یہ پورٹ فولیو پر نظر رکھنے والے پروگرام کے لیے ٹھیک ہے، ٹریڈنگ بوٹ کے لیے نہیں۔</translation>
    </message>
    <message>
        <source>If a bot will trade for you, edit the key on {exchange} and switch spot trading on.</source>
        <translation>اگر کوئی بوٹ آپ کے لیے ٹریڈنگ کرے گا تو {exchange} پر کلید کی ترتیبات بدلیں اور اسپاٹ ٹریڈنگ آن کر دیں۔</translation>
    </message>
    <message>
        <source>Usable from any address</source>
        <translation>کسی بھی IP ایڈریس سے استعمال ہو سکتی ہے</translation>
    </message>
    <message>
        <source>Whoever gets hold of this key can use it from any computer.</source>
        <translation>یہ کلید جس کے ہاتھ بھی لگ جائے، وہ اسے کسی بھی کمپیوٹر سے استعمال کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>On {exchange}, limit the key to the IP addresses of the computer or service that will trade.</source>
        <translation>{exchange} پر کلید کو صرف اس کمپیوٹر یا سروس کے IP ایڈریسز تک محدود کریں جو ٹریڈنگ کرے گی۔</translation>
    </message>
    <message>
        <source>Time to replace this key</source>
        <translation>اس کلید کو بدلنے کا وقت آ گیا ہے</translation>
    </message>
    <message>
        <source>This key is {days} days old. A key should be replaced every 90 days.</source>
        <translation>یہ کلید {days} دن پرانی ہے۔ کلید ہر 90 دن بعد بدل دینی چاہیے۔</translation>
    </message>
    <message>
        <source>Make a new key on {exchange}, then on the first page of this wizard choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>{exchange} پر نئی کلید بنائیں، پھر اس وزرڈ کے پہلے صفحے پر &quot;پہلے سے بنائی ہوئی کلید بدلیں&quot; منتخب کریں۔</translation>
    </message>
    <message>
        <source>Trading stops soon</source>
        <translation>ٹریڈنگ جلد بند ہو جائے گی</translation>
    </message>
    <message>
        <source>{exchange} will switch off trading for this key on {date}. {why}</source>
        <translation>{exchange} اس کلید کی ٹریڈنگ {date} کو بند کر دے گا۔ {why}</translation>
    </message>
    <message>
        <source>Limit the key to trusted IP addresses so that it does not expire, or make a new key before that date.</source>
        <translation>کلید کو قابلِ اعتماد IP ایڈریسز تک محدود کریں تاکہ اس کی میعاد ختم نہ ہو، یا اس تاریخ سے پہلے نئی کلید بنا لیں۔</translation>
    </message>
    <message>
        <source>Margin is open on the account</source>
        <translation>اکاؤنٹ میں مارجن کھلا ہوا ہے</translation>
    </message>
    <message>
        <source>Your {exchange} account has a margin account. A key that may trade spot can reach margin orders on such an account.</source>
        <translation>آپ کے {exchange} اکاؤنٹ میں ایک مارجن اکاؤنٹ کھلا ہوا ہے۔ ایسے اکاؤنٹ پر اسپاٹ ٹریڈنگ والی کلید مارجن آرڈرز بھی لگا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Repay anything borrowed, move the funds back to Spot and close margin in your {exchange} account settings.</source>
        <translation>جو قرض لیا ہو وہ ادا کریں، رقم واپس اسپاٹ (Spot) میں منتقل کریں اور اپنے {exchange} اکاؤنٹ کی ترتیبات میں مارجن بند کر دیں۔</translation>
    </message>
    <message>
        <source>Derivatives are open on the account</source>
        <translation>اکاؤنٹ میں ڈیریویٹوز کھلے ہوئے ہیں</translation>
    </message>
    <message>
        <source>Your {exchange} account has a futures or options account. This key cannot use it, but it is open on the account.</source>
        <translation>آپ کے {exchange} اکاؤنٹ میں فیوچرز یا آپشنز کا اکاؤنٹ کھلا ہوا ہے۔ یہ کلید اسے استعمال نہیں کر سکتی، لیکن وہ آپ کے اکاؤنٹ میں بہرحال کھلا ہے۔</translation>
    </message>
    <message>
        <source>Close any open positions and leave those accounts unused, or close them in your {exchange} account settings.</source>
        <translation>جو پوزیشنز کھلی ہوں انہیں بند کریں اور ان اکاؤنٹس کو استعمال نہ کریں، یا اپنے {exchange} اکاؤنٹ کی ترتیبات میں انہیں بند کر دیں۔</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation>اس کمپیوٹر کی گھڑی کا وقت درست نہیں</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from {exchange}&apos;s by {skew_ms} ms. Exchanges refuse requests whose time is off.</source>
        <translation>اس کمپیوٹر کی گھڑی اور {exchange} کی گھڑی میں {skew_ms} ملی سیکنڈ کا فرق ہے۔ ایکسچینج ایسی درخواستیں قبول نہیں کرتے جن کا وقت درست نہ ہو۔</translation>
    </message>
    <message>
        <source>Switch on &quot;Set time automatically&quot; in this computer&apos;s date and time settings.</source>
        <translation>اس کمپیوٹر کی تاریخ اور وقت کی ترتیبات میں &quot;Set time automatically&quot; (وقت خود بخود سیٹ کریں) آن کریں۔</translation>
    </message>
    <message>
        <source>A margin loan is open</source>
        <translation>مارجن کا ایک قرض ابھی باقی ہے</translation>
    </message>
    <message>
        <source>Your {exchange} account owes a margin loan right now, and interest is adding up.</source>
        <translation>آپ کے {exchange} اکاؤنٹ پر اس وقت ایک مارجن قرض باقی ہے، اور اس پر سود (ربا) بڑھتا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Repay the loan in your {exchange} margin wallet, then close margin.</source>
        <translation>اپنے {exchange} مارجن والٹ میں قرض ادا کریں، پھر مارجن بند کر دیں۔</translation>
    </message>
    <message>
        <source>Derivatives positions are open</source>
        <translation>ڈیریویٹوز کی پوزیشنز کھلی ہیں</translation>
    </message>
    <message>
        <source>Your {exchange} account holds open futures positions or funds in a derivatives wallet.</source>
        <translation>آپ کے {exchange} اکاؤنٹ میں فیوچرز کی کھلی پوزیشنز ہیں، یا ڈیریویٹوز والٹ میں رقم موجود ہے۔</translation>
    </message>
    <message>
        <source>Close the positions and move the funds back to your Spot wallet.</source>
        <translation>پوزیشنز بند کریں اور رقم واپس اپنے اسپاٹ (Spot) والٹ میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>Can put funds into Earn</source>
        <translation>Earn (منافع کمانے کی سروسز) میں رقم ڈال سکتی ہے</translation>
    </message>
    <message>
        <source>This key can move your coins into savings, staking, lending or other Earn products. What they pay is interest (riba), and the coins leave your spot wallet.</source>
        <translation>یہ کلید آپ کے کوائنز بچت (savings)، اسٹیکنگ (staking)، قرض پر دینے (lending) یا Earn کی دوسری سروسز میں منتقل کر سکتی ہے۔ ان سے جو ملتا ہے وہ سود (ربا) ہے، اور کوائنز آپ کے اسپاٹ والٹ سے نکل جاتے ہیں۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch Earn off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور Earn کی اجازت بند کر دیں۔</translation>
    </message>
    <message>
        <source>Can take a loan</source>
        <translation>قرض لے سکتی ہے</translation>
    </message>
    <message>
        <source>This key can borrow through a loan product of {exchange}. A loan charges interest, which is riba.</source>
        <translation>یہ کلید {exchange} کی کسی قرض والی سروس کے ذریعے قرض لے سکتی ہے۔ قرض پر سود (ربا) دینا پڑتا ہے۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch loans off.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور قرض (Loans) کی اجازت بند کر دیں۔</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>ایسی اجازت جسے وزرڈ نہیں پہچانتا</translation>
    </message>
    <message>
        <source>{exchange} reports &quot;{name}&quot; switched on for this key. The wizard does not know what it allows, so it cannot call the key safe.</source>
        <translation>{exchange} بتاتا ہے کہ اس کلید کے لیے &quot;{name}&quot; آن ہے۔ وزرڈ نہیں جانتا کہ یہ کس چیز کی اجازت دیتی ہے، اس لیے وہ اس کلید کو خطرے سے پاک نہیں کہہ سکتا۔</translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch &quot;{name}&quot; off, then verify again.</source>
        <translation>{exchange} پر اس کلید کی ترتیبات بدلیں اور &quot;{name}&quot; بند کر دیں، پھر دوبارہ جانچ کریں۔</translation>
    </message>
    <message>
        <source>No setting switches off {product}</source>
        <translation>{product} کو بند کرنے کی کوئی ترتیب نہیں</translation>
    </message>
    <message>
        <source>{does} No setting of the key or of the account stops that. {limit}</source>
        <translation>{does} کلید یا اکاؤنٹ کی کوئی بھی ترتیب اسے نہیں روکتی۔ {limit}</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and look in your {exchange} account now and then for any loan or interest product you did not start.</source>
        <translation>یہ کلید صرف ایسے پروگرام کو دیں جس پر آپ کو بھروسا ہو کہ وہ صرف اسپاٹ ٹریڈنگ کرے گا اور کچھ نہیں، اور وقتاً فوقتاً اپنے {exchange} اکاؤنٹ میں دیکھتے رہیں کہ کہیں کوئی ایسا قرض یا سود والی سروس تو نہیں چل رہی جو آپ نے خود شروع نہ کی ہو۔</translation>
    </message>
    <message>
        <source>Give this key only to a program you trust to trade spot and nothing else, and check now and then that your funds are where you left them.</source>
        <translation>یہ کلید صرف ایسے پروگرام کو دیں جس پر آپ کو بھروسا ہو کہ وہ صرف اسپاٹ ٹریڈنگ کرے گا اور کچھ نہیں، اور وقتاً فوقتاً دیکھتے رہیں کہ آپ کی رقم وہیں ہے جہاں آپ نے اسے چھوڑا تھا۔</translation>
    </message>
    <message>
        <source>Not reported by {exchange}: {capability}</source>
        <translation>{exchange} نے نہیں بتایا: {capability}</translation>
    </message>
    <message>
        <source>{exchange} does not tell whether this key can reach {capability}. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange} یہ نہیں بتاتا کہ یہ کلید {capability} تک پہنچ سکتی ہے یا نہیں۔ وزرڈ کبھی اندازہ نہیں لگاتا: اسے خود جانچیں اور نیچے نشان لگائیں۔</translation>
    </message>
    <message>
        <source>On {exchange}, check that it is off.</source>
        <translation>{exchange} پر جانچ لیں کہ یہ بند ہے۔</translation>
    </message>
    <message>
        <source>{exchange} does not report whether this key is limited to trusted IP addresses. The wizard never guesses: check it yourself and tick it below.</source>
        <translation>{exchange} یہ نہیں بتاتا کہ یہ کلید صرف قابلِ اعتماد IP ایڈریسز تک محدود ہے یا نہیں۔ وزرڈ کبھی اندازہ نہیں لگاتا: اسے خود جانچیں اور نیچے نشان لگائیں۔</translation>
    </message>
    <message>
        <source>margin (borrowing to trade)</source>
        <translation>مارجن (ٹریڈنگ کے لیے قرض)</translation>
    </message>
    <message>
        <source>I checked: margin is off</source>
        <translation>میں نے جانچ لیا ہے: مارجن بند ہے</translation>
    </message>
    <message>
        <source>futures and other derivatives</source>
        <translation>فیوچرز اور دوسرے ڈیریویٹوز</translation>
    </message>
    <message>
        <source>I checked: futures are off</source>
        <translation>میں نے جانچ لیا ہے: فیوچرز بند ہیں</translation>
    </message>
    <message>
        <source>options</source>
        <translation>آپشنز</translation>
    </message>
    <message>
        <source>I checked: options are off</source>
        <translation>میں نے جانچ لیا ہے: آپشنز بند ہیں</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>رقم نکالنے کی سہولت</translation>
    </message>
    <message>
        <source>I checked: withdrawals are off</source>
        <translation>میں نے جانچ لیا ہے: رقم نکالنے کی اجازت بند ہے</translation>
    </message>
    <message>
        <source>transfers between wallets or accounts</source>
        <translation>والٹس یا اکاؤنٹس کے درمیان رقم کی منتقلی</translation>
    </message>
    <message>
        <source>I checked: transfers are off</source>
        <translation>میں نے جانچ لیا ہے: رقم کی منتقلی بند ہے</translation>
    </message>
    <message>
        <source>Earn, savings and staking</source>
        <translation>Earn (منافع کمانے کی سروسز)، بچت اور اسٹیکنگ</translation>
    </message>
    <message>
        <source>I checked: Earn is off</source>
        <translation>میں نے جانچ لیا ہے: Earn بند ہے</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>قرض کی سہولت</translation>
    </message>
    <message>
        <source>I checked: loans are off</source>
        <translation>میں نے جانچ لیا ہے: قرض کی سہولت بند ہے</translation>
    </message>
    <message>
        <source>a limit to trusted IP addresses</source>
        <translation>صرف قابلِ اعتماد IP ایڈریسز کی پابندی</translation>
    </message>
    <message>
        <source>I checked: the key is limited to trusted IP addresses</source>
        <translation>میں نے جانچ لیا ہے: کلید صرف قابلِ اعتماد IP ایڈریسز تک محدود ہے</translation>
    </message>
    <message>
        <source>Right now the wallet it takes collateral from is empty: there is nothing to borrow against.</source>
        <translation>جس والٹ سے ضمانت (collateral) لی جاتی ہے، وہ اس وقت خالی ہے: کوئی ایسی چیز نہیں جس کی ضمانت پر قرض لیا جا سکے۔</translation>
    </message>
    <message>
        <source>The wallet it takes collateral from holds coins now, so a loan could be taken against them.</source>
        <translation>جس والٹ سے ضمانت (collateral) لی جاتی ہے، اس میں اس وقت کوائنز موجود ہیں، اس لیے ان کی ضمانت پر قرض لیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>A loan or a lending order of this kind is open on the account now.</source>
        <translation>اس وقت اکاؤنٹ میں اس قسم کا ایک قرض یا قرض دینے کا آرڈر کھلا ہوا ہے۔</translation>
    </message>
    <message>
        <source>It is offered only from VIP level 7, which this account has not reached.</source>
        <translation>یہ سہولت صرف VIP level 7 (VIP درجہ 7) سے ملتی ہے، اور یہ اکاؤنٹ ابھی اس درجے تک نہیں پہنچا۔</translation>
    </message>
    <message>
        <source>This account&apos;s VIP level is high enough for it.</source>
        <translation>اس اکاؤنٹ کا VIP level (VIP درجہ) اس کے لیے کافی اونچا ہے۔</translation>
    </message>
    <message>
        <source>{exchange} ends keys that are not limited to IP addresses after 90 days, and sooner after a change of the account&apos;s password.</source>
        <translation>{exchange} ان کلیدوں کو جو IP ایڈریسز تک محدود نہ ہوں 90 دن بعد ختم کر دیتا ہے، اور اکاؤنٹ کا پاس ورڈ بدلنے پر اس سے پہلے بھی۔</translation>
    </message>
    <message>
        <source>{exchange} takes trading away from keys that are not limited to IP addresses.</source>
        <translation>{exchange} ان کلیدوں سے ٹریڈنگ کی اجازت واپس لے لیتا ہے جو IP ایڈریسز تک محدود نہ ہوں۔</translation>
    </message>
    <message>
        <source>The key was made with this end date.</source>
        <translation>یہ کلید بناتے وقت ہی اس کی یہ آخری تاریخ مقرر کی گئی تھی۔</translation>
    </message>
    <message>
        <source>On Bybit, edit this key and untick every contract and derivatives box. A unified account ticks them on new keys unless you untick them.</source>
        <translation>Bybit پر اس کلید کی ترتیبات بدلیں اور کنٹریکٹس (Contracts) اور ڈیریویٹوز کے ہر خانے سے نشان ہٹا دیں۔ یونیفائیڈ اکاؤنٹ (Unified Trading Account) میں نئی کلیدوں پر یہ نشان خود لگ جاتے ہیں، جب تک آپ انہیں ہٹا نہ دیں۔</translation>
    </message>
    <message>
        <source>On Bybit, repay any loan and switch spot margin trading off. While it is on, any spot order of this key may borrow.</source>
        <translation>Bybit پر جو بھی قرض ہو وہ ادا کریں اور اسپاٹ مارجن ٹریڈنگ بند کر دیں۔ جب تک یہ آن ہے، اس کلید کا ہر اسپاٹ آرڈر قرض لے سکتا ہے۔</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings and change the account mode to Spot mode (close positions and repay loans first). In any other mode a trading key can also trade futures.</source>
        <translation>OKX پر پہلے پوزیشنز بند کریں اور قرض ادا کریں، پھر ٹریڈنگ کی ترتیبات کھولیں اور اکاؤنٹ موڈ بدل کر &quot;Spot mode&quot; (اسپاٹ موڈ) کر دیں۔ کسی بھی دوسرے موڈ میں ٹریڈنگ والی کلید فیوچرز کی ٹریڈنگ بھی کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>On OKX, repay every loan, switch auto-borrow off and change the account mode to Spot mode in the trading settings.</source>
        <translation>OKX پر ہر قرض ادا کریں، خودکار قرض (&quot;Auto-borrow&quot;) بند کریں، اور ٹریڈنگ کی ترتیبات میں اکاؤنٹ موڈ بدل کر &quot;Spot mode&quot; (اسپاٹ موڈ) کر دیں۔</translation>
    </message>
    <message>
        <source>Options are activated on this OKX account, and a trading key there can buy them in any account mode. If OKX does not let you switch them off, make a sub-account (new ones start without options), move the funds there and make the key in it.</source>
        <translation>اس OKX اکاؤنٹ میں آپشنز آن ہیں، اور یہاں ٹریڈنگ والی کلید کسی بھی اکاؤنٹ موڈ میں انہیں خرید سکتی ہے۔ اگر OKX آپ کو انہیں بند نہ کرنے دے تو ایک ذیلی اکاؤنٹ (Sub-account) بنائیں (نئے ذیلی اکاؤنٹس میں شروع سے آپشنز نہیں ہوتے)، رقم اس میں منتقل کریں اور کلید اسی ذیلی اکاؤنٹ میں بنائیں۔</translation>
    </message>
    <message>
        <source>On Kraken, edit this key: untick Withdraw Funds and both withdrawal address boxes.</source>
        <translation>Kraken پر اس کلید کی ترتیبات بدلیں: &quot;Withdraw Funds&quot; (رقم نکالنا) اور رقم نکالنے کے پتوں (withdrawal address) والے دونوں خانوں سے نشان ہٹا دیں۔</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Query Funds: Kraken lets a key with it move funds into a Kraken Futures wallet. Orders, trades and the ledger stay readable; the wizard then cannot show your balances.</source>
        <translation>Kraken پر اس کلید کی ترتیبات بدلیں اور &quot;Query Funds&quot; (رقم دیکھنا) سے نشان ہٹا دیں: Kraken اس اجازت والی کلید کو رقم Kraken Futures والٹ میں منتقل کرنے دیتا ہے۔ آرڈرز، ٹریڈز اور لیجر (حساب کا کھاتہ) پھر بھی پڑھے جا سکیں گے؛ البتہ وزرڈ پھر آپ کا بیلنس نہیں دکھا سکے گا۔</translation>
    </message>
    <message>
        <source>On Kraken, edit this key and untick Withdraw Funds: it also moves funds between an account and its sub-accounts.</source>
        <translation>Kraken پر اس کلید کی ترتیبات بدلیں اور &quot;Withdraw Funds&quot; (رقم نکالنا) سے نشان ہٹا دیں: یہ اجازت رقم کو اکاؤنٹ اور اس کے ذیلی اکاؤنٹس کے درمیان بھی منتقل کرتی ہے۔</translation>
    </message>
    <message>
        <source>On Bybit, edit this key: untick Withdrawal, and every Fiat, P2P, Bybit Pay and Card box.</source>
        <translation>Bybit پر اس کلید کی ترتیبات بدلیں: &quot;Withdrawal&quot; (رقم نکالنا) سے نشان ہٹائیں، اور Fiat، P2P، Bybit Pay اور Card کے ہر خانے سے بھی نشان ہٹا دیں۔</translation>
    </message>
    <message>
        <source>On OKX, bind this key to the IP addresses of the computer or service that will trade. OKX lets an unbound trading key expire after 14 days without use.</source>
        <translation>OKX پر اس کلید کو اس کمپیوٹر یا سروس کے IP ایڈریسز سے منسلک (bind) کریں جو ٹریڈنگ کرے گی۔ جو ٹریڈنگ کلید کسی IP سے منسلک نہ ہو، OKX اسے 14 دن استعمال نہ ہونے پر ختم ہو جانے دیتا ہے۔</translation>
    </message>
    <message>
        <source>On Binance, limit this key to the IP addresses of the computer or service that will trade. Binance takes trading away from unrestricted keys, and may delete them.</source>
        <translation>Binance پر اس کلید کو صرف اس کمپیوٹر یا سروس کے IP ایڈریسز تک محدود کریں جو ٹریڈنگ کرے گی۔ Binance بغیر پابندی والی کلیدوں سے ٹریڈنگ کی اجازت واپس لے لیتا ہے، اور انہیں حذف بھی کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>{exchange} does not report the rows marked with a question mark. The wizard never guesses them: each one is listed with where to check it yourself.</source>
        <translation>{exchange} سوالیہ نشان (?) والی سطروں کے بارے میں نہیں بتاتا۔ وزرڈ ان کا کبھی اندازہ نہیں لگاتا: ہر ایک کے ساتھ لکھا ہے کہ آپ اسے خود کہاں جانچ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Confirmed by you on {date}: {exchange} does not report it.</source>
        <translation>آپ نے {date} کو خود تصدیق کی: {exchange} یہ بات نہیں بتاتا۔</translation>
    </message>
    <message>
        <source>This key belongs to a perpetual futures (INTX) portfolio. On Coinbase, make a new key for your default portfolio and delete this one.</source>
        <translation>یہ کلید پرپیچوئلز (INTX) والے پورٹ فولیو کی ہے۔ Coinbase پر اپنے ڈیفالٹ پورٹ فولیو (&quot;Default&quot;) کے لیے نئی کلید بنائیں اور اس کلید کو حذف کر دیں۔</translation>
    </message>
    <message>
        <source>On Coinbase, make a new key with only View and Trade ticked (no Transfer), then delete this one.</source>
        <translation>Coinbase پر ایک نئی کلید بنائیں جس میں صرف &quot;View&quot; (دیکھنا) اور &quot;Trade&quot; (خرید و فروخت) پر نشان ہو، &quot;Transfer&quot; (رقم کی منتقلی) پر نہیں؛ پھر اس کلید کو حذف کر دیں۔</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can move your coins into Simple Earn and staking, and Binance names no permission at all for Dual Investment and Soft Staking: all of them pay interest.</source>
        <translation>جس Binance کلید کو اسپاٹ ٹریڈنگ کی اجازت ہو، وہ آپ کے کوائنز &quot;Simple Earn&quot; (سادہ بچت) اور اسٹیکنگ (staking) میں منتقل کر سکتی ہے، اور &quot;Dual Investment&quot; اور &quot;Soft Staking&quot; کے لیے Binance کسی اجازت کا نام تک نہیں لیتا: یہ سب سود دیتی ہیں۔</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot may also be able to take a Crypto Loan against your coins: Binance names the spot trading permission for changing such a loan, and no permission at all for taking one.</source>
        <translation>جس Binance کلید کو اسپاٹ ٹریڈنگ کی اجازت ہو، ہو سکتا ہے وہ آپ کے کوائنز کی ضمانت پر &quot;Crypto Loan&quot; (کرپٹو قرض) بھی لے سکے: ایسے قرض میں تبدیلی کے لیے Binance اسپاٹ ٹریڈنگ کی اجازت کا نام لیتا ہے، اور قرض لینے کے لیے کسی اجازت کا نام تک نہیں لیتا۔</translation>
    </message>
    <message>
        <source>A Binance key that may trade spot can create a margin &quot;special key&quot;: a new key that trades with borrowed funds.</source>
        <translation>جس Binance کلید کو اسپاٹ ٹریڈنگ کی اجازت ہو، وہ ایک مارجن &quot;special key&quot; (خاص کلید) بنا سکتی ہے: یعنی ایک نئی کلید جو قرض کی رقم سے ٹریڈنگ کرتی ہے۔</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Margin Loan, Repay &amp; Transfer&quot; must be unticked.</source>
        <translation>Binance پر &quot;API Management&quot; (API کا انتظام) کھولیں اور پھر &quot;Edit restrictions&quot; (پابندیوں میں تبدیلی): &quot;Enable Margin Loan, Repay &amp; Transfer&quot; (مارجن قرض، ادائیگی اور منتقلی) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Futures&quot; must be unticked.</source>
        <translation>Binance پر &quot;API Management&quot; (API کا انتظام) کھولیں اور پھر &quot;Edit restrictions&quot; (پابندیوں میں تبدیلی): &quot;Enable Futures&quot; (فیوچرز) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable European Options&quot; must be unticked.</source>
        <translation>Binance پر &quot;API Management&quot; (API کا انتظام) کھولیں اور پھر &quot;Edit restrictions&quot; (پابندیوں میں تبدیلی): &quot;Enable European Options&quot; (یورپی آپشنز) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Enable Withdrawals&quot; must be unticked.</source>
        <translation>Binance پر &quot;API Management&quot; (API کا انتظام) کھولیں اور پھر &quot;Edit restrictions&quot; (پابندیوں میں تبدیلی): &quot;Enable Withdrawals&quot; (رقم نکالنا) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open API Management and Edit restrictions: &quot;Permits Universal Transfer&quot; and &quot;Enable Internal Transfer&quot; must be unticked.</source>
        <translation>Binance پر &quot;API Management&quot; (API کا انتظام) کھولیں اور پھر &quot;Edit restrictions&quot; (پابندیوں میں تبدیلی): &quot;Permits Universal Transfer&quot; (والٹس کے درمیان منتقلی) اور &quot;Enable Internal Transfer&quot; (دوسرے اکاؤنٹس میں منتقلی)، دونوں پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open Earn: you should hold no Simple Earn, staking or Dual Investment positions.</source>
        <translation>Binance پر &quot;Earn&quot; (منافع کمانے کی سروسز) کھولیں: وہاں آپ کی کوئی &quot;Simple Earn&quot; (سادہ بچت)، اسٹیکنگ یا &quot;Dual Investment&quot; پوزیشن نہیں ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open Loans: no Crypto Loan may be open.</source>
        <translation>Binance پر &quot;Loans&quot; (قرض) کھولیں: کوئی &quot;Crypto Loan&quot; (کرپٹو قرض) کھلا نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Binance, open API Management: this key must show &quot;Restrict access to trusted IPs only&quot; with your addresses.</source>
        <translation>Binance پر &quot;API Management&quot; (API کا انتظام) کھولیں: اس کلید پر &quot;Restrict access to trusted IPs only&quot; (صرف قابلِ اعتماد IP کو رسائی) کے ساتھ آپ کے IP ایڈریسز نظر آنے چاہییں۔</translation>
    </message>
    <message>
        <source>Any key that may trade spot on Bybit can also take a Crypto Loan against your coins, or lend them out for interest, with coins from your Funding wallet.</source>
        <translation>Bybit پر جس کلید کو بھی اسپاٹ ٹریڈنگ کی اجازت ہو، وہ آپ کے &quot;Funding wallet&quot; (فنڈنگ والٹ) کے کوائنز کی ضمانت پر &quot;Crypto Loan&quot; (کرپٹو قرض) بھی لے سکتی ہے، یا یہی کوائنز سود پر قرض دے سکتی ہے۔</translation>
    </message>
    <message>
        <source>On Bybit, open the spot trading page: the Margin switch beside the order form must be off, and spot margin never activated (Bybit&apos;s margin quiz never taken). Once it is activated, a trading key may switch it on by itself.</source>
        <translation>Bybit پر اسپاٹ ٹریڈنگ کا صفحہ کھولیں: آرڈر فارم کے ساتھ &quot;Margin&quot; (مارجن) کا سوئچ بند ہونا چاہیے، اور اسپاٹ مارجن کبھی شروع ہی نہ کیا گیا ہو (یعنی Bybit کا مارجن والا سوالنامہ (quiz) کبھی حل نہ کیا ہو)۔ ایک بار اسپاٹ مارجن شروع ہو جائے تو ٹریڈنگ والی کلید اسے خود آن کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: every Contracts, Unified Trading and USDC Contracts box must be unticked.</source>
        <translation>Bybit پر &quot;API&quot; کھولیں، پھر اس کلید کے ساتھ &quot;Edit&quot; (تبدیلی): &quot;Contracts&quot; (کنٹریکٹس)، &quot;Unified Trading&quot; (یونیفائیڈ ٹریڈنگ) اور &quot;USDC Contracts&quot; کے کسی بھی خانے پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the USDC Contracts box must be unticked.</source>
        <translation>Bybit پر &quot;API&quot; کھولیں، پھر اس کلید کے ساتھ &quot;Edit&quot; (تبدیلی): &quot;USDC Contracts&quot; (USDC کنٹریکٹس) کے خانے پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Wallet Withdrawal and every Fiat, P2P, Pay and Card box must be unticked.</source>
        <translation>Bybit پر &quot;API&quot; کھولیں، پھر اس کلید کے ساتھ &quot;Edit&quot; (تبدیلی): &quot;Wallet Withdrawal&quot; (والٹ سے رقم نکالنا) اور Fiat، P2P، Pay اور Card کے کسی بھی خانے پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: Account Transfer and Subaccount Transfer must be unticked.</source>
        <translation>Bybit پر &quot;API&quot; کھولیں، پھر اس کلید کے ساتھ &quot;Edit&quot; (تبدیلی): &quot;Account Transfer&quot; (اپنے اکاؤنٹس کے درمیان منتقلی) اور &quot;Subaccount Transfer&quot; (ذیلی اکاؤنٹس میں منتقلی) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Bybit, open API, then Edit next to this key: the Earn box must be unticked.</source>
        <translation>Bybit پر &quot;API&quot; کھولیں، پھر اس کلید کے ساتھ &quot;Edit&quot; (تبدیلی): &quot;Earn&quot; (منافع کمانے کی سروسز) کے خانے پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Bybit, open Finance, then Crypto Loan: no loan may be open. Any key that trades spot can take one.</source>
        <translation>Bybit پر &quot;Finance&quot; (مالیات) کھولیں، پھر &quot;Crypto Loan&quot; (کرپٹو قرض): کوئی قرض کھلا نہیں ہونا چاہیے۔ اسپاٹ ٹریڈنگ کرنے والی ہر کلید یہ قرض لے سکتی ہے۔</translation>
    </message>
    <message>
        <source>On Bybit, open API: this key must show the IP addresses it is limited to.</source>
        <translation>Bybit پر &quot;API&quot; کھولیں: اس کلید کے ساتھ وہ IP ایڈریسز نظر آنے چاہییں جن تک یہ محدود ہے۔</translation>
    </message>
    <message>
        <source>On Coinbase, spot orders cannot borrow; check that you have no futures or perpetuals account either (Settings, then Derivatives).</source>
        <translation>Coinbase پر اسپاٹ آرڈرز قرض نہیں لے سکتے؛ یہ بھی جانچ لیں کہ آپ کا کوئی فیوچرز یا پرپیچوئلز اکاؤنٹ بھی نہ ہو (&quot;Settings&quot; (ترتیبات)، پھر &quot;Derivatives&quot; (ڈیریویٹوز))۔</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for futures or perpetuals (derivatives). Where you have, any trading key can trade them.</source>
        <translation>Coinbase پر &quot;Settings&quot; (ترتیبات) کھولیں: آپ نے فیوچرز یا پرپیچوئلز (ڈیریویٹوز) کے لیے سائن اپ نہ کیا ہو۔ اگر کیا ہے تو ٹریڈنگ والی کوئی بھی کلید ان کی ٹریڈنگ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>On Coinbase, open Settings: you must not have signed up for derivatives. Where you have, any trading key can trade them.</source>
        <translation>Coinbase پر &quot;Settings&quot; (ترتیبات) کھولیں: آپ نے ڈیریویٹوز کے لیے سائن اپ نہ کیا ہو۔ اگر کیا ہے تو ٹریڈنگ والی کوئی بھی کلید ان کی ٹریڈنگ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys: this key must have View and Trade only, without Transfer.</source>
        <translation>Coinbase کے &quot;Developer Platform&quot; (ڈویلپر پلیٹ فارم) پر &quot;API keys&quot; (API کلیدیں) کھولیں: اس کلید کے پاس صرف &quot;View&quot; (دیکھنا) اور &quot;Trade&quot; (خرید و فروخت) کی اجازت ہونی چاہیے، &quot;Transfer&quot; (رقم کی منتقلی) کی نہیں۔</translation>
    </message>
    <message>
        <source>On Coinbase, staking and rewards are switched in the app, not by keys.</source>
        <translation>Coinbase پر اسٹیکنگ اور انعامات (rewards) ایپ میں آن یا بند کیے جاتے ہیں، کلیدوں کے ذریعے نہیں۔</translation>
    </message>
    <message>
        <source>On Coinbase, open Borrow: no loan may be open.</source>
        <translation>Coinbase پر &quot;Borrow&quot; (قرض) کھولیں: کوئی قرض کھلا نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform, open API keys, then this key: its IP allowlist must list your addresses. Coinbase does not report it.</source>
        <translation>Coinbase کے &quot;Developer Platform&quot; (ڈویلپر پلیٹ فارم) پر &quot;API keys&quot; (API کلیدیں) کھولیں، پھر یہ کلید: اس کی &quot;IP allowlist&quot; (اجازت یافتہ IP ایڈریسز کی فہرست) میں آپ کے IP ایڈریسز درج ہونے چاہییں۔ Coinbase یہ بات نہیں بتاتا۔</translation>
    </message>
    <message>
        <source>On Kraken Pro, open the order form of any pair: if it offers Margin or leverage, any trading key of your account can borrow, and no setting stops it. Tick this only if it offers none.</source>
        <translation>&quot;Kraken Pro&quot; پر کسی بھی جوڑی (pair) کا آرڈر فارم کھولیں: اگر اس میں &quot;Margin&quot; (مارجن) یا لیوریج کا انتخاب موجود ہو تو آپ کے اکاؤنٹ کی ٹریڈنگ والی ہر کلید قرض لے سکتی ہے، اور کوئی ترتیب اسے نہیں روکتی۔ اس پر نشان صرف تب لگائیں جب ان میں سے کوئی انتخاب موجود نہ ہو۔</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API: this key must be a spot key (Kraken Futures keys are made apart).</source>
        <translation>Kraken پر &quot;Settings&quot; (ترتیبات) کھولیں، پھر &quot;API&quot;: یہ کلید اسپاٹ کی کلید ہونی چاہیے (Kraken Futures کی کلیدیں الگ سے بنتی ہیں)۔</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Withdraw Funds and both withdrawal address boxes must be unticked.</source>
        <translation>Kraken پر &quot;Settings&quot; (ترتیبات) کھولیں، پھر &quot;API&quot;، پھر یہ کلید: &quot;Withdraw Funds&quot; (رقم نکالنا) اور رقم نکالنے کے پتوں والے دونوں خانوں پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Query Funds and Withdraw Funds must be unticked.</source>
        <translation>Kraken پر &quot;Settings&quot; (ترتیبات) کھولیں، پھر &quot;API&quot;، پھر یہ کلید: &quot;Query Funds&quot; (رقم دیکھنا) اور &quot;Withdraw Funds&quot; (رقم نکالنا) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: Earn Funds must be unticked.</source>
        <translation>Kraken پر &quot;Settings&quot; (ترتیبات) کھولیں، پھر &quot;API&quot;، پھر یہ کلید: &quot;Earn Funds&quot; (رقم Earn میں لگانا) پر نشان نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On Kraken, no loan product is open to API keys: check that you have none.</source>
        <translation>Kraken پر قرض کی کوئی سروس API کلیدوں کے لیے کھلی نہیں: بس جانچ لیں کہ آپ کا کوئی قرض نہ ہو۔</translation>
    </message>
    <message>
        <source>On Kraken, open Settings, then API, then this key: IP address restriction must list your addresses.</source>
        <translation>Kraken پر &quot;Settings&quot; (ترتیبات) کھولیں، پھر &quot;API&quot;، پھر یہ کلید: &quot;IP address restriction&quot; (IP ایڈریس کی پابندی) میں آپ کے IP ایڈریسز درج ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move your coins into Simple Earn, lending, staking and other Earn products, which pay interest.</source>
        <translation>OKX کی جس کلید کو بھی ٹریڈنگ کی اجازت ہو، وہ آپ کے کوائنز &quot;Simple Earn&quot; (سادہ بچت)، قرض پر دینے (lending)، اسٹیکنگ اور Earn کی دوسری سروسز میں بھی منتقل کر سکتی ہے، جو سود دیتی ہیں۔</translation>
    </message>
    <message>
        <source>Any OKX key that may trade may also take a Flexible Loan against the coins in your funding account.</source>
        <translation>OKX کی جس کلید کو بھی ٹریڈنگ کی اجازت ہو، ہو سکتا ہے وہ آپ کے فنڈنگ اکاؤنٹ (funding account) کے کوائنز کی ضمانت پر &quot;Flexible Loan&quot; (لچکدار قرض) بھی لے سکے۔</translation>
    </message>
    <message>
        <source>Any OKX key that may trade can also move funds between your funding and trading accounts, and from a main account to its sub-accounts.</source>
        <translation>OKX کی جس کلید کو بھی ٹریڈنگ کی اجازت ہو، وہ آپ کے فنڈنگ اکاؤنٹ اور ٹریڈنگ اکاؤنٹ کے درمیان، اور مرکزی اکاؤنٹ سے اس کے ذیلی اکاؤنٹس میں بھی رقم منتقل کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode with borrowing off, and you must never have used any other mode: a trading key can switch back to a mode used before.</source>
        <translation>OKX پر ٹریڈنگ کی ترتیبات کھولیں: اکاؤنٹ موڈ &quot;Spot mode&quot; (اسپاٹ موڈ) ہو اور اس میں قرض لینا بند ہو، اور آپ نے کبھی کوئی دوسرا موڈ استعمال نہ کیا ہو: ٹریڈنگ والی کلید پہلے استعمال ہو چکے موڈ پر واپس جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>On OKX, open the trading settings: the account mode must be Spot mode, and you must never have used Futures, Multi-currency margin or Portfolio margin mode: a trading key can switch back to a mode used before.</source>
        <translation>OKX پر ٹریڈنگ کی ترتیبات کھولیں: اکاؤنٹ موڈ &quot;Spot mode&quot; (اسپاٹ موڈ) ہو، اور آپ نے کبھی &quot;Futures&quot;، &quot;Multi-currency margin&quot; یا &quot;Portfolio margin&quot; موڈ استعمال نہ کیا ہو: ٹریڈنگ والی کلید پہلے استعمال ہو چکے موڈ پر واپس جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>On OKX, options must not be activated. A trading key can activate them itself once your trading account holds more than 10,000 USD: keep it below that, or use a sub-account.</source>
        <translation>OKX پر آپشنز آن نہیں ہونے چاہییں۔ جب آپ کے ٹریڈنگ اکاؤنٹ میں 10,000 USD سے زیادہ رقم ہو تو ٹریڈنگ والی کلید انہیں خود آن کر سکتی ہے: رقم اس سے کم رکھیں، یا ذیلی اکاؤنٹ (Sub-account) استعمال کریں۔</translation>
    </message>
    <message>
        <source>On OKX, open API: the key&apos;s permissions must be Read and Trade only, without Withdraw.</source>
        <translation>OKX پر &quot;API&quot; کھولیں: کلید کی اجازتیں صرف &quot;Read&quot; (پڑھنا) اور &quot;Trade&quot; (خرید و فروخت) ہوں، &quot;Withdraw&quot; (رقم نکالنا) نہیں۔</translation>
    </message>
    <message>
        <source>On OKX, open Earn: you should hold no savings, staking or other Earn products.</source>
        <translation>OKX پر &quot;Earn&quot; (منافع کمانے کی سروسز) کھولیں: آپ کے پاس بچت، اسٹیکنگ یا Earn کی کوئی اور سروس نہیں ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>On OKX, open Loan: no Flexible Loan may be open.</source>
        <translation>OKX پر &quot;Loan&quot; (قرض) کھولیں: کوئی &quot;Flexible Loan&quot; (لچکدار قرض) کھلا نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>On OKX, open API: this key must show the IP addresses it is bound to.</source>
        <translation>OKX پر &quot;API&quot; کھولیں: اس کلید کے ساتھ وہ IP ایڈریسز نظر آنے چاہییں جن سے یہ منسلک ہے۔</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>My key may have leaked</source>
        <translation>میری کلید شاید لیک ہو گئی ہے</translation>
    </message>
    <message>
        <source>Open the exchange yourself: type its address or use its app. Do not follow a link from an email or a message.</source>
        <translation>ایکسچینج خود کھولیں: اس کی ویب سائٹ کا پتہ خود ٹائپ کریں یا اس کی ایپ استعمال کریں۔ کسی ای میل یا میسج میں آئے ہوئے لنک کے ذریعے نہ کھولیں۔</translation>
    </message>
    <message>
        <source>Go to API Management and delete the key. It stops working at once, wherever it was copied to.</source>
        <translation>&quot;API Management&quot; (API کا انتظام) میں جائیں اور کلید حذف کر دیں۔ وہ فوراً کام کرنا بند کر دے گی، چاہے اسے کہیں بھی کاپی کیا گیا ہو۔</translation>
    </message>
    <message>
        <source>Look through your open orders and recent trades for anything you did not do.</source>
        <translation>اپنے کھلے آرڈرز اور حالیہ ٹریڈز دیکھیں کہ کہیں کوئی ایسا آرڈر یا ٹریڈ تو نہیں جو آپ نے خود نہ کیا ہو۔</translation>
    </message>
    <message>
        <source>If something is wrong, contact the exchange&apos;s support and send them the times and order numbers you found.</source>
        <translation>اگر کچھ غلط نظر آئے تو ایکسچینج کی سپورٹ سے رابطہ کریں اور جو اوقات اور آرڈر نمبر آپ کو ملے، وہ انہیں بھیج دیں۔</translation>
    </message>
    <message>
        <source>Make a new key, then replace the old one here: on the first page choose &quot;Replace (rotate) a key I set up before&quot;.</source>
        <translation>نئی کلید بنائیں، پھر یہاں پرانی کلید کو اس سے بدل دیں: پہلے صفحے پر &quot;پہلے سے بنائی ہوئی کلید بدلیں&quot; منتخب کریں۔</translation>
    </message>
    <message>
        <source>Check that your account&apos;s two-factor sign-in and email address are still yours.</source>
        <translation>تسلی کر لیں کہ آپ کے اکاؤنٹ کی دو مرحلہ تصدیق (2FA) اور ای میل ایڈریس اب بھی آپ ہی کے ہیں۔</translation>
    </message>
    <message>
        <source>Why must withdrawals stay off?</source>
        <translation>رقم نکالنے (Withdrawals) کی اجازت کیوں بند رہنی چاہیے؟</translation>
    </message>
    <message>
        <source>A trading bot only buys and sells inside your account. With withdrawals off, even a stolen key cannot move your coins out.</source>
        <translation>ٹریڈنگ بوٹ صرف آپ کے اکاؤنٹ کے اندر خرید و فروخت کرتا ہے۔ رقم نکالنے کی اجازت بند ہو تو چوری شدہ کلید بھی آپ کے کوائنز باہر نہیں لے جا سکتی۔</translation>
    </message>
    <message>
        <source>Why limit the key to IP addresses?</source>
        <translation>کلید کو مخصوص IP ایڈریسز تک کیوں محدود کریں؟</translation>
    </message>
    <message>
        <source>The exchange then refuses the key from any other computer, so a copied key is useless to a thief.</source>
        <translation>اس کے بعد ایکسچینج کسی اور کمپیوٹر سے یہ کلید قبول نہیں کرتا، اس لیے کاپی کی ہوئی کلید چور کے کسی کام کی نہیں رہتی۔</translation>
    </message>
    <message>
        <source>I switched on futures or margin before. What now?</source>
        <translation>میں نے پہلے فیوچرز یا مارجن آن کیا تھا۔ اب کیا کروں؟</translation>
    </message>
    <message>
        <source>Close every open position, repay any loan, move the funds back to Spot, and close those accounts. Then make a new key: the old one may carry the old permissions.</source>
        <translation>ہر کھلی پوزیشن بند کریں، جو قرض ہو وہ ادا کریں، رقم واپس اسپاٹ (Spot) میں منتقل کریں اور وہ اکاؤنٹس بند کر دیں۔ پھر نئی کلید بنائیں: ہو سکتا ہے پرانی کلید میں پرانی اجازتیں باقی ہوں۔</translation>
    </message>
    <message>
        <source>How often should I replace the key?</source>
        <translation>کلید کتنے عرصے بعد بدلنی چاہیے؟</translation>
    </message>
    <message>
        <source>Every 90 days, or at once if you think it leaked. The wizard tells you when the date comes.</source>
        <translation>ہر 90 دن بعد، یا فوراً اگر آپ کو لگے کہ یہ لیک ہو گئی ہے۔ تاریخ آنے پر وزرڈ آپ کو بتا دے گا۔</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>Set up a trading key that can buy and sell, and nothing more.</source>
        <translation>ایسی ٹریڈنگ کلید بنائیں جو صرف خرید و فروخت کر سکے، اس سے زیادہ کچھ نہیں۔</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that only buys and sells coins you own, then asks the exchange what the key can really do.</source>
        <translation>ٹریڈنگ پروگرام کو آپ کے ایکسچینج اکاؤنٹ کی کلید چاہیے۔ یہ وزرڈ ایسی کلید بنانے میں مدد کرتا ہے جو صرف آپ کے اپنے سکے خریدے اور بیچے، اور پھر ایکسچینج سے پوچھتا ہے کہ کلید واقعی کیا کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that trades spot: buy and sell coins you own outright, with borrowing (riba), futures and other derivatives, and moving your money out switched off wherever the exchange lets you. Where it does not, the check says so plainly.</source>
        <translation>ٹریڈنگ پروگرام کو آپ کے ایکسچینج اکاؤنٹ کی ایک کلید چاہیے ہوتی ہے۔ یہ وزرڈ آپ کو ایسی کلید بنانے میں مدد دیتا ہے جو اسپاٹ ٹریڈنگ کرے: یعنی وہ کوائنز خریدے اور بیچے جو پوری طرح آپ کی ملکیت ہوں، اور جہاں جہاں ایکسچینج اس کی اجازت دے، وہاں سود (ربا) پر قرض لینا، فیوچرز اور دوسرے ڈیریویٹوز، اور آپ کی رقم باہر بھیجنا بند رہے۔ جہاں ایکسچینج یہ اجازت نہیں دیتا، وہاں جانچ صاف صاف بتا دیتی ہے۔</translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation>آخر میں وزرڈ ایکسچینج سے پوچھتا ہے کہ یہ کلید اصل میں کیا کچھ کر سکتی ہے، اور آپ کو دکھا دیتا ہے۔</translation>
    </message>
    <message>
        <source>Your key is checked. Here is what happens next.</source>
        <translation>آپ کی کلید کی جانچ ہو چکی ہے۔ آگے کیا ہو گا، وہ یہ ہے۔</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity.</source>
        <translation>جس کے قابو میں آپ کا اکاؤنٹ ہو، اس میں بنی ہر کلید بھی اسی کے قابو میں ہوتی ہے۔ دو چیزیں اس کی حفاظت کرتی ہیں: ہر سائن اِن پر آتھنٹیکیٹر ایپ کا کوڈ، اور تصدیق شدہ شناخت۔</translation>
    </message>
    <message>
        <source>Keep futures and margin off</source>
        <translation>فیوچرز اور مارجن بند رکھیں</translation>
    </message>
    <message>
        <source>Halal spot trading never needs them.</source>
        <translation>حلال اسپاٹ ٹریڈنگ میں ان کی کبھی ضرورت نہیں پڑتی۔</translation>
    </message>
    <message>
        <source>Futures, options and perpetual contracts are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba).</source>
        <translation>فیوچرز، آپشنز اور پرپیچوئل معاہدے (بغیر میعاد والے فیوچرز) ڈیریویٹوز ہیں: یعنی قیمت پر کیے گئے معاہدے، ایسے کوائنز نہیں جو آپ کی ملکیت ہوں۔ مارجن کا مطلب ہے سود (ربا) پر قرض لینا۔</translation>
    </message>
    <message>
        <source>I hold no futures, perpetual or options positions</source>
        <translation>میری فیوچرز، پرپیچوئل یا آپشنز کی کوئی پوزیشن کھلی نہیں</translation>
    </message>
    <message>
        <source>Name it so you recognise it later:</source>
        <translation>اسے ایسا نام دیں کہ بعد میں آپ اسے پہچان سکیں:</translation>
    </message>
    <message>
        <source>The secret is shown only once, right after the key is made. Keep that page open until this wizard has it.</source>
        <translation>خفیہ کلید صرف ایک بار دکھائی جاتی ہے، کلید بننے کے فوراً بعد۔ وہ صفحہ اس وقت تک کھلا رکھیں جب تک خفیہ کلید اس وزرڈ میں نہ آ جائے۔</translation>
    </message>
    <message>
        <source>Set the new key&apos;s boxes as shown here.</source>
        <translation>نئی کلید کے خانے ویسے ہی رکھیں جیسے یہاں دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <source>The key&apos;s boxes match the picture and are saved</source>
        <translation>کلید کے خانے تصویر کے مطابق ہیں اور محفوظ (Save) ہو چکے ہیں</translation>
    </message>
    <message>
        <source>Riba: some of these rewards are interest on a loan.</source>
        <translation>سود (ربا): ان میں سے کچھ منافع دراصل قرض پر ملنے والا سود ہیں۔</translation>
    </message>
    <message>
        <source>If you skip this, the key keeps working from anywhere, so anyone who copies it can use it.</source>
        <translation>اگر آپ یہ قدم چھوڑ دیں تو کلید ہر جگہ سے کام کرتی رہے گی، اس لیے جو بھی اسے کاپی کر لے وہ اسے استعمال کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>With the list set, a copied key is useless anywhere else.</source>
        <translation>فہرست مقرر ہو جانے کے بعد کاپی کی ہوئی کلید کہیں اور کسی کام کی نہیں رہتی۔</translation>
    </message>
    <message>
        <source>Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>کون سے ایڈریس درج کرنے ہیں، یہ آپ کی ٹریڈنگ سروس بتائے گی۔ اگر ابھی آپ کے پاس کوئی ایڈریس نہیں تو آپ آگے بڑھ سکتے ہیں: جانچ میں آپ کو خبردار کیا جائے گا اور آپ بعد میں ایڈریس شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Secure your Binance account</source>
        <translation>اپنا Binance اکاؤنٹ محفوظ بنائیں</translation>
    </message>
    <message>
        <source>Before making a key, make sure only you can sign in.</source>
        <translation>کلید بنانے سے پہلے یقینی بنائیں کہ آپ کے اکاؤنٹ میں صرف آپ ہی سائن اِن کر سکیں۔</translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity, which Binance needs before it allows keys.</source>
        <translation>جس کے قابو میں آپ کا اکاؤنٹ ہو، اس میں بنی ہر کلید بھی اسی کے قابو میں ہوتی ہے۔ دو چیزیں اس کی حفاظت کرتی ہیں: ہر سائن اِن پر آتھنٹیکیٹر ایپ کا کوڈ، اور تصدیق شدہ شناخت، جو Binance کلیدیں بنانے کی اجازت دینے سے پہلے مانگتا ہے۔</translation>
    </message>
    <message>
        <source>Two-factor sign-in uses an authenticator app (not SMS)</source>
        <translation>دو مرحلہ تصدیق (2FA) آتھنٹیکیٹر ایپ سے ہوتی ہے (SMS سے نہیں)</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Security, then Two-Factor Authentication. Choose Authenticator App and follow the steps. SMS codes can be stolen by taking over your phone number, so switch SMS off once the app works.</source>
        <translation>Binance پر: اپنا پروفائل آئیکن، پھر &quot;Security&quot; (سیکیورٹی)، پھر &quot;Two-Factor Authentication&quot; (دو مرحلہ تصدیق)۔ &quot;Authenticator App&quot; (آتھنٹیکیٹر ایپ) منتخب کریں اور بتائے گئے مراحل پورے کریں۔ کوئی آپ کا فون نمبر اپنے قبضے میں لے کر SMS کوڈ چرا سکتا ہے، اس لیے ایپ چل جانے کے بعد SMS بند کر دیں۔</translation>
    </message>
    <message>
        <source>My identity is verified on Binance</source>
        <translation>Binance پر میری شناخت کی تصدیق ہو چکی ہے</translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Identification. If it says Verified, you are done. If not, follow the steps there; it asks for an ID document. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Binance پر: اپنا پروفائل آئیکن، پھر &quot;Identification&quot; (شناخت)۔ اگر وہاں &quot;Verified&quot; (تصدیق شدہ) لکھا ہو تو یہ کام ہو چکا ہے۔ اگر نہیں، تو وہاں بتائے گئے مراحل پورے کریں؛ اس میں شناختی دستاویز (مثلاً شناختی کارڈ) مانگی جاتی ہے۔ اپنی شناخت کی تصدیق قانوناً ضروری ہے اور یہ حلال ٹریڈنگ کے خلاف نہیں۔</translation>
    </message>
    <message>
        <source>Leveraged tokens are derivatives too. On Binance each of these must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation>لیوریجڈ ٹوکنز بھی ڈیریویٹوز ہیں۔ Binance پر ان میں سے ہر ایک کو جان بوجھ کر کھولنا پڑتا ہے، اس لیے نئے اکاؤنٹ میں ان میں سے کوئی بھی نہیں ہوتا۔ انہیں بند ہی رہنے دیں۔</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Futures wallet, or it holds nothing</source>
        <translation>Wallet › Overview میں کوئی Futures والٹ نظر نہیں آتا، یا اس میں کچھ نہیں ہے</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one: tick this. If it is listed, close its positions and transfer its funds to Spot until it shows nothing.</source>
        <translation>Binance پر: &quot;Wallet&quot; (والٹ)، پھر &quot;Overview&quot; (خلاصہ)۔ اگر فہرست میں کوئی Futures والٹ نہیں تو اس کا مطلب ہے کہ آپ نے کبھی کھولا ہی نہیں: اس پر نشان لگا دیں۔ اگر فہرست میں Futures والٹ موجود ہے تو اس کی پوزیشنز بند کریں اور اس کی رقم اسپاٹ (Spot) میں منتقل کریں، یہاں تک کہ اس میں کچھ باقی نہ رہے۔</translation>
    </message>
    <message>
        <source>Wallet › Overview shows no Margin wallet, or it holds nothing</source>
        <translation>Wallet › Overview میں کوئی Margin والٹ نظر نہیں آتا، یا اس میں کچھ نہیں ہے</translation>
    </message>
    <message>
        <source>I never opened Options, Leveraged Tokens or Portfolio Margin</source>
        <translation>میں نے آپشنز، لیوریجڈ ٹوکنز یا پورٹ فولیو مارجن کبھی نہیں کھولے</translation>
    </message>
    <message>
        <source>On Binance, in your main account: profile icon, API Management, Create API.</source>
        <translation>Binance پر، اپنے مرکزی اکاؤنٹ میں: پروفائل آئیکن، &quot;API Management&quot; (API کا انتظام)، &quot;Create API&quot; (API بنائیں)۔</translation>
    </message>
    <message>
        <source>Make it in your main account: a sub-account&apos;s trading key can move that sub-account&apos;s funds to other accounts.</source>
        <translation>کلید اپنے مرکزی اکاؤنٹ میں بنائیں: ذیلی اکاؤنٹ (Sub-account) کی ٹریڈنگ والی کلید اس ذیلی اکاؤنٹ کی رقم دوسرے اکاؤنٹس میں منتقل کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Click Edit restrictions on the new key.</source>
        <translation>نئی کلید کے ساتھ &quot;Edit restrictions&quot; (پابندیوں میں تبدیلی) پر کلک کریں۔</translation>
    </message>
    <message>
        <source>Spot &amp; Margin Trading cannot trade on margin while the margin box is empty.</source>
        <translation>جب تک مارجن والا خانہ خالی ہو، &quot;Spot &amp; Margin Trading&quot; (اسپاٹ اور مارجن ٹریڈنگ) سے مارجن پر ٹریڈنگ نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Choose &quot;Restrict access to trusted IPs only&quot; and enter the addresses below.</source>
        <translation>&quot;Restrict access to trusted IPs only&quot; (صرف قابلِ اعتماد IP کو رسائی) منتخب کریں اور وہ ایڈریس درج کریں جو نیچے دیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation>اگر آپ نے پہلے ان میں سے کوئی کھولا تھا تو ہر پوزیشن بند کریں، جو قرض ہو وہ ادا کریں، اور رقم واپس اپنے اسپاٹ (Spot) والٹ میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation>Binance پر: &quot;Wallet&quot; (والٹ)، پھر &quot;Overview&quot; (خلاصہ)۔ اگر فہرست میں کوئی Margin والٹ نہیں تو اس کا مطلب ہے کہ آپ نے کبھی کھولا ہی نہیں: اس پر نشان لگا دیں۔ ورنہ Margin والٹ کا ہر قرض ادا کریں اور باقی رقم اسپاٹ (Spot) میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation>یہ Binance کی الگ سروسز ہیں جن کے لیے آپ کو خود سائن اپ کرنا پڑتا۔ اگر آپ نے کبھی ایسا نہیں کیا تو اس پر نشان لگا دیں۔</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Binance it also opens Simple Earn, staking and Crypto Loan, which no setting closes: the check will name them.</source>
        <translation>خرید و فروخت کے لیے ضروری ہے۔ Binance پر اس سے &quot;Simple Earn&quot; (سادہ بچت)، اسٹیکنگ اور &quot;Crypto Loan&quot; (کرپٹو قرض) کا راستہ بھی کھل جاتا ہے، جسے کوئی ترتیب بند نہیں کرتی: جانچ میں ان کا نام لے کر بتایا جائے گا۔</translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation>کلید بنائیں اور اس کا نام رکھیں</translation>
    </message>
    <message>
        <source>Binance offers two kinds of key. With &quot;System generated&quot;, Binance makes the key and its secret. With &quot;Self-generated&quot;, this computer makes a key pair and Binance gets only its public half: the safest choice. Choose one:</source>
        <translation>Binance دو طرح کی کلیدیں دیتا ہے۔ &quot;System generated&quot; (سسٹم کی بنائی ہوئی) میں Binance کلید اور اس کی خفیہ کلید خود بناتا ہے۔ &quot;Self-generated&quot; (خود بنائی ہوئی) میں یہ کمپیوٹر کلیدوں کا جوڑا بناتا ہے اور Binance کو صرف اس کا پبلک حصہ ملتا ہے: یہ سب سے محفوظ طریقہ ہے۔ ایک منتخب کریں:</translation>
    </message>
    <message>
        <source>Binance shows the secret only once, right after you confirm with your two-factor code. Keep that page open until this wizard has it.</source>
        <translation>Binance خفیہ کلید صرف ایک بار دکھاتا ہے، عین اس وقت جب آپ دو مرحلہ تصدیق کا کوڈ ڈال کر تصدیق کرتے ہیں۔ وہ صفحہ اس وقت تک کھلا رکھیں جب تک خفیہ کلید اس وزرڈ میں نہ آ جائے۔</translation>
    </message>
    <message>
        <source>I created the key and can see its API Key and Secret Key</source>
        <translation>میں نے کلید بنا لی ہے اور اس کی API کلید (API Key) اور خفیہ کلید (Secret Key) مجھے نظر آ رہی ہیں</translation>
    </message>
    <message>
        <source>API Management is in the menu under your profile icon at the top right of Binance&apos;s website. If Create API is greyed out, finish identity verification and switch on two-factor sign-in first.</source>
        <translation>&quot;API Management&quot; اس مینو میں ہے جو Binance کی ویب سائٹ پر اوپر دائیں کونے میں آپ کے پروفائل آئیکن کے نیچے کھلتا ہے۔ اگر &quot;Create API&quot; کا بٹن مدھم (بند) نظر آئے تو پہلے شناخت کی تصدیق مکمل کریں اور دو مرحلہ تصدیق آن کریں۔</translation>
    </message>
    <message>
        <source>Set the permissions</source>
        <translation>اجازتیں مقرر کریں</translation>
    </message>
    <message>
        <source>Edit restrictions is next to the key in API Management. If a box will not untick, save first and then edit again. If you cannot change the key, delete it and create a new one.</source>
        <translation>&quot;Edit restrictions&quot; کا بٹن &quot;API Management&quot; میں کلید کے ساتھ ہی ہوتا ہے۔ اگر کسی خانے سے نشان نہ ہٹے تو پہلے محفوظ (Save) کریں اور پھر دوبارہ تبدیلی کریں۔ اگر کلید میں تبدیلی نہ ہو سکے تو اسے حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>Allow only trusted addresses</source>
        <translation>صرف قابلِ اعتماد IP ایڈریسز کی اجازت دیں</translation>
    </message>
    <message>
        <source>Lock the key to the computers that will use it.</source>
        <translation>کلید کو صرف انہی کمپیوٹرز تک محدود کریں جو اسے استعمال کریں گے۔</translation>
    </message>
    <message>
        <source>If you skip this, Binance keeps the key but may switch its trading off after a while, and anyone who copies it can use it.</source>
        <translation>اگر آپ یہ قدم چھوڑ دیں تو Binance کلید تو رہنے دے گا، لیکن کچھ عرصے بعد اس کی ٹریڈنگ بند کر سکتا ہے، اور جو بھی اسے کاپی کر لے وہ اسے استعمال کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>To verify the key from this computer, its address must be on the list too.</source>
        <translation>اس کمپیوٹر سے کلید کی جانچ کرنے کے لیے اس کمپیوٹر کا IP ایڈریس بھی فہرست میں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>I restricted the key to trusted IP addresses</source>
        <translation>میں نے کلید کو قابلِ اعتماد IP ایڈریسز تک محدود کر دیا ہے</translation>
    </message>
    <message>
        <source>The choice is in Edit restrictions, under IP access restrictions. Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation>یہ انتخاب &quot;Edit restrictions&quot; میں &quot;IP access restrictions&quot; کے نیچے ہے۔ کون سے ایڈریس درج کرنے ہیں، یہ آپ کی ٹریڈنگ سروس بتائے گی۔ اگر ابھی آپ کے پاس کوئی ایڈریس نہیں تو آپ آگے بڑھ سکتے ہیں: جانچ میں آپ کو خبردار کیا جائے گا اور آپ بعد میں ایڈریس شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Enter the key</source>
        <translation>کلید درج کریں</translation>
    </message>
    <message>
        <source>Copy the API Key and the Secret Key from Binance into these fields.</source>
        <translation>Binance سے API کلید (API Key) اور خفیہ کلید (Secret Key) کاپی کر کے ان خانوں میں ڈالیں۔</translation>
    </message>
    <message>
        <source>Checking the key with Binance</source>
        <translation>Binance سے کلید کی جانچ</translation>
    </message>
    <message>
        <source>The wizard asks Binance what this key can do.</source>
        <translation>وزرڈ Binance سے پوچھتا ہے کہ یہ کلید کیا کچھ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Enable Reading</source>
        <translation>Enable Reading (پڑھنے کی اجازت)</translation>
    </message>
    <message>
        <source>Needed to see balances and orders.</source>
        <translation>بیلنس اور آرڈرز دیکھنے کے لیے ضروری ہے۔</translation>
    </message>
    <message>
        <source>Enable Spot &amp; Margin Trading</source>
        <translation>Enable Spot &amp; Margin Trading (اسپاٹ اور مارجن ٹریڈنگ)</translation>
    </message>
    <message>
        <source>Enable Margin Loan, Repay &amp; Transfer</source>
        <translation>Enable Margin Loan, Repay &amp; Transfer (مارجن قرض، ادائیگی اور منتقلی)</translation>
    </message>
    <message>
        <source>Riba: borrowing with interest.</source>
        <translation>سود (ربا): سود پر قرض لینا۔</translation>
    </message>
    <message>
        <source>Enable Futures</source>
        <translation>Enable Futures (فیوچرز)</translation>
    </message>
    <message>
        <source>Derivatives with leverage.</source>
        <translation>لیوریج (اپنی رقم سے کئی گنا بڑی ٹریڈنگ) والے ڈیریویٹوز۔</translation>
    </message>
    <message>
        <source>Enable Leveraged Tokens</source>
        <translation>Enable Leveraged Tokens (لیوریجڈ ٹوکنز)</translation>
    </message>
    <message>
        <source>Derivatives in disguise.</source>
        <translation>ٹوکن کی شکل میں چھپے ہوئے ڈیریویٹوز۔</translation>
    </message>
    <message>
        <source>Enable European Options</source>
        <translation>Enable European Options (یورپی آپشنز)</translation>
    </message>
    <message>
        <source>Derivatives.</source>
        <translation>ڈیریویٹوز۔</translation>
    </message>
    <message>
        <source>Enable Withdrawals</source>
        <translation>Enable Withdrawals (رقم نکالنا)</translation>
    </message>
    <message>
        <source>Custody: would let the key move your coins out.</source>
        <translation>آپ کی رقم کو خطرہ: اس سے کلید آپ کے کوائنز اکاؤنٹ سے باہر بھیج سکے گی۔</translation>
    </message>
    <message>
        <source>Permits Universal Transfer</source>
        <translation>Permits Universal Transfer (والٹس کے درمیان منتقلی)</translation>
    </message>
    <message>
        <source>Custody: moves funds between wallets.</source>
        <translation>آپ کی رقم کو خطرہ: والٹس کے درمیان رقم منتقل کرتی ہے۔</translation>
    </message>
    <message>
        <source>Enable Internal Transfer</source>
        <translation>Enable Internal Transfer (دوسرے اکاؤنٹس میں منتقلی)</translation>
    </message>
    <message>
        <source>Custody: moves funds to other accounts.</source>
        <translation>آپ کی رقم کو خطرہ: دوسرے اکاؤنٹس میں رقم بھیجتی ہے۔</translation>
    </message>
    <message>
        <source>Secure your Bybit account</source>
        <translation>اپنا Bybit اکاؤنٹ محفوظ بنائیں</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Account &amp; Security, then Google Authentication. Any authenticator app works with it. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Bybit پر: اپنا پروفائل آئیکن، پھر &quot;Account &amp; Security&quot; (اکاؤنٹ اور سیکیورٹی)، پھر &quot;Google Authentication&quot; (گوگل تصدیق)۔ اس کے ساتھ کوئی بھی آتھنٹیکیٹر ایپ کام کرتی ہے۔ ایپ چل جانے کے بعد SMS کوڈ استعمال کرنا چھوڑ دیں: کوئی آپ کا فون نمبر اپنے قبضے میں لے کر یہ کوڈ چرا سکتا ہے۔</translation>
    </message>
    <message>
        <source>My identity is verified on Bybit</source>
        <translation>Bybit پر میری شناخت کی تصدیق ہو چکی ہے</translation>
    </message>
    <message>
        <source>On Bybit: your profile icon, then Identity Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Bybit پر: اپنا پروفائل آئیکن، پھر &quot;Identity Verification&quot; (شناخت کی تصدیق)۔ اگر وہاں &quot;Verified&quot; (تصدیق شدہ) لکھا ہو تو یہ کام ہو چکا ہے؛ اگر نہیں، تو وہاں بتائے گئے مراحل پورے کریں۔ اپنی شناخت کی تصدیق قانوناً ضروری ہے اور یہ حلال ٹریڈنگ کے خلاف نہیں۔</translation>
    </message>
    <message>
        <source>Most Bybit accounts are now a Unified Trading Account: one wallet for spot and derivatives. There a new key may get derivatives permission unless you untick it, and with spot margin on, any spot order can borrow.</source>
        <translation>اب زیادہ تر Bybit اکاؤنٹس &quot;Unified Trading Account&quot; (یونیفائیڈ ٹریڈنگ اکاؤنٹ) ہیں: یعنی اسپاٹ اور ڈیریویٹوز دونوں کے لیے ایک ہی والٹ۔ ایسے اکاؤنٹ میں نئی کلید کو ڈیریویٹوز کی اجازت بھی مل سکتی ہے، جب تک آپ اس سے نشان نہ ہٹائیں؛ اور اگر اسپاٹ مارجن آن ہو تو ہر اسپاٹ آرڈر قرض لے سکتا ہے۔</translation>
    </message>
    <message>
        <source>Spot margin trading is switched off</source>
        <translation>اسپاٹ مارجن ٹریڈنگ بند ہے</translation>
    </message>
    <message>
        <source>On Bybit: open the spot trading page. If the Margin switch beside the order form is on, repay any loan, then switch it off. If you never activated spot margin, there is nothing to do: tick this.</source>
        <translation>Bybit پر: اسپاٹ ٹریڈنگ کا صفحہ کھولیں۔ اگر آرڈر فارم کے ساتھ &quot;Margin&quot; (مارجن) کا سوئچ آن ہو تو جو قرض ہو وہ ادا کریں، پھر اسے بند کر دیں۔ اگر آپ نے اسپاٹ مارجن کبھی شروع ہی نہیں کیا تو کچھ کرنے کی ضرورت نہیں: اس پر نشان لگا دیں۔</translation>
    </message>
    <message>
        <source>On Bybit: Assets, then your Unified Trading Account (or, on a classic account, Derivatives). Close every open position listed there and repay any loan.</source>
        <translation>Bybit پر: &quot;Assets&quot; (اثاثے)، پھر اپنا &quot;Unified Trading Account&quot; (یا پرانی طرز کے کلاسک اکاؤنٹ میں &quot;Derivatives&quot;)۔ وہاں درج ہر کھلی پوزیشن بند کریں اور جو قرض ہو وہ ادا کریں۔</translation>
    </message>
    <message>
        <source>On Bybit: profile icon, then API, then Create New Key.</source>
        <translation>Bybit پر: پروفائل آئیکن، پھر &quot;API&quot;، پھر &quot;Create New Key&quot; (نئی کلید بنائیں)۔</translation>
    </message>
    <message>
        <source>Choose &quot;System-generated API Keys&quot;, then &quot;API Transaction&quot;. Bybit makes the key and its secret.</source>
        <translation>&quot;System-generated API Keys&quot; (سسٹم کی بنائی ہوئی API کلیدیں) منتخب کریں، پھر &quot;API Transaction&quot; (API کے ذریعے ٹریڈنگ)۔ Bybit کلید اور اس کی خفیہ کلید خود بناتا ہے۔</translation>
    </message>
    <message>
        <source>I created the key and can see both the key and its secret</source>
        <translation>میں نے کلید بنا لی ہے اور مجھے کلید اور اس کی خفیہ کلید دونوں نظر آ رہی ہیں</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of Bybit&apos;s website. If Create New Key is greyed out, switch on two-factor sign-in first.</source>
        <translation>&quot;API&quot; اس مینو میں ہے جو Bybit کی ویب سائٹ پر اوپر دائیں کونے میں آپ کے پروفائل آئیکن کے نیچے کھلتا ہے۔ اگر &quot;Create New Key&quot; کا بٹن مدھم (بند) نظر آئے تو پہلے دو مرحلہ تصدیق آن کریں۔</translation>
    </message>
    <message>
        <source>Choose Read-Write, then tick only the boxes shown here.</source>
        <translation>&quot;Read-Write&quot; (پڑھنا اور لکھنا) منتخب کریں، پھر صرف انہی خانوں پر نشان لگائیں جو یہاں دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Edit is next to the key in Bybit&apos;s API list. If a box will not untick, or you saved it ticked, delete the key and create a new one.</source>
        <translation>&quot;Edit&quot; (تبدیلی) کا بٹن Bybit کی API فہرست میں کلید کے ساتھ ہی ہوتا ہے۔ اگر کسی خانے سے نشان نہ ہٹے، یا آپ نے اسے نشان کے ساتھ ہی محفوظ کر دیا ہو، تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>Bybit may tick the Contracts and Unified Trading boxes for you: untick them.</source>
        <translation>Bybit آپ کی جگہ &quot;Contracts&quot; (کنٹریکٹس) اور &quot;Unified Trading&quot; (یونیفائیڈ ٹریڈنگ) کے خانوں پر نشان لگا سکتا ہے: ان سے نشان ہٹا دیں۔</translation>
    </message>
    <message>
        <source>Choose to allow only listed IP addresses, and enter those below.</source>
        <translation>صرف درج کیے گئے IP ایڈریسز کی اجازت دینے کا انتخاب کریں، اور وہ ایڈریس درج کریں جو نیچے دیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>If you skip this, Bybit switches the key off 90 days after you made it, and until then anyone who copies it can use it.</source>
        <translation>اگر آپ یہ قدم چھوڑ دیں تو Bybit کلید بننے کے 90 دن بعد اسے بند کر دے گا، اور تب تک جو بھی اسے کاپی کر لے وہ اسے استعمال کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Copy the API key and its secret from Bybit into these fields.</source>
        <translation>Bybit سے API کلید (API Key) اور اس کی خفیہ کلید کاپی کر کے ان خانوں میں ڈالیں۔</translation>
    </message>
    <message>
        <source>Checking the key with Bybit</source>
        <translation>Bybit سے کلید کی جانچ</translation>
    </message>
    <message>
        <source>The wizard asks Bybit what this key can do.</source>
        <translation>وزرڈ Bybit سے پوچھتا ہے کہ یہ کلید کیا کچھ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Read-Write (پڑھنا اور لکھنا)</translation>
    </message>
    <message>
        <source>Needed to place orders: a Read-Only key cannot trade.</source>
        <translation>آرڈر لگانے کے لیے ضروری ہے: &quot;Read-Only&quot; (صرف پڑھنے والی) کلید ٹریڈنگ نہیں کر سکتی۔</translation>
    </message>
    <message>
        <source>SPOT: Trade</source>
        <translation>SPOT: Trade (اسپاٹ ٹریڈنگ)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On Bybit it also opens Crypto Loan, borrowing and lending, which no setting closes: the check will name it.</source>
        <translation>خرید و فروخت کے لیے ضروری ہے۔ Bybit پر اس سے &quot;Crypto Loan&quot; (کرپٹو قرض: قرض لینا اور قرض دینا) کا راستہ بھی کھل جاتا ہے، جسے کوئی ترتیب بند نہیں کرتی: جانچ میں اس کا نام لے کر بتایا جائے گا۔</translation>
    </message>
    <message>
        <source>Contracts: Orders, Positions</source>
        <translation>Contracts: Orders, Positions (کنٹریکٹس: آرڈرز، پوزیشنز)</translation>
    </message>
    <message>
        <source>Unified Trading: Trade</source>
        <translation>Unified Trading: Trade (یونیفائیڈ ٹریڈنگ: ٹریڈ)</translation>
    </message>
    <message>
        <source>USDC Contracts: Trade</source>
        <translation>USDC Contracts: Trade (USDC کنٹریکٹس: ٹریڈ)</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Earn (منافع کمانے کی سروسز)</translation>
    </message>
    <message>
        <source>Wallet: Withdrawal</source>
        <translation>Wallet: Withdrawal (والٹ: رقم نکالنا)</translation>
    </message>
    <message>
        <source>Wallet: Account Transfer</source>
        <translation>Wallet: Account Transfer (والٹ: اپنے اکاؤنٹس کے درمیان منتقلی)</translation>
    </message>
    <message>
        <source>Wallet: Subaccount Transfer</source>
        <translation>Wallet: Subaccount Transfer (والٹ: ذیلی اکاؤنٹس میں منتقلی)</translation>
    </message>
    <message>
        <source>Secure your Coinbase account</source>
        <translation>اپنا Coinbase اکاؤنٹ محفوظ بنائیں</translation>
    </message>
    <message>
        <source>On Coinbase: your profile icon, then Settings, then Security. Choose an authenticator app or a security key for 2-step verification. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>Coinbase پر: اپنا پروفائل آئیکن، پھر &quot;Settings&quot; (ترتیبات)، پھر &quot;Security&quot; (سیکیورٹی)۔ دو مرحلہ تصدیق (2-step verification) کے لیے آتھنٹیکیٹر ایپ یا سیکیورٹی کی (Security key، ایک چھوٹا حفاظتی آلہ) منتخب کریں۔ یہ چل جائے تو SMS کوڈ استعمال کرنا چھوڑ دیں: کوئی آپ کا فون نمبر اپنے قبضے میں لے کر یہ کوڈ چرا سکتا ہے۔</translation>
    </message>
    <message>
        <source>My identity is verified on Coinbase</source>
        <translation>Coinbase پر میری شناخت کی تصدیق ہو چکی ہے</translation>
    </message>
    <message>
        <source>Coinbase verifies your identity when you sign up, and asks again if something is missing. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Coinbase سائن اپ کے وقت ہی آپ کی شناخت کی تصدیق کر لیتا ہے، اور اگر کوئی چیز رہ گئی ہو تو دوبارہ مانگتا ہے۔ اپنی شناخت کی تصدیق قانوناً ضروری ہے اور یہ حلال ٹریڈنگ کے خلاف نہیں۔</translation>
    </message>
    <message>
        <source>Coinbase Advanced offers futures and perpetual contracts after a separate sign-up. Once you have signed up, a key that can trade may be able to use them, so do not sign up.</source>
        <translation>Coinbase Advanced الگ سے سائن اپ کرنے پر فیوچرز اور پرپیچوئل معاہدے پیش کرتا ہے۔ سائن اپ کر لینے کے بعد ٹریڈنگ والی کلید شاید انہیں بھی استعمال کر سکے، اس لیے سائن اپ نہ کریں۔</translation>
    </message>
    <message>
        <source>I never signed up for futures or perpetuals</source>
        <translation>میں نے فیوچرز یا پرپیچوئلز کے لیے کبھی سائن اپ نہیں کیا</translation>
    </message>
    <message>
        <source>In Coinbase Advanced, futures and perpetuals show as their own balance or portfolio. If you see none, tick this. If you have one, close its positions and move its funds back to spot.</source>
        <translation>Coinbase Advanced میں فیوچرز اور پرپیچوئلز اپنے الگ بیلنس یا پورٹ فولیو کی صورت میں نظر آتے ہیں۔ اگر آپ کو ایسا کچھ نظر نہ آئے تو اس پر نشان لگا دیں۔ اگر ہو تو اس کی پوزیشنز بند کریں اور اس کی رقم واپس اسپاٹ میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>I have no loan from Coinbase</source>
        <translation>میں نے Coinbase سے کوئی قرض نہیں لیا ہوا</translation>
    </message>
    <message>
        <source>In some countries Coinbase offers loans backed by your coins. They carry interest (riba): repay any loan before you go on.</source>
        <translation>کچھ ملکوں میں Coinbase آپ کے کوائنز کی ضمانت پر قرض دیتا ہے۔ ان پر سود (ربا) لگتا ہے: آگے بڑھنے سے پہلے جو بھی قرض ہو وہ ادا کر دیں۔</translation>
    </message>
    <message>
        <source>On the Coinbase Developer Platform: API Keys, then Create API key.</source>
        <translation>Coinbase کے &quot;Developer Platform&quot; (ڈویلپر پلیٹ فارم) پر: &quot;API Keys&quot; (API کلیدیں)، پھر &quot;Create API key&quot; (API کلید بنائیں)۔</translation>
    </message>
    <message>
        <source>Sign in there with your Coinbase account. Under Advanced settings choose ECDSA, unless your trading program asks for Ed25519.</source>
        <translation>وہاں اپنے Coinbase اکاؤنٹ سے سائن اِن کریں۔ &quot;Advanced settings&quot; (اضافی ترتیبات) کے نیچے ECDSA منتخب کریں، سوائے اس کے کہ آپ کا ٹریڈنگ پروگرام Ed25519 مانگے۔</translation>
    </message>
    <message>
        <source>Under IP allowlist, enter the addresses below.</source>
        <translation>&quot;IP allowlist&quot; (اجازت یافتہ IP ایڈریسز کی فہرست) میں وہ ایڈریس درج کریں جو نیچے دیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Coinbase shows the private key only once, and offers it as a JSON file to download. Keep that page open, or the file, until this wizard has it; then delete the file.</source>
        <translation>Coinbase پرائیویٹ کلید صرف ایک بار دکھاتا ہے، اور اسے JSON فائل کی صورت میں ڈاؤن لوڈ کرنے کا موقع دیتا ہے۔ وہ صفحہ کھلا رکھیں، یا فائل سنبھال کر رکھیں، جب تک پرائیویٹ کلید اس وزرڈ میں نہ آ جائے؛ اس کے بعد فائل حذف کر دیں۔</translation>
    </message>
    <message>
        <source>I created the key and can see its name and private key</source>
        <translation>میں نے کلید بنا لی ہے اور مجھے اس کا نام اور پرائیویٹ کلید نظر آ رہی ہے</translation>
    </message>
    <message>
        <source>Open portal.cdp.coinbase.com and sign in with your Coinbase account; some accounts find keys under coinbase.com/settings/api instead. If the private key is lost, delete the key and create a new one.</source>
        <translation>portal.cdp.coinbase.com کھولیں اور اپنے Coinbase اکاؤنٹ سے سائن اِن کریں؛ کچھ اکاؤنٹس میں کلیدیں اس کے بجائے coinbase.com/settings/api پر ملتی ہیں۔ اگر پرائیویٹ کلید گم ہو گئی ہو تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>Under API restrictions, choose your spot portfolio (usually Default) and tick View and Trade. Never pick a perpetuals portfolio.</source>
        <translation>&quot;API restrictions&quot; (API کی پابندیاں) کے نیچے اپنا اسپاٹ پورٹ فولیو منتخب کریں (عام طور پر &quot;Default&quot;) اور &quot;View&quot; (دیکھنا) اور &quot;Trade&quot; (ٹریڈ) پر نشان لگائیں۔ پرپیچوئلز والا پورٹ فولیو کبھی منتخب نہ کریں۔</translation>
    </message>
    <message>
        <source>If a box or the portfolio is wrong and you cannot change it, delete the key and create a new one.</source>
        <translation>اگر کوئی خانہ یا پورٹ فولیو غلط ہو اور آپ اسے بدل نہ سکیں تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>Copy the key&apos;s name and its private key from Coinbase into these fields.</source>
        <translation>Coinbase سے کلید کا نام اور اس کی پرائیویٹ کلید کاپی کر کے ان خانوں میں ڈالیں۔</translation>
    </message>
    <message>
        <source>Checking the key with Coinbase</source>
        <translation>Coinbase سے کلید کی جانچ</translation>
    </message>
    <message>
        <source>The wizard asks Coinbase what this key can do.</source>
        <translation>وزرڈ Coinbase سے پوچھتا ہے کہ یہ کلید کیا کچھ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Portfolio: Default</source>
        <translation>Portfolio: Default (پورٹ فولیو: ڈیفالٹ)</translation>
    </message>
    <message>
        <source>The key works only in the portfolio chosen here.</source>
        <translation>کلید صرف اسی پورٹ فولیو میں کام کرتی ہے جو یہاں منتخب کیا جائے۔</translation>
    </message>
    <message>
        <source>Portfolio: Perpetuals</source>
        <translation>Portfolio: Perpetuals (پورٹ فولیو: پرپیچوئلز)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View (دیکھنا)</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade (خرید و فروخت)</translation>
    </message>
    <message>
        <source>Needed to buy and sell.</source>
        <translation>خرید و فروخت کے لیے ضروری ہے۔</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer (رقم کی منتقلی)</translation>
    </message>
    <message>
        <source>Secure your Kraken account</source>
        <translation>اپنا Kraken اکاؤنٹ محفوظ بنائیں</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Security. Turn on two-factor sign-in with an authenticator app or a security key.</source>
        <translation>Kraken پر: اپنا پروفائل آئیکن، پھر &quot;Settings&quot; (ترتیبات)، پھر &quot;Security&quot; (سیکیورٹی)۔ آتھنٹیکیٹر ایپ یا سیکیورٹی کی (Security key، ایک چھوٹا حفاظتی آلہ) کے ذریعے دو مرحلہ تصدیق آن کریں۔</translation>
    </message>
    <message>
        <source>My identity is verified on Kraken</source>
        <translation>Kraken پر میری شناخت کی تصدیق ہو چکی ہے</translation>
    </message>
    <message>
        <source>On Kraken: your profile icon, then Settings, then Verification. If it is not done, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>Kraken پر: اپنا پروفائل آئیکن، پھر &quot;Settings&quot; (ترتیبات)، پھر &quot;Verification&quot; (تصدیق)۔ اگر تصدیق ابھی نہیں ہوئی تو وہاں بتائے گئے مراحل پورے کریں۔ اپنی شناخت کی تصدیق قانوناً ضروری ہے اور یہ حلال ٹریڈنگ کے خلاف نہیں۔</translation>
    </message>
    <message>
        <source>On Kraken margin belongs to the account, not to the key. If your account may trade on margin, any key that places orders can borrow. Kraken Futures is a separate platform with keys of its own.</source>
        <translation>Kraken پر مارجن کا تعلق اکاؤنٹ سے ہے، کلید سے نہیں۔ اگر آپ کے اکاؤنٹ کو مارجن پر ٹریڈنگ کی اجازت ہو تو آرڈر لگانے والی ہر کلید قرض لے سکتی ہے۔ Kraken Futures ایک الگ پلیٹ فارم ہے جس کی اپنی الگ کلیدیں ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>Kraken Pro lists margin positions under Positions: close any you find. When you trade by hand, leave leverage at &quot;None&quot;.</source>
        <translation>&quot;Kraken Pro&quot; میں مارجن پوزیشنز &quot;Positions&quot; (پوزیشنز) کے نیچے دکھائی جاتی ہیں: جو بھی ملے اسے بند کر دیں۔ جب آپ خود ٹریڈ کریں تو لیوریج کو &quot;None&quot; (کوئی نہیں) پر ہی رہنے دیں۔</translation>
    </message>
    <message>
        <source>I have no open positions on Kraken Futures</source>
        <translation>Kraken Futures پر میری کوئی کھلی پوزیشن نہیں</translation>
    </message>
    <message>
        <source>If you never opened Kraken Futures, tick this. Otherwise close its positions and move its funds back to your spot balance.</source>
        <translation>اگر آپ نے Kraken Futures کبھی نہیں کھولا تو اس پر نشان لگا دیں۔ ورنہ اس کی پوزیشنز بند کریں اور اس کی رقم واپس اپنے اسپاٹ بیلنس میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>On Kraken: profile icon, then Settings, then API, then Create API key.</source>
        <translation>Kraken پر: پروفائل آئیکن، پھر &quot;Settings&quot; (ترتیبات)، پھر &quot;API&quot;، پھر &quot;Create API key&quot; (API کلید بنائیں)۔</translation>
    </message>
    <message>
        <source>Kraken makes the key and its secret, which Kraken calls the private key.</source>
        <translation>Kraken کلید اور اس کی خفیہ کلید خود بناتا ہے؛ Kraken خفیہ کلید کو &quot;Private key&quot; (پرائیویٹ کلید) کہتا ہے۔</translation>
    </message>
    <message>
        <source>Use this key in one program only. When two programs share a key, Kraken refuses some of their requests.</source>
        <translation>یہ کلید صرف ایک پروگرام میں استعمال کریں۔ جب دو پروگرام ایک ہی کلید استعمال کریں تو Kraken ان کی کچھ درخواستیں قبول نہیں کرتا۔</translation>
    </message>
    <message>
        <source>I created the key and can see its API key and private key</source>
        <translation>میں نے کلید بنا لی ہے اور مجھے اس کی API کلید اور پرائیویٹ کلید نظر آ رہی ہیں</translation>
    </message>
    <message>
        <source>API is in Settings, under your profile icon. If you closed the page before copying the private key, delete the key and create a new one.</source>
        <translation>&quot;API&quot; آپ کے پروفائل آئیکن کے نیچے &quot;Settings&quot; (ترتیبات) میں ہے۔ اگر آپ نے پرائیویٹ کلید کاپی کرنے سے پہلے صفحہ بند کر دیا تھا تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>Needed to buy and sell. Where your account may use margin, it can also borrow, and no setting of the key stops that.</source>
        <translation>خرید و فروخت کے لیے ضروری ہے۔ اگر آپ کے اکاؤنٹ کو مارجن استعمال کرنے کی اجازت ہو تو اس سے قرض بھی لیا جا سکتا ہے، اور کلید کی کوئی ترتیب اسے نہیں روکتی۔</translation>
    </message>
    <message>
        <source>Leave &quot;Nonce window&quot; as it is, unless your trading program asks for a number: it lets requests arrive slightly out of order.</source>
        <translation>&quot;Nonce window&quot; (درخواستوں کی ترتیب میں گنجائش) جیسا ہے ویسا ہی رہنے دیں، سوائے اس کے کہ آپ کا ٹریڈنگ پروگرام کوئی عدد مانگے: اس سے درخواستیں تھوڑی آگے پیچھے پہنچیں تو بھی قبول ہو جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Kraken Pro&apos;s Positions tab is empty</source>
        <translation>&quot;Kraken Pro&quot; میں &quot;Positions&quot; (پوزیشنز) کا ٹیب خالی ہے</translation>
    </message>
    <message>
        <source>Leave Query Funds empty: with it a key can move funds into a Futures wallet.</source>
        <translation>&quot;Query Funds&quot; (رقم دیکھنا) کا خانہ خالی چھوڑ دیں: اس اجازت والی کلید رقم فیوچرز والٹ میں منتقل کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>To change a key later, open it in Kraken&apos;s API list. If you are unsure what it allows, delete it and create a new one.</source>
        <translation>بعد میں کلید کی ترتیبات بدلنی ہوں تو اسے Kraken کی API فہرست میں کھولیں۔ اگر آپ کو یقین نہ ہو کہ یہ کن کاموں کی اجازت دیتی ہے تو اسے حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address settings, enter the addresses below.</source>
        <translation>کلید کی IP ایڈریس والی ترتیبات میں وہ ایڈریس درج کریں جو نیچے دیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Copy the API key and the private key from Kraken into these fields.</source>
        <translation>Kraken سے API کلید اور پرائیویٹ کلید کاپی کر کے ان خانوں میں ڈالیں۔</translation>
    </message>
    <message>
        <source>Checking the key with Kraken</source>
        <translation>Kraken سے کلید کی جانچ</translation>
    </message>
    <message>
        <source>The wizard asks Kraken what this key can do.</source>
        <translation>وزرڈ Kraken سے پوچھتا ہے کہ یہ کلید کیا کچھ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Query Funds</source>
        <translation>Query Funds (رقم دیکھنا)</translation>
    </message>
    <message>
        <source>Kraken lets a key with it move funds into a Kraken Futures wallet. Without it the wizard cannot show your balances; orders, trades and the ledger stay readable.</source>
        <translation>اس اجازت والی کلید کو Kraken رقم Kraken Futures والٹ میں منتقل کرنے دیتا ہے۔ اس کے بغیر وزرڈ آپ کا بیلنس نہیں دکھا سکتا؛ آرڈرز، ٹریڈز اور لیجر پھر بھی پڑھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Query Open Orders &amp; Trades</source>
        <translation>Query Open Orders &amp; Trades (کھلے آرڈرز اور ٹریڈز دیکھنا)</translation>
    </message>
    <message>
        <source>Query Closed Orders &amp; Trades</source>
        <translation>Query Closed Orders &amp; Trades (بند آرڈرز اور ٹریڈز دیکھنا)</translation>
    </message>
    <message>
        <source>Query Ledger Entries</source>
        <translation>Query Ledger Entries (لیجر کے اندراجات دیکھنا)</translation>
    </message>
    <message>
        <source>Create &amp; Modify Orders</source>
        <translation>Create &amp; Modify Orders (آرڈر بنانا اور بدلنا)</translation>
    </message>
    <message>
        <source>Cancel/Close Orders</source>
        <translation>Cancel/Close Orders (آرڈر منسوخ یا بند کرنا)</translation>
    </message>
    <message>
        <source>Needed to cancel orders.</source>
        <translation>آرڈر منسوخ کرنے کے لیے ضروری ہے۔</translation>
    </message>
    <message>
        <source>Deposit Funds</source>
        <translation>Deposit Funds (رقم جمع کرانا)</translation>
    </message>
    <message>
        <source>Not needed for trading.</source>
        <translation>ٹریڈنگ کے لیے ضروری نہیں۔</translation>
    </message>
    <message>
        <source>Withdraw Funds</source>
        <translation>Withdraw Funds (رقم نکالنا)</translation>
    </message>
    <message>
        <source>Secure your OKX account</source>
        <translation>اپنا OKX اکاؤنٹ محفوظ بنائیں</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Security, then Authenticator app. Follow the steps. Once it works, stop using SMS codes: they can be stolen by taking over your phone number.</source>
        <translation>OKX پر: اپنا پروفائل آئیکن، پھر &quot;Security&quot; (سیکیورٹی)، پھر &quot;Authenticator app&quot; (آتھنٹیکیٹر ایپ)۔ بتائے گئے مراحل پورے کریں۔ ایپ چل جانے کے بعد SMS کوڈ استعمال کرنا چھوڑ دیں: کوئی آپ کا فون نمبر اپنے قبضے میں لے کر یہ کوڈ چرا سکتا ہے۔</translation>
    </message>
    <message>
        <source>My identity is verified on OKX</source>
        <translation>OKX پر میری شناخت کی تصدیق ہو چکی ہے</translation>
    </message>
    <message>
        <source>On OKX: your profile icon, then Verification. If it says Verified, you are done; if not, follow the steps there. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation>OKX پر: اپنا پروفائل آئیکن، پھر &quot;Verification&quot; (تصدیق)۔ اگر وہاں &quot;Verified&quot; (تصدیق شدہ) لکھا ہو تو یہ کام ہو چکا ہے؛ اگر نہیں، تو وہاں بتائے گئے مراحل پورے کریں۔ اپنی شناخت کی تصدیق قانوناً ضروری ہے اور یہ حلال ٹریڈنگ کے خلاف نہیں۔</translation>
    </message>
    <message>
        <source>On OKX the account mode decides what your account can do. Only Spot mode is spot-only. &quot;Spot and futures&quot; (also called Futures mode), &quot;Multi-currency margin&quot; and &quot;Portfolio margin&quot; all allow borrowing and derivatives.</source>
        <translation>OKX پر اکاؤنٹ کا موڈ طے کرتا ہے کہ آپ کا اکاؤنٹ کیا کچھ کر سکتا ہے۔ صرف &quot;Spot mode&quot; (اسپاٹ موڈ) ہی میں اکاؤنٹ صرف اسپاٹ تک محدود رہتا ہے۔ &quot;Spot and futures&quot; (اسپاٹ اور فیوچرز، جسے &quot;Futures mode&quot; بھی کہا جاتا ہے)، &quot;Multi-currency margin&quot; (کئی کرنسیوں والا مارجن) اور &quot;Portfolio margin&quot; (پورٹ فولیو مارجن)، ان سب میں قرض لینے اور ڈیریویٹوز کی اجازت ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Even in Spot mode OKX lets you buy options: never do, they are derivatives.</source>
        <translation>&quot;Spot mode&quot; میں بھی OKX آپ کو آپشنز خریدنے دیتا ہے: ایسا کبھی نہ کریں، یہ ڈیریویٹوز ہیں۔</translation>
    </message>
    <message>
        <source>My account mode is Spot mode</source>
        <translation>میرے اکاؤنٹ کا موڈ &quot;Spot mode&quot; ہے</translation>
    </message>
    <message>
        <source>On OKX: open the trading page, then its settings (the gear icon), then Account mode. Choose Spot mode and confirm. OKX refuses the switch while you hold positions, loans or open orders: close and repay them first.</source>
        <translation>OKX پر: ٹریڈنگ کا صفحہ کھولیں، پھر اس کی ترتیبات (گیئر والا آئیکن)، پھر &quot;Account mode&quot; (اکاؤنٹ موڈ)۔ &quot;Spot mode&quot; منتخب کریں اور تصدیق کریں۔ جب تک آپ کی کوئی پوزیشن، قرض یا کھلا آرڈر موجود ہو، OKX موڈ بدلنے نہیں دیتا: پہلے پوزیشنز اور آرڈرز بند کریں اور قرض ادا کریں۔</translation>
    </message>
    <message>
        <source>On OKX: Assets, then your trading account. If positions or loans are listed, close and repay them, then switch to Spot mode.</source>
        <translation>OKX پر: &quot;Assets&quot; (اثاثے)، پھر اپنا ٹریڈنگ اکاؤنٹ۔ اگر وہاں پوزیشنز یا قرض نظر آئیں تو پوزیشنز بند کریں اور قرض ادا کریں، پھر &quot;Spot mode&quot; پر آ جائیں۔</translation>
    </message>
    <message>
        <source>On OKX: profile icon, then API, then Create API key.</source>
        <translation>OKX پر: پروفائل آئیکن، پھر &quot;API&quot;، پھر &quot;Create API key&quot; (API کلید بنائیں)۔</translation>
    </message>
    <message>
        <source>Choose &quot;API trading&quot;. You also choose a passphrase: a password for this key only.</source>
        <translation>&quot;API trading&quot; (API کے ذریعے ٹریڈنگ) منتخب کریں۔ آپ ایک پاس فریز بھی چنیں گے: یعنی صرف اسی کلید کا پاس ورڈ۔</translation>
    </message>
    <message>
        <source>In Spot mode, Trade cannot borrow. The check names what else it reaches.</source>
        <translation>&quot;Spot mode&quot; میں &quot;Trade&quot; (خرید و فروخت) سے قرض نہیں لیا جا سکتا۔ یہ کن اور چیزوں تک پہنچتا ہے، جانچ انہیں بتا دیتی ہے۔</translation>
    </message>
    <message>
        <source>In the key&apos;s IP address field, enter the addresses below.</source>
        <translation>کلید کے IP ایڈریس والے خانے میں وہ ایڈریس درج کریں جو نیچے دیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Write the passphrase down now: OKX cannot show it again, and the wizard needs it.</source>
        <translation>پاس فریز ابھی کہیں لکھ لیں: OKX اسے دوبارہ نہیں دکھا سکتا، اور وزرڈ کو اس کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>I created the key and have its API key, secret key and passphrase</source>
        <translation>میں نے کلید بنا لی ہے اور اس کی API کلید، خفیہ کلید اور پاس فریز میرے پاس ہیں</translation>
    </message>
    <message>
        <source>API is in the menu under your profile icon at the top right of OKX&apos;s website. If you lost the secret key or the passphrase, delete the key and create a new one.</source>
        <translation>&quot;API&quot; اس مینو میں ہے جو OKX کی ویب سائٹ پر اوپر دائیں کونے میں آپ کے پروفائل آئیکن کے نیچے کھلتا ہے۔ اگر خفیہ کلید یا پاس فریز آپ کے پاس نہیں رہا تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>Open the key in OKX&apos;s API list and choose Edit. If Withdraw is ticked and will not untick, delete the key and create a new one.</source>
        <translation>OKX کی API فہرست میں کلید کھولیں اور &quot;Edit&quot; (تبدیلی) منتخب کریں۔ اگر &quot;Withdraw&quot; (رقم نکالنا) پر نشان لگا ہو اور ہٹ نہ رہا ہو تو کلید حذف کر کے نئی کلید بنائیں۔</translation>
    </message>
    <message>
        <source>If you leave the field empty, OKX may delete the key once it has gone 14 days unused, and until then anyone who copies it can use it.</source>
        <translation>اگر آپ یہ خانہ خالی چھوڑ دیں تو کلید 14 دن تک استعمال نہ ہونے پر OKX اسے حذف کر سکتا ہے، اور تب تک جو بھی اسے کاپی کر لے وہ اسے استعمال کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Copy the API key, the secret key and your passphrase into these fields.</source>
        <translation>API کلید، خفیہ کلید اور اپنا پاس فریز کاپی کر کے ان خانوں میں ڈالیں۔</translation>
    </message>
    <message>
        <source>Checking the key with OKX</source>
        <translation>OKX سے کلید کی جانچ</translation>
    </message>
    <message>
        <source>The wizard asks OKX what this key can do.</source>
        <translation>وزرڈ OKX سے پوچھتا ہے کہ یہ کلید کیا کچھ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read (پڑھنا)</translation>
    </message>
    <message>
        <source>Needed to buy and sell. On OKX it also opens Earn, Flexible Loan and moves between your own accounts, which no setting closes: the check will name them.</source>
        <translation>خرید و فروخت کے لیے ضروری ہے۔ OKX پر اس سے &quot;Earn&quot; (منافع کمانے کی سروسز)، &quot;Flexible Loan&quot; (لچکدار قرض) اور آپ کے اپنے اکاؤنٹس کے درمیان رقم کی منتقلی کا راستہ بھی کھل جاتا ہے، جسے کوئی ترتیب بند نہیں کرتی: جانچ میں ان کا نام لے کر بتایا جائے گا۔</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw (رقم نکالنا)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&amp;Replace my key now</source>
        <translation>میری کلید ابھی &amp;بدلیں</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>سوالات</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند &amp;کریں</translation>
    </message>
    <message>
        <source>Replace your key now?</source>
        <translation>اپنی کلید ابھی بدلیں؟</translation>
    </message>
    <message>
        <source>The wizard starts again at its first page, for a new key. What you entered on the pages so far is forgotten.</source>
        <translation>وزرڈ نئی کلید کے لیے اپنے پہلے صفحے سے دوبارہ شروع ہوتا ہے۔ اب تک صفحات پر جو درج کیا وہ بھول جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>IP</name>
    <message>
        <source>the practice trading service</source>
        <translation>مشق کی ٹریڈنگ سروس</translation>
    </message>
    <message>
        <source>Addresses of {service} to allow:</source>
        <translation>{service} کے وہ IP ایڈریس جن کی اجازت دینی ہے:</translation>
    </message>
    <message>
        <source>Addresses to allow (one per line):</source>
        <translation>جن IP ایڈریسز کی اجازت دینی ہے (ہر سطر میں ایک):</translation>
    </message>
    <message>
        <source>Addresses to allow</source>
        <translation>جن IP ایڈریسز کی اجازت دینی ہے</translation>
    </message>
    <message>
        <source>&amp;Copy the addresses</source>
        <translation>ایڈریس &amp;کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Find this computer&apos;s address…</source>
        <translation>اس کمپیوٹر کا ایڈریس &amp;تلاش کریں…</translation>
    </message>
    <message>
        <source>&amp;QR codes for a phone</source>
        <translation>فون کے لیے &amp;QR کوڈ</translation>
    </message>
    <message>
        <source>The addresses, for a phone</source>
        <translation>ایڈریس، فون سے اسکین کرنے کے لیے</translation>
    </message>
    <message>
        <source>The API key page on {exchange}</source>
        <translation>{exchange} پر API کلیدوں کا صفحہ</translation>
    </message>
    <message>
        <source>If the list holds only the trading service&apos;s addresses, checking the key from this computer ends with &quot;The exchange did not accept this key&quot;. For the check, add this computer&apos;s address too, or check the key from the service.</source>
        <translation>اگر فہرست میں صرف ٹریڈنگ سروس کے ایڈریس ہوں تو اس کمپیوٹر سے کلید کی جانچ کا نتیجہ &quot;ایکسچینج نے یہ کلید قبول نہیں کی&quot; ہو گا۔ جانچ کے لیے اس کمپیوٹر کا ایڈریس بھی شامل کریں، یا کلید کی جانچ ٹریڈنگ سروس سے کریں۔</translation>
    </message>
    <message>
        <source>The trading computer or service has no fixed address</source>
        <translation>ٹریڈنگ کرنے والے کمپیوٹر یا سروس کا کوئی مستقل ایڈریس نہیں ہے</translation>
    </message>
    <message>
        <source>Then leave the list empty on {exchange}. The key works from anywhere, so anyone who copies it can use it too; the check marks it as not restricted and says what that means on {exchange}. Add the address when you have one.</source>
        <translation>تو {exchange} پر فہرست خالی چھوڑ دیں۔ کلید ہر جگہ سے کام کرتی ہے، اس لیے جو بھی اسے کاپی کرے وہ بھی استعمال کر سکتا ہے؛ جانچ اسے غیر محدود کے طور پر نشان زد کرتی ہے اور بتاتی ہے کہ {exchange} پر اس کا کیا مطلب ہے۔ پتہ ملنے پر اسے شامل کریں۔</translation>
    </message>
    <message>
        <source>Find this computer&apos;s address?</source>
        <translation>اس کمپیوٹر کا ایڈریس تلاش کریں؟</translation>
    </message>
    <message>
        <source>To find it, the wizard asks an outside service ({service}), which then sees this computer&apos;s address. You can also type the address yourself. Ask the service?</source>
        <translation>ایڈریس معلوم کرنے کے لیے وزرڈ ایک بیرونی سروس ({service}) سے پوچھتا ہے، اور وہ سروس اس کمپیوٹر کا ایڈریس دیکھ لیتی ہے۔ آپ ایڈریس خود بھی لکھ سکتے ہیں۔ کیا سروس سے پوچھا جائے؟</translation>
    </message>
    <message>
        <source>This computer&apos;s address could not be found (no connection to the service). Type it yourself: a search for &quot;what is my IP&quot; in your browser shows it.</source>
        <translation>اس کمپیوٹر کا ایڈریس معلوم نہیں ہو سکا (سروس سے رابطہ نہیں ہوا)۔ اسے خود لکھیں: اپنے براؤزر میں &quot;what is my IP&quot; تلاش کریں تو ایڈریس نظر آ جائے گا۔</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>{exchange} makes the key (&quot;System generated&quot;)</source>
        <translation>{exchange} کلید بناتا ہے (&quot;System generated&quot; — سسٹم کی بنائی ہوئی)</translation>
    </message>
    <message>
        <source>This computer makes a key pair (safest)</source>
        <translation>یہ کمپیوٹر کلیدوں کا جوڑا بناتا ہے (سب سے محفوظ)</translation>
    </message>
    <message>
        <source>On {exchange} choose &quot;Self-generated&quot; and paste the public key made here.</source>
        <translation>{exchange} پر &quot;Self-generated&quot; (خود بنائی ہوئی) منتخب کریں اور یہاں بنائی گئی پبلک کلید پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>The private key is made here and goes straight into your computer&apos;s keychain: it never leaves this computer. {exchange} gets only the public key below. On {exchange} choose &quot;Self-generated&quot;, paste the public key, and {exchange} shows the API Key: later you enter only that.</source>
        <translation>پرائیویٹ کلید یہیں بنتی ہے اور سیدھی آپ کے کمپیوٹر کے کی چین میں چلی جاتی ہے: یہ کبھی اس کمپیوٹر سے باہر نہیں جاتی۔ {exchange} کو صرف نیچے دی گئی پبلک کلید ملتی ہے۔ {exchange} پر &quot;Self-generated&quot; (خود بنائی ہوئی) منتخب کریں، پبلک کلید پیسٹ کریں، پھر {exchange} آپ کو API کلید (API Key) دکھائے گا: بعد میں آپ صرف وہی درج کریں گے۔</translation>
    </message>
    <message>
        <source>&amp;Make my key pair</source>
        <translation>کلیدوں کا جوڑا &amp;بنائیں</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>پبلک کلید</translation>
    </message>
    <message>
        <source>Copy the &amp;public key</source>
        <translation>پب&amp;لک کلید کاپی کریں</translation>
    </message>
    <message>
        <source>Export the private key…</source>
        <translation>پرائیویٹ کلید فائل میں ایکسپورٹ کریں…</translation>
    </message>
    <message>
        <source>Practice: the public key was pasted into the practice exchange for you, and its API Key is filled in on the &quot;Enter the key&quot; page.</source>
        <translation>مشق: پبلک کلید آپ کی جگہ مشق والے ایکسچینج میں پیسٹ کر دی گئی ہے، اور اس کی API کلید &quot;کلید درج کریں&quot; والے صفحے پر بھر دی گئی ہے۔</translation>
    </message>
    <message>
        <source>Putting the private key into the keychain…</source>
        <translation>پرائیویٹ کلید کی چین میں رکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>The private key is in your keychain. Paste the public key into {exchange}.</source>
        <translation>پرائیویٹ کلید آپ کے کی چین میں محفوظ ہے۔ اب پبلک کلید {exchange} میں پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>The key pair could not be kept.</source>
        <translation>کلیدوں کا جوڑا محفوظ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation>پرائیویٹ کلید فائل میں ایکسپورٹ کریں؟</translation>
    </message>
    <message>
        <source>Whoever has this file can trade with your key. Keep it only on a drive you control, never in email, chat or cloud storage. The wizard does not need it: the key is already in your keychain.</source>
        <translation>جس کے پاس بھی یہ فائل ہو، وہ آپ کی کلید سے ٹریڈنگ کر سکتا ہے۔ اسے صرف ایسی ڈرائیو پر رکھیں جو آپ کے اپنے قبضے میں ہو؛ کبھی ای میل، چیٹ یا کلاؤڈ اسٹوریج میں نہ رکھیں۔ وزرڈ کو اس فائل کی ضرورت نہیں: کلید پہلے ہی آپ کے کی چین میں موجود ہے۔</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>پرائیویٹ کلید محفوظ کریں</translation>
    </message>
    <message>
        <source>Private key (*.pem)</source>
        <translation>پرائیویٹ کلید (*.pem)</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Key {label} no longer works</source>
        <translation>کلید {label} اب کام نہیں کر رہی</translation>
    </message>
    <message>
        <source>{exchange} no longer accepts this key. A bot using it cannot trade or close its orders: set up a new key with Halal Key Wizard.</source>
        <translation>{exchange} اب یہ کلید قبول نہیں کرتا۔ جو بوٹ اسے استعمال کرتا ہے وہ نہ ٹریڈنگ کر سکتا ہے اور نہ اپنے آرڈرز بند کر سکتا ہے: Halal Key Wizard سے نئی کلید تیار کریں۔</translation>
    </message>
    <message>
        <source>Key {label}: a new warning</source>
        <translation>کلید {label}: نیا انتباہ</translation>
    </message>
    <message>
        <source>The check found something new about this key. Open Halal Key Wizard and verify it to read what and how to fix it.</source>
        <translation>جانچ میں اس کلید کے بارے میں کوئی نئی بات ملی ہے۔ Halal Key Wizard کھول کر کلید کی جانچ کریں، تاکہ آپ پڑھ سکیں کہ کیا ملا ہے اور اسے کیسے ٹھیک کرنا ہے۔</translation>
    </message>
    <message>
        <source>Key {label} changed</source>
        <translation>کلید {label} میں تبدیلی</translation>
    </message>
    <message>
        <source>Something about this key changed on {exchange} since the last check.</source>
        <translation>پچھلی جانچ کے بعد سے {exchange} پر اس کلید سے متعلق کوئی چیز بدل گئی ہے۔</translation>
    </message>
    <message>
        <source>Key {label} stops trading soon</source>
        <translation>کلید {label} کی ٹریڈنگ جلد بند ہو جائے گی</translation>
    </message>
    <message>
        <source>{exchange} switches this key&apos;s trading off within 14 days.</source>
        <translation>{exchange} اس کلید کی ٹریڈنگ 14 دن کے اندر بند کر دے گا۔</translation>
    </message>
    <message>
        <source>Time to replace key {label}</source>
        <translation>کلید {label} کو بدلنے کا وقت آ گیا ہے</translation>
    </message>
    <message>
        <source>Its replace-by date has come or is near: make a new key and replace it.</source>
        <translation>اس کلید کو بدلنے کی تاریخ آ گئی ہے یا قریب ہے: نئی کلید بنائیں اور پرانی کلید کو اس سے بدل دیں۔</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why?</source>
        <translation>کیوں؟</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Picture of the permission panel</source>
        <translation>اجازتوں والے پینل کی تصویر</translation>
    </message>
    <message>
        <source>Tick only these:</source>
        <translation>صرف ان خانوں پر نشان لگائیں:</translation>
    </message>
    <message>
        <source>Leave these empty:</source>
        <translation>ان خانوں کو خالی چھوڑ دیں:</translation>
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
        <translation>صرف اسپاٹ، IP تک محدود (سب سے محفوظ کلید)</translation>
    </message>
    <message>
        <source>Withdrawals switched on</source>
        <translation>رقم نکالنے کی اجازت آن</translation>
    </message>
    <message>
        <source>Unified account default: derivatives on</source>
        <translation>یونیفائیڈ اکاؤنٹ کی ابتدائی ترتیب: ڈیریویٹوز آن</translation>
    </message>
    <message>
        <source>Spot margin switched on, with a loan</source>
        <translation>اسپاٹ مارجن آن، ایک قرض کے ساتھ</translation>
    </message>
    <message>
        <source>No IP restriction, expires in 10 days</source>
        <translation>IP کی کوئی پابندی نہیں، 10 دن میں ختم ہو جائے گی</translation>
    </message>
    <message>
        <source>An answer without its IP list</source>
        <translation>ایسا جواب جس میں IP فہرست نہیں</translation>
    </message>
    <message>
        <source>Refused for this region</source>
        <translation>اس علاقے کے لیے نامنظور</translation>
    </message>
    <message>
        <source>Futures switched on</source>
        <translation>فیوچرز آن</translation>
    </message>
    <message>
        <source>Margin switched on, with a loan open</source>
        <translation>مارجن آن، اور ایک قرض باقی</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>IP کی کوئی پابندی نہیں</translation>
    </message>
    <message>
        <source>Options activated on the account</source>
        <translation>اکاؤنٹ میں آپشنز آن</translation>
    </message>
    <message>
        <source>Spot only, but a Flexible Loan is open</source>
        <translation>صرف اسپاٹ، لیکن ایک Flexible Loan (لچکدار قرض) کھلا ہے</translation>
    </message>
    <message>
        <source>Options and transfers switched on</source>
        <translation>آپشنز اور رقم کی منتقلی آن</translation>
    </message>
    <message>
        <source>Earn switched on</source>
        <translation>Earn (منافع کمانے کی سروسز) کی اجازت آن</translation>
    </message>
    <message>
        <source>Spot only, but a Crypto Loan is open</source>
        <translation>صرف اسپاٹ، لیکن ایک Crypto Loan (کرپٹو قرض) کھلا ہے</translation>
    </message>
    <message>
        <source>A permission the wizard does not know</source>
        <translation>ایسی اجازت جسے وزرڈ نہیں پہچانتا</translation>
    </message>
    <message>
        <source>Query Funds switched on (can move funds to Futures)</source>
        <translation>Query Funds آن (رقم فیوچرز والٹ میں منتقل کر سکتی ہے)</translation>
    </message>
    <message>
        <source>No IP restriction, 120 days old</source>
        <translation>IP کی کوئی پابندی نہیں، 120 دن پرانی</translation>
    </message>
    <message>
        <source>Used by another program</source>
        <translation>کوئی اور پروگرام اسے استعمال کر چکا ہے</translation>
    </message>
    <message>
        <source>Key details unavailable (slower check)</source>
        <translation>کلید کی تفصیلات دستیاب نہیں (آہستہ جانچ)</translation>
    </message>
    <message>
        <source>Read only (cannot trade)</source>
        <translation>صرف دیکھنے والی (ٹریڈنگ نہیں کر سکتی)</translation>
    </message>
    <message>
        <source>Reading switched off</source>
        <translation>پڑھنے (Reading) کی اجازت بند</translation>
    </message>
    <message>
        <source>Self-generated Ed25519 key, spot only</source>
        <translation>خود بنائی گئی Ed25519 کلید، صرف اسپاٹ</translation>
    </message>
    <message>
        <source>An answer without the withdrawal switch</source>
        <translation>ایسا جواب جس میں رقم نکالنے کی اجازت کا ذکر نہیں</translation>
    </message>
    <message>
        <source>A switch the wizard does not know, turned on</source>
        <translation>ایسا سوئچ جسے وزرڈ نہیں پہچانتا، آن</translation>
    </message>
    <message>
        <source>Refused where it is asked from</source>
        <translation>جہاں سے پوچھا گیا، وہاں کے لیے نامنظور</translation>
    </message>
    <message>
        <source>Restricted to another computer&apos;s address</source>
        <translation>کسی اور کمپیوٹر کے IP ایڈریس تک محدود</translation>
    </message>
    <message>
        <source>Spot only, but this computer&apos;s clock is 2.5 s slow</source>
        <translation>صرف اسپاٹ، لیکن اس کمپیوٹر کی گھڑی 2.5 سیکنڈ پیچھے ہے</translation>
    </message>
    <message>
        <source>Ed25519 key, spot only</source>
        <translation>Ed25519 کلید، صرف اسپاٹ</translation>
    </message>
    <message>
        <source>Trade key on a perpetuals (INTX) portfolio</source>
        <translation>پرپیچوئلز (INTX) پورٹ فولیو پر ٹریڈ والی کلید</translation>
    </message>
    <message>
        <source>Spot only, with hundreds of wallets</source>
        <translation>صرف اسپاٹ، سینکڑوں والٹس کے ساتھ</translation>
    </message>
    <message>
        <source>PRACTICE: a pretend exchange. Nothing here touches your real account or keychain.</source>
        <translation>مشق: فرضی ایکسچینج۔ یہاں کچھ بھی آپ کے اصل اکاؤنٹ یا کی چین کو نہیں چھوتا۔</translation>
    </message>
    <message>
        <source>A bot that traded spot only</source>
        <translation>ایک بوٹ جس نے صرف اسپاٹ ٹریڈنگ کی</translation>
    </message>
    <message>
        <source>A bot that borrowed on margin</source>
        <translation>ایک بوٹ جس نے مارجن پر قرض لیا</translation>
    </message>
    <message>
        <source>A bot that put coins in Earn</source>
        <translation>ایک بوٹ جس نے سکے Earn میں رکھے</translation>
    </message>
    <message>
        <source>A bot that traded futures</source>
        <translation>ایک بوٹ جس نے فیوچرز کی ٹریڈنگ کی</translation>
    </message>
    <message>
        <source>A bot that moved coins to futures</source>
        <translation>ایک بوٹ جس نے سکے فیوچرز میں منتقل کیے</translation>
    </message>
    <message>
        <source>A bot that withdrew coins</source>
        <translation>ایک بوٹ جس نے سکے نکالے</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Simple Earn, staking and Dual Investment</source>
        <translation>Simple Earn, اسٹیکنگ اور Dual Investment</translation>
    </message>
    <message>
        <source>Crypto Loan</source>
        <translation>Crypto Loan</translation>
    </message>
    <message>
        <source>Margin special key</source>
        <translation>مارجن کی خصوصی کلید</translation>
    </message>
    <message>
        <source>Cross and isolated margin</source>
        <translation>کراس اور آئسولیٹڈ مارجن</translation>
    </message>
    <message>
        <source>USD-M and COIN-M futures, portfolio margin</source>
        <translation>USD-M اور COIN-M فیوچرز, پورٹ فولیو مارجن</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>آپشنز</translation>
    </message>
    <message>
        <source>Withdrawals and gift cards</source>
        <translation>رقم نکالنا اور گفٹ کارڈز</translation>
    </message>
    <message>
        <source>Universal transfer between wallets</source>
        <translation>والیٹس کے درمیان یونیورسل منتقلی</translation>
    </message>
    <message>
        <source>Transfers between master and sub-accounts</source>
        <translation>ماسٹر اور ذیلی اکاؤنٹس کے درمیان منتقلی</translation>
    </message>
    <message>
        <source>Spot margin</source>
        <translation>Spot مارجن</translation>
    </message>
    <message>
        <source>Derivatives: perpetuals and futures</source>
        <translation>ڈیریویٹوز: پرپیچوئلز اور فیوچرز</translation>
    </message>
    <message>
        <source>USDC contracts: options and USDC perpetuals</source>
        <translation>USDC کنٹریکٹس: آپشنز اور USDC پرپیچوئلز</translation>
    </message>
    <message>
        <source>Block trades (RFQ)</source>
        <translation>بلاک ٹریڈز (RFQ)</translation>
    </message>
    <message>
        <source>Earn and Advanced Earn (incl. Smart Leverage, Dual Asset)</source>
        <translation>Earn اور Advanced Earn (بشمول Smart Leverage, Dual Asset)</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>رقم نکالنا</translation>
    </message>
    <message>
        <source>Transfers between wallets and sub-accounts</source>
        <translation>والیٹس اور ذیلی اکاؤنٹس کے درمیان منتقلی</translation>
    </message>
    <message>
        <source>Creating keys and sub-accounts</source>
        <translation>کیز اور ذیلی اکاؤنٹس بنانا</translation>
    </message>
    <message>
        <source>P2P, Bybit Pay, fiat convert, Bybit Card</source>
        <translation>P2P, Bybit Pay, فیاٹ کنورژن, Bybit Card</translation>
    </message>
    <message>
        <source>US futures, perpetuals and Coinbase&apos;s derivatives exchange</source>
        <translation>امریکی فیوچرز, پرپیچوئلز اور Coinbase کا ڈیریویٹوز ایکسچینج</translation>
    </message>
    <message>
        <source>Sends, withdrawals and moves between portfolios</source>
        <translation>بھیجنا, رقم نکالنا اور پورٹ فولیوز کے درمیان منتقلی</translation>
    </message>
    <message>
        <source>Margin trading (orders with leverage)</source>
        <translation>مارجن ٹریڈنگ (لیوریج کے ساتھ آرڈرز)</translation>
    </message>
    <message>
        <source>WalletTransfer to a Kraken Futures wallet</source>
        <translation>Kraken Futures والیٹ میں WalletTransfer</translation>
    </message>
    <message>
        <source>Earn (staking and rewards)</source>
        <translation>Earn (اسٹیکنگ اور انعامات)</translation>
    </message>
    <message>
        <source>Withdrawals and sub-account transfers</source>
        <translation>رقم نکالنا اور ذیلی اکاؤنٹس میں منتقلی</translation>
    </message>
    <message>
        <source>Kraken Futures</source>
        <translation>Kraken Futures</translation>
    </message>
    <message>
        <source>Simple Earn, staking and other Earn products</source>
        <translation>Simple Earn, اسٹیکنگ اور دیگر Earn پروڈکٹس</translation>
    </message>
    <message>
        <source>Flexible Loan</source>
        <translation>Flexible Loan</translation>
    </message>
    <message>
        <source>Funds transfer</source>
        <translation>فنڈز کی منتقلی</translation>
    </message>
    <message>
        <source>Borrowing in Spot mode</source>
        <translation>Spot موڈ میں قرض لینا</translation>
    </message>
    <message>
        <source>Futures, multi-currency and portfolio margin modes</source>
        <translation>فیوچرز, ملٹی کرنسی اور پورٹ فولیو مارجن موڈز</translation>
    </message>
</context>
<context>
    <name>QR</name>
    <message>
        <source>Too much to fit in one QR code: use the text beside it.</source>
        <translation>ایک QR کوڈ میں اتنا مواد نہیں سما سکتا: ساتھ لکھا ہوا متن استعمال کریں۔</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR کوڈ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>See balances, orders and trades. Needed.</source>
        <translation>بیلنس، آرڈرز اور ٹریڈز دیکھنا۔ ضروری۔</translation>
    </message>
    <message>
        <source>Buy and sell coins you own. Needed by a bot.</source>
        <translation>اپنی ملکیت کے کوائنز خریدنا اور بیچنا۔ بوٹ کے لیے ضروری۔</translation>
    </message>
    <message>
        <source>Borrow to trade, with interest (riba). Never.</source>
        <translation>ٹریڈنگ کے لیے سود (ربا) پر قرض لینا۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Derivative contracts with leverage. Never.</source>
        <translation>لیوریج والے ڈیریویٹو معاہدے۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Derivative contracts. Never.</source>
        <translation>ڈیریویٹو معاہدے۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Send coins out of the exchange. Never.</source>
        <translation>کوائنز ایکسچینج سے باہر بھیجنا۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Move funds to other accounts. Never.</source>
        <translation>رقم دوسرے اکاؤنٹس میں منتقل کرنا۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Move funds between wallets. Never.</source>
        <translation>رقم والٹس کے درمیان منتقل کرنا۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Savings, staking or lending for interest (riba). Never.</source>
        <translation>سود (ربا) کے لیے بچت، اسٹیکنگ یا قرض دینا۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Borrow through a loan product, with interest (riba). Never.</source>
        <translation>قرض کی کسی سروس کے ذریعے سود (ربا) پر قرض لینا۔ کبھی نہیں۔</translation>
    </message>
    <message>
        <source>Refused from any other address. Recommended.</source>
        <translation>کسی اور ایڈریس سے استعمال نہیں ہو سکتی۔ تجویز کردہ۔</translation>
    </message>
    <message>
        <source>Margin account open</source>
        <translation>مارجن اکاؤنٹ کھلا ہے</translation>
    </message>
    <message>
        <source>Futures account open</source>
        <translation>فیوچرز اکاؤنٹ کھلا ہے</translation>
    </message>
    <message>
        <source>Options account open</source>
        <translation>آپشنز اکاؤنٹ کھلا ہے</translation>
    </message>
    <message>
        <source>Portfolio margin switched on</source>
        <translation>پورٹ فولیو مارجن آن ہے</translation>
    </message>
    <message>
        <source>A margin loan is owed now</source>
        <translation>اس وقت مارجن قرض باقی ہے</translation>
    </message>
    <message>
        <source>Derivatives positions open</source>
        <translation>ڈیریویٹوز کی پوزیشنز کھلی ہیں</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>سنگین</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>a secret shared with the exchange (HMAC)</source>
        <translation>ایکسچینج کے ساتھ مشترک خفیہ کلید (HMAC)</translation>
    </message>
    <message>
        <source>a key pair: the exchange holds only its public half (Ed25519)</source>
        <translation>کلیدوں کا جوڑا: ایکسچینج کے پاس صرف اس کا پبلک حصہ ہے (Ed25519)</translation>
    </message>
    <message>
        <source>a key pair made by the exchange (ECDSA)</source>
        <translation>ایکسچینج کا بنایا ہوا کلیدوں کا جوڑا (ECDSA)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Key verification report</source>
        <translation>کلید کی جانچ کی رپورٹ</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>ایکسچینج</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>کلید کی قسم</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>جانچ کا وقت</translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>کلید کیا کر سکتی ہے</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>کوئی مسئلہ نہیں ملا۔</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>چیک لسٹ کے جوابات</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON twin:</source>
        <translation>ساتھ والی JSON فائل کا SHA-256:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Choose a name of 1 to 64 letters, digits, spaces or signs other than : / \, for example HalalSpot-2026-11-21.</source>
        <translation>1 سے 64 حروف، ہندسوں، خالی جگہوں یا : / \ کے علاوہ علامتوں کا نام چنیں، مثلاً HalalSpot-2026-11-21۔</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key: deleting a shared key on the exchange would stop both.</source>
        <translation>یہ کلید پہلے ہی &quot;{label}&quot; کے نام سے محفوظ ہے۔ ہر پروگرام کو اس کی اپنی الگ کلید دیں: ایکسچینج پر مشترکہ کلید حذف کرنے سے دونوں پروگرام رک جائیں گے۔</translation>
    </message>
    <message>
        <source>A key named &quot;{label}&quot; is stored already. Choose another name, or replace that key with rotation.</source>
        <translation>&quot;{label}&quot; نام کی ایک کلید پہلے سے محفوظ ہے۔ کوئی اور نام چنیں، یا &quot;پہلے سے بنائی ہوئی کلید بدلیں&quot; کے ذریعے اس کلید کو بدل دیں۔</translation>
    </message>
    <message>
        <source>This key was not stored: it can do something a spot-only key must not. Fix the findings marked critical, then try again.</source>
        <translation>یہ کلید محفوظ نہیں کی گئی: یہ کچھ ایسا کر سکتی ہے جو صرف اسپاٹ والی کلید کو ہرگز نہیں کرنا چاہیے۔ جن نکات پر سنگین خطرے کا نشان ہے انہیں ٹھیک کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This is the key that is stored already. Make a new key on the exchange and enter that one.</source>
        <translation>یہ وہی کلید ہے جو پہلے سے محفوظ ہے۔ ایکسچینج پر نئی کلید بنائیں اور وہ یہاں درج کریں۔</translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key.</source>
        <translation>یہ کلید پہلے ہی &quot;{label}&quot; کے نام سے محفوظ ہے۔ ہر پروگرام کو اس کی اپنی الگ کلید دیں۔</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The key&apos;s permissions</source>
        <translation>کلید کی اجازتیں</translation>
    </message>
    <message>
        <source>Your account&apos;s settings</source>
        <translation>آپ کے اکاؤنٹ کی ترتیبات</translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation>اسپاٹ بیلنس</translation>
    </message>
    <message>
        <source>Margin loans</source>
        <translation>مارجن قرض</translation>
    </message>
    <message>
        <source>Loans open on the account</source>
        <translation>اکاؤنٹ میں کھلے قرض</translation>
    </message>
    <message>
        <source>The funding wallet</source>
        <translation>فنڈنگ والٹ (Funding wallet)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>اس کمپیوٹر کی گھڑی</translation>
    </message>
    <message>
        <source>&amp;Enter a new key</source>
        <translation>نئی کلید &amp;درج کریں</translation>
    </message>
    <message>
        <source>Critical: {finding}</source>
        <translation>سنگین: {finding}</translation>
    </message>
    <message>
        <source>On {exchange}, change the boxes framed in red and save:</source>
        <translation>{exchange} پر وہ خانے بدلیں جن کے گرد سرخ فریم ہے، اور محفوظ (Save) کریں:</translation>
    </message>
    <message>
        <source>Untick:</source>
        <translation>نشان ہٹائیں:</translation>
    </message>
    <message>
        <source>Tick:</source>
        <translation>نشان لگائیں:</translation>
    </message>
    <message>
        <source>Read the account</source>
        <translation>اکاؤنٹ پڑھنا</translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation>اسپاٹ ٹریڈنگ</translation>
    </message>
    <message>
        <source>Margin (borrowing)</source>
        <translation>مارجن (قرض لینا)</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>فیوچرز</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>آپشنز</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>رقم نکالنا</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>دوسرے اکاؤنٹس میں منتقلی</translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation>والٹس کے درمیان منتقلی</translation>
    </message>
    <message>
        <source>Earn (interest)</source>
        <translation>Earn (سود)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>قرض</translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation>صرف قابلِ اعتماد IP تک محدود</translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation>ایکسچینج سے پوچھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>I changed it — &amp;verify again</source>
        <translation>میں نے بدل دیا ہے — دوبارہ &amp;جانچیں</translation>
    </message>
    <message>
        <source>Where to check: </source>
        <translation>کہاں جانچیں: </translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation>کلید کیا کچھ کر سکتی ہے</translation>
    </message>
    <message>
        <source>off, checked by you</source>
        <translation>بند، آپ نے خود جانچا</translation>
    </message>
    <message>
        <source>not reported by the exchange</source>
        <translation>ایکسچینج نے نہیں بتایا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>The exchange shows nothing dangerous switched on. Read the notes below before you use this key.</source>
        <translation>ایکسچینج کے مطابق کوئی خطرناک چیز آن نہیں ہے۔ یہ کلید استعمال کرنے سے پہلے نیچے دیے گئے نکات پڑھ لیں۔</translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is marked critical on the exchange, then verify again.</source>
        <translation>خطرناک: یہ کلید محفوظ نہیں کی جائے گی۔ جن چیزوں پر «سنگین» کا نشان ہے، انہیں ایکسچینج پر بدلیں، پھر دوبارہ جانچ کریں۔</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>yes, and no setting stops it</source>
        <translation>ہاں، اور کوئی ترتیب اسے نہیں روکتی</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>ہاں!</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>نہیں!</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;دوبارہ کوشش</translation>
    </message>
    <message>
        <source>Safe: this key is spot-only.</source>
        <translation>خطرے سے پاک: یہ کلید صرف اسپاٹ ٹریڈنگ کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>حل: </translation>
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
        <translation>کلید بنی: {date} ({days} دن پہلے)</translation>
    </message>
    <message>
        <source>{exchange} does not tell when a key was made: replace it 90 days after you made it. When you save it, the wizard counts from today.</source>
        <translation>{exchange} یہ نہیں بتاتا کہ کلید کب بنی: کلید بنانے کے 90 دن بعد اسے بدل دیں۔ جب آپ اسے محفوظ کریں گے تو وزرڈ آج سے دن گننا شروع کرے گا۔</translation>
    </message>
    <message>
        <source>Replace it by: {date}</source>
        <translation>اس تاریخ تک بدل دیں: {date}</translation>
    </message>
    <message>
        <source>Clock difference: {ms} ms</source>
        <translation>گھڑی کا فرق: {ms} ملی سیکنڈ</translation>
    </message>
    <message>
        <source>Spot balances: {balances}</source>
        <translation>اسپاٹ بیلنس: {balances}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>ایکسچینج</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>&amp;ایکسچینج:</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>آپ کیا کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Set up a new key</source>
        <translation>نئی کلید &amp;تیار کریں</translation>
    </message>
    <message>
        <source>&amp;Replace (rotate) a key I set up before</source>
        <translation>پہلے سے بنائی ہوئی کلید &amp;بدلیں</translation>
    </message>
    <message>
        <source>Replacing skips the account checks you did the first time. Do it every 90 days, or at once if the key may have leaked.</source>
        <translation>کلید بدلتے وقت اکاؤنٹ کی وہ جانچ دوبارہ نہیں ہوتی جو آپ پہلی بار کر چکے ہیں۔ کلید ہر 90 دن بعد بدلیں، یا فوراً اگر اس کے لیک ہونے کا خدشہ ہو۔</translation>
    </message>
    <message>
        <source>Back to my real acc&amp;ount</source>
        <translation>اصل اکاؤنٹ پر &amp;واپس جائیں</translation>
    </message>
    <message>
        <source>&amp;Practise on a pretend exchange</source>
        <translation>پہلے &amp;فرضی ایکسچینج پر آزمائیں</translation>
    </message>
    <message>
        <source>Check what my bot &amp;did…</source>
        <translation>جانچیں کہ میرے بوٹ نے کیا &amp;کیا…</translation>
    </message>
    <message>
        <source>The key to replace</source>
        <translation>جو کلید بدلنی ہے</translation>
    </message>
    <message>
        <source>{label} ({exchange}, key {key}, {days} days old, replace by {due})</source>
        <translation>{label} ({exchange}، کلید {key}، {days} دن پرانی، {due} تک بدلیں)</translation>
    </message>
    <message>
        <source>No key is stored on this computer yet, so there is nothing to replace. Choose &quot;Set up a new key&quot;.</source>
        <translation>اس کمپیوٹر پر ابھی کوئی کلید محفوظ نہیں، اس لیے بدلنے کو کچھ نہیں ہے۔ &quot;نئی کلید بنائیں&quot; منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;پیچھے</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>آ&amp;گے &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;ختم کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>{app} — Practice</source>
        <translation>{app} — مشق</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>وزرڈ چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>What you entered on these pages is forgotten, and no key is stored. A key you already made on the exchange stays there until you delete it.</source>
        <translation>ان صفحات پر جو درج کیا وہ بھول جاتا ہے، اور کوئی کلید محفوظ نہیں ہوتی۔ ایکسچینج پر بنائی ہوئی کلید وہاں رہتی ہے جب تک آپ اسے حذف نہ کریں۔</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;چھوڑ دیں</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;رکیں</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>مرحلہ {number} از {total}</translation>
    </message>
</context>
</TS>
