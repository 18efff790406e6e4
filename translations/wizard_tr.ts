<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>Checklist</name>
    <message>
        <source>I can&apos;t find this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each one when it is true:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>Name for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;reminder to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now retire the old key on the exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange confirmed that this key can only read and trade spot. Replace it by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: nothing was saved. With a real key, the secret goes into your computer&apos;s keychain and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in your computer&apos;s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {keychain} under the name &quot;{item}&quot; (service halal-key-wizard). The secret is nowhere else on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open API Management on the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Find {key} by its name or its last four characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Delete it. Only the new key works from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enter</name>
    <message>
        <source>Choose a practice key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice keys fill in both fields for you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Hold the Show button to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces and line breaks that come along when pasting are removed. The secret stays in this window until it is saved in your computer&apos;s keychain; it is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a private key, which belongs in the secret field. Put the API Key here: the one Binance shows in the key&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API Key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key. The secret of a self-generated key is its private key: the file that begins with BEGIN PRIVATE KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is incomplete: copy everything from BEGIN PRIVATE KEY to END PRIVATE KEY, both lines included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private key is not an unencrypted Ed25519 key. Binance&apos;s key generator makes the right kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Secret Key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is the same as the key. Copy the Secret Key from Binance; it is a different text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} has characters it never contains: {chars}. It is only {alphabet}; copy it again without anything around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is {expected} characters long, but this has {actual}. Part of it may be missing; copy it again, all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The exchange did not accept this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret does not match the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange has blocked this address for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange is having trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not connect to {exchange}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every program its own key. Make a new key for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange gave an answer we do not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install or start the system keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain stayed locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain was not unlocked, so nothing was read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again and unlock the keychain when it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain said: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key with that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored under the name &quot;{label}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;halal-key-wizard list&quot; to see the names of stored keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Can withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can trade futures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch futures trading off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can borrow (margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can trade options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can trade options, which are derivatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch options trading off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can move funds between wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch universal transfer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can transfer to other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can transfer funds to other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch internal transfer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {exchange}, edit this key and switch reading on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable from any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever gets hold of this key can use it from any computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to replace this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading stops soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exchange} will switch off trading for this key on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin is open on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives are open on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A margin loan is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives positions are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the positions and move the funds back to your Spot wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>My key may have leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exchange yourself: type its address or use its app. Do not follow a link from an email or a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to API Management and delete the key. It stops working at once, wherever it was copied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look through your open orders and recent trades for anything you did not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something is wrong, contact the exchange&apos;s support and send them the times and order numbers you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key and replace the old one here with &quot;Rotate my key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your account&apos;s two-factor sign-in and email address are still yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must withdrawals stay off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trading bot only buys and sells inside your account. With withdrawals off, even a stolen key cannot move your coins out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why limit the key to IP addresses?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange then refuses the key from any other computer, so a copied key is useless to a thief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I switched on futures or margin before. What now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every open position, repay any loan, move the funds back to Spot, and close those accounts. Then make a new key: the old one may carry the old permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often should I replace the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 90 days, or at once if you think it leaked. The wizard tells you when the date comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a trading key that can buy and sell, and nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trading program needs a key to your exchange account. This wizard helps you make one that can only trade spot: buy and sell coins you own outright. It will not be able to borrow (riba), trade futures or other derivatives, or move your money out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end the wizard asks the exchange what the key can really do, and shows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure your Binance account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before making a key, make sure only you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever controls your account controls every key made in it. Two things protect it: a code from an authenticator app at every sign-in, and a verified identity, which Binance needs before it allows keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in uses an authenticator app (not SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Security, then Two-Factor Authentication. Choose Authenticator App and follow the steps. SMS codes can be stolen by taking over your phone number, so switch SMS off once the app works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My identity is verified on Binance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Binance: your profile icon, then Identification. If it says Verified, you are done. If not, follow the steps there; it asks for an ID document. Verifying who you are is required by law and is not in conflict with halal trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep futures and margin switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are account features you never need for halal spot trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Futures, options and leveraged tokens are derivatives: contracts on a price, not coins you own. Margin is borrowing with interest (riba). On Binance each must be opened on purpose, so a new account has none of them. Leave them closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you opened one before: close every position, repay any loan, and move the funds back to your Spot wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no futures account, or it is empty with no open positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. If no Futures wallet is listed, you never opened one and there is nothing to do: tick this. If it is listed, close its positions and transfer its funds to Spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no margin account, or it has no loan and no funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Binance: Wallet, then Overview. No Margin wallet listed means you never opened one: tick this. Otherwise repay every loan in the Margin wallet and transfer the rest to Spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not use options, leveraged tokens or portfolio margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are separate Binance products you would have had to sign up for. If you never did, tick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and name the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Binance: profile icon, then API Management, then Create API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;System generated&quot;. Binance makes a key and a secret for you. (A self-generated Ed25519 key also works: you then paste the private key as the secret here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a name that says what it is for, so you recognise it later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binance shows the secret only once, right after you confirm with your two-factor code. Keep that page open until this wizard has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I created the key and can see its API Key and Secret Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Management is in the menu under your profile icon at the top right of Binance&apos;s website. If Create API is greyed out, finish identity verification and switch on two-factor sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Edit restrictions on the new key and make it look like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only two boxes are ticked: Enable Reading and Enable Spot &amp; Margin Trading. Despite its name, the second one cannot borrow while your account has no margin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My key&apos;s boxes match the picture, and I saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit restrictions is next to the key in API Management. If a box will not untick, save first and then edit again. If you cannot change the key, delete it and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow only trusted addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the key to the computers that will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under IP access restrictions choose &quot;Restrict access to trusted IPs only&quot; and enter the address of the computer or service that will trade. A copied key is then useless anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you skip this, Binance keeps the key but may switch its trading off after a while, and anyone who copies it can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify the key from this computer, its address must be on the list too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I restricted the key to trusted IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice is in Edit restrictions, under IP access restrictions. Your trading service tells you which addresses to enter. If you have none yet, you can continue: the check will warn you and you can add them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API Key and the Secret Key from Binance into these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with Binance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard asks Binance what this key can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is spot-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to see balances and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Spot &amp; Margin Trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to buy and sell. Cannot borrow without a margin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Margin Loan, Repay &amp; Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riba: borrowing with interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Futures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives with leverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Leveraged Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives in disguise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable European Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody: would let the key move your coins out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits Universal Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody: moves funds between wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Internal Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody: moves funds to other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace my key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Picture of the permission panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{box}: {verb} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>PRACTICE: a simulated exchange with sample keys. Nothing here touches a real account or your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Choose a name of 1 to 64 characters without : / \ or line breaks, for example HalalSpot-2026-11-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key: deleting a shared key on the exchange would stop both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named &quot;{label}&quot; is stored already. Choose another name, or replace that key with rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was not stored: it can do something a spot-only key must not. Fix the findings marked critical, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the key that is stored already. Make a new key on the exchange and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already stored as &quot;{label}&quot;. Give every program its own key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The key&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin (borrowing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Futures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited to trusted IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I changed it — &amp;verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported by the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe: this key is spot-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot-only, with notes below worth fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not safe: this key will not be saved. Change what is shown in red on the exchange, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key made: {date} ({days} days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it by: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock difference: {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot balances: {balances}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a &amp;new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace (rotate) a key I set up before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing skips the account checks you did the first time. Do it every 90 days, or at once if the key may have leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({exchange}, key {key}, {days} days old, replace by {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored on this computer yet, so there is nothing to replace. Choose &quot;Set up a new key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>{app} — Practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
