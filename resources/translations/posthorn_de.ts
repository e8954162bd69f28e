<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/compose/accountpicker.cpp" line="+33"/>
        <source>Post &amp;as</source>
        <translation>Posten &amp;als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account to post as</source>
        <translation>Konto, mit dem gepostet wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also post as other accounts</source>
        <translation>Auch als andere Konten posten</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A&amp;lso post as…</source>
        <translation>Auch posten a&amp;ls …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lso as %1</source>
        <translation>Auch a&amp;ls %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the same text from other accounts too; each server gets it on its own.</source>
        <translation>Denselben Text auch von anderen Konten aus posten; jeder Server erhält ihn für sich.</translation>
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
        <translation>Melde dich an, um Konten zu folgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot follow your own account.</source>
        <translation>Du kannst deinem eigenen Konto nicht folgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot be followed from here.</source>
        <translation>Diesem Konto kann von hier aus nicht gefolgt werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Too many follows or unfollows. Try again after %1.</source>
        <translation>Zu viele Anfragen zum Folgen oder Entfolgen. Versuche es nach %1 erneut.</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <location filename="../../app/search/accountsearchmodel.cpp" line="+51"/>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved to @%1</source>
        <translation>umgezogen nach @%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>following</source>
        <translation>du folgst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow requested</source>
        <translation>Folgeanfrage gestellt</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../../app/session/accountsession.cpp" line="+28"/>
        <source>Unlock your keychain to post from %1: Posthorn is waiting for it to give the sign-in, and your desktop may be asking for the keychain&apos;s password in a window of its own. Posts wait in the outbox until then.</source>
        <translation>Entsperre deinen Schlüsselbund, um von %1 aus zu veröffentlichen: Posthorn wartet darauf, dass er die Anmeldung herausgibt, und dein Desktop fragt vielleicht in einem eigenen Fenster nach dem Passwort des Schlüsselbunds. Beiträge warten bis dahin im Postausgang.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Posthorn no longer has a sign-in for %1.</source>
        <translation>Posthorn hat keine Anmeldung mehr für %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain stayed locked, so nothing is posted from %1 yet; posts wait in the outbox. Choose Unlock keychain to be asked for its password again.</source>
        <translation>Der Schlüsselbund blieb gesperrt, daher wird von %1 noch nichts veröffentlicht; Beiträge warten im Postausgang. Wähle „Schlüsselbund entsperren“, um erneut nach seinem Passwort gefragt zu werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posthorn cannot read the sign-in for %1 from the keychain, so nothing is posted from it yet; posts wait in the outbox. %2 Posthorn asks the keychain again in a moment.</source>
        <translation>Posthorn kann die Anmeldung für %1 nicht aus dem Schlüsselbund lesen, daher wird damit noch nichts gepostet; Beiträge warten im Postausgang. %2 Posthorn fragt den Schlüsselbund gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused Posthorn&apos;s sign-in; it may have been revoked or have expired.</source>
        <translation>%1 hat die Anmeldung von Posthorn abgelehnt; sie wurde vielleicht widerrufen oder ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>AccountSignOut</name>
    <message>
        <location filename="../../app/auth/accountsignout.cpp" line="+41"/>
        <source>No sign-in was stored for %1, so there was nothing to revoke.</source>
        <translation>Für %1 war keine Anmeldung gespeichert, daher gab es nichts zu widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in of %1 could not be read from the keychain, so the server was not asked to revoke it. %2</source>
        <translation>Die Anmeldung von %1 konnte nicht aus dem Schlüsselbund gelesen werden, daher wurde der Server nicht gebeten, sie zu widerrufen. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn&apos;s registration on %1 is gone, so the server was not asked to revoke the sign-in. You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation>Die Registrierung von Posthorn auf %1 ist nicht mehr vorhanden, daher wurde der Server nicht gebeten, die Anmeldung zu widerrufen. Du kannst Posthorn in den Einstellungen des Servers unter Konto, Autorisierte Apps entfernen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Posthorn&apos;s registration on %1 could not be read from the keychain, so the server was not asked to revoke the sign-in. You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation>Die Registrierung von Posthorn auf %1 konnte nicht aus dem Schlüsselbund gelesen werden, daher wurde der Server nicht gebeten, die Anmeldung zu widerrufen. Du kannst Posthorn in den Einstellungen des Servers unter Konto, Autorisierte Apps entfernen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed out here, but %1 did not confirm that it revoked Posthorn&apos;s access (%2). You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation>Hier abgemeldet, aber %1 hat nicht bestätigt, dass der Zugriff von Posthorn widerrufen wurde (%2). Du kannst Posthorn in den Einstellungen des Servers unter Konto, Autorisierte Apps entfernen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in could not be deleted from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/apiclient.cpp" line="+140"/>
        <source>Posthorn only connects to servers over https; %1 is not one.</source>
        <translation>Posthorn verbindet sich nur über https mit Servern; %1 ist keine solche Adresse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request&apos;s address is not on the server.</source>
        <translation>Die Adresse der Anfrage liegt nicht auf dem Server.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/api/apierror.cpp" line="+12"/>
        <source>(The server said: %1)</source>
        <translation>(Der Server meldete: %1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has not allowed Posthorn to do that.</source>
        <translation>Dieses Konto hat Posthorn das nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not find it.</source>
        <translation>Der Server konnte es nicht finden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many requests. Posthorn will try again at %1.</source>
        <translation>Zu viele Anfragen. Posthorn versucht es um %1 erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has a problem (HTTP %1). Please try again later.</source>
        <translation>Der Server hat ein Problem (HTTP %1). Bitte versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an unexpected reply (HTTP %1).</source>
        <translation>Der Server hat eine unerwartete Antwort gesendet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/api/apiresult.cpp" line="+29"/>
        <source>The server sent a reply Posthorn does not understand (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die Posthorn nicht versteht (%1).</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../../app/api/apireply.cpp" line="+61"/>
        <location line="+139"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s reply is larger than the %1 Posthorn accepts.</source>
        <translation>Die Antwort des Servers ist größer als die %1, die Posthorn annimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent the request on to another site (%1). Posthorn did not follow, to keep your sign-in private.</source>
        <translation>Der Server hat die Anfrage an eine andere Website weitergeleitet (%1). Posthorn ist der Weiterleitung nicht gefolgt, damit deine Anmeldung privat bleibt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server closed the connection during the handshake</source>
        <translation>der Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server tried to switch to an unencrypted connection.</source>
        <translation>Der Server hat versucht, zu einer unverschlüsselten Verbindung zu wechseln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>The server&apos;s reply was cut off.</source>
        <translation>Die Antwort des Servers wurde abgeschnitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address could not be found.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfe die Netzwerkverbindung.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/appshell.cpp" line="+255"/>
        <source>Posthorn is still running</source>
        <translation>Posthorn läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays in the system tray, so a quick post is a click away. Choose Quit Posthorn in the tray&apos;s menu to end it.</source>
        <translation>Es bleibt im Infobereich, damit ein Schnellpost nur einen Klick entfernt ist. Wähle „Posthorn beenden“ im Menü des Infobereichs, um es zu beenden.</translation>
    </message>
</context>
<context>
    <name>AtomicJsonFile</name>
    <message>
        <location filename="../../app/util/atomicjsonfile.cpp" line="+17"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentUploads</name>
    <message>
        <location filename="../../app/media/attachmentuploads.cpp" line="+126"/>
        <source>The pasted picture could not be saved to %1.</source>
        <translation>Das eingefügte Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to the server yet.</source>
        <translation>Noch nicht mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>AudienceRow</name>
    <message>
        <location filename="../../ui/compose/audiencerow.cpp" line="+18"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers only</source>
        <translation>Nur für Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned people only</source>
        <translation>Nur erwähnte Profile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see the post</source>
        <translation>Wer den Beitrag sehen kann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the post</source>
        <translation>Sprache des Beitrags</translation>
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
        <translation>Posthorn hat keinen Port, um die Antwort deines Browsers zu empfangen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 names another site (%2) for signing in. Posthorn only signs in on the server itself, so it stopped here.</source>
        <translation>%1 nennt für die Anmeldung eine andere Website (%2). Posthorn meldet sich nur auf dem Server selbst an und hat daher hier aufgehört.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Posthorn only connects to servers over https; %1 is not one.</source>
        <translation>Posthorn verbindet sich nur über https mit Servern; %1 ist keine solche Adresse.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for you to sign in on %1…</source>
        <translation>Warte auf deine Anmeldung auf %1 …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Posthorn is not waiting for a sign-in answer right now, so it ignored this one. Please sign in again.</source>
        <translation>Posthorn wartet gerade auf keine Anmeldeantwort und hat diese daher ignoriert. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That was not a sign-in answer for Posthorn, so it was ignored.</source>
        <translation>Das war keine Anmeldeantwort für Posthorn, daher wurde sie ignoriert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finishing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server did not accept the sign-in: %1. Please sign in again.</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert: %1. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posthorn could not get a token from %1: %2</source>
        <translation>Posthorn konnte kein Token von %1 erhalten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no access token</source>
        <translation>kein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the token…</source>
        <translation>Token wird geprüft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer knows Posthorn&apos;s registration. Please sign in again; Posthorn will register anew.</source>
        <translation>%1 kennt die Registrierung von Posthorn nicht mehr. Bitte melde dich erneut an; Posthorn registriert sich dann neu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new sign-in could not be checked: %1</source>
        <translation>Die neue Anmeldung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the sign-in in the keychain…</source>
        <translation>Anmeldung wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keychain did not keep the token it was given. Please check the keychain and sign in again.</source>
        <translation>Der Schlüsselbund hat das übergebene Token nicht behalten. Bitte prüfe den Schlüsselbund und melde dich erneut an.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../../app/launch/autostartentry.cpp" line="+172"/>
        <source>Cannot write %1: the program&apos;s path is empty or holds control characters, which a desktop entry cannot hold.</source>
        <translation>%1 kann nicht geschrieben werden: Der Pfad des Programms ist leer oder enthält Steuerzeichen, die ein Desktop-Eintrag nicht enthalten kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: the folder %2 cannot be created.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>ClientRegistrar</name>
    <message>
        <location filename="../../app/auth/clientregistrar.cpp" line="+75"/>
        <source>Checking Posthorn&apos;s registration on %1…</source>
        <translation>Registrierung von Posthorn auf %1 wird geprüft …</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Registering Posthorn with %1…</source>
        <translation>Posthorn wird auf %1 registriert …</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Posthorn could not register with %1: %2</source>
        <translation>Posthorn konnte sich nicht auf %1 registrieren: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client secret</source>
        <translation>kein Client-Secret</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+14"/>
        <source>Post to Mastodon from your desktop.

From scripts, without a window: posthorn post [options] [text | -] (see posthorn post --help), and posthorn accounts.</source>
        <translation>Von deinem Desktop aus auf Mastodon posten.

Aus Skripten, ohne Fenster: posthorn post [options] [text | -] (siehe posthorn post --help) und posthorn accounts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the quick-post window of the running Posthorn, starting it if needed.</source>
        <translation>Das Schnellpost-Fenster des laufenden Posthorn zeigen und es bei Bedarf starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the quick-post window with this text.</source>
        <translation>Das Schnellpost-Fenster mit diesem Text öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start hidden in the system tray.</source>
        <translation>Versteckt im Infobereich starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the composer replying to the post at this link.</source>
        <translation>Das Eingabefeld als Antwort auf den Beitrag unter diesem Link öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the composer quoting the post at this link.</source>
        <translation>Das Eingabefeld mit einem Zitat des Beitrags unter diesem Link öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web+mastodon://share link to open in the quick-post window.</source>
        <translation>Ein web+mastodon://share-Link, der im Schnellpost-Fenster geöffnet wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: Posthorn opens only web+mastodon://share links that carry a text.</source>
        <translation>%1 kann nicht geöffnet werden: Posthorn öffnet nur web+mastodon://share-Links, die einen Text enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either --share or a share link, not both.</source>
        <translation>Gib entweder --share oder einen Teilen-Link an, nicht beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 needs a post&apos;s link (https://…), not: %2</source>
        <translation>--%1 braucht den Link eines Beitrags (https://…), nicht: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either --reply-to or --quote, not both.</source>
        <translation>Gib entweder --reply-to oder --quote an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <location filename="../../app/complete/completionmodel.cpp" line="+44"/>
        <source>followed</source>
        <translation>gefolgt</translation>
    </message>
</context>
<context>
    <name>CompletionPopup</name>
    <message>
        <location filename="../../ui/compose/completionpopup.cpp" line="+30"/>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Suggestion %1 of %2: %3</source>
        <translation>Vorschlag %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s); Tab inserts %1</source>
        <translation>
            <numerusform>%n Vorschlag; Tab fügt %1 ein</numerusform>
            <numerusform>%n Vorschläge; Tab fügt %1 ein</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionSearch</name>
    <message numerus="yes">
        <location filename="../../app/complete/completionsearch.cpp" line="+269"/>
        <source>%n person(s) in the past %1 days</source>
        <translation>
            <numerusform>%n Person in den letzten %1 Tagen</numerusform>
            <numerusform>%n Personen in den letzten %1 Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerMessages</name>
    <message>
        <location filename="../../ui/compose/composermessages.cpp" line="+14"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss the notice about kept files</source>
        <translation>Hinweis zu aufbewahrten Dateien schließen</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../ui/compose/composerwidget.cpp" line="+138"/>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content warning: what the post is about</source>
        <translation>Inhaltswarnung: Worum geht es im Beitrag?</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>A&amp;dd a post</source>
        <translation>Beitrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue as a thread</source>
        <translation>Als Thread fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the text as a thread of replies</source>
        <translation>Den Text als Thread aus Antworten fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+173"/>
        <source>&amp;Post</source>
        <translation>&amp;Posten</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Post (Ctrl+Return)</source>
        <translation>Posten (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Wait until the media are uploaded.</source>
        <translation>Warte, bis die Medien hochgeladen sind.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An edited post cannot become a thread.</source>
        <translation>Ein bearbeiteter Beitrag kann kein Thread werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sched&amp;ule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the edit (Ctrl+Return)</source>
        <translation>Die Bearbeitung speichern (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, video and audio (*.png *.jpg *.jpeg *.gif *.webp *.heic *.avif *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a);;All files (*)</source>
        <translation>Bilder, Videos und Audio (*.png *.jpg *.jpeg *.gif *.webp *.heic *.avif *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A post can have media or a poll, not both.</source>
        <translation>Ein Beitrag kann Medien oder eine Umfrage enthalten, nicht beides.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the pasted picture…</source>
        <translation>Eingefügtes Bild wird gespeichert …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saving the edit…</source>
        <translation>Bearbeitung wird gespeichert …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scheduling…</source>
        <translation>Wird geplant …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posting…</source>
        <translation>Wird gepostet …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: the post is back here to edit.</source>
        <translation>Nicht gesendet: Der Beitrag ist zum Bearbeiten wieder hier.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post or clear what you are writing first; then the post from the outbox can come back here.</source>
        <translation>Poste oder lösche zuerst, was du gerade schreibst; dann kann der Beitrag aus dem Postausgang hierher zurückkommen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Post or clear what you are writing first; then the deleted post can come back into the composer.</source>
        <translation>Poste oder lösche zuerst, was du gerade schreibst; dann kann der gelöschte Beitrag ins Eingabefeld zurückkommen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The deleted post could not come back into the composer, which holds other text; it is kept in %1.</source>
        <translation>Der gelöschte Beitrag konnte nicht ins Eingabefeld zurück, weil dort anderer Text steht; er ist in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you were writing is kept in %1.</source>
        <translation>Was du geschrieben hattest, ist in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait until the post on its way is out (or keep it in the outbox); then a post can be edited here.</source>
        <translation>Warte, bis der Beitrag, der gerade unterwegs ist, gesendet wurde (oder lass ihn im Postausgang); dann kann hier ein Beitrag bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or cancel the edit you are making first.</source>
        <translation>Speichere zuerst die laufende Bearbeitung oder brich sie ab.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit cancelled; the post on the server is unchanged.</source>
        <translation>Bearbeitung abgebrochen; der Beitrag auf dem Server ist unverändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the Poll</source>
        <translation>Umfrage ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this edit changes the poll, and the server then resets its votes: everyone who voted must vote again.</source>
        <translation>Wenn du diese Bearbeitung speicherst, ändert sich die Umfrage, und der Server setzt dann ihre Stimmen zurück: Alle, die abgestimmt haben, müssen erneut abstimmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and Reset Votes</source>
        <translation>Speichern und Stimmen zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your edit is saved.</source>
        <translation>Deine Bearbeitung ist gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The post waits in the outbox.</source>
        <translation>Der Beitrag wartet im Postausgang.</translation>
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
            <numerusform>%n Link zählt %1 Zeichen, egal wie lang.</numerusform>
            <numerusform>%n Links zählen je %1 Zeichen, egal wie lang.</numerusform>
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
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions of people on other servers count without the server: %1.</source>
        <translation>Erwähnungen von Personen auf anderen Servern zählen ohne den Server: %1.</translation>
    </message>
</context>
<context>
    <name>CrossPost</name>
    <message>
        <location filename="../../app/compose/crosspost.cpp" line="+6"/>
        <source>An edit changes one post on its own server: it is saved for that account only.</source>
        <translation>Eine Bearbeitung ändert einen Beitrag auf seinem eigenen Server: Sie wird nur für dieses Konto gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote points at a post on one server: it goes out from one account only.</source>
        <translation>Ein Zitat verweist auf einen Beitrag auf einem Server: Es wird nur von einem Konto aus gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply belongs to a conversation on one server: it goes out from one account only.</source>
        <translation>Eine Antwort gehört zu einer Unterhaltung auf einem Server: Sie wird nur von einem Konto aus gesendet.</translation>
    </message>
</context>
<context>
    <name>CrossPostAccounts</name>
    <message>
        <location filename="../../app/session/crosspostaccounts.cpp" line="+59"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot post as %1: %2</source>
        <translation>Posten als %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>CrossPostCommand</name>
    <message>
        <location filename="../../app/cli/crosspostcommand.cpp" line="+71"/>
        <source>--json takes one --account: a cross-post prints one line per account.</source>
        <translation>--json nimmt nur ein --account: Beim Posten mit mehreren Konten wird eine Zeile pro Konto ausgegeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--reply-to takes one --account: a reply belongs to a conversation on one server.</source>
        <translation>--reply-to nimmt nur ein --account: Eine Antwort gehört zu einer Unterhaltung auf einem Server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no description. Give one with --alt TEXT right after its --media, so that people who cannot see it know what it shows.</source>
        <translation>%1 hat keine Beschreibung. Gib eine mit --alt TEXT direkt nach dem zugehörigen --media an, damit Menschen, die es nicht sehen können, wissen, was es zeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the file %1.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account is signed in: start Posthorn and sign in first.</source>
        <translation>Kein Konto ist angemeldet: Starte Posthorn und melde dich zuerst an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account %1 in Posthorn; the accounts are: %2</source>
        <translation>Kein Konto %1 in Posthorn; die Konten sind: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names more than one account; name one of: %2</source>
        <translation>%1 passt auf mehr als ein Konto; nenne eines von: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Posthorn no longer has a sign-in for %1: start Posthorn and sign in again. Nothing was sent.</source>
        <translation>Posthorn hat keine Anmeldung mehr für %1: Starte Posthorn und melde dich erneut an. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the sign-in for %1 from the keychain: %2. Nothing was sent.</source>
        <translation>Die Anmeldung für %1 kann nicht aus dem Schlüsselbund gelesen werden: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The files could not be kept for the outbox, so nothing was sent: %1</source>
        <translation>Die Dateien konnten nicht für den Postausgang aufbewahrt werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Posthorn holds the outbox and does not answer; nothing was sent.</source>
        <translation>Eine andere Posthorn-Instanz belegt den Postausgang und antwortet nicht; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The running Posthorn did not take the post; nothing was sent.</source>
        <translation>Das laufende Posthorn hat den Beitrag nicht angenommen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The running Posthorn gave an answer this command does not know.</source>
        <translation>Das laufende Posthorn gab eine Antwort, die dieser Befehl nicht kennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posthorn closed before the post was sent.</source>
        <translation>Posthorn wurde beendet, bevor der Beitrag gesendet wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Posthorn took the post but did not say how it went.</source>
        <translation>Das laufende Posthorn hat den Beitrag angenommen, aber nicht gemeldet, wie es ausgegangen ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation>Der Beitrag konnte nicht im Postausgang gespeichert werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>scheduled for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sent yet%1; it waits in Posthorn&apos;s outbox and is sent when Posthorn next runs.</source>
        <translation>noch nicht gesendet%1; er wartet im Postausgang von Posthorn und wird gesendet, wenn Posthorn das nächste Mal läuft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a new sign-in: open Posthorn and sign in again; the post waits in the outbox until then.</source>
        <translation>neue Anmeldung nötig: Öffne Posthorn und melde dich erneut an; bis dahin wartet der Beitrag im Postausgang.</translation>
    </message>
</context>
<context>
    <name>CrossPostResults</name>
    <message>
        <location filename="../../ui/compose/crosspostresults.cpp" line="+27"/>
        <source>%1: scheduled for %2</source>
        <translation>%1: geplant für %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: published %2</source>
        <translation>%1: veröffentlicht %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not sent, discarded</source>
        <translation>%1: nicht gesendet, verworfen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: not sent</source>
        <translation>%1: nicht gesendet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: waiting to be sent</source>
        <translation>%1: wartet auf das Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not sent yet (%2); it is tried again</source>
        <translation>%1: noch nicht gesendet (%2); wird erneut versucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: posting…</source>
        <translation>%1: wird gepostet …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: refused by the server: %2</source>
        <translation>%1: vom Server abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: waits for a new sign-in</source>
        <translation>%1: wartet auf eine neue Anmeldung</translation>
    </message>
</context>
<context>
    <name>DescriptionAssist</name>
    <message>
        <location filename="../../ui/media/descriptionassist.cpp" line="+22"/>
        <source>Text from &amp;image</source>
        <translation>&amp;Text aus Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text from image: read the text in %1</source>
        <translation>Text aus Bild: den Text in %1 lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the text printed in the picture, on this computer, and offers it as the description. Nothing is sent anywhere.</source>
        <translation>Liest den Text, der im Bild steht, auf diesem Computer und bietet ihn als Beschreibung an. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the text in the picture</source>
        <translation>Text im Bild wird gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the text in %1</source>
        <translation>Lesen des Texts in %1 abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the description came from</source>
        <translation>Woher die Beschreibung stammt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No text found in the picture.</source>
        <translation>Im Bild wurde kein Text gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text read from the picture: check it, and say what the picture shows.</source>
        <translation>Text aus dem Bild gelesen: Prüfe ihn und beschreibe, was das Bild zeigt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the text in the picture…</source>
        <translation>Text im Bild wird gelesen …</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <location filename="../../app/compose/draftautosave.cpp" line="+113"/>
        <source>The disk is full, so the draft cannot be saved. Your text stays here and is saved as soon as there is space again (%1).</source>
        <translation>Die Festplatte ist voll, daher kann der Entwurf nicht gespeichert werden. Dein Text bleibt hier und wird gespeichert, sobald wieder Platz ist (%1).</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <location filename="../../app/compose/draftcheck.cpp" line="+20"/>
        <source>Write something first.</source>
        <translation>Schreib zuerst etwas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post %1 of the thread is empty.</source>
        <translation>Beitrag %1 des Threads ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll needs a question.</source>
        <translation>Eine Umfrage braucht eine Frage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post is %1 over the character limit.</source>
        <translation>Der Beitrag überschreitet die Zeichenbegrenzung um %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post %1 of the thread is %2 over the character limit.</source>
        <translation>Beitrag %1 des Threads überschreitet die Zeichenbegrenzung um %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A post can have media or a poll, not both.</source>
        <translation>Ein Beitrag kann Medien oder eine Umfrage enthalten, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attachments: this server takes %1 at most.</source>
        <translation>Zu viele Anhänge: Dieser Server erlaubt höchstens %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image description is over this server&apos;s limit of %1 characters.</source>
        <translation>Eine Bildbeschreibung überschreitet die Begrenzung dieses Servers von %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A thread cannot be scheduled; post it now or schedule one post.</source>
        <translation>Ein Thread kann nicht geplant werden; poste ihn jetzt oder plane einen einzelnen Beitrag.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A poll needs at least two choices.</source>
        <translation>Eine Umfrage braucht mindestens zwei Optionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many poll choices: this server takes %1 at most.</source>
        <translation>Zu viele Umfrageoptionen: Dieser Server erlaubt höchstens %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every poll choice needs text.</source>
        <translation>Jede Umfrageoption braucht einen Text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A poll choice is over this server&apos;s limit of %1 characters.</source>
        <translation>Eine Umfrageoption überschreitet die Begrenzung dieses Servers von %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two poll choices are the same.</source>
        <translation>Zwei Umfrageoptionen sind gleich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The poll must run between %1 and %2 minutes.</source>
        <translation>Die Umfrage muss zwischen %1 und %2 Minuten laufen.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../../app/compose/draftstore.cpp" line="+30"/>
        <source>This draft is not saved: %1 could not be read nor moved aside, and Posthorn does not write over it. Move that file elsewhere to save the draft again.</source>
        <translation>Dieser Entwurf wird nicht gespeichert: %1 ließ sich weder lesen noch beiseitelegen, und Posthorn überschreibt es nicht. Verschiebe die Datei, damit der Entwurf wieder gespeichert wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A saved draft could not be read. Posthorn kept it as %1 and started with an empty composer.</source>
        <translation>Ein gespeicherter Entwurf ließ sich nicht lesen. Posthorn hat ihn als %1 aufbewahrt und mit einem leeren Eingabefeld begonnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved draft could not be read: %1. Posthorn leaves it as it is and will not save over it.</source>
        <translation>Ein gespeicherter Entwurf ließ sich nicht lesen: %1. Posthorn lässt ihn, wie er ist, und überschreibt ihn nicht.</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <location filename="../../ui/compose/editbanner.cpp" line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing and bring back what you were writing (Escape)</source>
        <translation>Bearbeitung beenden und zurückholen, was du geschrieben hattest (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>earlier</source>
        <translation>zu einem früheren Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing your post from %1. Save replaces it on the server; its visibility stays as it is.</source>
        <translation>Du bearbeitest deinen Beitrag (veröffentlicht %1). „Speichern“ ersetzt ihn auf dem Server; seine Sichtbarkeit bleibt, wie sie ist.</translation>
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
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert emoji (Ctrl+;)</source>
        <translation>Emoji einfügen (Strg+;)</translation>
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
        <translation>Emoji nach Namen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emoji category</source>
        <translation>Emoji-Kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skin tone</source>
        <translation>Hautfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No skin tone</source>
        <translation>Keine Hautfarbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light skin tone</source>
        <translation>Helle Hautfarbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium-light skin tone</source>
        <translation>Mittelhelle Hautfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin tone</source>
        <translation>Mittlere Hautfarbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium-dark skin tone</source>
        <translation>Mitteldunkle Hautfarbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark skin tone</source>
        <translation>Dunkle Hautfarbe</translation>
    </message>
</context>
<context>
    <name>EmojiPickerModel</name>
    <message>
        <location filename="../../app/complete/emojipickermodel.cpp" line="+93"/>
        <source>This server&apos;s emoji</source>
        <translation>Emoji dieses Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s emoji: %1</source>
        <translation>Emoji dieses Servers: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>EntryMediaUploader</name>
    <message>
        <location filename="../../app/outbox/entrymediauploader.cpp" line="+33"/>
        <location line="+30"/>
        <source>The account was signed out during the upload.</source>
        <translation>Das Konto wurde während des Hochladens abgemeldet.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/wizard/finishpage.cpp" line="+21"/>
        <source>You are signed in</source>
        <translation>Du bist angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posthorn keeps your sign-in in the system keychain.</source>
        <translation>Posthorn bewahrt deine Anmeldung im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start posting</source>
        <translation>&amp;Loslegen</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <location filename="../../ui/guiapplication.cpp" line="+41"/>
        <source>Posthorn is already running but does not answer. Quit it, or end its process, and try again.</source>
        <translation>Posthorn läuft bereits, reagiert aber nicht. Beende es oder seinen Prozess und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for a posthorn post command to finish…</source>
        <translation>Warte, bis ein Befehl „posthorn post“ abgeschlossen ist …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The posthorn post command did not finish; Posthorn starts anyway.</source>
        <translation>Der Befehl „posthorn post“ wurde nicht abgeschlossen; Posthorn startet trotzdem.</translation>
    </message>
</context>
<context>
    <name>ImageTextReader</name>
    <message>
        <location filename="../../app/media/imagetextreader.cpp" line="+218"/>
        <source>The picture could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tesseract OCR is not installed (package libtesseract5).</source>
        <translation>Tesseract OCR ist nicht installiert (Paket libtesseract5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tesseract has no data for reading %1 text; install tesseract-ocr-%1.</source>
        <translation>Tesseract hat keine Daten zum Lesen von Text in %1; installiere tesseract-ocr-%1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tesseract could not read the picture.</source>
        <translation>Tesseract konnte das Bild nicht lesen.</translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <location filename="../../app/instance/instanceaddress.cpp" line="+28"/>
        <source>Enter the address of your Mastodon server, like mastodon.social.</source>
        <translation>Gib die Adresse deines Mastodon-Servers ein, z. B. mastodon.social.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a server address. Enter one like mastodon.social.</source>
        <translation>&quot;%1&quot; ist keine Serveradresse. Gib eine Adresse wie mastodon.social ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posthorn connects to Mastodon servers over https; &quot;%1&quot; addresses are not supported.</source>
        <translation>Posthorn verbindet sich über https mit Mastodon-Servern; &quot;%1&quot;-Adressen werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 would be reached without encryption (http). Posthorn uses http only for servers on this computer; use https://%1 instead.</source>
        <translation>%1 würde ohne Verschlüsselung (http) erreicht. Posthorn verwendet http nur für Server auf diesem Computer; verwende stattdessen https://%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a complete server address. Enter the whole name, like mastodon.social.</source>
        <translation>&quot;%1&quot; ist keine vollständige Serveradresse. Gib den ganzen Namen ein, z. B. mastodon.social.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a server address Posthorn can use.</source>
        <translation>&quot;%1&quot; ist keine Serveradresse, die Posthorn verwenden kann.</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <location filename="../../ui/wizard/instancepage.cpp" line="+21"/>
        <source>Your Mastodon server</source>
        <translation>Dein Mastodon-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server your account is on, like mastodon.social, or your address, like @you@mastodon.social.</source>
        <translation>Gib den Server ein, auf dem dein Konto liegt, z. B. mastodon.social, oder deine Adresse, z. B. @du@mastodon.social.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht …</translation>
    </message>
</context>
<context>
    <name>InstanceProbe</name>
    <message>
        <location filename="../../app/instance/instanceprobe.cpp" line="+150"/>
        <source>%1 does not look like a Mastodon server (or one compatible with it). Check the address: it is the part after the second @ of your handle, like mastodon.social.</source>
        <translation>%1 sieht nicht wie ein Mastodon-Server (oder ein damit kompatibler Server) aus. Prüfe die Adresse: Sie ist der Teil nach dem zweiten @ deines Namens, z. B. mastodon.social.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no server called %1. Check the address for typing mistakes.</source>
        <translation>Es gibt keinen Server namens %1. Prüfe die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the connection. The server may be down, or the address or port may be wrong.</source>
        <translation>%1 hat die Verbindung abgelehnt. Der Server ist vielleicht nicht erreichbar, oder die Adresse oder der Port ist falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posthorn could not reach %1. Check your network connection and try again.</source>
        <translation>Posthorn konnte %1 nicht erreichen. Prüfe deine Netzwerkverbindung und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. It may be busy or down; try again in a while.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Der Server ist vielleicht ausgelastet oder nicht erreichbar; versuche es später noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed, so Posthorn did not go on. The server&apos;s certificate may be invalid or expired, or something between you and the server interferes. (%2)</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, daher hat Posthorn nicht weitergemacht. Das Zertifikat des Servers ist vielleicht ungültig oder abgelaufen, oder etwas zwischen dir und dem Server stört die Verbindung. (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a problem right now (HTTP %2). Try again later.</source>
        <translation>%1 hat gerade ein Problem (HTTP %2). Versuche es später erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(It answered HTTP %1.)</source>
        <translation>(Er antwortete mit HTTP %1.)</translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <location filename="../../app/secrets/keychainprobe.cpp" line="+17"/>
        <source>The keychain did not answer. It may be locked and waiting for you to unlock it in a window of its own.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Vielleicht ist er gesperrt und wartet in einem eigenen Fenster darauf, dass du ihn entsperrst.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The keychain gave back something other than what was stored.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben, als gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../app/secrets/keychainsecretstore.cpp" line="+136"/>
        <source>The keychain is locked and was not unlocked.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt.</translation>
    </message>
</context>
<context>
    <name>LinkedPostBar</name>
    <message>
        <location filename="../../ui/compose/linkedpostbar.cpp" line="+34"/>
        <source>Who can quote:</source>
        <translation>Wer zitieren darf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply to this post</source>
        <translation>Auf diesen Beitrag antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote this post</source>
        <translation>Diesen Beitrag zitieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the link instead</source>
        <translation>Stattdessen den Link posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+250"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Post replied to or quoted</source>
        <translation>Beitrag, auf den du antwortest oder den du zitierst</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who can quote this post</source>
        <translation>Wer diesen Beitrag zitieren darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers only</source>
        <translation>Nur für Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Post without replying to or quoting it (Ctrl+Shift+X)</source>
        <translation>Posten, ohne darauf zu antworten oder ihn zu zitieren (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoting %1</source>
        <translation>Zitat von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n media attachment(s)</source>
        <translation>
            <numerusform>%n Medienanhang</numerusform>
            <numerusform>%n Medienanhänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wait until the post is found on your server.</source>
        <translation>Warte, bis der Beitrag auf deinem Server gefunden ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post to reply to or quote was not found: try again or remove it.</source>
        <translation>Der Beitrag, auf den du antworten oder den du zitieren willst, wurde nicht gefunden: Versuche es erneut oder entferne ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server cannot quote posts: post the link instead, or remove it.</source>
        <translation>Dein Server kann keine Beiträge zitieren: Poste stattdessen den Link oder entferne ihn.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a link to a post: %1</source>
        <translation>Das ist ein Link zu einem Beitrag: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up %1 on your server…</source>
        <translation>%1 wird auf deinem Server gesucht …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your server cannot quote posts (that needs Mastodon 4.5 or later). You can post the link to it instead.</source>
        <translation>Dein Server kann keine Beiträge zitieren (dafür ist Mastodon 4.5 oder neuer nötig). Du kannst stattdessen den Link dazu posten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <location filename="../../app/auth/loopbackredirectserver.cpp" line="+80"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;There is nothing here.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Hier gibt es nichts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Signing in is done here. You can close this tab and go back to Posthorn.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Die Anmeldung ist hier abgeschlossen. Du kannst diesen Tab schließen und zu Posthorn zurückkehren.&lt;/p&gt;</translation>
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
        <translation>Aus dem Postausgang geplant: „%1“, für %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted from the outbox: “%1”.</source>
        <translation>Aus dem Postausgang gepostet: „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick p&amp;ost…</source>
        <translation>Sch&amp;nellpost …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Po&amp;sted</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Last Post</source>
        <translation>&amp;Letzten Beitrag bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The account is not connected yet; try again in a moment.</source>
        <translation>Das Konto ist noch nicht verbunden; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account has no post to edit yet.</source>
        <translation>Dieses Konto hat noch keinen Beitrag zum Bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your last post could not be opened: %1</source>
        <translation>Dein letzter Beitrag konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening your last post…</source>
        <translation>Dein letzter Beitrag wird geöffnet …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quit Posthorn</source>
        <translation>Posthorn beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) in the outbox have not gone out yet. They are kept on this computer and sent the next time you start Posthorn. Quit now?</source>
        <translation>
            <numerusform>%n Beitrag im Postausgang wurde noch nicht gesendet. Er bleibt auf diesem Computer und wird gesendet, wenn du Posthorn das nächste Mal startest. Jetzt beenden?</numerusform>
            <numerusform>%n Beiträge im Postausgang wurden noch nicht gesendet. Sie bleiben auf diesem Computer und werden gesendet, wenn du Posthorn das nächste Mal startest. Jetzt beenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Abmelden …</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Posting as %1 (%2)</source>
        <translation>Du postest als %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account is selected.</source>
        <translation>Kein Konto ausgewählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1? Posthorn will ask the server to revoke its access and forget the sign-in.</source>
        <translation>Von %1 abmelden? Posthorn bittet den Server, den Zugriff zu widerrufen, und vergisst die Anmeldung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing out of %1…</source>
        <translation>Abmeldung von %1 …</translation>
    </message>
</context>
<context>
    <name>MediaAttachmentWidget</name>
    <message>
        <location filename="../../ui/media/mediaattachmentwidget.cpp" line="+46"/>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space opens a larger preview. Click or use the arrow keys to choose the focal point that thumbnails centre on.</source>
        <translation>Die Leertaste öffnet eine größere Vorschau. Klicke oder verwende die Pfeiltasten, um den Fokuspunkt zu wählen, auf den Vorschaubilder zentriert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upload state</source>
        <translation>Upload-Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Retry</source>
        <translation>Er&amp;neut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the upload of %1</source>
        <translation>Upload von %1 erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description (alt text):</source>
        <translation>&amp;Beschreibung (Alt-Text):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description of %1 for people who cannot see it</source>
        <translation>Beschreibung von %1 für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what it shows for people who cannot see it</source>
        <translation>Beschreibe den Inhalt für Menschen, die ihn nicht sehen können</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No description yet: add one so everyone can follow.</source>
        <translation>Noch keine Beschreibung: Füge eine hinzu, damit alle den Inhalt erfassen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing description</source>
        <translation>Beschreibung fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description characters left</source>
        <translation>Verbleibende Zeichen der Beschreibung</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>From the file&apos;s own description: check that it says what the picture shows.</source>
        <translation>Aus der Beschreibung in der Datei selbst: Prüfe, ob sie sagt, was das Bild zeigt.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Uploading… %1 of %2</source>
        <translation>Wird hochgeladen … %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Processing on the server…</source>
        <translation>Wird auf dem Server verarbeitet …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload failed.</source>
        <translation>Der Upload ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload failed: %1</source>
        <translation>Der Upload ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too many</source>
        <translation>%1 zu viel</translation>
    </message>
</context>
<context>
    <name>MediaCopies</name>
    <message>
        <location filename="../../app/cli/mediacopies.cpp" line="+17"/>
        <source>the folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>MediaFileCheck</name>
    <message>
        <location filename="../../app/media/mediafilecheck.cpp" line="+14"/>
        <source>GIF</source>
        <translation>Das GIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video</source>
        <translation>Das Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audio file</source>
        <translation>Die Audiodatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file type (%1) is not supported by %2.</source>
        <translation>Dieser Dateityp (%1) wird von %2 nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 is %2; %4 accepts up to %3.</source>
        <extracomment>%1 is &quot;image&quot;, &quot;video&quot;, ...; %2 the file&apos;s size, %3 the server&apos;s limit</extracomment>
        <translation>%1 ist %2 groß; %4 akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is %1 × %2 pixels (%3 megapixels); %5 accepts up to %4 megapixels.</source>
        <translation>Das Bild hat %1 × %2 Pixel (%3 Megapixel); %5 akzeptiert höchstens %4 Megapixel.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>A post can have at most %n attachment(s) on this server.</source>
        <translation>
            <numerusform>Ein Beitrag kann auf diesem Server höchstens %n Anhang haben.</numerusform>
            <numerusform>Ein Beitrag kann auf diesem Server höchstens %n Anhänge haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>Die Beschreibung ist %n Zeichen zu lang.</numerusform>
            <numerusform>Die Beschreibung ist %n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This server accepts up to %n character(s).</source>
        <translation>
            <numerusform>Dieser Server akzeptiert höchstens %n Zeichen.</numerusform>
            <numerusform>Dieser Server akzeptiert höchstens %n Zeichen.</numerusform>
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
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../../ui/media/mediapreviewdialog.cpp" line="+20"/>
        <source>Attached picture</source>
        <translation>Angehängtes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – Posthorn</source>
        <translation>%1 – Posthorn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large preview of %1</source>
        <translation>Große Vorschau von %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No preview for this file.</source>
        <translation>Keine Vorschau für diese Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click or use the arrow keys to choose the focal point: thumbnails of the picture centre on it. Home puts it back in the middle.</source>
        <translation>Klicke oder verwende die Pfeiltasten, um den Fokuspunkt zu wählen: Vorschaubilder des Bildes werden darauf zentriert. Pos1 setzt ihn zurück in die Mitte.</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/media/mediastrip.cpp" line="+91"/>
        <location line="+1"/>
        <source>Post without a description?</source>
        <translation>Ohne Beschreibung posten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Descriptions let people who cannot see the picture know what it shows. Preferences can turn this question off.</source>
        <translation>Beschreibungen lassen Menschen, die das Bild nicht sehen können, wissen, was es zeigt. In den Einstellungen lässt sich diese Frage abschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post Anyway</source>
        <translation>Trotzdem &amp;posten</translation>
    </message>
</context>
<context>
    <name>MediaUpload</name>
    <message>
        <location filename="../../app/media/mediaupload.cpp" line="+115"/>
        <source>Posthorn cannot read %1: %2</source>
        <translation>Posthorn kann %1 nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>The server is still processing the file after %n minute(s). Try again later, or remove it and try a smaller file.</source>
        <translation>
            <numerusform>Der Server verarbeitet die Datei nach %n Minute immer noch. Versuche es später erneut, oder entferne sie und versuche es mit einer kleineren Datei.</numerusform>
            <numerusform>Der Server verarbeitet die Datei nach %n Minuten immer noch. Versuche es später erneut, oder entferne sie und versuche es mit einer kleineren Datei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server could not process this file. Try again, or convert it to another format.</source>
        <translation>Der Server konnte diese Datei nicht verarbeiten. Versuche es erneut oder wandle sie in ein anderes Format um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The server said: %1)</source>
        <translation>(Der Server meldete: %1)</translation>
    </message>
</context>
<context>
    <name>MentionGuard</name>
    <message numerus="yes">
        <location filename="../../app/outbox/mentionguard.cpp" line="+60"/>
        <source>it would also have been delivered to %1, who is not among the people Posthorn found for the names you typed. Nothing was sent. Check the names after @ (a name without its server can mean someone else), then post again.</source>
        <translation>
            <numerusform>er wäre auch an %1 gegangen; dieses Konto gehört nicht zu den Personen, die Posthorn für die eingegebenen Namen gefunden hat. Es wurde nichts gesendet. Prüfe die Namen nach dem @ (ein Name ohne Server kann jemand anderen meinen) und poste dann erneut.</numerusform>
            <numerusform>er wäre auch an %1 gegangen; diese Konten gehören nicht zu den Personen, die Posthorn für die eingegebenen Namen gefunden hat. Es wurde nichts gesendet. Prüfe die Namen nach dem @ (ein Name ohne Server kann jemand anderen meinen) und poste dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>The account was signed out.</source>
        <translation>Das Konto wurde abgemeldet.</translation>
    </message>
</context>
<context>
    <name>OAuthCallback</name>
    <message>
        <location filename="../../app/auth/oauthcallback.cpp" line="+45"/>
        <source>The sign-in answer did not match this sign-in attempt, so Posthorn ignored it. Please sign in again.</source>
        <translation>Die Anmeldeantwort passte nicht zu diesem Anmeldeversuch, daher hat Posthorn sie ignoriert. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was denied, so Posthorn is not connected to the account.</source>
        <translation>Der Zugriff wurde verweigert, daher ist Posthorn nicht mit dem Konto verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server could not sign you in: %1</source>
        <translation>Der Server konnte dich nicht anmelden: %1</translation>
    </message>
</context>
<context>
    <name>OptionsRow</name>
    <message>
        <location filename="../../ui/compose/optionsrow.cpp" line="+9"/>
        <source>&amp;Media…</source>
        <translation>&amp;Medien …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oll</source>
        <translation>&amp;Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content &amp;warning</source>
        <translation>&amp;Inhaltswarnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark media as &amp;sensitive</source>
        <translation>Medien als sensibel ma&amp;rkieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add pictures, video or audio</source>
        <translation>Bilder, Videos oder Audio hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures, video or audio (you can also paste or drop them)</source>
        <translation>Bilder, Videos oder Audio hinzufügen (du kannst sie auch einfügen oder hineinziehen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a poll</source>
        <translation>Umfrage hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a content warning</source>
        <translation>Inhaltswarnung hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark media as sensitive</source>
        <translation>Medien als sensibel markieren</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/outbox/outbox.cpp" line="+136"/>
        <source>The discarded post could not be removed from the outbox folder %1; delete its file %2.json.</source>
        <translation>Der verworfene Beitrag konnte nicht aus dem Postausgangsordner %1 entfernt werden; lösche seine Datei %2.json.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>The post waits: the outbox folder %1 could not be written (is the disk full or not writable?). Posthorn tries again later.</source>
        <translation>Der Beitrag wartet: Der Postausgang-Ordner %1 ließ sich nicht beschreiben (ist die Festplatte voll oder schreibgeschützt?). Posthorn versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The edit waits: the outbox folder %1 could not be written (is the disk full or not writable?). Posthorn tries again later.</source>
        <translation>Die Bearbeitung wartet: Der Postausgang-Ordner %1 ließ sich nicht beschreiben (ist die Festplatte voll oder schreibgeschützt?). Posthorn versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Posthorn looked for this post on your profile and did not find it. It was first sent over an hour ago, so the server no longer recognises it: send it again only if it is not on your profile.</source>
        <translation>Posthorn hat diesen Beitrag in deinem Profil gesucht und nicht gefunden. Er wurde vor über einer Stunde zuerst gesendet, daher erkennt der Server ihn nicht mehr: Sende ihn nur erneut, wenn er nicht in deinem Profil steht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The post may have been published, and Posthorn could not ask the server (%1). It looks again later; nothing is sent twice.</source>
        <translation>Der Beitrag ist vielleicht schon veröffentlicht, und Posthorn konnte den Server nicht fragen (%1). Es sieht später noch einmal nach; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The server&apos;s answer could not be read, so the post may have been published. Posthorn looks for it on your profile.</source>
        <translation>Die Antwort des Servers ließ sich nicht lesen, daher ist der Beitrag vielleicht schon veröffentlicht. Posthorn sucht ihn in deinem Profil.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>A published post could not be removed from the outbox folder %1; delete its file %2.json so it is not sent again.</source>
        <translation>Ein veröffentlichter Beitrag konnte nicht aus dem Postausgangsordner %1 entfernt werden; lösche seine Datei %2.json, damit er nicht erneut gesendet wird.</translation>
    </message>
</context>
<context>
    <name>OutboxEntryWatch</name>
    <message>
        <location filename="../../app/outbox/outboxentrywatch.cpp" line="+18"/>
        <source>The server has not answered yet.</source>
        <translation>Der Server hat noch nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../../app/outbox/outboxstore.cpp" line="+96"/>
        <source>A post in the outbox could not be read and will not be sent. Posthorn kept it as %1.</source>
        <translation>Ein Beitrag im Postausgang ließ sich nicht lesen und wird nicht gesendet. Posthorn hat ihn als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A post in the outbox could not be read and will not be sent: %1. Posthorn leaves it as it is.</source>
        <translation>Ein Beitrag im Postausgang ließ sich nicht lesen und wird nicht gesendet: %1. Posthorn lässt ihn, wie er ist.</translation>
    </message>
</context>
<context>
    <name>OutboxTracker</name>
    <message>
        <location filename="../../app/outbox/outboxtracker.cpp" line="+64"/>
        <location line="+26"/>
        <source>The post may have been published: Posthorn looks for it on your profile…</source>
        <translation>Der Beitrag ist vielleicht schon veröffentlicht: Posthorn sucht ihn in deinem Profil…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The post stays in the outbox: it could not be saved as a draft.</source>
        <translation>Der Beitrag bleibt im Postausgang: Er konnte nicht als Entwurf gespeichert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Posting %1 of %2…</source>
        <translation>Beitrag %1 von %2 wird gepostet …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not confirmed yet: %1 The post is safe in the outbox.</source>
        <translation>Noch nicht bestätigt: %1 Der Beitrag liegt sicher im Postausgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted yet: %1 Posthorn tries again at %2; the post is safe in the outbox.</source>
        <translation>Noch nicht gepostet: %1 Posthorn versucht es um %2 erneut; der Beitrag ist im Postausgang sicher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: the server asks to sign in again. The post waits in the outbox and goes out once you have.</source>
        <translation>Nicht gepostet: Der Server verlangt eine erneute Anmeldung. Der Beitrag wartet im Postausgang und wird gesendet, sobald du dich angemeldet hast.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Posthorn did not find this post on your profile. It is back here; check your profile, then Post sends it as a new post.</source>
        <translation>Posthorn hat diesen Beitrag nicht in deinem Profil gefunden. Er ist wieder hier; sieh in deinem Profil nach, dann sendet Posten ihn als neuen Beitrag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not accept the post: %1</source>
        <translation>Der Server hat den Beitrag nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept post %1 of the thread: %2 The posts before it are published; this one will reply to them.</source>
        <translation>Der Server hat Beitrag %1 des Threads nicht akzeptiert: %2 Die Beiträge davor sind veröffentlicht; dieser wird auf sie antworten.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/compose/outboxview.cpp" line="+20"/>
        <source>sending…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be published: looking for it on your profile…</source>
        <translation>vielleicht veröffentlicht: wird in deinem Profil gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goes out at %1 (undo send)</source>
        <translation>wird um %1 gesendet (Senden rückgängig machen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting to be sent</source>
        <translation>wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trying again at %1: %2</source>
        <translation>neuer Versuch um %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for you to sign in again</source>
        <translation>wartet auf deine erneute Anmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found on your profile; send again?: %1</source>
        <translation>nicht in deinem Profil gefunden; erneut senden?: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not accepted: %1</source>
        <translation>nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped, check before sending again: %1</source>
        <translation>angehalten, vor dem erneuten Senden prüfen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Posts in the outbox</source>
        <translation>Beiträge im Postausgang</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+75"/>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Send the selected post now</source>
        <translation>Ausgewählten Beitrag jetzt senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disca&amp;rd…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the selected post</source>
        <translation>Ausgewählten Beitrag verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the selected post back to the composer</source>
        <translation>Ausgewählten Beitrag zum Bearbeiten zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a post that was not accepted back to the composer</source>
        <translation>Einen nicht akzeptierten Beitrag zum Bearbeiten zurückholen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (thread of %1)</source>
        <translation> (Thread aus %1 Beiträgen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” — %2</source>
        <translation>„%1“ – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out&amp;box, not posted yet: %1</source>
        <translation>Pos&amp;tausgang, noch nicht gepostet: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posthorn did not find this post on your profile. Send it again? If it is there after all, it will appear twice.</source>
        <translation>Posthorn hat diesen Beitrag nicht in deinem Profil gefunden. Erneut senden? Falls er doch dort steht, erscheint er zweimal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard this post? What is not published cannot be brought back.</source>
        <translation>Diesen Beitrag verwerfen? Was nicht veröffentlicht ist, kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the rest of this thread? %1 of its posts are published already; the others cannot be brought back.</source>
        <translation>Den Rest dieses Threads verwerfen? %1 seiner Beiträge sind bereits veröffentlicht; die anderen können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard post</source>
        <translation>Beitrag verwerfen</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../../ui/compose/parteditor.cpp" line="+27"/>
        <source>What&apos;s on your mind?</source>
        <translation>Was gibt&apos;s Neues?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the thread…</source>
        <translation>Thread fortsetzen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make it a &amp;thread</source>
        <translation>Einen &amp;Thread daraus machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split this post into a thread of posts that each fit, at the ends of paragraphs and sentences</source>
        <translation>Diesen Beitrag in einen Thread aus Beiträgen teilen, die jeweils passen, am Ende von Absätzen und Sätzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make it a numbered thread (1/3, 2/3, …)</source>
        <translation>Einen nummerierten Thread daraus machen (1/3, 2/3, …)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove post %1 from the thread</source>
        <translation>Beitrag %1 aus dem Thread entfernen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post %1 of %2</source>
        <translation>Beitrag %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 characters left</source>
        <translation>%1 von %2 Zeichen übrig</translation>
    </message>
</context>
<context>
    <name>PollBox</name>
    <message>
        <location filename="../../ui/compose/pollbox.cpp" line="+8"/>
        <source>Poll</source>
        <translation>Umfrage</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../../ui/compose/polleditor.cpp" line="+23"/>
        <source>Add a c&amp;hoice</source>
        <translation>&amp;Option hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a poll choice</source>
        <translation>Umfrageoption hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs &amp;for</source>
        <translation>Lauf&amp;zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll duration</source>
        <translation>Umfragedauer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multiple &amp;choice</source>
        <translation>Mehrfachaus&amp;wahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow multiple choices</source>
        <translation>Mehrfachauswahl erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide totals until it &amp;ends</source>
        <translation>Ergebnisse bis zum &amp;Ende verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide vote totals until the poll ends</source>
        <translation>Stimmenzahlen bis zum Ende der Umfrage verbergen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Poll choice %1</source>
        <translation>Umfrageoption %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <location filename="../../app/cli/postcommand.cpp" line="+61"/>
        <source>No account is signed in: start Posthorn and sign in first.</source>
        <translation>Kein Konto ist angemeldet: Starte Posthorn und melde dich zuerst an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account %1 in Posthorn; the accounts are: %2</source>
        <translation>Kein Konto %1 in Posthorn; die Konten sind: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no description. Give one with --alt TEXT right after its --media, so that people who cannot see it know what it shows. (To post media without descriptions, turn off &quot;Ask before posting media without a description&quot; in Posthorn&apos;s Preferences.)</source>
        <translation>%1 hat keine Beschreibung. Gib eine mit --alt TEXT direkt nach dem zugehörigen --media an, damit Menschen, die es nicht sehen können, wissen, was es zeigt. (Um Medien ohne Beschreibung zu posten, schalte „Vor dem Posten von Medien ohne Beschreibung fragen“ in den Einstellungen von Posthorn aus.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file %1.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posthorn no longer has a sign-in for %1: start Posthorn and sign in again.</source>
        <translation>Posthorn hat keine Anmeldung mehr für %1: Starte Posthorn und melde dich erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the sign-in for %1 from the keychain: %2</source>
        <translation>Die Anmeldung für %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The files could not be kept for the outbox, so nothing was sent: %1</source>
        <translation>Die Dateien konnten nicht für den Postausgang aufbewahrt werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not look up the post to reply to: %1 Nothing was posted.</source>
        <translation>Der Beitrag, auf den geantwortet werden soll, konnte nicht abgerufen werden: %1 Es wurde nichts gepostet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another Posthorn holds the outbox and does not answer; nothing was sent.</source>
        <translation>Eine andere Posthorn-Instanz belegt den Postausgang und antwortet nicht; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The running Posthorn gave an answer this command does not know.</source>
        <translation>Das laufende Posthorn gab eine Antwort, die dieser Befehl nicht kennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The running Posthorn took the post but did not say how it went.</source>
        <translation>Das laufende Posthorn hat den Beitrag angenommen, aber nicht gemeldet, wie es ausgegangen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posthorn closed before the post was sent.</source>
        <translation>Posthorn wurde beendet, bevor der Beitrag gesendet wurde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation>Der Beitrag konnte nicht im Postausgang gespeichert werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server refused the post: %1</source>
        <translation>Der Server hat den Beitrag abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet%1. The post waits in Posthorn&apos;s outbox and is sent when Posthorn next runs.</source>
        <translation>Noch nicht gesendet%1. Der Beitrag wartet im Postausgang von Posthorn und wird gesendet, wenn Posthorn das nächste Mal läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a new sign-in: open Posthorn and sign in again. The post waits in the outbox until then.</source>
        <translation>%1 braucht eine neue Anmeldung: Öffne Posthorn und melde dich erneut an. Der Beitrag wartet bis dahin im Postausgang.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Posted, but the server did not return the status: %1</source>
        <translation>Gepostet, aber der Server hat den Status nicht zurückgegeben: %1</translation>
    </message>
</context>
<context>
    <name>PostOptions</name>
    <message>
        <location filename="../../app/cli/postoptions.cpp" line="+19"/>
        <source>Post to Mastodon without a window, through Posthorn&apos;s outbox. When Posthorn runs, it sends the post; otherwise this command does.

Exit status: 0 published or scheduled (the link is printed), 2 refused by the server or by Posthorn&apos;s own checks (the reason is on standard error), or the post to reply to could not be looked up, 3 not sent yet: it waits in the outbox and Posthorn sends it later, 4 a sign-in is needed (open Posthorn), 64 a usage error, 1 the post could not be put in the outbox (nothing was sent).

With --account given more than once, the post goes to each account (a cross-post) and one line per account says how it went (&quot;@user@server link&quot;, or the reason on standard error); the exit status is 0 only when every account published or scheduled it, otherwise the largest of their statuses.</source>
        <translation>Auf Mastodon posten ohne Fenster, über den Postausgang von Posthorn. Wenn Posthorn läuft, sendet es den Beitrag; sonst tut es dieser Befehl.

Exit-Status: 0 veröffentlicht oder geplant (der Link wird ausgegeben), 2 vom Server oder von Posthorns eigenen Prüfungen abgelehnt (der Grund steht auf der Standardfehlerausgabe), oder der Beitrag, auf den geantwortet werden soll, konnte nicht abgerufen werden, 3 noch nicht gesendet: Er wartet im Postausgang und Posthorn sendet ihn später, 4 eine Anmeldung ist nötig (Posthorn öffnen), 64 ein Bedienungsfehler, 1 der Beitrag konnte nicht in den Postausgang gelegt werden (es wurde nichts gesendet).

Wird --account mehrmals angegeben, geht der Beitrag an jedes Konto (Posten mit mehreren Konten), und eine Zeile pro Konto sagt, wie es ausgegangen ist („@user@server Link“ oder der Grund auf der Standardfehlerausgabe); der Exit-Status ist nur 0, wenn jedes Konto ihn veröffentlicht oder geplant hat, sonst der größte ihrer Status.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post as this account, as `posthorn accounts` lists it (default: the current one). Give it again to post from several accounts.</source>
        <translation>Als dieses Konto posten, wie `posthorn accounts` es auflistet (Standard: das aktuelle). Erneut angeben, um von mehreren Konten aus zu posten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acct</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the post behind this content warning.</source>
        <translation>Den Beitrag hinter diese Inhaltswarnung setzen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Who sees the post: public, unlisted, private or direct (default: the account&apos;s own setting).</source>
        <translation>Wer den Beitrag sieht: public, unlisted, private oder direct (Standard: die eigene Einstellung des Kontos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s language, an ISO 639 code such as en.</source>
        <translation>Die Sprache des Beitrags, ein ISO-639-Code wie de.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish at this time instead of now (at least five minutes ahead), such as &quot;2027-01-31 09:00&quot; (local time) or 2027-01-31T08:00Z.</source>
        <translation>Zu diesem Zeitpunkt statt jetzt veröffentlichen (mindestens fünf Minuten im Voraus), z. B. &quot;2027-01-31 09:00&quot; (Ortszeit) oder 2027-01-31T08:00Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the status (or scheduled status) as the server returned it, instead of the link.</source>
        <translation>Den Status (oder geplanten Status) so ausgeben, wie der Server ihn zurückgegeben hat, statt des Links.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach this picture, video or audio file (again for more files). Posthorn keeps a copy until the post is out, so the file may be deleted at once.</source>
        <translation>Diese Bild-, Video- oder Audiodatei anhängen (erneut angeben für weitere Dateien). Posthorn behält eine Kopie, bis der Beitrag gesendet ist, die Datei darf also sofort gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the file of the --media just before, for people who cannot see it. Needed for every file while Posthorn&apos;s preference &quot;Ask before posting media without a description&quot; is on.</source>
        <translation>Die Datei des unmittelbar vorangehenden --media beschreiben, für Menschen, die sie nicht sehen können. Für jede Datei nötig, solange Posthorns Einstellung „Vor dem Posten von Medien ohne Beschreibung fragen“ eingeschaltet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply to the post at this link; its author and the accounts it mentions are mentioned first, as in the composer.</source>
        <translation>Auf den Beitrag unter diesem Link antworten; sein Autor und die darin erwähnten Konten werden zuerst erwähnt, wie im Eingabefeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait the undo-send delay chosen in Posthorn&apos;s Preferences before sending, as the window does (scripts send at once without this). Meanwhile the post waits in the outbox, where a running Posthorn can still take it back.</source>
        <translation>Vor dem Senden die in Posthorns Einstellungen gewählte Verzögerung zum Rückgängigmachen abwarten, wie das Fenster es tut (ohne diese Option senden Skripte sofort). Währenddessen wartet der Beitrag im Postausgang, wo ein laufendes Posthorn ihn noch zurücknehmen kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text to post, in UTF-8. &quot;-&quot;, or nothing when standard input is not a terminal, reads it from standard input.</source>
        <translation>Der zu postende Text, in UTF-8. &quot;-&quot; oder nichts, wenn die Standardeingabe kein Terminal ist, liest ihn von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>--alt describes the file of the --media before it; give --media FILE first.</source>
        <translation>--alt beschreibt die Datei des --media davor; gib zuerst --media FILE an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--alt was given twice for %1; give one --alt after each --media.</source>
        <translation>--alt wurde für %1 zweimal angegeben; gib ein --alt nach jedem --media an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alt for %1 is empty; describe the file, or leave --alt out.</source>
        <translation>--alt für %1 ist leer; beschreibe die Datei oder lass --alt weg.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>--visibility must be public, unlisted, private or direct, not %1.</source>
        <translation>--visibility muss public, unlisted, private oder direct sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language needs a language code, such as en.</source>
        <translation>--language braucht einen Sprachcode, z. B. de.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--reply-to needs a post&apos;s link (https://…), not: %1</source>
        <translation>--reply-to braucht den Link eines Beitrags (https://…), nicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the text as one argument (in quotes), or &quot;-&quot; to read it from standard input; unexpected: %1</source>
        <translation>Gib den Text als ein Argument an (in Anführungszeichen) oder &quot;-&quot;, um ihn von der Standardeingabe zu lesen; unerwartet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to post: give the text, or &quot;-&quot; to read it from standard input.</source>
        <translation>Nichts zu posten: Gib den Text an oder &quot;-&quot;, um ihn von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--schedule takes a date and time such as &quot;2027-01-31 09:00&quot;, not %1.</source>
        <translation>--schedule erwartet Datum und Uhrzeit wie &quot;2027-01-31 09:00&quot;, nicht %1.</translation>
    </message>
</context>
<context>
    <name>PostRelay</name>
    <message>
        <location filename="../../app/cli/postrelay.cpp" line="+33"/>
        <source>The running Posthorn could not read the post.</source>
        <translation>Das laufende Posthorn konnte den Beitrag nicht lesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation>Der Beitrag konnte nicht im Postausgang gespeichert werden, daher wurde nichts gesendet: %1</translation>
    </message>
</context>
<context>
    <name>PostedPanel</name>
    <message>
        <location filename="../../ui/posted/postedpanel.cpp" line="+41"/>
        <source>Posted: your recent posts</source>
        <translation>Veröffentlicht: deine letzten Beiträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recent posts</source>
        <translation>Deine letzten Beiträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Ctrl+E edits the selected post in the composer. Delete asks to delete it; Shift+Delete asks to delete it and bring it back into the composer.</source>
        <translation>Neueste zuerst. Ctrl+E bearbeitet den gewählten Beitrag im Eingabefeld. Entf fragt, ob er gelöscht werden soll; Umschalt+Entf fragt, ob er gelöscht und ins Eingabefeld zurückgeholt werden soll.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected post</source>
        <translation>Den gewählten Beitrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected post in the composer to change it (Ctrl+E)</source>
        <translation>Den gewählten Beitrag im Eingabefeld öffnen, um ihn zu ändern (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected post</source>
        <translation>Den gewählten Beitrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected post (Delete)</source>
        <translation>Den gewählten Beitrag löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete and redraft…</source>
        <translation>Löschen und neu verfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected post and write it again</source>
        <translation>Den gewählten Beitrag löschen und neu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected post and bring it back into the composer (Shift+Delete)</source>
        <translation>Den gewählten Beitrag löschen und ins Eingabefeld zurückholen (Umschalt+Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load older posts</source>
        <translation>Ältere Beiträge laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load your recent posts again</source>
        <translation>Deine letzten Beiträge neu laden</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The post was deleted.</source>
        <translation>Der Beitrag wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post was deleted; it is back in the composer to be written again.</source>
        <translation>Der Beitrag wurde gelöscht; er steht wieder im Eingabefeld, um neu geschrieben zu werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The post could not be opened for editing: %1</source>
        <translation>Der Beitrag konnte nicht zum Bearbeiten geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the account to connect…</source>
        <translation>Warten, bis das Konto verbunden ist…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is selected.</source>
        <translation>Kein Konto ist ausgewählt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading your posts…</source>
        <translation>Deine Beiträge werden geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No posts yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts could not be loaded: %1</source>
        <translation>Deine Beiträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post was not deleted: %1</source>
        <translation>Der Beitrag wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been deleted all the same: try again, or Refresh to see whether it is still there.</source>
        <translation>Vielleicht wurde er trotzdem gelöscht: versuche es noch einmal oder wähle Aktualisieren, um zu sehen, ob er noch da ist.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Delete and Redraft</source>
        <translation>Löschen und neu verfassen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete Post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from the server and bring its text, media and poll back into the composer? Its replies, boosts and favourites are lost.</source>
        <translation>Diesen Beitrag vom Server löschen und Text, Medien und Umfrage ins Eingabefeld zurückholen? Antworten, geteilte Beiträge und Favoriten gehen verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this post from the server? This cannot be undone; its replies, boosts and favourites are lost.</source>
        <translation>Diesen Beitrag vom Server löschen? Das lässt sich nicht rückgängig machen; Antworten, geteilte Beiträge und Favoriten gehen verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the post to redraft it…</source>
        <translation>Der Beitrag wird gelöscht, um ihn neu zu verfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the post…</source>
        <translation>Der Beitrag wird gelöscht…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the post for editing…</source>
        <translation>Der Beitrag wird zum Bearbeiten geöffnet…</translation>
    </message>
</context>
<context>
    <name>PostedRowText</name>
    <message>
        <location filename="../../ui/posted/postedrowtext.cpp" line="+34"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>%1 Antworten, %2 geteilt, %3 Favoriten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n media</source>
        <translation>
            <numerusform>%n Medium</numerusform>
            <numerusform>%n Medien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers only</source>
        <translation>Nur für Follower</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentioned people only</source>
        <translation>Nur erwähnte Profile</translation>
    </message>
</context>
<context>
    <name>PostedStatuses</name>
    <message>
        <location filename="../../app/posted/postedstatuses.cpp" line="+133"/>
        <source>The post is no longer on your profile.</source>
        <translation>Der Beitrag ist nicht mehr in deinem Profil.</translation>
    </message>
</context>
<context>
    <name>PostingAccount</name>
    <message>
        <location filename="../../app/session/postingaccount.cpp" line="+73"/>
        <source>Add an account to post.</source>
        <translation>Füge ein Konto hinzu, um zu posten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/preferencesdialog.cpp" line="+23"/>
        <source>Preferences – Posthorn</source>
        <translation>Einstellungen – Posthorn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start Posthorn when I log in</source>
        <translation>Posthorn beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Posthorn when I log in</source>
        <translation>Posthorn beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation>&amp;Versteckt im Infobereich starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start hidden in the system tray</source>
        <translation>Versteckt im Infobereich starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no system tray.</source>
        <translation>Diese Arbeitsumgebung zeigt keinen Infobereich an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check s&amp;pelling as I type</source>
        <translation>&amp;Rechtschreibung beim Tippen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling as I type</source>
        <translation>Rechtschreibung beim Tippen prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask before posting media without a &amp;description</source>
        <translation>Vor dem Posten von Medien ohne &amp;Beschreibung fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask before posting media without a description</source>
        <translation>Vor dem Posten von Medien ohne Beschreibung fragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo send</source>
        <translation>Senden rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a post waits after Post, so that you can still take it back (Undo or Ctrl+Z)</source>
        <translation>Wie lange ein Beitrag nach „Posten“ wartet, damit du ihn noch zurückholen kannst („Rückgängig“ oder Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U&amp;ndo send:</source>
        <translation>&amp;Senden rückgängig machen:</translation>
    </message>
</context>
<context>
    <name>QuickPostWindow</name>
    <message>
        <location filename="../../ui/tray/quickpostwindow.cpp" line="+31"/>
        <source>Quick post – Posthorn</source>
        <translation>Schnellpost – Posthorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Quick post</source>
        <translation>Schnellpost</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to move the window</source>
        <translation>Ziehen, um das Fenster zu verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Posthorn</source>
        <translation>Posthorn öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the main window</source>
        <translation>Hauptfenster öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide quick post</source>
        <translation>Schnellpost ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide (Escape); the text stays</source>
        <translation>Ausblenden (Esc); der Text bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <location filename="../../ui/schedule/schedulepicker.cpp" line="+26"/>
        <source>&amp;Schedule for</source>
        <translation>Planen &amp;für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the post</source>
        <translation>Beitrag planen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time to post, in your time zone</source>
        <translation>Datum und Uhrzeit der Veröffentlichung, in deiner Zeitzone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule problem</source>
        <translation>Problem mit der Planung</translation>
    </message>
</context>
<context>
    <name>ScheduleRule</name>
    <message>
        <location filename="../../app/schedule/schedulerule.cpp" line="+16"/>
        <source>Choose a date and time for the post.</source>
        <translation>Wähle Datum und Uhrzeit für den Beitrag.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This time has already passed. Choose a time at least %n minute(s) from now.</source>
        <translation>
            <numerusform>Dieser Zeitpunkt ist bereits vorbei. Wähle einen Zeitpunkt, der mindestens %n Minute in der Zukunft liegt.</numerusform>
            <numerusform>Dieser Zeitpunkt ist bereits vorbei. Wähle einen Zeitpunkt, der mindestens %n Minuten in der Zukunft liegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This is too soon: the server needs at least %n minute(s) of notice. Choose a later time.</source>
        <translation>
            <numerusform>Das ist zu früh: Der Server braucht mindestens %n Minute Vorlauf. Wähle einen späteren Zeitpunkt.</numerusform>
            <numerusform>Das ist zu früh: Der Server braucht mindestens %n Minuten Vorlauf. Wähle einen späteren Zeitpunkt.</numerusform>
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
        <translation>&amp;Geplante Beiträge …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show scheduled posts</source>
        <translation>Geplante Beiträge anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to the server yet.</source>
        <translation>Noch nicht mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>ScheduledPostsDialog</name>
    <message>
        <location filename="../../ui/schedule/scheduledpostsdialog.cpp" line="+39"/>
        <source>Scheduled Posts</source>
        <translation>Geplante Beiträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These posts are waiting for their time. Times are in your time zone, %1.</source>
        <translation>Diese Beiträge warten auf ihren Zeitpunkt. Alle Zeiten gelten in deiner Zeitzone, %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Scheduled posts</source>
        <translation>Geplante Beiträge</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New time:</source>
        <translation>&amp;Neue Zeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time for the selected post, in your time zone</source>
        <translation>Neue Zeit für den ausgewählten Beitrag, in deiner Zeitzone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;Time</source>
        <translation>&amp;Zeit ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the time of the selected post</source>
        <translation>Zeit des ausgewählten Beitrags ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Post…</source>
        <translation>Beitrag &amp;löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected post</source>
        <translation>Ausgewählten Beitrag löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
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
            <numerusform>(%n Anhang, kein Text)</numerusform>
            <numerusform>(%n Anhänge, kein Text)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the scheduled posts…</source>
        <translation>Geplante Beiträge werden geladen …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The post will now be published %1.</source>
        <translation>Der Beitrag wird jetzt am %1 veröffentlicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scheduled post was cancelled; it will not be published.</source>
        <translation>Der geplante Beitrag wurde gelöscht; er wird nicht veröffentlicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list could not be refreshed: %1</source>
        <translation>Die Liste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled posts could not be loaded: %1

Press Refresh to try again.</source>
        <translation>Die geplanten Beiträge konnten nicht geladen werden: %1

Klicke auf „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time was not changed: %1</source>
        <translation>Die Zeit wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was not cancelled: %1</source>
        <translation>Der Beitrag wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No scheduled posts.

Posts you schedule in the composer wait here until their time.</source>
        <translation>Keine geplanten Beiträge.

Beiträge, die du beim Verfassen planst, warten hier auf ihren Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Changing the time…</source>
        <translation>Zeit wird geändert …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel Scheduled Post</source>
        <translation>Geplanten Beitrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the post scheduled for %1? It will not be published, and this cannot be undone.</source>
        <translation>Den für %1 geplanten Beitrag löschen? Er wird nicht veröffentlicht, und das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel Post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the post</source>
        <translation>Den Beitrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the post</source>
        <translation>Den Beitrag behalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling the post…</source>
        <translation>Beitrag wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="+63"/>
        <location line="+192"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+1"/>
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find people by name or handle, such as @user@example.social (Ctrl+K).
Down: go to the results. Escape: clear; again: back to the post.</source>
        <translation>Finde Personen nach Name oder Adresse, z. B. @user@example.social (Ctrl+K).
Pfeil nach unten: zu den Ergebnissen. Esc: Eingabe löschen; noch einmal: zurück zum Beitrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load more results</source>
        <translation>Weitere Ergebnisse laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next results</source>
        <translation>Die nächsten Ergebnisse anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert &amp;mention</source>
        <translation>&amp;Erwähnung einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;profile in browser</source>
        <translation>&amp;Profil im Browser öffnen</translation>
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
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy handle</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert the account&apos;s @mention into the post (%1)</source>
        <translation>@-Erwähnung des Kontos in den Beitrag einfügen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the account&apos;s profile in the web browser (%1)</source>
        <translation>Profil des Kontos im Webbrowser öffnen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the account&apos;s full handle (%1)</source>
        <translation>Vollständige Adresse des Kontos kopieren (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: insert mention · %2: open profile · %3: follow or unfollow · %4: copy handle · Menu key: all actions</source>
        <translation>%1: erwähnen · %2: Profil öffnen · %3: folgen oder entfolgen · %4: Adresse kopieren · Menütaste: alle Aktionen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Type a name, or a handle such as @user@example.social.</source>
        <translation>Gib einen Namen oder eine Adresse wie @user@example.social ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No accounts match “%1”.</source>
        <translation>Keine Konten passen zu „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many searches for now. You can search again at %1.</source>
        <translation>Vorerst zu viele Suchanfragen. Du kannst ab %1 wieder suchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many searches for now. Please try again in a few minutes.</source>
        <translation>Vorerst zu viele Suchanfragen. Bitte versuche es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to an account to search for people.</source>
        <translation>Melde dich mit einem Konto an, um nach Personen zu suchen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow the account (%1)</source>
        <translation>Dem Konto folgen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un&amp;follow</source>
        <translation>Ent&amp;folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the account (%1)</source>
        <translation>Dem Konto nicht mehr folgen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw &amp;follow request</source>
        <translation>&amp;Folgeanfrage zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request to follow this locked account (%1)</source>
        <translation>Folgeanfrage an dieses geschützte Konto zurückziehen (%1)</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../../ui/search/searchresultdelegate.cpp" line="+86"/>
        <location line="+14"/>
        <source>Following</source>
        <translation>Folge ich</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <translation>Umgezogen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 followers · %2 following · %3 posts</source>
        <translation>%1 Follower · folgt %2 · %3 Beiträge</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <location filename="../../app/secrets/secretresult.cpp" line="+17"/>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation>Für dieses Konto ist nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access. If it is locked, unlock it (for example by signing in to your desktop again) and try once more.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Wenn er gesperrt ist, entsperre ihn (zum Beispiel, indem du dich erneut am Desktop anmeldest) und versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service answered. Posthorn keeps passwords and tokens only in the system keychain (the Secret Service of GNOME Keyring or KWallet). Start it, for example with &quot;gnome-keyring-daemon --start --components=secrets&quot;, or install the gnome-keyring package, then try again.</source>
        <translation>Kein Schlüsselbunddienst hat geantwortet. Posthorn bewahrt Passwörter und Tokens nur im Schlüsselbund des Systems auf (dem Secret Service von GNOME Keyring oder KWallet). Starte ihn, zum Beispiel mit &quot;gnome-keyring-daemon --start --components=secrets&quot;, oder installiere das Paket gnome-keyring und versuche es dann erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(It said: %1)</source>
        <translation>(Meldung: %1)</translation>
    </message>
</context>
<context>
    <name>SendCountdown</name>
    <message>
        <location filename="../../ui/compose/sendcountdown.cpp" line="+23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo send</source>
        <translation>Senden rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the post back to edit it; nothing is sent (Ctrl+Z)</source>
        <translation>Den Beitrag zum Bearbeiten zurückholen; es wird nichts gesendet (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Posting in %n s.</source>
        <translation>
            <numerusform>Wird in %n s gepostet.</numerusform>
            <numerusform>Wird in %n s gepostet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard/setupwizard.cpp" line="+12"/>
        <source>Set up Posthorn</source>
        <translation>Posthorn einrichten</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <location filename="../../app/auth/signinattempt.cpp" line="+41"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Posthorn could not listen for your browser&apos;s answer on this computer.</source>
        <translation>Posthorn konnte auf diesem Computer nicht auf die Antwort deines Browsers warten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Continue in your browser: sign in there and choose Authorize. Posthorn is waiting for it here.</source>
        <translation>Mach in deinem Browser weiter: Melde dich dort an und wähle „Autorisieren“. Posthorn wartet hier darauf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in in the window that opened, then choose Authorize.</source>
        <translation>Melde dich im geöffneten Fenster an und wähle dann „Autorisieren“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in window was closed before you signed in.</source>
        <translation>Das Anmeldefenster wurde geschlossen, bevor du dich angemeldet hast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the sign-in window…</source>
        <translation>Anmeldefenster wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>SignInBrowser</name>
    <message>
        <location filename="../../app/auth/signinbrowser.cpp" line="+103"/>
        <source>The sign-in window could not start: %1</source>
        <translation>Das Anmeldefenster konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sign-in window crashed. Please try again, or use your browser instead.</source>
        <translation>Das Anmeldefenster ist abgestürzt. Bitte versuche es erneut oder verwende stattdessen deinen Browser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in window closed unexpectedly. Please try again, or use your browser instead.</source>
        <translation>Das Anmeldefenster wurde unerwartet geschlossen. Bitte versuche es erneut oder verwende stattdessen deinen Browser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in window (%1) could not be started. Reinstalling Posthorn may help; you can also use your browser instead.</source>
        <translation>Das Anmeldefenster (%1) konnte nicht gestartet werden. Eine Neuinstallation von Posthorn kann helfen; du kannst stattdessen auch deinen Browser verwenden.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/wizard/signinpage.cpp" line="+24"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open the sign-in window again</source>
        <translation>Anmeldefenster erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use my &amp;browser instead</source>
        <translation>Stattdessen meinen &amp;Browser verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in in your usual web browser: useful for passkeys, single sign-on and password managers.</source>
        <translation>In deinem gewohnten Webbrowser anmelden: praktisch für Passkeys, Single Sign-On und Passwortmanager.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep my sign-in for this session only</source>
        <translation>Anmeldung nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posthorn will forget the sign-in when it quits; nothing is written to disk.</source>
        <translation>Posthorn vergisst die Anmeldung beim Beenden; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Mastodon %1</source>
        <translation>Mastodon %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active users</source>
        <translation>%1 aktive Nutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server rules</source>
        <translation>Serverregeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn opens %1&apos;s own sign-in page in a window of its own. Sign in there and allow Posthorn to post for you.</source>
        <translation>Posthorn öffnet die Anmeldeseite von %1 in einem eigenen Fenster. Melde dich dort an und erlaube Posthorn, für dich zu posten.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No web browser could be opened. Copy this address into one: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopiere diese Adresse in einen Browser: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../ui/web/signinwindow.cpp" line="+22"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 wurde in deinem Browser geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authorization page</source>
        <translation>Autorisierungsseite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>🔒 Secure connection</source>
        <translation>🔒 Sichere Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 is encrypted (TLS).</source>
        <translation>Die Verbindung zu %1 ist verschlüsselt (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted (local instance)</source>
        <translation>Nicht verschlüsselt (lokaler Server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posthorn allows unencrypted connections only to this computer.</source>
        <translation>Posthorn erlaubt unverschlüsselte Verbindungen nur zu diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Connection not secure</source>
        <translation>⚠ Verbindung nicht sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page was not loaded because its certificate is not valid: %1</source>
        <translation>Die Seite wurde nicht geladen, weil ihr Zertifikat ungültig ist: %1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../ui/compose/spellingmenu.cpp" line="+86"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add “%1” to dictionary</source>
        <translation>„%1“ zum Wörterbuch &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ignore “%1”</source>
        <translation>„%1“ &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked again until Posthorn quits</source>
        <translation>Nicht mehr markiert, bis Posthorn beendet wird</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/compose/statusline.cpp" line="+16"/>
        <source>Sign &amp;in again…</source>
        <translation>Erneut a&amp;nmelden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock ke&amp;ychain</source>
        <translation>Schlüsselbund ent&amp;sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in outbox, write another</source>
        <translation>Im Postausgang &amp;lassen, neuen schreiben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks the keychain for the sign-in again; it shows its own window for the password</source>
        <translation>Fragt den Schlüsselbund erneut nach der Anmeldung; er zeigt ein eigenes Fenster für das Passwort</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted.</source>
        <translation>Gepostet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted. &lt;a href=&quot;%1&quot;&gt;Open the post&lt;/a&gt;</source>
        <translation>Gepostet. &lt;a href=&quot;%1&quot;&gt;Beitrag öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StatusLinkResolver</name>
    <message>
        <location filename="../../app/posted/statuslinkresolver.cpp" line="+41"/>
        <source>Sign in first: the post is looked up on your server.</source>
        <translation>Melde dich zuerst an: Der Beitrag wird auf deinem Server gesucht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The post could not be looked up: %1</source>
        <translation>Die Suche nach dem Beitrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your server said: %1</source>
        <translation>Dein Server meldete: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your server found no post at %1. It may have been deleted, or it is private and your account may not see it.</source>
        <translation>Dein Server hat unter %1 keinen Beitrag gefunden. Vielleicht wurde er gelöscht, oder er ist privat und dein Konto darf ihn nicht sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your server&apos;s answer about the post could not be read.</source>
        <translation>Die Antwort deines Servers zum Beitrag konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../ui/tray/traycontroller.cpp" line="+98"/>
        <source>&amp;Quick post…</source>
        <translation>&amp;Schnellpost …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Posthorn</source>
        <translation>Posthorn ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Your recent posts…</source>
        <translation>Deine &amp;letzten Beiträge…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post as</source>
        <translation>Posten als</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Q&amp;uit Posthorn</source>
        <translation>Posthorn &amp;beenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The outbox is empty</source>
        <translation>Der Postausgang ist leer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) in the outbox</source>
        <translation>
            <numerusform>%n Beitrag im Postausgang</numerusform>
            <numerusform>%n Beiträge im Postausgang</numerusform>
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
            <numerusform>%n Beitrag braucht dich</numerusform>
            <numerusform>%n Beiträge brauchen dich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Beitrag wartet auf den Versand</numerusform>
            <numerusform>%n Beiträge warten auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Post scheduled</source>
        <translation>Beitrag geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will appear on %1.</source>
        <translation>Er erscheint am %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post published</source>
        <translation>Beitrag veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to open it.</source>
        <translation>Klicke, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A post was not sent</source>
        <translation>Ein Beitrag wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Click to open the outbox.</source>
        <translation>Klicke, um den Postausgang zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Posting in %n s</source>
        <translation>
            <numerusform>Wird in %n s gepostet</numerusform>
            <numerusform>Wird in %n s gepostet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to undo: the post comes back.</source>
        <translation>Klicke zum Rückgängigmachen: Der Beitrag kommt zurück.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 again so that your posts can go out. Click to sign in.</source>
        <translation>Melde dich erneut bei %1 an, damit deine Beiträge gesendet werden können. Klicke, um dich anzumelden.</translation>
    </message>
</context>
<context>
    <name>WritingHints</name>
    <message>
        <location filename="../../ui/compose/writinghints.cpp" line="+17"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep the language as it is</source>
        <translation>Die Sprache so lassen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation>Die Rechtschreibung wird nicht geprüft: Für %1 ist kein Wörterbuch installiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This looks like %1 — post as %1?</source>
        <translation>Das sieht nach %1 aus — als %1 veröffentlichen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Post as %1</source>
        <translation>Als %1 veröffentlichen</translation>
    </message>
</context>
</TS>
