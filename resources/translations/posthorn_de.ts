<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../../app/api/apiclient.cpp" line="+139"/>
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
    <name>AuthFlow</name>
    <message>
        <location filename="../../app/auth/authflow.cpp" line="+90"/>
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
        <location line="+8"/>
        <source>Checking Posthorn&apos;s registration on %1…</source>
        <translation>Registrierung von Posthorn auf %1 wird geprüft …</translation>
    </message>
    <message>
        <location line="+73"/>
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
    <message>
        <location line="+47"/>
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
        <location line="+16"/>
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
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+10"/>
        <source>Post to Mastodon from your desktop.</source>
        <translation>Vom Desktop aus auf Mastodon posten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the quick-post window of the running Posthorn, starting it if needed.</source>
        <translation>Das Schnellpost-Fenster des laufenden Posthorn zeigen und es bei Bedarf starten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/wizard/finishpage.cpp" line="+18"/>
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
        <location filename="../../ui/wizard/instancepage.cpp" line="+19"/>
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
        <location line="+45"/>
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
    <name>LoopbackRedirectServer</name>
    <message>
        <location filename="../../app/auth/loopbackredirectserver.cpp" line="+25"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Signing in is done here. You can close this tab and go back to Posthorn.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Die Anmeldung ist hier abgeschlossen. Du kannst diesen Tab schließen und zu Posthorn zurückkehren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+22"/>
        <source>Posthorn</source>
        <translation>Posthorn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s on your mind?</source>
        <translation>Was gibt&apos;s Neues?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Post</source>
        <translation>&amp;Posten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Abmelden …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posting as %1 (%2)</source>
        <translation>Du postest als %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+9"/>
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
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard/setupwizard.cpp" line="+12"/>
        <source>Set up Posthorn</source>
        <translation>Posthorn einrichten</translation>
    </message>
</context>
<context>
    <name>SignInBrowser</name>
    <message>
        <location filename="../../app/auth/signinbrowser.cpp" line="+79"/>
        <source>The sign-in window could not start: %1</source>
        <translation>Das Anmeldefenster konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../../ui/wizard/signinpage.cpp" line="+22"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Open the sign-in window again</source>
        <translation>Anmeldefenster erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my &amp;browser instead</source>
        <translation>Stattdessen meinen &amp;Browser verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in in your usual web browser: useful for passkeys, single sign-on and password managers.</source>
        <translation>In deinem gewohnten Webbrowser anmelden: praktisch für Passkeys, Single Sign-On und Passwortmanager.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+24"/>
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
        <location line="+8"/>
        <source>Posthorn opens %1&apos;s own sign-in page in a window of its own. Sign in there and allow Posthorn to post for you.</source>
        <translation>Posthorn öffnet die Anmeldeseite von %1 in einem eigenen Fenster. Melde dich dort an und erlaube Posthorn, für dich zu posten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Continue in your browser: sign in there and choose Authorize. Posthorn is waiting for it here.</source>
        <translation>Mach in deinem Browser weiter: Melde dich dort an und wähle „Autorisieren“. Posthorn wartet hier darauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could be opened. Copy this address into one: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopiere diese Adresse in einen Browser: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in in the window that opened, then choose Authorize.</source>
        <translation>Melde dich im geöffneten Fenster an und wähle dann „Autorisieren“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Finishing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The sign-in window was closed before you signed in.</source>
        <translation>Das Anmeldefenster wurde geschlossen, bevor du dich angemeldet hast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the sign-in window…</source>
        <translation>Anmeldefenster wird geöffnet …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn could not listen for your browser&apos;s answer on this computer.</source>
        <translation>Posthorn konnte auf diesem Computer nicht auf die Antwort deines Browsers warten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../ui/web/signinwindow.cpp" line="+21"/>
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
</TS>
