<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/apiclient.cpp" line="+139"/>
        <source>Posthorn only connects to servers over https; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request&apos;s address is not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/api/apierror.cpp" line="+12"/>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has not allowed Posthorn to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many requests. Posthorn will try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has a problem (HTTP %1). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an unexpected reply (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/api/apiresult.cpp" line="+29"/>
        <source>The server sent a reply Posthorn does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../../app/api/apireply.cpp" line="+61"/>
        <location line="+139"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s reply is larger than the %1 Posthorn accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent the request on to another site (%1). Posthorn did not follow, to keep your sign-in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server closed the connection during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server tried to switch to an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>The server&apos;s reply was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection closed before the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the server. Check the network connection.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posthorn keeps your sign-in in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start posting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <location filename="../../app/instance/instanceaddress.cpp" line="+28"/>
        <source>Enter the address of your Mastodon server, like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a server address. Enter one like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posthorn connects to Mastodon servers over https; &quot;%1&quot; addresses are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 would be reached without encryption (http). Posthorn uses http only for servers on this computer; use https://%1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a complete server address. Enter the whole name, like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a server address Posthorn can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <location filename="../../ui/wizard/instancepage.cpp" line="+18"/>
        <source>Your Mastodon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server your account is on, like mastodon.social, or your address, like @you@mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <location filename="../../app/secrets/keychainprobe.cpp" line="+17"/>
        <source>The keychain did not answer. It may be locked and waiting for you to unlock it in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The keychain gave back something other than what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <location filename="../../app/auth/loopbackredirectserver.cpp" line="+25"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Signing in is done here. You can close this tab and go back to Posthorn.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posting as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1? Posthorn will ask the server to revoke its access and forget the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing out of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthCallback</name>
    <message>
        <location filename="../../app/auth/oauthcallback.cpp" line="+45"/>
        <source>The sign-in answer did not match this sign-in attempt, so Posthorn ignored it. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was denied, so Posthorn is not connected to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server could not sign you in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <location filename="../../app/secrets/secretresult.cpp" line="+17"/>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access. If it is locked, unlock it (for example by signing in to your desktop again) and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service answered. Posthorn keeps passwords and tokens only in the system keychain (the Secret Service of GNOME Keyring or KWallet). Start it, for example with &quot;gnome-keyring-daemon --start --components=secrets&quot;, or install the gnome-keyring package, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(It said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard/setupwizard.cpp" line="+12"/>
        <source>Set up Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInBrowser</name>
    <message>
        <location filename="../../app/auth/signinbrowser.cpp" line="+79"/>
        <source>The sign-in window could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sign-in window crashed. Please try again, or use your browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in window closed unexpectedly. Please try again, or use your browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in window (%1) could not be started. Reinstalling Posthorn may help; you can also use your browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/wizard/signinpage.cpp" line="+22"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Open the sign-in window again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my &amp;browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in in your usual web browser: useful for passkeys, single sign-on and password managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep my sign-in for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posthorn will forget the sign-in when it quits; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mastodon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Posthorn opens %1&apos;s own sign-in page in a window of its own. Sign in there and allow Posthorn to post for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Continue in your browser: sign in there and choose Authorize. Posthorn is waiting for it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could be opened. Copy this address into one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in in the window that opened, then choose Authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The sign-in window was closed before you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the sign-in window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn could not listen for your browser&apos;s answer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../ui/web/signinwindow.cpp" line="+21"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authorization page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>🔒 Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 is encrypted (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted (local instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posthorn allows unencrypted connections only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Connection not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page was not loaded because its certificate is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
