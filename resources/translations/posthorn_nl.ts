<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/compose/accountpicker.cpp" line="+33"/>
        <source>Post &amp;as</source>
        <translation>Plaatsen a&amp;ls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account to post as</source>
        <translation>Account waarmee je plaatst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also post as other accounts</source>
        <translation>Ook plaatsen als andere accounts</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A&amp;lso post as…</source>
        <translation>Ook plaatsen a&amp;ls…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lso as %1</source>
        <translation>Ook a&amp;ls %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the same text from other accounts too; each server gets it on its own.</source>
        <translation>Dezelfde tekst ook vanaf andere accounts plaatsen; elke server krijgt hem afzonderlijk.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountSearch</name>
    <message>
        <location filename="../../app/search/accountsearch.cpp" line="+315"/>
        <source>Sign in to follow accounts.</source>
        <translation>Meld je aan om accounts te volgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot follow your own account.</source>
        <translation>Je kunt je eigen account niet volgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot be followed from here.</source>
        <translation>Dit account kan vanaf hier niet worden gevolgd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Too many follows or unfollows. Try again after %1.</source>
        <translation>Te vaak gevolgd of ontvolgd. Probeer het na %1 opnieuw.</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <location filename="../../app/search/accountsearchmodel.cpp" line="+51"/>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>besloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved to @%1</source>
        <translation>verhuisd naar @%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>following</source>
        <translation>je volgt dit account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow requested</source>
        <translation>volgverzoek verstuurd</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../../app/session/accountsession.cpp" line="+28"/>
        <source>Unlock your keychain to post from %1: Posthorn is waiting for it to give the sign-in, and your desktop may be asking for the keychain&apos;s password in a window of its own. Posts wait in the outbox until then.</source>
        <translation>Ontgrendel je sleutelhanger om vanaf %1 te plaatsen: Posthorn wacht tot die de aanmelding geeft, en je bureaublad vraagt misschien in een eigen venster om het wachtwoord van de sleutelhanger. Berichten wachten tot dan in de outbox.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Posthorn no longer has a sign-in for %1.</source>
        <translation>Posthorn heeft geen aanmelding meer voor %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain stayed locked, so nothing is posted from %1 yet; posts wait in the outbox. Choose Unlock keychain to be asked for its password again.</source>
        <translation>De sleutelhanger bleef vergrendeld, dus er wordt nog niets vanaf %1 geplaatst; berichten wachten in de outbox. Kies Sleutelhanger ontgrendelen om opnieuw om het wachtwoord gevraagd te worden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posthorn cannot read the sign-in for %1 from the keychain, so nothing is posted from it yet; posts wait in the outbox. %2 Posthorn asks the keychain again in a moment.</source>
        <translation>Posthorn kan de aanmelding voor %1 niet uit de sleutelhanger lezen, dus er wordt nog niets mee geplaatst; berichten wachten in de outbox. %2 Posthorn vraagt het de sleutelhanger zo opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused Posthorn&apos;s sign-in; it may have been revoked or have expired.</source>
        <translation>%1 heeft de aanmelding van Posthorn geweigerd; misschien is die ingetrokken of verlopen.</translation>
    </message>
</context>
<context>
    <name>AccountSignOut</name>
    <message>
        <location filename="../../app/auth/accountsignout.cpp" line="+41"/>
        <source>No sign-in was stored for %1, so there was nothing to revoke.</source>
        <translation>Er was geen aanmelding voor %1 opgeslagen, dus er viel niets in te trekken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in of %1 could not be read from the keychain, so the server was not asked to revoke it. %2</source>
        <translation>De aanmelding van %1 kon niet uit de sleutelbos worden gelezen, dus de server is niet gevraagd die in te trekken. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn&apos;s registration on %1 is gone, so the server was not asked to revoke the sign-in. You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation>De registratie van Posthorn op %1 bestaat niet meer, dus de server is niet gevraagd de aanmelding in te trekken. Je kunt Posthorn verwijderen in de instellingen van de server, onder Account, Geautoriseerde apps.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Posthorn&apos;s registration on %1 could not be read from the keychain, so the server was not asked to revoke the sign-in. You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation>De registratie van Posthorn op %1 kon niet uit de sleutelbos worden gelezen, dus de server is niet gevraagd de aanmelding in te trekken. Je kunt Posthorn verwijderen in de instellingen van de server, onder Account, Geautoriseerde apps.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed out here, but %1 did not confirm that it revoked Posthorn&apos;s access (%2). You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation>Hier afgemeld, maar %1 heeft niet bevestigd dat de toegang van Posthorn is ingetrokken (%2). Je kunt Posthorn verwijderen in de instellingen van de server, onder Account, Geautoriseerde apps.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in could not be deleted from the keychain: %1</source>
        <translation>De aanmelding kon niet uit de sleutelbos worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/apiclient.cpp" line="+140"/>
        <source>Posthorn only connects to servers over https; %1 is not one.</source>
        <translation>Posthorn maakt alleen via https verbinding met servers; %1 is geen https-adres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request&apos;s address is not on the server.</source>
        <translation>Het adres van het verzoek ligt niet op de server.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/api/apierror.cpp" line="+12"/>
        <source>(The server said: %1)</source>
        <translation>(De server meldde: %1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation>De server heeft de aanmelding niet geaccepteerd. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has not allowed Posthorn to do that.</source>
        <translation>Dit account heeft Posthorn daar geen toestemming voor gegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not find it.</source>
        <translation>De server kon het niet vinden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many requests. Posthorn will try again at %1.</source>
        <translation>Te veel verzoeken. Posthorn probeert het om %1 opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>De server heeft het verzoek geweigerd (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has a problem (HTTP %1). Please try again later.</source>
        <translation>De server heeft een probleem (HTTP %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an unexpected reply (HTTP %1).</source>
        <translation>De server stuurde een onverwacht antwoord (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/api/apiresult.cpp" line="+29"/>
        <source>The server sent a reply Posthorn does not understand (%1).</source>
        <translation>De server stuurde een antwoord dat Posthorn niet begrijpt (%1).</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../../app/api/apireply.cpp" line="+61"/>
        <location line="+139"/>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s reply is larger than the %1 Posthorn accepts.</source>
        <translation>Het antwoord van de server is groter dan de %1 die Posthorn accepteert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent the request on to another site (%1). Posthorn did not follow, to keep your sign-in private.</source>
        <translation>De server stuurde het verzoek door naar een andere site (%1). Posthorn is niet meegegaan, zodat je aanmelding privé blijft.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server closed the connection during the handshake</source>
        <translation>de server heeft de verbinding tijdens de handshake verbroken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the server failed: %1</source>
        <translation>De beveiligde verbinding met de server is mislukt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server tried to switch to an unencrypted connection.</source>
        <translation>De server probeerde over te schakelen op een onversleutelde verbinding.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time.</source>
        <translation>De server heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>The server&apos;s reply was cut off.</source>
        <translation>Het antwoord van de server is afgebroken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not JSON</source>
        <translation>geen JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the connection.</source>
        <translation>De server heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address could not be found.</source>
        <translation>Het adres van de server kon niet worden gevonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection closed before the server answered.</source>
        <translation>De verbinding werd verbroken voordat de server antwoordde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>De server is niet bereikbaar. Controleer de netwerkverbinding.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/appshell.cpp" line="+255"/>
        <source>Posthorn is still running</source>
        <translation>Posthorn draait nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays in the system tray, so a quick post is a click away. Choose Quit Posthorn in the tray&apos;s menu to end it.</source>
        <translation>Het blijft in het systeemvak, zodat een snel bericht maar één klik verwijderd is. Kies Posthorn afsluiten in het menu van het systeemvak om het te beëindigen.</translation>
    </message>
</context>
<context>
    <name>AtomicJsonFile</name>
    <message>
        <location filename="../../app/util/atomicjsonfile.cpp" line="+17"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentUploads</name>
    <message>
        <location filename="../../app/media/attachmentuploads.cpp" line="+126"/>
        <source>The pasted picture could not be saved to %1.</source>
        <translation>De geplakte afbeelding kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to the server yet.</source>
        <translation>Nog niet verbonden met de server.</translation>
    </message>
</context>
<context>
    <name>AudienceRow</name>
    <message>
        <location filename="../../ui/compose/audiencerow.cpp" line="+18"/>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlisted</source>
        <translation>Minder openbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers only</source>
        <translation>Alleen volgers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned people only</source>
        <translation>Alleen vermelde mensen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Zichtbaarheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see the post</source>
        <translation>Wie het bericht kan zien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the post</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuthFlow</name>
    <message>
        <location filename="../../app/auth/authflow.cpp" line="+72"/>
        <source>Posthorn has no port to receive your browser&apos;s answer on.</source>
        <translation>Posthorn heeft geen poort om het antwoord van je browser op te ontvangen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 names another site (%2) for signing in. Posthorn only signs in on the server itself, so it stopped here.</source>
        <translation>%1 verwijst voor het aanmelden naar een andere site (%2). Posthorn meldt zich alleen aan op de server zelf en is daarom hier gestopt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Posthorn only connects to servers over https; %1 is not one.</source>
        <translation>Posthorn maakt alleen via https verbinding met servers; %1 is geen https-adres.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for you to sign in on %1…</source>
        <translation>Wachten tot je je aanmeldt op %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Posthorn is not waiting for a sign-in answer right now, so it ignored this one. Please sign in again.</source>
        <translation>Posthorn wacht op dit moment niet op een aanmeldantwoord en heeft dit antwoord daarom genegeerd. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That was not a sign-in answer for Posthorn, so it was ignored.</source>
        <translation>Dat was geen aanmeldantwoord voor Posthorn, dus het is genegeerd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finishing sign-in…</source>
        <translation>Aanmelding afronden…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server did not accept the sign-in: %1. Please sign in again.</source>
        <translation>De server heeft de aanmelding niet geaccepteerd: %1. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posthorn could not get a token from %1: %2</source>
        <translation>Posthorn kon geen token krijgen van %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no access token</source>
        <translation>geen toegangstoken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the token…</source>
        <translation>Token controleren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer knows Posthorn&apos;s registration. Please sign in again; Posthorn will register anew.</source>
        <translation>%1 kent de registratie van Posthorn niet meer. Meld je opnieuw aan; Posthorn registreert zich dan opnieuw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new sign-in could not be checked: %1</source>
        <translation>De nieuwe aanmelding kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the sign-in in the keychain…</source>
        <translation>Aanmelding opslaan in de sleutelbos…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keychain did not keep the token it was given. Please check the keychain and sign in again.</source>
        <translation>De sleutelbos heeft het token niet bewaard. Controleer de sleutelbos en meld je opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../../app/launch/autostartentry.cpp" line="+172"/>
        <source>Cannot write %1: the program&apos;s path is empty or holds control characters, which a desktop entry cannot hold.</source>
        <translation>Kan %1 niet schrijven: het pad van het programma is leeg of bevat stuurtekens, en die kunnen niet in een desktopbestand staan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: the folder %2 cannot be created.</source>
        <translation>Kan %1 niet schrijven: de map %2 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove %1: %2</source>
        <translation>Kan %1 niet verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>ClientRegistrar</name>
    <message>
        <location filename="../../app/auth/clientregistrar.cpp" line="+75"/>
        <source>Checking Posthorn&apos;s registration on %1…</source>
        <translation>Registratie van Posthorn op %1 controleren…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Registering Posthorn with %1…</source>
        <translation>Posthorn registreren bij %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Posthorn could not register with %1: %2</source>
        <translation>Posthorn kon zich niet registreren bij %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client secret</source>
        <translation>geen clientgeheim</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+14"/>
        <source>Post to Mastodon from your desktop.

From scripts, without a window: posthorn post [options] [text | -] (see posthorn post --help), and posthorn accounts.</source>
        <translation>Berichten op Mastodon plaatsen vanaf je bureaublad.

Vanuit scripts, zonder venster: posthorn post [options] [text | -] (zie posthorn post --help), en posthorn accounts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the quick-post window of the running Posthorn, starting it if needed.</source>
        <translation>Het venster Snel bericht van het draaiende Posthorn tonen en Posthorn zo nodig starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the quick-post window with this text.</source>
        <translation>Het venster Snel bericht met deze tekst openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start hidden in the system tray.</source>
        <translation>Verborgen in het systeemvak starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the composer replying to the post at this link.</source>
        <translation>Het schrijfvak openen als reactie op het bericht achter deze link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the composer quoting the post at this link.</source>
        <translation>Het schrijfvak openen met een citaat van het bericht achter deze link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web+mastodon://share link to open in the quick-post window.</source>
        <translation>Een web+mastodon://share-link om te openen in het venster Snel bericht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: Posthorn opens only web+mastodon://share links that carry a text.</source>
        <translation>Kan %1 niet openen: Posthorn opent alleen web+mastodon://share-links met een tekst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either --share or a share link, not both.</source>
        <translation>Geef --share of een deellink op, niet allebei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 needs a post&apos;s link (https://…), not: %2</source>
        <translation>--%1 heeft de link van een bericht nodig (https://…), niet: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either --reply-to or --quote, not both.</source>
        <translation>Geef --reply-to of --quote op, niet allebei.</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <location filename="../../app/complete/completionmodel.cpp" line="+44"/>
        <source>followed</source>
        <translation>gevolgd</translation>
    </message>
</context>
<context>
    <name>CompletionPopup</name>
    <message>
        <location filename="../../ui/compose/completionpopup.cpp" line="+30"/>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Suggestion %1 of %2: %3</source>
        <translation>Suggestie %1 van %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s); Tab inserts %1</source>
        <translation>
            <numerusform>%n suggestie; Tab voegt %1 in</numerusform>
            <numerusform>%n suggesties; Tab voegt %1 in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionSearch</name>
    <message numerus="yes">
        <location filename="../../app/complete/completionsearch.cpp" line="+269"/>
        <source>%n person(s) in the past %1 days</source>
        <translation>
            <numerusform>%n persoon in de afgelopen %1 dagen</numerusform>
            <numerusform>%n personen in de afgelopen %1 dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerMessages</name>
    <message>
        <location filename="../../ui/compose/composermessages.cpp" line="+14"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss the notice about kept files</source>
        <translation>Sluit de melding over bewaarde bestanden</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../ui/compose/composerwidget.cpp" line="+138"/>
        <source>Content warning</source>
        <translation>Inhoudswaarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content warning: what the post is about</source>
        <translation>Inhoudswaarschuwing: waar gaat het bericht over?</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>A&amp;dd a post</source>
        <translation>Beri&amp;cht toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue as a thread</source>
        <translation>Verdergaan als thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the text as a thread of replies</source>
        <translation>De tekst voortzetten als een thread van reacties</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+173"/>
        <source>&amp;Post</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Post (Ctrl+Return)</source>
        <translation>Plaatsen (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Wait until the media are uploaded.</source>
        <translation>Wacht tot de media zijn geüpload.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An edited post cannot become a thread.</source>
        <translation>Een bewerkt bericht kan geen thread worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sched&amp;ule</source>
        <translation>In&amp;plannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the edit (Ctrl+Return)</source>
        <translation>De bewerking opslaan (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Add media</source>
        <translation>Media toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, video and audio (*.png *.jpg *.jpeg *.gif *.webp *.heic *.avif *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a);;All files (*)</source>
        <translation>Afbeeldingen, video en audio (*.png *.jpg *.jpeg *.gif *.webp *.heic *.avif *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A post can have media or a poll, not both.</source>
        <translation>Een bericht kan media of een peiling hebben, niet allebei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the pasted picture…</source>
        <translation>Geplakte afbeelding opslaan…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saving the edit…</source>
        <translation>Bewerking opslaan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scheduling…</source>
        <translation>Inplannen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posting…</source>
        <translation>Plaatsen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: the post is back here to edit.</source>
        <translation>Niet verstuurd: het bericht staat weer hier om te bewerken.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post or clear what you are writing first; then the post from the outbox can come back here.</source>
        <translation>Plaats of wis eerst wat je aan het schrijven bent; daarna kan het bericht uit het Postvak UIT hier terugkomen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Post or clear what you are writing first; then the deleted post can come back into the composer.</source>
        <translation>Plaats of wis eerst wat je aan het schrijven bent; daarna kan het verwijderde bericht terugkomen in het schrijfvak.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The deleted post could not come back into the composer, which holds other text; it is kept in %1.</source>
        <translation>Het verwijderde bericht kon niet terug in het schrijfvak, want daar staat andere tekst; het is bewaard in %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you were writing is kept in %1.</source>
        <translation>Wat je aan het schrijven was, is bewaard in %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait until the post on its way is out (or keep it in the outbox); then a post can be edited here.</source>
        <translation>Wacht tot het bericht dat onderweg is, verstuurd is (of laat het in het Postvak UIT staan); daarna kan hier een bericht worden bewerkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or cancel the edit you are making first.</source>
        <translation>Sla eerst de bewerking op waar je mee bezig bent, of annuleer die.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit cancelled; the post on the server is unchanged.</source>
        <translation>Bewerking geannuleerd; het bericht op de server is niet veranderd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the Poll</source>
        <translation>De peiling wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this edit changes the poll, and the server then resets its votes: everyone who voted must vote again.</source>
        <translation>Als je deze bewerking opslaat, verandert de peiling, en dan zet de server de stemmen terug: iedereen die heeft gestemd, moet opnieuw stemmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and Reset Votes</source>
        <translation>Opslaan en stemmen terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your edit is saved.</source>
        <translation>Je bewerking is opgeslagen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The post waits in the outbox.</source>
        <translation>Het bericht wacht in het Postvak UIT.</translation>
    </message>
</context>
<context>
    <name>CounterNote</name>
    <message>
        <location filename="../../ui/compose/counternote.cpp" line="+19"/>
        <source>%1 as @%2</source>
        <translation>%1 als @%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n link(s) counted as %1 characters each, whatever the length.</source>
        <translation>
            <numerusform>%n link telt als %1 tekens, hoe lang hij ook is.</numerusform>
            <numerusform>%n links tellen elk als %1 tekens, hoe lang ze ook zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions of people on other servers count without the server: %1.</source>
        <translation>Vermeldingen van mensen op andere servers tellen zonder de server: %1.</translation>
    </message>
</context>
<context>
    <name>CrossPost</name>
    <message>
        <location filename="../../app/compose/crosspost.cpp" line="+6"/>
        <source>An edit changes one post on its own server: it is saved for that account only.</source>
        <translation>Een bewerking wijzigt één bericht op zijn eigen server: ze wordt alleen voor dat account opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote points at a post on one server: it goes out from one account only.</source>
        <translation>Een citaat verwijst naar een bericht op één server: het wordt vanaf slechts één account verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply belongs to a conversation on one server: it goes out from one account only.</source>
        <translation>Een reactie hoort bij een gesprek op één server: ze wordt vanaf slechts één account verstuurd.</translation>
    </message>
</context>
<context>
    <name>CrossPostAccounts</name>
    <message>
        <location filename="../../app/session/crosspostaccounts.cpp" line="+59"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot post as %1: %2</source>
        <translation>Kan niet plaatsen als %1: %2</translation>
    </message>
</context>
<context>
    <name>CrossPostCommand</name>
    <message>
        <location filename="../../app/cli/crosspostcommand.cpp" line="+71"/>
        <source>--json takes one --account: a cross-post prints one line per account.</source>
        <translation>--json neemt één --account: een bericht dat ook als andere accounts wordt geplaatst, geeft één regel per account.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--reply-to takes one --account: a reply belongs to a conversation on one server.</source>
        <translation>--reply-to neemt één --account: een reactie hoort bij een gesprek op één server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no description. Give one with --alt TEXT right after its --media, so that people who cannot see it know what it shows.</source>
        <translation>%1 heeft geen beschrijving. Geef er een met --alt TEXT direct na de bijbehorende --media, zodat mensen die het niet kunnen zien weten wat erop staat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the file %1.</source>
        <translation>Kan het bestand %1 niet lezen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account is signed in: start Posthorn and sign in first.</source>
        <translation>Er is geen account aangemeld: start Posthorn en meld je eerst aan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account %1 in Posthorn; the accounts are: %2</source>
        <translation>Geen account %1 in Posthorn; de accounts zijn: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names more than one account; name one of: %2</source>
        <translation>%1 past bij meer dan één account; noem er één van: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Posthorn no longer has a sign-in for %1: start Posthorn and sign in again. Nothing was sent.</source>
        <translation>Posthorn heeft geen aanmelding meer voor %1: start Posthorn en meld je opnieuw aan. Er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the sign-in for %1 from the keychain: %2. Nothing was sent.</source>
        <translation>Kan de aanmelding voor %1 niet uit de sleutelhanger lezen: %2. Er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The files could not be kept for the outbox, so nothing was sent: %1</source>
        <translation>De bestanden konden niet voor het Postvak UIT worden bewaard, dus er is niets verstuurd: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Posthorn holds the outbox and does not answer; nothing was sent.</source>
        <translation>Een ander exemplaar van Posthorn heeft het Postvak UIT in gebruik en reageert niet; er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The running Posthorn did not take the post; nothing was sent.</source>
        <translation>Het draaiende Posthorn heeft het bericht niet aangenomen; er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The running Posthorn gave an answer this command does not know.</source>
        <translation>Het draaiende Posthorn gaf een antwoord dat deze opdracht niet kent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posthorn closed before the post was sent.</source>
        <translation>Posthorn is afgesloten voordat het bericht werd verstuurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Posthorn took the post but did not say how it went.</source>
        <translation>Het draaiende Posthorn heeft het bericht aangenomen, maar niet gemeld hoe het is afgelopen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation>Het bericht kon niet in het Postvak UIT worden opgeslagen, dus er is niets verstuurd: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>scheduled for %1</source>
        <translation>ingepland voor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sent yet%1; it waits in Posthorn&apos;s outbox and is sent when Posthorn next runs.</source>
        <translation>nog niet verstuurd%1; het wacht in het Postvak UIT van Posthorn en wordt verstuurd wanneer Posthorn weer draait.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a new sign-in: open Posthorn and sign in again; the post waits in the outbox until then.</source>
        <translation>nieuwe aanmelding nodig: open Posthorn en meld je opnieuw aan; tot dan wacht het bericht in het Postvak UIT.</translation>
    </message>
</context>
<context>
    <name>CrossPostResults</name>
    <message>
        <location filename="../../ui/compose/crosspostresults.cpp" line="+27"/>
        <source>%1: scheduled for %2</source>
        <translation>%1: ingepland voor %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: published %2</source>
        <translation>%1: geplaatst %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not sent, discarded</source>
        <translation>%1: niet verstuurd, weggegooid</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: not sent</source>
        <translation>%1: niet verstuurd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: waiting to be sent</source>
        <translation>%1: wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not sent yet (%2); it is tried again</source>
        <translation>%1: nog niet verstuurd (%2); wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: posting…</source>
        <translation>%1: bezig met plaatsen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: refused by the server: %2</source>
        <translation>%1: geweigerd door de server: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not sent: %2</source>
        <translation>%1: niet verstuurd: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: waits for a new sign-in</source>
        <translation>%1: wacht op een nieuwe aanmelding</translation>
    </message>
</context>
<context>
    <name>DescriptionAssist</name>
    <message>
        <location filename="../../ui/media/descriptionassist.cpp" line="+22"/>
        <source>Text from &amp;image</source>
        <translation>Tekst uit &amp;afbeelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text from image: read the text in %1</source>
        <translation>Tekst uit afbeelding: de tekst in %1 lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the text printed in the picture, on this computer, and offers it as the description. Nothing is sent anywhere.</source>
        <translation>Leest de tekst die in de afbeelding staat, op deze computer, en biedt die aan als beschrijving. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the text in the picture</source>
        <translation>Tekst in de afbeelding wordt gelezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the text in %1</source>
        <translation>Stoppen met het lezen van de tekst in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the description came from</source>
        <translation>Waar de beschrijving vandaan komt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No text found in the picture.</source>
        <translation>Geen tekst gevonden in de afbeelding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text read from the picture: check it, and say what the picture shows.</source>
        <translation>Tekst uit de afbeelding gelezen: controleer hem en beschrijf wat de afbeelding laat zien.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the text in the picture…</source>
        <translation>Tekst in de afbeelding wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <location filename="../../app/compose/draftautosave.cpp" line="+113"/>
        <source>The disk is full, so the draft cannot be saved. Your text stays here and is saved as soon as there is space again (%1).</source>
        <translation>De schijf is vol, dus het concept kan niet worden bewaard. Je tekst blijft hier en wordt bewaard zodra er weer ruimte is (%1).</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <location filename="../../app/compose/draftcheck.cpp" line="+20"/>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post %1 of the thread is empty.</source>
        <translation>Bericht %1 van de thread is leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll needs a question.</source>
        <translation>Een peiling heeft een vraag nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post is %1 over the character limit.</source>
        <translation>Het bericht zit %1 boven de tekenlimiet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post %1 of the thread is %2 over the character limit.</source>
        <translation>Bericht %1 van de thread zit %2 boven de tekenlimiet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A post can have media or a poll, not both.</source>
        <translation>Een bericht kan media of een peiling hebben, niet allebei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attachments: this server takes %1 at most.</source>
        <translation>Te veel bijlagen: deze server accepteert er maximaal %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image description is over this server&apos;s limit of %1 characters.</source>
        <translation>Een afbeeldingsbeschrijving overschrijdt de limiet van %1 tekens van deze server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A thread cannot be scheduled; post it now or schedule one post.</source>
        <translation>Een thread kan niet worden ingepland; plaats hem nu of plan één bericht in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A poll needs at least two choices.</source>
        <translation>Een peiling heeft minstens twee keuzes nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many poll choices: this server takes %1 at most.</source>
        <translation>Te veel keuzes in de peiling: deze server accepteert er maximaal %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every poll choice needs text.</source>
        <translation>Elke keuze in de peiling heeft tekst nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A poll choice is over this server&apos;s limit of %1 characters.</source>
        <translation>Een keuze in de peiling overschrijdt de limiet van %1 tekens van deze server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two poll choices are the same.</source>
        <translation>Twee keuzes in de peiling zijn hetzelfde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The poll must run between %1 and %2 minutes.</source>
        <translation>De peiling moet tussen %1 en %2 minuten lopen.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../../app/compose/draftstore.cpp" line="+30"/>
        <source>This draft is not saved: %1 could not be read nor moved aside, and Posthorn does not write over it. Move that file elsewhere to save the draft again.</source>
        <translation>Dit concept wordt niet bewaard: %1 kon niet worden gelezen of opzij gezet, en Posthorn schrijft er niet overheen. Verplaats dat bestand om het concept weer te bewaren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A saved draft could not be read. Posthorn kept it as %1 and started with an empty composer.</source>
        <translation>Een bewaard concept kon niet worden gelezen. Posthorn heeft het bewaard als %1 en begon met een leeg invoerveld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved draft could not be read: %1. Posthorn leaves it as it is and will not save over it.</source>
        <translation>Een bewaard concept kon niet worden gelezen: %1. Posthorn laat het zoals het is en bewaart er niet overheen.</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <location filename="../../ui/compose/editbanner.cpp" line="+13"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing and bring back what you were writing (Escape)</source>
        <translation>Stoppen met bewerken en terughalen wat je aan het schrijven was (Escape)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>earlier</source>
        <translation>eerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing your post from %1. Save replaces it on the server; its visibility stays as it is.</source>
        <translation>Je bewerkt je bericht van %1. Opslaan vervangt het op de server; de zichtbaarheid blijft zoals die is.</translation>
    </message>
</context>
<context>
    <name>EmojiButton</name>
    <message>
        <location filename="../../ui/compose/emojibutton.cpp" line="+10"/>
        <source>Emoji…</source>
        <translation>Emoji…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert emoji</source>
        <translation>Emoji invoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert emoji (Ctrl+;)</source>
        <translation>Emoji invoegen (Ctrl+;)</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../ui/compose/emojipicker.cpp" line="+27"/>
        <location line="+28"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Search emoji by name</source>
        <translation>Zoek emoji op naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search emoji</source>
        <translation>Emoji zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emoji category</source>
        <translation>Emojicategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skin tone</source>
        <translation>Huidskleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No skin tone</source>
        <translation>Geen huidskleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light skin tone</source>
        <translation>Lichte huidskleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium-light skin tone</source>
        <translation>Middellichte huidskleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin tone</source>
        <translation>Middelkleurige huidskleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium-dark skin tone</source>
        <translation>Middeldonkere huidskleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark skin tone</source>
        <translation>Donkere huidskleur</translation>
    </message>
</context>
<context>
    <name>EmojiPickerModel</name>
    <message>
        <location filename="../../app/complete/emojipickermodel.cpp" line="+93"/>
        <source>This server&apos;s emoji</source>
        <translation>Emoji van deze server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s emoji: %1</source>
        <translation>Emoji van deze server: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recently used</source>
        <translation>Onlangs gebruikt</translation>
    </message>
</context>
<context>
    <name>EntryMediaUploader</name>
    <message>
        <location filename="../../app/outbox/entrymediauploader.cpp" line="+33"/>
        <location line="+30"/>
        <source>The account was signed out during the upload.</source>
        <translation>Het account is tijdens het uploaden afgemeld.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/wizard/finishpage.cpp" line="+21"/>
        <source>You are signed in</source>
        <translation>Je bent aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posthorn keeps your sign-in in the system keychain.</source>
        <translation>Posthorn bewaart je aanmelding in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start posting</source>
        <translation>&amp;Aan de slag</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <location filename="../../ui/guiapplication.cpp" line="+41"/>
        <source>Posthorn is already running but does not answer. Quit it, or end its process, and try again.</source>
        <translation>Posthorn draait al, maar reageert niet. Sluit het af of beëindig het proces, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for a posthorn post command to finish…</source>
        <translation>Wachten tot een opdracht posthorn post klaar is…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The posthorn post command did not finish; Posthorn starts anyway.</source>
        <translation>De opdracht posthorn post is niet klaar geworden; Posthorn start toch.</translation>
    </message>
</context>
<context>
    <name>ImageTextReader</name>
    <message>
        <location filename="../../app/media/imagetextreader.cpp" line="+218"/>
        <source>The picture could not be read: %1</source>
        <translation>De afbeelding kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tesseract OCR is not installed (package libtesseract5).</source>
        <translation>Tesseract OCR is niet geïnstalleerd (pakket libtesseract5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tesseract has no data for reading %1 text; install tesseract-ocr-%1.</source>
        <translation>Tesseract heeft geen gegevens om tekst in %1 te lezen; installeer tesseract-ocr-%1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tesseract could not read the picture.</source>
        <translation>Tesseract kon de afbeelding niet lezen.</translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <location filename="../../app/instance/instanceaddress.cpp" line="+28"/>
        <source>Enter the address of your Mastodon server, like mastodon.social.</source>
        <translation>Vul het adres van je Mastodon-server in, bijvoorbeeld mastodon.social.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a server address. Enter one like mastodon.social.</source>
        <translation>&quot;%1&quot; is geen serveradres. Vul een adres in zoals mastodon.social.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posthorn connects to Mastodon servers over https; &quot;%1&quot; addresses are not supported.</source>
        <translation>Posthorn maakt via https verbinding met Mastodon-servers; &quot;%1&quot;-adressen worden niet ondersteund.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 would be reached without encryption (http). Posthorn uses http only for servers on this computer; use https://%1 instead.</source>
        <translation>%1 zou zonder versleuteling (http) worden bereikt. Posthorn gebruikt http alleen voor servers op deze computer; gebruik in plaats daarvan https://%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a complete server address. Enter the whole name, like mastodon.social.</source>
        <translation>&quot;%1&quot; is geen volledig serveradres. Vul de hele naam in, bijvoorbeeld mastodon.social.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a server address Posthorn can use.</source>
        <translation>&quot;%1&quot; is geen serveradres dat Posthorn kan gebruiken.</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <location filename="../../ui/wizard/instancepage.cpp" line="+21"/>
        <source>Your Mastodon server</source>
        <translation>Je Mastodon-server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server your account is on, like mastodon.social, or your address, like @you@mastodon.social.</source>
        <translation>Vul de server in waarop je account staat, bijvoorbeeld mastodon.social, of je adres, bijvoorbeeld @jij@mastodon.social.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking up %1…</source>
        <translation>%1 opzoeken…</translation>
    </message>
</context>
<context>
    <name>InstanceProbe</name>
    <message>
        <location filename="../../app/instance/instanceprobe.cpp" line="+150"/>
        <source>%1 does not look like a Mastodon server (or one compatible with it). Check the address: it is the part after the second @ of your handle, like mastodon.social.</source>
        <translation>%1 lijkt geen Mastodon-server (of een server die ermee compatibel is). Controleer het adres: het is het deel na de tweede @ van je adres, bijvoorbeeld mastodon.social.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no server called %1. Check the address for typing mistakes.</source>
        <translation>Er bestaat geen server met de naam %1. Controleer het adres op typefouten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the connection. The server may be down, or the address or port may be wrong.</source>
        <translation>%1 heeft de verbinding geweigerd. Misschien is de server offline, of klopt het adres of de poort niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posthorn could not reach %1. Check your network connection and try again.</source>
        <translation>Posthorn kon %1 niet bereiken. Controleer je netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. It may be busy or down; try again in a while.</source>
        <translation>%1 heeft niet op tijd geantwoord. Misschien is de server overbelast of offline; probeer het over een tijdje opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed, so Posthorn did not go on. The server&apos;s certificate may be invalid or expired, or something between you and the server interferes. (%2)</source>
        <translation>De beveiligde verbinding met %1 is mislukt, dus Posthorn is niet verdergegaan. Misschien is het certificaat van de server ongeldig of verlopen, of verstoort iets tussen jou en de server de verbinding. (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a problem right now (HTTP %2). Try again later.</source>
        <translation>%1 heeft op dit moment een probleem (HTTP %2). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(It answered HTTP %1.)</source>
        <translation>(Het antwoord was HTTP %1.)</translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <location filename="../../app/secrets/keychainprobe.cpp" line="+17"/>
        <source>The keychain did not answer. It may be locked and waiting for you to unlock it in a window of its own.</source>
        <translation>De sleutelbos reageert niet. Misschien is hij vergrendeld en wacht hij in een eigen venster tot je hem ontgrendelt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The keychain gave back something other than what was stored.</source>
        <translation>De sleutelbos gaf iets anders terug dan wat er was opgeslagen.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../app/secrets/keychainsecretstore.cpp" line="+136"/>
        <source>The keychain is locked and was not unlocked.</source>
        <translation>De sleutelhanger is vergrendeld en werd niet ontgrendeld.</translation>
    </message>
</context>
<context>
    <name>LinkedPostBar</name>
    <message>
        <location filename="../../ui/compose/linkedpostbar.cpp" line="+34"/>
        <source>Who can quote:</source>
        <translation>Wie mag citeren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply to this post</source>
        <translation>Op dit bericht reageren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote this post</source>
        <translation>Dit bericht citeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the link instead</source>
        <translation>In plaats daarvan de link plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+250"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Post replied to or quoted</source>
        <translation>Bericht waarop je reageert of dat je citeert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who can quote this post</source>
        <translation>Wie dit bericht mag citeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers only</source>
        <translation>Alleen volgers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just me</source>
        <translation>Alleen ik</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Post without replying to or quoting it (Ctrl+Shift+X)</source>
        <translation>Plaatsen zonder erop te reageren of het te citeren (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoting %1</source>
        <translation>Citaat van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replying to %1</source>
        <translation>Reactie op %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n media attachment(s)</source>
        <translation>
            <numerusform>%n mediabijlage</numerusform>
            <numerusform>%n mediabijlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wait until the post is found on your server.</source>
        <translation>Wacht tot het bericht op je server is gevonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post to reply to or quote was not found: try again or remove it.</source>
        <translation>Het bericht waarop je wilt reageren of dat je wilt citeren, is niet gevonden: probeer het opnieuw of verwijder het.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server cannot quote posts: post the link instead, or remove it.</source>
        <translation>Je server kan geen berichten citeren: plaats in plaats daarvan de link, of verwijder hem.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a link to a post: %1</source>
        <translation>Dit is een link naar een bericht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up %1 on your server…</source>
        <translation>%1 opzoeken op je server…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your server cannot quote posts (that needs Mastodon 4.5 or later). You can post the link to it instead.</source>
        <translation>Je server kan geen berichten citeren (daarvoor is Mastodon 4.5 of later nodig). Je kunt in plaats daarvan de link ernaar plaatsen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <location filename="../../app/auth/loopbackredirectserver.cpp" line="+80"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;There is nothing here.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Hier is niets.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Signing in is done here. You can close this tab and go back to Posthorn.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Het aanmelden is hier klaar. Je kunt dit tabblad sluiten en teruggaan naar Posthorn.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+38"/>
        <source>Posthorn</source>
        <translation>Posthorn</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scheduled from the outbox: “%1”, for %2.</source>
        <translation>Vanuit het Postvak UIT ingepland: “%1”, voor %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted from the outbox: “%1”.</source>
        <translation>Vanuit het Postvak UIT geplaatst: “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick p&amp;ost…</source>
        <translation>&amp;Snel bericht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Po&amp;sted</source>
        <translation>&amp;Geplaatst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Last Post</source>
        <translation>Laatste bericht &amp;bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The account is not connected yet; try again in a moment.</source>
        <translation>Het account is nog niet verbonden; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account has no post to edit yet.</source>
        <translation>Dit account heeft nog geen bericht om te bewerken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your last post could not be opened: %1</source>
        <translation>Je laatste bericht kon niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening your last post…</source>
        <translation>Je laatste bericht openen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quit Posthorn</source>
        <translation>Posthorn afsluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) in the outbox have not gone out yet. They are kept on this computer and sent the next time you start Posthorn. Quit now?</source>
        <translation>
            <numerusform>%n bericht in het Postvak UIT is nog niet verstuurd. Het blijft op deze computer bewaard en wordt verstuurd wanneer je Posthorn weer start. Nu afsluiten?</numerusform>
            <numerusform>%n berichten in het Postvak UIT zijn nog niet verstuurd. Ze blijven op deze computer bewaard en worden verstuurd wanneer je Posthorn weer start. Nu afsluiten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Afmelden…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Posting as %1 (%2)</source>
        <translation>Plaatsen als %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account is selected.</source>
        <translation>Er is geen account geselecteerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1? Posthorn will ask the server to revoke its access and forget the sign-in.</source>
        <translation>Afmelden bij %1? Posthorn vraagt de server om de toegang in te trekken en vergeet de aanmelding.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out.</source>
        <translation>Afgemeld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing out of %1…</source>
        <translation>Afmelden bij %1…</translation>
    </message>
</context>
<context>
    <name>MediaAttachmentWidget</name>
    <message>
        <location filename="../../ui/media/mediaattachmentwidget.cpp" line="+46"/>
        <source>Attachment %1</source>
        <translation>Bijlage %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of %1</source>
        <translation>Voorbeeld van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space opens a larger preview. Click or use the arrow keys to choose the focal point that thumbnails centre on.</source>
        <translation>Spatie opent een groter voorbeeld. Klik of gebruik de pijltoetsen om het focuspunt te kiezen waarop miniaturen worden gecentreerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upload state</source>
        <translation>Uploadstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload progress</source>
        <translation>Uploadvoortgang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Retry</source>
        <translation>Opni&amp;euw proberen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the upload of %1</source>
        <translation>Upload van %1 opnieuw proberen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description (alt text):</source>
        <translation>Beschrijving (alt-te&amp;kst):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description of %1 for people who cannot see it</source>
        <translation>Beschrijving van %1 voor mensen die het niet kunnen zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what it shows for people who cannot see it</source>
        <translation>Beschrijf wat erop te zien is voor mensen die het niet kunnen zien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No description yet: add one so everyone can follow.</source>
        <translation>Nog geen beschrijving: voeg er een toe, zodat iedereen het kan volgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing description</source>
        <translation>Beschrijving ontbreekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description characters left</source>
        <translation>Resterende tekens voor de beschrijving</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>From the file&apos;s own description: check that it says what the picture shows.</source>
        <translation>Uit de eigen beschrijving van het bestand: controleer of die zegt wat de afbeelding laat zien.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Uploading… %1 of %2</source>
        <translation>Uploaden… %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading…</source>
        <translation>Uploaden…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Processing on the server…</source>
        <translation>Verwerken op de server…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload failed.</source>
        <translation>Het uploaden is mislukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload failed: %1</source>
        <translation>Het uploaden is mislukt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too many</source>
        <translation>%1 te veel</translation>
    </message>
</context>
<context>
    <name>MediaCopies</name>
    <message>
        <location filename="../../app/cli/mediacopies.cpp" line="+17"/>
        <source>the folder %1 could not be made.</source>
        <translation>de map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 kon niet naar %2 worden gekopieerd.</translation>
    </message>
</context>
<context>
    <name>MediaFileCheck</name>
    <message>
        <location filename="../../app/media/mediafilecheck.cpp" line="+14"/>
        <source>GIF</source>
        <translation>De GIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation>De afbeelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video</source>
        <translation>De video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audio file</source>
        <translation>Het audiobestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file type (%1) is not supported by %2.</source>
        <translation>Dit bestandstype (%1) wordt niet ondersteund door %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 is %2; %4 accepts up to %3.</source>
        <extracomment>%1 is &quot;image&quot;, &quot;video&quot;, ...; %2 the file&apos;s size, %3 the server&apos;s limit</extracomment>
        <translation>%1 is %2 groot; %4 accepteert maximaal %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is %1 × %2 pixels (%3 megapixels); %5 accepts up to %4 megapixels.</source>
        <translation>De afbeelding is %1 × %2 pixels (%3 megapixel); %5 accepteert maximaal %4 megapixel.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>A post can have at most %n attachment(s) on this server.</source>
        <translation>
            <numerusform>Een bericht kan op deze server maximaal %n bijlage hebben.</numerusform>
            <numerusform>Een bericht kan op deze server maximaal %n bijlagen hebben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>De beschrijving is %n teken te lang.</numerusform>
            <numerusform>De beschrijving is %n tekens te lang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This server accepts up to %n character(s).</source>
        <translation>
            <numerusform>Deze server accepteert maximaal %n teken.</numerusform>
            <numerusform>Deze server accepteert maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../../ui/media/mediapreviewdialog.cpp" line="+20"/>
        <source>Attached picture</source>
        <translation>Bijgevoegde afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – Posthorn</source>
        <translation>%1 – Posthorn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large preview of %1</source>
        <translation>Groot voorbeeld van %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No preview for this file.</source>
        <translation>Geen voorbeeld voor dit bestand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click or use the arrow keys to choose the focal point: thumbnails of the picture centre on it. Home puts it back in the middle.</source>
        <translation>Klik of gebruik de pijltoetsen om het focuspunt te kiezen: miniaturen van de afbeelding worden erop gecentreerd. Home zet het terug in het midden.</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/media/mediastrip.cpp" line="+91"/>
        <location line="+1"/>
        <source>Post without a description?</source>
        <translation>Plaatsen zonder beschrijving?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Descriptions let people who cannot see the picture know what it shows. Preferences can turn this question off.</source>
        <translation>Met een beschrijving weten mensen die de afbeelding niet kunnen zien, wat erop staat. In de voorkeuren kun je deze vraag uitzetten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post Anyway</source>
        <translation>Toch &amp;plaatsen</translation>
    </message>
</context>
<context>
    <name>MediaUpload</name>
    <message>
        <location filename="../../app/media/mediaupload.cpp" line="+115"/>
        <source>Posthorn cannot read %1: %2</source>
        <translation>Posthorn kan %1 niet lezen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>The server is still processing the file after %n minute(s). Try again later, or remove it and try a smaller file.</source>
        <translation>
            <numerusform>De server is na %n minuut nog steeds met het bestand bezig. Probeer het later opnieuw, of verwijder het en probeer een kleiner bestand.</numerusform>
            <numerusform>De server is na %n minuten nog steeds met het bestand bezig. Probeer het later opnieuw, of verwijder het en probeer een kleiner bestand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server could not process this file. Try again, or convert it to another format.</source>
        <translation>De server kon dit bestand niet verwerken. Probeer het opnieuw, of zet het om naar een ander formaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The server said: %1)</source>
        <translation>(De server meldde: %1)</translation>
    </message>
</context>
<context>
    <name>MentionGuard</name>
    <message numerus="yes">
        <location filename="../../app/outbox/mentionguard.cpp" line="+60"/>
        <source>it would also have been delivered to %1, who is not among the people Posthorn found for the names you typed. Nothing was sent. Check the names after @ (a name without its server can mean someone else), then post again.</source>
        <translation>
            <numerusform>het zou ook zijn bezorgd bij %1, die niet hoort bij de mensen die Posthorn heeft gevonden voor de namen die je hebt getypt. Er is niets verstuurd. Controleer de namen na @ (een naam zonder server kan iemand anders zijn) en plaats het bericht daarna opnieuw.</numerusform>
            <numerusform>het zou ook zijn bezorgd bij %1, die niet horen bij de mensen die Posthorn heeft gevonden voor de namen die je hebt getypt. Er is niets verstuurd. Controleer de namen na @ (een naam zonder server kan iemand anders zijn) en plaats het bericht daarna opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>The account was signed out.</source>
        <translation>Het account is afgemeld.</translation>
    </message>
</context>
<context>
    <name>OAuthCallback</name>
    <message>
        <location filename="../../app/auth/oauthcallback.cpp" line="+45"/>
        <source>The sign-in answer did not match this sign-in attempt, so Posthorn ignored it. Please sign in again.</source>
        <translation>Het aanmeldantwoord hoorde niet bij deze aanmeldpoging, dus Posthorn heeft het genegeerd. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was denied, so Posthorn is not connected to the account.</source>
        <translation>De toegang is geweigerd, dus Posthorn is niet met het account verbonden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server could not sign you in: %1</source>
        <translation>De server kon je niet aanmelden: %1</translation>
    </message>
</context>
<context>
    <name>OptionsRow</name>
    <message>
        <location filename="../../ui/compose/optionsrow.cpp" line="+9"/>
        <source>&amp;Media…</source>
        <translation>&amp;Media…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oll</source>
        <translation>P&amp;eiling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content &amp;warning</source>
        <translation>&amp;Inhoudswaarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark media as &amp;sensitive</source>
        <translation>Media als &amp;gevoelig markeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add pictures, video or audio</source>
        <translation>Afbeeldingen, video of audio toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures, video or audio (you can also paste or drop them)</source>
        <translation>Afbeeldingen, video of audio toevoegen (je kunt ze ook plakken of hierheen slepen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a poll</source>
        <translation>Peiling toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a content warning</source>
        <translation>Inhoudswaarschuwing toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark media as sensitive</source>
        <translation>Media als gevoelig markeren</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/outbox/outbox.cpp" line="+136"/>
        <source>The discarded post could not be removed from the outbox folder %1; delete its file %2.json.</source>
        <translation>Het weggegooide bericht kon niet uit de map %1 van het Postvak UIT worden verwijderd; verwijder het bestand %2.json zelf.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>The post waits: the outbox folder %1 could not be written (is the disk full or not writable?). Posthorn tries again later.</source>
        <translation>Het bericht wacht: de outbox-map %1 kon niet worden beschreven (is de schijf vol of niet beschrijfbaar?). Posthorn probeert het later opnieuw.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The edit waits: the outbox folder %1 could not be written (is the disk full or not writable?). Posthorn tries again later.</source>
        <translation>De bewerking wacht: de map %1 van het Postvak UIT kon niet worden beschreven (is de schijf vol of niet beschrijfbaar?). Posthorn probeert het later opnieuw.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Posthorn looked for this post on your profile and did not find it. It was first sent over an hour ago, so the server no longer recognises it: send it again only if it is not on your profile.</source>
        <translation>Posthorn zocht dit bericht op je profiel en vond het niet. Het werd meer dan een uur geleden voor het eerst verstuurd, dus de server herkent het niet meer: verstuur het alleen opnieuw als het niet op je profiel staat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The post may have been published, and Posthorn could not ask the server (%1). It looks again later; nothing is sent twice.</source>
        <translation>Het bericht is misschien al geplaatst, en Posthorn kon het de server niet vragen (%1). Het kijkt later opnieuw; niets wordt twee keer verstuurd.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The server&apos;s answer could not be read, so the post may have been published. Posthorn looks for it on your profile.</source>
        <translation>Het antwoord van de server kon niet worden gelezen, dus het bericht is misschien al geplaatst. Posthorn zoekt het op je profiel.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>A published post could not be removed from the outbox folder %1; delete its file %2.json so it is not sent again.</source>
        <translation>Een geplaatst bericht kon niet uit de map %1 van het Postvak UIT worden verwijderd; verwijder het bestand %2.json zelf, zodat het niet nog een keer wordt verstuurd.</translation>
    </message>
</context>
<context>
    <name>OutboxEntryWatch</name>
    <message>
        <location filename="../../app/outbox/outboxentrywatch.cpp" line="+18"/>
        <source>The server has not answered yet.</source>
        <translation>De server heeft nog niet geantwoord.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../../app/outbox/outboxstore.cpp" line="+96"/>
        <source>A post in the outbox could not be read and will not be sent. Posthorn kept it as %1.</source>
        <translation>Een bericht in de outbox kon niet worden gelezen en wordt niet verstuurd. Posthorn heeft het bewaard als %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A post in the outbox could not be read and will not be sent: %1. Posthorn leaves it as it is.</source>
        <translation>Een bericht in de outbox kon niet worden gelezen en wordt niet verstuurd: %1. Posthorn laat het zoals het is.</translation>
    </message>
</context>
<context>
    <name>OutboxTracker</name>
    <message>
        <location filename="../../app/outbox/outboxtracker.cpp" line="+64"/>
        <location line="+26"/>
        <source>The post may have been published: Posthorn looks for it on your profile…</source>
        <translation>Het bericht is misschien al geplaatst: Posthorn zoekt het op je profiel…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The post stays in the outbox: it could not be saved as a draft.</source>
        <translation>Het bericht blijft in het Postvak UIT: het kon niet als concept worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Posting %1 of %2…</source>
        <translation>Bericht %1 van %2 plaatsen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not confirmed yet: %1 The post is safe in the outbox.</source>
        <translation>Nog niet bevestigd: %1 Het bericht staat veilig in de outbox.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted yet: %1 Posthorn tries again at %2; the post is safe in the outbox.</source>
        <translation>Nog niet geplaatst: %1 Posthorn probeert het om %2 opnieuw; het bericht staat veilig in het Postvak UIT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: the server asks to sign in again. The post waits in the outbox and goes out once you have.</source>
        <translation>Niet geplaatst: de server vraagt je om je opnieuw aan te melden. Het bericht wacht in het Postvak UIT en wordt verstuurd zodra je dat hebt gedaan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Posthorn did not find this post on your profile. It is back here; check your profile, then Post sends it as a new post.</source>
        <translation>Posthorn vond dit bericht niet op je profiel. Het staat weer hier; kijk op je profiel, daarna plaatst Plaatsen het als nieuw bericht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not accept the post: %1</source>
        <translation>De server heeft het bericht niet geaccepteerd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept post %1 of the thread: %2 The posts before it are published; this one will reply to them.</source>
        <translation>De server heeft bericht %1 van de thread niet geaccepteerd: %2 De berichten ervoor zijn geplaatst; dit bericht wordt er een reactie op.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/compose/outboxview.cpp" line="+20"/>
        <source>sending…</source>
        <translation>versturen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be published: looking for it on your profile…</source>
        <translation>misschien geplaatst: wordt op je profiel gezocht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goes out at %1 (undo send)</source>
        <translation>wordt om %1 verstuurd (verzenden ongedaan maken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trying again at %1: %2</source>
        <translation>nieuwe poging om %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for you to sign in again</source>
        <translation>wacht tot je je opnieuw aanmeldt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found on your profile; send again?: %1</source>
        <translation>niet gevonden op je profiel; opnieuw versturen?: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not accepted: %1</source>
        <translation>niet geaccepteerd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped, check before sending again: %1</source>
        <translation>gestopt, controleer dit voor je opnieuw verstuurt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Posts in the outbox</source>
        <translation>Berichten in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+75"/>
        <source>Send &amp;now</source>
        <translation>&amp;Nu versturen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Send the selected post now</source>
        <translation>Het geselecteerde bericht nu versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disca&amp;rd…</source>
        <translation>&amp;Weggooien…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the selected post</source>
        <translation>Het geselecteerde bericht weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Bewe&amp;rken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the selected post back to the composer</source>
        <translation>Het geselecteerde bericht terughalen om het te bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a post that was not accepted back to the composer</source>
        <translation>Een bericht dat niet is geaccepteerd terughalen om het te bewerken</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (thread of %1)</source>
        <translation> (thread van %1 berichten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out&amp;box, not posted yet: %1</source>
        <translation>P&amp;ostvak UIT, nog niet geplaatst: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>&amp;Opnieuw versturen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posthorn did not find this post on your profile. Send it again? If it is there after all, it will appear twice.</source>
        <translation>Posthorn vond dit bericht niet op je profiel. Opnieuw versturen? Als het er toch staat, verschijnt het twee keer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard this post? What is not published cannot be brought back.</source>
        <translation>Dit bericht weggooien? Wat niet is geplaatst, kun je niet meer terughalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the rest of this thread? %1 of its posts are published already; the others cannot be brought back.</source>
        <translation>De rest van deze thread weggooien? %1 van de berichten zijn al geplaatst; de andere kun je niet meer terughalen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard post</source>
        <translation>Bericht weggooien</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../../ui/compose/parteditor.cpp" line="+27"/>
        <source>What&apos;s on your mind?</source>
        <translation>Wat wil je kwijt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the thread…</source>
        <translation>Ga verder met de thread…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make it a &amp;thread</source>
        <translation>Maak er een &amp;thread van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split this post into a thread of posts that each fit, at the ends of paragraphs and sentences</source>
        <translation>Deel dit bericht op in een thread van berichten die elk passen, aan het einde van alinea’s en zinnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make it a numbered thread (1/3, 2/3, …)</source>
        <translation>Maak er een genummerde thread van (1/3, 2/3, …)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove post %1 from the thread</source>
        <translation>Bericht %1 uit de thread verwijderen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post %1 of %2</source>
        <translation>Bericht %1 van %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post text</source>
        <translation>Tekst van het bericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 characters left</source>
        <translation>Nog %1 van %2 tekens over</translation>
    </message>
</context>
<context>
    <name>PollBox</name>
    <message>
        <location filename="../../ui/compose/pollbox.cpp" line="+8"/>
        <source>Poll</source>
        <translation>Peiling</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../../ui/compose/polleditor.cpp" line="+23"/>
        <source>Add a c&amp;hoice</source>
        <translation>&amp;Keuze toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a poll choice</source>
        <translation>Keuze aan de peiling toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs &amp;for</source>
        <translation>Looptij&amp;d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll duration</source>
        <translation>Duur van de peiling</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multiple &amp;choice</source>
        <translation>&amp;Meerkeuze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow multiple choices</source>
        <translation>Meerdere keuzes toestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide totals until it &amp;ends</source>
        <translation>Uitslag verber&amp;gen tot het einde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide vote totals until the poll ends</source>
        <translation>Aantal stemmen verbergen tot de peiling is afgelopen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Poll choice %1</source>
        <translation>Keuze %1 van de peiling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice %1</source>
        <translation>Keuze %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>5 minutes</source>
        <translation>5 minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation>6 uur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days</source>
        <translation>3 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <location filename="../../app/cli/postcommand.cpp" line="+61"/>
        <source>No account is signed in: start Posthorn and sign in first.</source>
        <translation>Er is geen account aangemeld: start Posthorn en meld je eerst aan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account %1 in Posthorn; the accounts are: %2</source>
        <translation>Geen account %1 in Posthorn; de accounts zijn: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no description. Give one with --alt TEXT right after its --media, so that people who cannot see it know what it shows. (To post media without descriptions, turn off &quot;Ask before posting media without a description&quot; in Posthorn&apos;s Preferences.)</source>
        <translation>%1 heeft geen beschrijving. Geef er een met --alt TEXT direct na de bijbehorende --media, zodat mensen die het niet kunnen zien weten wat erop staat. (Om media zonder beschrijving te plaatsen, zet je &quot;Vragen voordat media zonder beschrijving worden geplaatst&quot; uit in de Voorkeuren van Posthorn.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file %1.</source>
        <translation>Kan het bestand %1 niet lezen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posthorn no longer has a sign-in for %1: start Posthorn and sign in again.</source>
        <translation>Posthorn heeft geen aanmelding meer voor %1: start Posthorn en meld je opnieuw aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the sign-in for %1 from the keychain: %2</source>
        <translation>Kan de aanmelding voor %1 niet uit de sleutelbos lezen: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The files could not be kept for the outbox, so nothing was sent: %1</source>
        <translation>De bestanden konden niet voor het Postvak UIT worden bewaard, dus er is niets verstuurd: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not look up the post to reply to: %1 Nothing was posted.</source>
        <translation>Kan het bericht waarop gereageerd wordt niet opzoeken: %1 Er is niets geplaatst.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another Posthorn holds the outbox and does not answer; nothing was sent.</source>
        <translation>Een ander exemplaar van Posthorn heeft het Postvak UIT in gebruik en reageert niet; er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The running Posthorn gave an answer this command does not know.</source>
        <translation>Het draaiende Posthorn gaf een antwoord dat deze opdracht niet kent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The running Posthorn took the post but did not say how it went.</source>
        <translation>Het draaiende Posthorn heeft het bericht aangenomen, maar niet gemeld hoe het is afgelopen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posthorn closed before the post was sent.</source>
        <translation>Posthorn is afgesloten voordat het bericht werd verstuurd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation>Het bericht kon niet in het Postvak UIT worden opgeslagen, dus er is niets verstuurd: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server refused the post: %1</source>
        <translation>De server heeft het bericht geweigerd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet%1. The post waits in Posthorn&apos;s outbox and is sent when Posthorn next runs.</source>
        <translation>Nog niet verstuurd%1. Het bericht wacht in het Postvak UIT van Posthorn en wordt verstuurd zodra Posthorn weer draait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a new sign-in: open Posthorn and sign in again. The post waits in the outbox until then.</source>
        <translation>%1 heeft een nieuwe aanmelding nodig: open Posthorn en meld je opnieuw aan. Het bericht wacht tot dan in het Postvak UIT.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scheduled for %1.</source>
        <translation>Ingepland voor %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Posted, but the server did not return the status: %1</source>
        <translation>Geplaatst, maar de server heeft de status niet teruggegeven: %1</translation>
    </message>
</context>
<context>
    <name>PostOptions</name>
    <message>
        <location filename="../../app/cli/postoptions.cpp" line="+19"/>
        <source>Post to Mastodon without a window, through Posthorn&apos;s outbox. When Posthorn runs, it sends the post; otherwise this command does.

Exit status: 0 published or scheduled (the link is printed), 2 refused by the server or by Posthorn&apos;s own checks (the reason is on standard error), or the post to reply to could not be looked up, 3 not sent yet: it waits in the outbox and Posthorn sends it later, 4 a sign-in is needed (open Posthorn), 64 a usage error, 1 the post could not be put in the outbox (nothing was sent).

With --account given more than once, the post goes to each account (a cross-post) and one line per account says how it went (&quot;@user@server link&quot;, or the reason on standard error); the exit status is 0 only when every account published or scheduled it, otherwise the largest of their statuses.</source>
        <translation>Berichten op Mastodon plaatsen zonder venster, via het Postvak UIT van Posthorn. Als Posthorn draait, verstuurt dat het bericht; anders doet deze opdracht het.

Afsluitstatus: 0 geplaatst of ingepland (de link wordt afgedrukt), 2 geweigerd door de server of door de eigen controles van Posthorn (de reden staat op standaardfout), of het bericht waarop gereageerd wordt kon niet worden opgezocht, 3 nog niet verstuurd: het wacht in het Postvak UIT en Posthorn verstuurt het later, 4 een aanmelding is nodig (open Posthorn), 64 een gebruiksfout, 1 het bericht kon niet in het Postvak UIT worden gezet (er is niets verstuurd).

Als --account meer dan eens wordt opgegeven, gaat het bericht naar elk account (ook plaatsen als andere accounts) en meldt één regel per account hoe het is gegaan (&quot;@user@server link&quot;, of de reden op standaardfout); de afsluitstatus is alleen 0 als elk account het heeft geplaatst of ingepland, anders de hoogste van hun statussen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post as this account, as `posthorn accounts` lists it (default: the current one). Give it again to post from several accounts.</source>
        <translation>Plaatsen als dit account, zoals `posthorn accounts` het vermeldt (standaard: het huidige). Geef het nogmaals op om vanaf meerdere accounts te plaatsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acct</source>
        <translation>account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the post behind this content warning.</source>
        <translation>Het bericht achter deze inhoudswaarschuwing zetten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Who sees the post: public, unlisted, private or direct (default: the account&apos;s own setting).</source>
        <translation>Wie het bericht ziet: public, unlisted, private of direct (standaard: de eigen instelling van het account).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visibility</source>
        <translation>zichtbaarheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s language, an ISO 639 code such as en.</source>
        <translation>De taal van het bericht, een ISO 639-code zoals nl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish at this time instead of now (at least five minutes ahead), such as &quot;2027-01-31 09:00&quot; (local time) or 2027-01-31T08:00Z.</source>
        <translation>Op dit tijdstip plaatsen in plaats van nu (minstens vijf minuten vooruit), zoals &quot;2027-01-31 09:00&quot; (lokale tijd) of 2027-01-31T08:00Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when</source>
        <translation>wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the status (or scheduled status) as the server returned it, instead of the link.</source>
        <translation>De status (of ingeplande status) tonen zoals de server die teruggaf, in plaats van de link.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach this picture, video or audio file (again for more files). Posthorn keeps a copy until the post is out, so the file may be deleted at once.</source>
        <translation>Dit afbeeldings-, video- of audiobestand bijvoegen (opnieuw opgeven voor meer bestanden). Posthorn bewaart een kopie tot het bericht verstuurd is, dus het bestand mag meteen worden verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the file of the --media just before, for people who cannot see it. Needed for every file while Posthorn&apos;s preference &quot;Ask before posting media without a description&quot; is on.</source>
        <translation>Het bestand van de direct voorafgaande --media beschrijven, voor mensen die het niet kunnen zien. Nodig voor elk bestand zolang de voorkeur &quot;Vragen voordat media zonder beschrijving worden geplaatst&quot; van Posthorn aan staat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply to the post at this link; its author and the accounts it mentions are mentioned first, as in the composer.</source>
        <translation>Reageren op het bericht achter deze link; de auteur en de accounts die erin vermeld worden, worden eerst vermeld, zoals in het schrijfvak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait the undo-send delay chosen in Posthorn&apos;s Preferences before sending, as the window does (scripts send at once without this). Meanwhile the post waits in the outbox, where a running Posthorn can still take it back.</source>
        <translation>Voor het versturen de vertraging voor verzenden ongedaan maken afwachten die in de Voorkeuren van Posthorn is gekozen, zoals het venster doet (zonder deze optie versturen scripts meteen). Intussen wacht het bericht in het Postvak UIT, waar een draaiend Posthorn het nog kan terugnemen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text to post, in UTF-8. &quot;-&quot;, or nothing when standard input is not a terminal, reads it from standard input.</source>
        <translation>De tekst om te plaatsen, in UTF-8. &quot;-&quot;, of niets als standaardinvoer geen terminal is, leest hem van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>--alt describes the file of the --media before it; give --media FILE first.</source>
        <translation>--alt beschrijft het bestand van de --media ervoor; geef eerst --media FILE op.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--alt was given twice for %1; give one --alt after each --media.</source>
        <translation>--alt is twee keer opgegeven voor %1; geef één --alt na elke --media.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alt for %1 is empty; describe the file, or leave --alt out.</source>
        <translation>--alt voor %1 is leeg; beschrijf het bestand, of laat --alt weg.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>--visibility must be public, unlisted, private or direct, not %1.</source>
        <translation>--visibility moet public, unlisted, private of direct zijn, niet %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language needs a language code, such as en.</source>
        <translation>--language heeft een taalcode nodig, zoals nl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--reply-to needs a post&apos;s link (https://…), not: %1</source>
        <translation>--reply-to heeft de link van een bericht nodig (https://…), niet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the text as one argument (in quotes), or &quot;-&quot; to read it from standard input; unexpected: %1</source>
        <translation>Geef de tekst als één argument (tussen aanhalingstekens), of &quot;-&quot; om hem van standaardinvoer te lezen; onverwacht: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to post: give the text, or &quot;-&quot; to read it from standard input.</source>
        <translation>Niets om te plaatsen: geef de tekst op, of &quot;-&quot; om hem van standaardinvoer te lezen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--schedule takes a date and time such as &quot;2027-01-31 09:00&quot;, not %1.</source>
        <translation>--schedule verwacht een datum en tijd zoals &quot;2027-01-31 09:00&quot;, niet %1.</translation>
    </message>
</context>
<context>
    <name>PostRelay</name>
    <message>
        <location filename="../../app/cli/postrelay.cpp" line="+33"/>
        <source>The running Posthorn could not read the post.</source>
        <translation>Het draaiende Posthorn kon het bericht niet lezen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation>Het bericht kon niet in het Postvak UIT worden opgeslagen, dus er is niets verstuurd: %1</translation>
    </message>
</context>
<context>
    <name>PostedPanel</name>
    <message>
        <location filename="../../ui/posted/postedpanel.cpp" line="+41"/>
        <source>Posted: your recent posts</source>
        <translation>Geplaatst: je recente berichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recent posts</source>
        <translation>Je recente berichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Ctrl+E edits the selected post in the composer. Delete asks to delete it; Shift+Delete asks to delete it and bring it back into the composer.</source>
        <translation>Nieuwste eerst. Ctrl+E bewerkt het gekozen bericht in het schrijfvak. Delete vraagt of je het wilt verwijderen; Shift+Delete vraagt of je het wilt verwijderen en terugzetten in het schrijfvak.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected post</source>
        <translation>Het gekozen bericht bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected post in the composer to change it (Ctrl+E)</source>
        <translation>Het gekozen bericht in het schrijfvak openen om het te wijzigen (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected post</source>
        <translation>Het gekozen bericht verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected post (Delete)</source>
        <translation>Het gekozen bericht verwijderen (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete and redraft…</source>
        <translation>Verwijderen en opnieuw opstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected post and write it again</source>
        <translation>Het gekozen bericht verwijderen en opnieuw schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected post and bring it back into the composer (Shift+Delete)</source>
        <translation>Het gekozen bericht verwijderen en terugzetten in het schrijfvak (Shift+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load older posts</source>
        <translation>Oudere berichten laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load your recent posts again</source>
        <translation>Je recente berichten opnieuw laden</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The post was deleted.</source>
        <translation>Het bericht is verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post was deleted; it is back in the composer to be written again.</source>
        <translation>Het bericht is verwijderd; het staat weer in het schrijfvak om opnieuw te schrijven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The post could not be opened for editing: %1</source>
        <translation>Het bericht kon niet worden geopend om te bewerken: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the account to connect…</source>
        <translation>Wachten tot het account verbonden is…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is selected.</source>
        <translation>Er is geen account gekozen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading your posts…</source>
        <translation>Je berichten worden geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No posts yet.</source>
        <translation>Nog geen berichten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts could not be loaded: %1</source>
        <translation>Je berichten konden niet geladen worden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post was not deleted: %1</source>
        <translation>Het bericht is niet verwijderd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been deleted all the same: try again, or Refresh to see whether it is still there.</source>
        <translation>Misschien is het toch verwijderd: probeer het opnieuw, of kies Vernieuwen om te zien of het er nog is.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Delete and Redraft</source>
        <translation>Verwijderen en opnieuw opstellen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete Post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from the server and bring its text, media and poll back into the composer? Its replies, boosts and favourites are lost.</source>
        <translation>Dit bericht van de server verwijderen en de tekst, media en peiling terugzetten in het schrijfvak? De reacties, boosts en favorieten gaan verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this post from the server? This cannot be undone; its replies, boosts and favourites are lost.</source>
        <translation>Dit bericht van de server verwijderen? Dit kan niet ongedaan worden gemaakt; de reacties, boosts en favorieten gaan verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the post to redraft it…</source>
        <translation>Het bericht wordt verwijderd om het opnieuw op te stellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the post…</source>
        <translation>Het bericht wordt verwijderd…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the post for editing…</source>
        <translation>Het bericht wordt geopend om te bewerken…</translation>
    </message>
</context>
<context>
    <name>PostedRowText</name>
    <message>
        <location filename="../../ui/posted/postedrowtext.cpp" line="+34"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>%1 reacties, %2 boosts, %3 favorieten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n media</source>
        <translation>
            <numerusform>%n medium</numerusform>
            <numerusform>%n media</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>peiling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content warning: %1</source>
        <translation>Inhoudswaarschuwing: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlisted</source>
        <translation>Minder openbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers only</source>
        <translation>Alleen volgers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentioned people only</source>
        <translation>Alleen vermelde mensen</translation>
    </message>
</context>
<context>
    <name>PostedStatuses</name>
    <message>
        <location filename="../../app/posted/postedstatuses.cpp" line="+133"/>
        <source>The post is no longer on your profile.</source>
        <translation>Het bericht staat niet meer op je profiel.</translation>
    </message>
</context>
<context>
    <name>PostingAccount</name>
    <message>
        <location filename="../../app/session/postingaccount.cpp" line="+73"/>
        <source>Add an account to post.</source>
        <translation>Voeg een account toe om berichten te plaatsen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/preferencesdialog.cpp" line="+23"/>
        <source>Preferences – Posthorn</source>
        <translation>Voorkeuren – Posthorn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start Posthorn when I log in</source>
        <translation>Posthorn &amp;starten wanneer ik me aanmeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Posthorn when I log in</source>
        <translation>Posthorn starten wanneer ik me aanmeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation>&amp;Verborgen in het systeemvak starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start hidden in the system tray</source>
        <translation>Verborgen in het systeemvak starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no system tray.</source>
        <translation>Dit bureaublad heeft geen systeemvak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check s&amp;pelling as I type</source>
        <translation>S&amp;pelling controleren tijdens het typen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling as I type</source>
        <translation>Spelling controleren tijdens het typen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask before posting media without a &amp;description</source>
        <translation>Vragen voordat media zonder &amp;beschrijving worden geplaatst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask before posting media without a description</source>
        <translation>Vragen voordat media zonder beschrijving worden geplaatst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo send</source>
        <translation>Verzenden ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a post waits after Post, so that you can still take it back (Undo or Ctrl+Z)</source>
        <translation>Hoe lang een bericht na Plaatsen wacht, zodat je het nog kunt terughalen (Ongedaan maken of Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U&amp;ndo send:</source>
        <translation>Verzenden &amp;ongedaan maken:</translation>
    </message>
</context>
<context>
    <name>QuickPostWindow</name>
    <message>
        <location filename="../../ui/tray/quickpostwindow.cpp" line="+31"/>
        <source>Quick post – Posthorn</source>
        <translation>Snel bericht – Posthorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Quick post</source>
        <translation>Snel bericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to move the window</source>
        <translation>Sleep om het venster te verplaatsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Posthorn</source>
        <translation>Posthorn openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the main window</source>
        <translation>Het hoofdvenster openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide quick post</source>
        <translation>Snel bericht verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide (Escape); the text stays</source>
        <translation>Verbergen (Escape); de tekst blijft staan</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <location filename="../../ui/schedule/schedulepicker.cpp" line="+26"/>
        <source>&amp;Schedule for</source>
        <translation>Inplannen &amp;voor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the post</source>
        <translation>Het bericht inplannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time to post, in your time zone</source>
        <translation>Datum en tijd van plaatsen, in jouw tijdzone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule problem</source>
        <translation>Probleem met inplannen</translation>
    </message>
</context>
<context>
    <name>ScheduleRule</name>
    <message>
        <location filename="../../app/schedule/schedulerule.cpp" line="+16"/>
        <source>Choose a date and time for the post.</source>
        <translation>Kies een datum en tijd voor het bericht.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This time has already passed. Choose a time at least %n minute(s) from now.</source>
        <translation>
            <numerusform>Dit tijdstip is al voorbij. Kies een tijdstip dat minstens %n minuut in de toekomst ligt.</numerusform>
            <numerusform>Dit tijdstip is al voorbij. Kies een tijdstip dat minstens %n minuten in de toekomst ligt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This is too soon: the server needs at least %n minute(s) of notice. Choose a later time.</source>
        <translation>
            <numerusform>Dat is te vroeg: de server wil het minstens %n minuut van tevoren weten. Kies een later tijdstip.</numerusform>
            <numerusform>Dat is te vroeg: de server wil het minstens %n minuten van tevoren weten. Kies een later tijdstip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTimeText</name>
    <message>
        <location filename="../../ui/schedule/scheduletimetext.cpp" line="+47"/>
        <source>%1, %2</source>
        <extracomment>%1 is a time zone such as Europe/Berlin, %2 its offset such as UTC+01:00</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ScheduledPostsButton</name>
    <message>
        <location filename="../../ui/schedule/scheduledpostsbutton.cpp" line="+7"/>
        <source>Scheduled pos&amp;ts…</source>
        <translation>Ingeplande beric&amp;hten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show scheduled posts</source>
        <translation>Ingeplande berichten tonen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to the server yet.</source>
        <translation>Nog niet verbonden met de server.</translation>
    </message>
</context>
<context>
    <name>ScheduledPostsDialog</name>
    <message>
        <location filename="../../ui/schedule/scheduledpostsdialog.cpp" line="+39"/>
        <source>Scheduled Posts</source>
        <translation>Ingeplande berichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These posts are waiting for their time. Times are in your time zone, %1.</source>
        <translation>Deze berichten wachten tot het hun tijd is. De tijden staan in jouw tijdzone, %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Scheduled posts</source>
        <translation>Ingeplande berichten</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New time:</source>
        <translation>&amp;Nieuwe tijd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time for the selected post, in your time zone</source>
        <translation>Nieuwe tijd voor het geselecteerde bericht, in jouw tijdzone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;Time</source>
        <translation>&amp;Tijd wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the time of the selected post</source>
        <translation>De tijd van het geselecteerde bericht wijzigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list</source>
        <translation>De lijst vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Post…</source>
        <translation>&amp;Bericht verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected post</source>
        <translation>Het geselecteerde bericht verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n attachment(s), no text)</source>
        <translation>
            <numerusform>(%n bijlage, geen tekst)</numerusform>
            <numerusform>(%n bijlagen, geen tekst)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refreshing…</source>
        <translation>Vernieuwen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the scheduled posts…</source>
        <translation>Ingeplande berichten laden…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The post will now be published %1.</source>
        <translation>Het bericht wordt nu geplaatst op %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scheduled post was cancelled; it will not be published.</source>
        <translation>Het ingeplande bericht is verwijderd; het wordt niet geplaatst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list could not be refreshed: %1</source>
        <translation>De lijst kon niet worden vernieuwd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled posts could not be loaded: %1

Press Refresh to try again.</source>
        <translation>De ingeplande berichten konden niet worden geladen: %1

Klik op Vernieuwen om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time was not changed: %1</source>
        <translation>De tijd is niet gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was not cancelled: %1</source>
        <translation>Het bericht is niet verwijderd: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No scheduled posts.

Posts you schedule in the composer wait here until their time.</source>
        <translation>Geen ingeplande berichten.

Berichten die je bij het schrijven inplant, wachten hier tot het hun tijd is.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Changing the time…</source>
        <translation>Tijd wijzigen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel Scheduled Post</source>
        <translation>Ingepland bericht verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the post scheduled for %1? It will not be published, and this cannot be undone.</source>
        <translation>Het bericht dat is ingepland voor %1 verwijderen? Het wordt dan niet geplaatst, en dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel Post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the post</source>
        <translation>Het bericht verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the post</source>
        <translation>Het bericht behouden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling the post…</source>
        <translation>Bericht verwijderen…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="+63"/>
        <location line="+192"/>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+1"/>
        <source>Search accounts</source>
        <translation>Accounts zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find people by name or handle, such as @user@example.social (Ctrl+K).
Down: go to the results. Escape: clear; again: back to the post.</source>
        <translation>Zoek mensen op naam of adres, zoals @gebruiker@example.social (Ctrl+K).
Pijl omlaag: naar de resultaten. Escape: wissen; nogmaals: terug naar het bericht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load more results</source>
        <translation>Meer resultaten laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next results</source>
        <translation>De volgende resultaten tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert &amp;mention</source>
        <translation>Vermelding &amp;invoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;profile in browser</source>
        <translation>&amp;Profiel openen in browser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+174"/>
        <source>&amp;Follow</source>
        <translation>&amp;Volgen</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy handle</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert the account&apos;s @mention into the post (%1)</source>
        <translation>De @vermelding van het account in het bericht invoegen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the account&apos;s profile in the web browser (%1)</source>
        <translation>Het profiel van het account openen in de webbrowser (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the account&apos;s full handle (%1)</source>
        <translation>Het volledige adres van het account kopiëren (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: insert mention · %2: open profile · %3: follow or unfollow · %4: copy handle · Menu key: all actions</source>
        <translation>%1: vermelding invoegen · %2: profiel openen · %3: volgen of ontvolgen · %4: adres kopiëren · Menutoets: alle acties</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Type a name, or a handle such as @user@example.social.</source>
        <translation>Typ een naam, of een adres zoals @gebruiker@example.social.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No accounts match “%1”.</source>
        <translation>Geen accounts gevonden voor “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many searches for now. You can search again at %1.</source>
        <translation>Je hebt even te vaak gezocht. Om %1 kun je weer zoeken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many searches for now. Please try again in a few minutes.</source>
        <translation>Je hebt even te vaak gezocht. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to an account to search for people.</source>
        <translation>Meld je aan bij een account om mensen te zoeken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow the account (%1)</source>
        <translation>Het account volgen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un&amp;follow</source>
        <translation>Ont&amp;volgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the account (%1)</source>
        <translation>Het account niet meer volgen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw &amp;follow request</source>
        <translation>&amp;Volgverzoek intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request to follow this locked account (%1)</source>
        <translation>Het volgverzoek voor dit besloten account intrekken (%1)</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../../ui/search/searchresultdelegate.cpp" line="+86"/>
        <location line="+14"/>
        <source>Following</source>
        <translation>Volgend</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 followers · %2 following · %3 posts</source>
        <translation>%1 volgers · %2 volgend · %3 berichten</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <location filename="../../app/secrets/secretresult.cpp" line="+17"/>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation>Er is niets opgeslagen in de sleutelbos voor dit account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access. If it is locked, unlock it (for example by signing in to your desktop again) and try once more.</source>
        <translation>De sleutelbos heeft de toegang geweigerd. Als hij vergrendeld is, ontgrendel hem dan (bijvoorbeeld door je opnieuw aan te melden op je bureaublad) en probeer het nog een keer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service answered. Posthorn keeps passwords and tokens only in the system keychain (the Secret Service of GNOME Keyring or KWallet). Start it, for example with &quot;gnome-keyring-daemon --start --components=secrets&quot;, or install the gnome-keyring package, then try again.</source>
        <translation>Er reageerde geen sleutelbosdienst. Posthorn bewaart wachtwoorden en tokens alleen in de sleutelbos van het systeem (de Secret Service van GNOME Keyring of KWallet). Start die, bijvoorbeeld met &quot;gnome-keyring-daemon --start --components=secrets&quot;, of installeer het pakket gnome-keyring en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error.</source>
        <translation>De sleutelbos meldde een fout.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(It said: %1)</source>
        <translation>(Melding: %1)</translation>
    </message>
</context>
<context>
    <name>SendCountdown</name>
    <message>
        <location filename="../../ui/compose/sendcountdown.cpp" line="+23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo send</source>
        <translation>Verzenden ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the post back to edit it; nothing is sent (Ctrl+Z)</source>
        <translation>Het bericht terughalen om het te bewerken; er wordt niets verstuurd (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Posting in %n s.</source>
        <translation>
            <numerusform>Plaatsen over %n s.</numerusform>
            <numerusform>Plaatsen over %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard/setupwizard.cpp" line="+12"/>
        <source>Set up Posthorn</source>
        <translation>Posthorn instellen</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <location filename="../../app/auth/signinattempt.cpp" line="+41"/>
        <source>Checking the keychain…</source>
        <translation>Sleutelbos controleren…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Posthorn could not listen for your browser&apos;s answer on this computer.</source>
        <translation>Posthorn kon op deze computer niet luisteren naar het antwoord van je browser.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Continue in your browser: sign in there and choose Authorize. Posthorn is waiting for it here.</source>
        <translation>Ga verder in je browser: meld je daar aan en kies Autoriseren. Posthorn wacht hier tot je klaar bent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in in the window that opened, then choose Authorize.</source>
        <translation>Meld je aan in het venster dat is geopend en kies daarna Autoriseren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in window was closed before you signed in.</source>
        <translation>Het aanmeldvenster is gesloten voordat je was aangemeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the sign-in window…</source>
        <translation>Aanmeldvenster openen…</translation>
    </message>
</context>
<context>
    <name>SignInBrowser</name>
    <message>
        <location filename="../../app/auth/signinbrowser.cpp" line="+103"/>
        <source>The sign-in window could not start: %1</source>
        <translation>Het aanmeldvenster kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sign-in window crashed. Please try again, or use your browser instead.</source>
        <translation>Het aanmeldvenster is gecrasht. Probeer het opnieuw, of gebruik in plaats daarvan je browser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in window closed unexpectedly. Please try again, or use your browser instead.</source>
        <translation>Het aanmeldvenster is onverwacht gesloten. Probeer het opnieuw, of gebruik in plaats daarvan je browser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in window (%1) could not be started. Reinstalling Posthorn may help; you can also use your browser instead.</source>
        <translation>Het aanmeldvenster (%1) kon niet worden gestart. Posthorn opnieuw installeren kan helpen; je kunt ook je browser gebruiken.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/wizard/signinpage.cpp" line="+24"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open the sign-in window again</source>
        <translation>Aanmeldvenster opnieuw &amp;openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use my &amp;browser instead</source>
        <translation>In plaats daarvan mijn &amp;webbrowser gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in in your usual web browser: useful for passkeys, single sign-on and password managers.</source>
        <translation>Meld je aan in je gewone webbrowser: handig voor passkeys, single sign-on en wachtwoordbeheerders.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Try again</source>
        <translation>Opnieuw p&amp;roberen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep my sign-in for this session only</source>
        <translation>Aanmelding alleen voor deze &amp;sessie bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posthorn will forget the sign-in when it quits; nothing is written to disk.</source>
        <translation>Posthorn vergeet de aanmelding bij het afsluiten; er wordt niets naar de schijf geschreven.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Mastodon %1</source>
        <translation>Mastodon %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active users</source>
        <translation>%1 actieve gebruikers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server rules</source>
        <translation>Serverregels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn opens %1&apos;s own sign-in page in a window of its own. Sign in there and allow Posthorn to post for you.</source>
        <translation>Posthorn opent de eigen aanmeldpagina van %1 in een apart venster. Meld je daar aan en geef Posthorn toestemming om namens jou berichten te plaatsen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No web browser could be opened. Copy this address into one: %1</source>
        <translation>Er kon geen webbrowser worden geopend. Kopieer dit adres naar een browser: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in.</source>
        <translation>Aangemeld.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../ui/web/signinwindow.cpp" line="+22"/>
        <source>Sign in to %1</source>
        <translation>Aanmelden bij %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 geopend in je browser.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authorization page</source>
        <translation>Autorisatiepagina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>🔒 Secure connection</source>
        <translation>🔒 Beveiligde verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 is encrypted (TLS).</source>
        <translation>De verbinding met %1 is versleuteld (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted (local instance)</source>
        <translation>Niet versleuteld (lokale server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posthorn allows unencrypted connections only to this computer.</source>
        <translation>Posthorn staat onversleutelde verbindingen alleen toe met deze computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Connection not secure</source>
        <translation>⚠ Verbinding niet beveiligd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page was not loaded because its certificate is not valid: %1</source>
        <translation>De pagina is niet geladen, omdat het certificaat ongeldig is: %1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../ui/compose/spellingmenu.cpp" line="+86"/>
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add “%1” to dictionary</source>
        <translation>“%1” &amp;aan woordenboek toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ignore “%1”</source>
        <translation>“%1” &amp;negeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked again until Posthorn quits</source>
        <translation>Niet meer gemarkeerd tot Posthorn afsluit</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/compose/statusline.cpp" line="+16"/>
        <source>Sign &amp;in again…</source>
        <translation>Opnie&amp;uw aanmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock ke&amp;ychain</source>
        <translation>Sleutelhanger ont&amp;grendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in outbox, write another</source>
        <translation>In Postvak UIT laten, nieuw bericht &amp;schrijven</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks the keychain for the sign-in again; it shows its own window for the password</source>
        <translation>Vraagt de sleutelhanger opnieuw om de aanmelding; die toont een eigen venster voor het wachtwoord</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scheduled for %1.</source>
        <translation>Ingepland voor %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted.</source>
        <translation>Geplaatst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted. &lt;a href=&quot;%1&quot;&gt;Open the post&lt;/a&gt;</source>
        <translation>Geplaatst. &lt;a href=&quot;%1&quot;&gt;Bericht openen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StatusLinkResolver</name>
    <message>
        <location filename="../../app/posted/statuslinkresolver.cpp" line="+41"/>
        <source>Sign in first: the post is looked up on your server.</source>
        <translation>Meld je eerst aan: het bericht wordt op je server opgezocht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The post could not be looked up: %1</source>
        <translation>Het bericht kon niet worden opgezocht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your server said: %1</source>
        <translation>Je server meldde: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your server found no post at %1. It may have been deleted, or it is private and your account may not see it.</source>
        <translation>Je server heeft geen bericht gevonden op %1. Misschien is het verwijderd, of het is privé en je account mag het niet zien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your server&apos;s answer about the post could not be read.</source>
        <translation>Het antwoord van je server over het bericht kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../ui/tray/traycontroller.cpp" line="+98"/>
        <source>&amp;Quick post…</source>
        <translation>&amp;Snel bericht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Posthorn</source>
        <translation>Posthorn &amp;openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Your recent posts…</source>
        <translation>&amp;Je recente berichten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post as</source>
        <translation>Plaatsen als</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Q&amp;uit Posthorn</source>
        <translation>Posthorn &amp;afsluiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The outbox is empty</source>
        <translation>Het Postvak UIT is leeg</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) in the outbox</source>
        <translation>
            <numerusform>%n bericht in het Postvak UIT</numerusform>
            <numerusform>%n berichten in het Postvak UIT</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posthorn</source>
        <translation>Posthorn</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) need you</source>
        <translation>
            <numerusform>%n bericht heeft je nodig</numerusform>
            <numerusform>%n berichten hebben je nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) waiting to be sent</source>
        <translation>
            <numerusform>%n bericht wacht op verzending</numerusform>
            <numerusform>%n berichten wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Post scheduled</source>
        <translation>Bericht ingepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will appear on %1.</source>
        <translation>Het verschijnt op %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post published</source>
        <translation>Bericht geplaatst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to open it.</source>
        <translation>Klik om het te openen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A post was not sent</source>
        <translation>Een bericht is niet verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Click to open the outbox.</source>
        <translation>Klik om het Postvak UIT te openen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Posting in %n s</source>
        <translation>
            <numerusform>Plaatsen over %n s</numerusform>
            <numerusform>Plaatsen over %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to undo: the post comes back.</source>
        <translation>Klik om ongedaan te maken: het bericht komt terug.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in needed</source>
        <translation>Aanmelding nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 again so that your posts can go out. Click to sign in.</source>
        <translation>Meld je opnieuw aan bij %1, zodat je berichten verstuurd kunnen worden. Klik om je aan te melden.</translation>
    </message>
</context>
<context>
    <name>WritingHints</name>
    <message>
        <location filename="../../ui/compose/writinghints.cpp" line="+17"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep the language as it is</source>
        <translation>De taal laten zoals hij is</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation>De spelling wordt niet gecontroleerd: er is geen woordenboek voor %1 geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This looks like %1 — post as %1?</source>
        <translation>Dit lijkt %1 — als %1 plaatsen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Post as %1</source>
        <translation>Als %1 plaatsen</translation>
    </message>
</context>
</TS>
