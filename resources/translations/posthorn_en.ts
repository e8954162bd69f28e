<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/compose/accountpicker.cpp" line="+33"/>
        <source>Post &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account to post as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also post as other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A&amp;lso post as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lso as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the same text from other accounts too; each server gets it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSearch</name>
    <message>
        <location filename="../../app/search/accountsearch.cpp" line="+315"/>
        <source>Sign in to follow accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot follow your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot be followed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Too many follows or unfollows. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <location filename="../../app/search/accountsearchmodel.cpp" line="+51"/>
        <source>bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved to @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../../app/session/accountsession.cpp" line="+28"/>
        <source>Unlock your keychain to post from %1: Posthorn is waiting for it to give the sign-in, and your desktop may be asking for the keychain&apos;s password in a window of its own. Posts wait in the outbox until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Posthorn no longer has a sign-in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain stayed locked, so nothing is posted from %1 yet; posts wait in the outbox. Choose Unlock keychain to be asked for its password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posthorn cannot read the sign-in for %1 from the keychain, so nothing is posted from it yet; posts wait in the outbox. %2 Posthorn asks the keychain again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused Posthorn&apos;s sign-in; it may have been revoked or have expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSignOut</name>
    <message>
        <location filename="../../app/auth/accountsignout.cpp" line="+41"/>
        <source>No sign-in was stored for %1, so there was nothing to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in of %1 could not be read from the keychain, so the server was not asked to revoke it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posthorn&apos;s registration on %1 is gone, so the server was not asked to revoke the sign-in. You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Posthorn&apos;s registration on %1 could not be read from the keychain, so the server was not asked to revoke the sign-in. You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed out here, but %1 did not confirm that it revoked Posthorn&apos;s access (%2). You can remove Posthorn in the server&apos;s settings under Account, Authorized apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/apiclient.cpp" line="+140"/>
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
    <name>AppShell</name>
    <message>
        <location filename="../../ui/appshell.cpp" line="+255"/>
        <source>Posthorn is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays in the system tray, so a quick post is a click away. Choose Quit Posthorn in the tray&apos;s menu to end it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicJsonFile</name>
    <message>
        <location filename="../../app/util/atomicjsonfile.cpp" line="+17"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentUploads</name>
    <message>
        <location filename="../../app/media/attachmentuploads.cpp" line="+126"/>
        <source>The pasted picture could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not connected to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceRow</name>
    <message>
        <location filename="../../ui/compose/audiencerow.cpp" line="+18"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthFlow</name>
    <message>
        <location filename="../../app/auth/authflow.cpp" line="+72"/>
        <source>Posthorn has no port to receive your browser&apos;s answer on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 names another site (%2) for signing in. Posthorn only signs in on the server itself, so it stopped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Posthorn only connects to servers over https; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for you to sign in on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Posthorn is not waiting for a sign-in answer right now, so it ignored this one. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That was not a sign-in answer for Posthorn, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server did not accept the sign-in: %1. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posthorn could not get a token from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer knows Posthorn&apos;s registration. Please sign in again; Posthorn will register anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new sign-in could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the sign-in in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keychain did not keep the token it was given. Please check the keychain and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../../app/launch/autostartentry.cpp" line="+172"/>
        <source>Cannot write %1: the program&apos;s path is empty or holds control characters, which a desktop entry cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: the folder %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRegistrar</name>
    <message>
        <location filename="../../app/auth/clientregistrar.cpp" line="+75"/>
        <source>Checking Posthorn&apos;s registration on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Registering Posthorn with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Posthorn could not register with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+14"/>
        <source>Post to Mastodon from your desktop.

From scripts, without a window: posthorn post [options] [text | -] (see posthorn post --help), and posthorn accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the quick-post window of the running Posthorn, starting it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the quick-post window with this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start hidden in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the composer replying to the post at this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the composer quoting the post at this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web+mastodon://share link to open in the quick-post window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: Posthorn opens only web+mastodon://share links that carry a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either --share or a share link, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 needs a post&apos;s link (https://…), not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either --reply-to or --quote, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <location filename="../../app/complete/completionmodel.cpp" line="+44"/>
        <source>followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionPopup</name>
    <message>
        <location filename="../../ui/compose/completionpopup.cpp" line="+30"/>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Suggestion %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s); Tab inserts %1</source>
        <translation>
            <numerusform>%n suggestion; Tab inserts %1</numerusform>
            <numerusform>%n suggestions; Tab inserts %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionSearch</name>
    <message numerus="yes">
        <location filename="../../app/complete/completionsearch.cpp" line="+269"/>
        <source>%n person(s) in the past %1 days</source>
        <translation>
            <numerusform>%n person in the past %1 days</numerusform>
            <numerusform>%n people in the past %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerMessages</name>
    <message>
        <location filename="../../ui/compose/composermessages.cpp" line="+14"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss the notice about kept files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../ui/compose/composerwidget.cpp" line="+138"/>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content warning: what the post is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>A&amp;dd a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue as a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the text as a thread of replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+173"/>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Post (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Wait until the media are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An edited post cannot become a thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sched&amp;ule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the edit (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Add media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures, video and audio (*.png *.jpg *.jpeg *.gif *.webp *.heic *.avif *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A post can have media or a poll, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the pasted picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saving the edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: the post is back here to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post or clear what you are writing first; then the post from the outbox can come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Post or clear what you are writing first; then the deleted post can come back into the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The deleted post could not come back into the composer, which holds other text; it is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you were writing is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait until the post on its way is out (or keep it in the outbox); then a post can be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or cancel the edit you are making first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit cancelled; the post on the server is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this edit changes the poll, and the server then resets its votes: everyone who voted must vote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and Reset Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your edit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The post waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterNote</name>
    <message>
        <location filename="../../ui/compose/counternote.cpp" line="+19"/>
        <source>%1 as @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n link(s) counted as %1 characters each, whatever the length.</source>
        <translation>
            <numerusform>%n link counted as %1 characters, whatever its length.</numerusform>
            <numerusform>%n links counted as %1 characters each, whatever the length.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions of people on other servers count without the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossPost</name>
    <message>
        <location filename="../../app/compose/crosspost.cpp" line="+6"/>
        <source>An edit changes one post on its own server: it is saved for that account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote points at a post on one server: it goes out from one account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply belongs to a conversation on one server: it goes out from one account only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossPostAccounts</name>
    <message>
        <location filename="../../app/session/crosspostaccounts.cpp" line="+59"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot post as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossPostCommand</name>
    <message>
        <location filename="../../app/cli/crosspostcommand.cpp" line="+71"/>
        <source>--json takes one --account: a cross-post prints one line per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--reply-to takes one --account: a reply belongs to a conversation on one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no description. Give one with --alt TEXT right after its --media, so that people who cannot see it know what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account is signed in: start Posthorn and sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account %1 in Posthorn; the accounts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names more than one account; name one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Posthorn no longer has a sign-in for %1: start Posthorn and sign in again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the sign-in for %1 from the keychain: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The files could not be kept for the outbox, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Posthorn holds the outbox and does not answer; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The running Posthorn did not take the post; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The running Posthorn gave an answer this command does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posthorn closed before the post was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Posthorn took the post but did not say how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sent yet%1; it waits in Posthorn&apos;s outbox and is sent when Posthorn next runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a new sign-in: open Posthorn and sign in again; the post waits in the outbox until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossPostResults</name>
    <message>
        <location filename="../../ui/compose/crosspostresults.cpp" line="+27"/>
        <source>%1: scheduled for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not sent, discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not sent yet (%2); it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: refused by the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: waits for a new sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptionAssist</name>
    <message>
        <location filename="../../ui/media/descriptionassist.cpp" line="+22"/>
        <source>Text from &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text from image: read the text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the text printed in the picture, on this computer, and offers it as the description. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the text in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the description came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No text found in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text read from the picture: check it, and say what the picture shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the text in the picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <location filename="../../app/compose/draftautosave.cpp" line="+113"/>
        <source>The disk is full, so the draft cannot be saved. Your text stays here and is saved as soon as there is space again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <location filename="../../app/compose/draftcheck.cpp" line="+20"/>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post %1 of the thread is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll needs a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post is %1 over the character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post %1 of the thread is %2 over the character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A post can have media or a poll, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attachments: this server takes %1 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image description is over this server&apos;s limit of %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A thread cannot be scheduled; post it now or schedule one post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A poll needs at least two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many poll choices: this server takes %1 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every poll choice needs text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A poll choice is over this server&apos;s limit of %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two poll choices are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The poll must run between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../../app/compose/draftstore.cpp" line="+30"/>
        <source>This draft is not saved: %1 could not be read nor moved aside, and Posthorn does not write over it. Move that file elsewhere to save the draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A saved draft could not be read. Posthorn kept it as %1 and started with an empty composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved draft could not be read: %1. Posthorn leaves it as it is and will not save over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <location filename="../../ui/compose/editbanner.cpp" line="+13"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing and bring back what you were writing (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing your post from %1. Save replaces it on the server; its visibility stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiButton</name>
    <message>
        <location filename="../../ui/compose/emojibutton.cpp" line="+10"/>
        <source>Emoji…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert emoji (Ctrl+;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../ui/compose/emojipicker.cpp" line="+27"/>
        <location line="+28"/>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Search emoji by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emoji category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium-light skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium-dark skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark skin tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiPickerModel</name>
    <message>
        <location filename="../../app/complete/emojipickermodel.cpp" line="+93"/>
        <source>This server&apos;s emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s emoji: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryMediaUploader</name>
    <message>
        <location filename="../../app/outbox/entrymediauploader.cpp" line="+33"/>
        <location line="+30"/>
        <source>The account was signed out during the upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/wizard/finishpage.cpp" line="+21"/>
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
    <name>GuiApplication</name>
    <message>
        <location filename="../../ui/guiapplication.cpp" line="+41"/>
        <source>Posthorn is already running but does not answer. Quit it, or end its process, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for a posthorn post command to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The posthorn post command did not finish; Posthorn starts anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageTextReader</name>
    <message>
        <location filename="../../app/media/imagetextreader.cpp" line="+218"/>
        <source>The picture could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tesseract OCR is not installed (package libtesseract5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tesseract has no data for reading %1 text; install tesseract-ocr-%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tesseract could not read the picture.</source>
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
        <location filename="../../ui/wizard/instancepage.cpp" line="+21"/>
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
        <location line="+53"/>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceProbe</name>
    <message>
        <location filename="../../app/instance/instanceprobe.cpp" line="+150"/>
        <source>%1 does not look like a Mastodon server (or one compatible with it). Check the address: it is the part after the second @ of your handle, like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no server called %1. Check the address for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the connection. The server may be down, or the address or port may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posthorn could not reach %1. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. It may be busy or down; try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed, so Posthorn did not go on. The server&apos;s certificate may be invalid or expired, or something between you and the server interferes. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a problem right now (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(It answered HTTP %1.)</source>
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
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../app/secrets/keychainsecretstore.cpp" line="+136"/>
        <source>The keychain is locked and was not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedPostBar</name>
    <message>
        <location filename="../../ui/compose/linkedpostbar.cpp" line="+34"/>
        <source>Who can quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply to this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the link instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+250"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Post replied to or quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who can quote this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Post without replying to or quoting it (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n media attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wait until the post is found on your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post to reply to or quote was not found: try again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server cannot quote posts: post the link instead, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a link to a post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up %1 on your server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your server cannot quote posts (that needs Mastodon 4.5 or later). You can post the link to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <location filename="../../app/auth/loopbackredirectserver.cpp" line="+80"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;There is nothing here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h1&gt;Posthorn&lt;/h1&gt;&lt;p&gt;Signing in is done here. You can close this tab and go back to Posthorn.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+38"/>
        <source>Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scheduled from the outbox: “%1”, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted from the outbox: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick p&amp;ost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Po&amp;sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Last Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The account is not connected yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account has no post to edit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your last post could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening your last post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quit Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) in the outbox have not gone out yet. They are kept on this computer and sent the next time you start Posthorn. Quit now?</source>
        <translation>
            <numerusform>%n post in the outbox has not gone out yet. It is kept on this computer and sent the next time you start Posthorn. Quit now?</numerusform>
            <numerusform>%n posts in the outbox have not gone out yet. They are kept on this computer and sent the next time you start Posthorn. Quit now?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Posting as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+8"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing out of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaAttachmentWidget</name>
    <message>
        <location filename="../../ui/media/mediaattachmentwidget.cpp" line="+46"/>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space opens a larger preview. Click or use the arrow keys to choose the focal point that thumbnails centre on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upload state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description (alt text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description of %1 for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what it shows for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No description yet: add one so everyone can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description characters left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>From the file&apos;s own description: check that it says what the picture shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Uploading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Processing on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too many</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCopies</name>
    <message>
        <location filename="../../app/cli/mediacopies.cpp" line="+17"/>
        <source>the folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be copied to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaFileCheck</name>
    <message>
        <location filename="../../app/media/mediafilecheck.cpp" line="+14"/>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file type (%1) is not supported by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 is %2; %4 accepts up to %3.</source>
        <extracomment>%1 is &quot;image&quot;, &quot;video&quot;, ...; %2 the file&apos;s size, %3 the server&apos;s limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is %1 × %2 pixels (%3 megapixels); %5 accepts up to %4 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>A post can have at most %n attachment(s) on this server.</source>
        <translation>
            <numerusform>A post can have at most %n attachment on this server.</numerusform>
            <numerusform>A post can have at most %n attachments on this server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The description is %n character(s) too long.</source>
        <translation>
            <numerusform>The description is %n character too long.</numerusform>
            <numerusform>The description is %n characters too long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This server accepts up to %n character(s).</source>
        <translation>
            <numerusform>This server accepts up to %n character.</numerusform>
            <numerusform>This server accepts up to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No preview for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click or use the arrow keys to choose the focal point: thumbnails of the picture centre on it. Home puts it back in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/media/mediastrip.cpp" line="+91"/>
        <location line="+1"/>
        <source>Post without a description?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Descriptions let people who cannot see the picture know what it shows. Preferences can turn this question off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaUpload</name>
    <message>
        <location filename="../../app/media/mediaupload.cpp" line="+115"/>
        <source>Posthorn cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>The server is still processing the file after %n minute(s). Try again later, or remove it and try a smaller file.</source>
        <translation>
            <numerusform>The server is still processing the file after %n minute. Try again later, or remove it and try a smaller file.</numerusform>
            <numerusform>The server is still processing the file after %n minutes. Try again later, or remove it and try a smaller file.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server could not process this file. Try again, or convert it to another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionGuard</name>
    <message numerus="yes">
        <location filename="../../app/outbox/mentionguard.cpp" line="+60"/>
        <source>it would also have been delivered to %1, who is not among the people Posthorn found for the names you typed. Nothing was sent. Check the names after @ (a name without its server can mean someone else), then post again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>The account was signed out.</source>
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
    <name>OptionsRow</name>
    <message>
        <location filename="../../ui/compose/optionsrow.cpp" line="+9"/>
        <source>&amp;Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content &amp;warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark media as &amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add pictures, video or audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures, video or audio (you can also paste or drop them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark media as sensitive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/outbox/outbox.cpp" line="+136"/>
        <source>The discarded post could not be removed from the outbox folder %1; delete its file %2.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+227"/>
        <source>The post waits: the outbox folder %1 could not be written (is the disk full or not writable?). Posthorn tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The edit waits: the outbox folder %1 could not be written (is the disk full or not writable?). Posthorn tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Posthorn looked for this post on your profile and did not find it. It was first sent over an hour ago, so the server no longer recognises it: send it again only if it is not on your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The post may have been published, and Posthorn could not ask the server (%1). It looks again later; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The server&apos;s answer could not be read, so the post may have been published. Posthorn looks for it on your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>A published post could not be removed from the outbox folder %1; delete its file %2.json so it is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntryWatch</name>
    <message>
        <location filename="../../app/outbox/outboxentrywatch.cpp" line="+18"/>
        <source>The server has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../../app/outbox/outboxstore.cpp" line="+96"/>
        <source>A post in the outbox could not be read and will not be sent. Posthorn kept it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A post in the outbox could not be read and will not be sent: %1. Posthorn leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTracker</name>
    <message>
        <location filename="../../app/outbox/outboxtracker.cpp" line="+64"/>
        <location line="+26"/>
        <source>The post may have been published: Posthorn looks for it on your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The post stays in the outbox: it could not be saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Posting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not confirmed yet: %1 The post is safe in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted yet: %1 Posthorn tries again at %2; the post is safe in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: the server asks to sign in again. The post waits in the outbox and goes out once you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Posthorn did not find this post on your profile. It is back here; check your profile, then Post sends it as a new post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not accept the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept post %1 of the thread: %2 The posts before it are published; this one will reply to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/compose/outboxview.cpp" line="+20"/>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be published: looking for it on your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goes out at %1 (undo send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trying again at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found on your profile; send again?: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped, check before sending again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Posts in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+75"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Send the selected post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disca&amp;rd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the selected post back to the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a post that was not accepted back to the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (thread of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out&amp;box, not posted yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posthorn did not find this post on your profile. Send it again? If it is there after all, it will appear twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard this post? What is not published cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the rest of this thread? %1 of its posts are published already; the others cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../../ui/compose/parteditor.cpp" line="+27"/>
        <source>What&apos;s on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make it a &amp;thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split this post into a thread of posts that each fit, at the ends of paragraphs and sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make it a numbered thread (1/3, 2/3, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove post %1 from the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 characters left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollBox</name>
    <message>
        <location filename="../../ui/compose/pollbox.cpp" line="+8"/>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../../ui/compose/polleditor.cpp" line="+23"/>
        <source>Add a c&amp;hoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a poll choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multiple &amp;choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow multiple choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide totals until it &amp;ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide vote totals until the poll ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Poll choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <location filename="../../app/cli/postcommand.cpp" line="+61"/>
        <source>No account is signed in: start Posthorn and sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No account %1 in Posthorn; the accounts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no description. Give one with --alt TEXT right after its --media, so that people who cannot see it know what it shows. (To post media without descriptions, turn off &quot;Ask before posting media without a description&quot; in Posthorn&apos;s Preferences.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posthorn no longer has a sign-in for %1: start Posthorn and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the sign-in for %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The files could not be kept for the outbox, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not look up the post to reply to: %1 Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another Posthorn holds the outbox and does not answer; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The running Posthorn gave an answer this command does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The running Posthorn took the post but did not say how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posthorn closed before the post was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server refused the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet%1. The post waits in Posthorn&apos;s outbox and is sent when Posthorn next runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a new sign-in: open Posthorn and sign in again. The post waits in the outbox until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Posted, but the server did not return the status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostOptions</name>
    <message>
        <location filename="../../app/cli/postoptions.cpp" line="+19"/>
        <source>Post to Mastodon without a window, through Posthorn&apos;s outbox. When Posthorn runs, it sends the post; otherwise this command does.

Exit status: 0 published or scheduled (the link is printed), 2 refused by the server or by Posthorn&apos;s own checks (the reason is on standard error), or the post to reply to could not be looked up, 3 not sent yet: it waits in the outbox and Posthorn sends it later, 4 a sign-in is needed (open Posthorn), 64 a usage error, 1 the post could not be put in the outbox (nothing was sent).

With --account given more than once, the post goes to each account (a cross-post) and one line per account says how it went (&quot;@user@server link&quot;, or the reason on standard error); the exit status is 0 only when every account published or scheduled it, otherwise the largest of their statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post as this account, as `posthorn accounts` lists it (default: the current one). Give it again to post from several accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the post behind this content warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Who sees the post: public, unlisted, private or direct (default: the account&apos;s own setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s language, an ISO 639 code such as en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish at this time instead of now (at least five minutes ahead), such as &quot;2027-01-31 09:00&quot; (local time) or 2027-01-31T08:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the status (or scheduled status) as the server returned it, instead of the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach this picture, video or audio file (again for more files). Posthorn keeps a copy until the post is out, so the file may be deleted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the file of the --media just before, for people who cannot see it. Needed for every file while Posthorn&apos;s preference &quot;Ask before posting media without a description&quot; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply to the post at this link; its author and the accounts it mentions are mentioned first, as in the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait the undo-send delay chosen in Posthorn&apos;s Preferences before sending, as the window does (scripts send at once without this). Meanwhile the post waits in the outbox, where a running Posthorn can still take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text to post, in UTF-8. &quot;-&quot;, or nothing when standard input is not a terminal, reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>--alt describes the file of the --media before it; give --media FILE first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--alt was given twice for %1; give one --alt after each --media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alt for %1 is empty; describe the file, or leave --alt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>--visibility must be public, unlisted, private or direct, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language needs a language code, such as en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--reply-to needs a post&apos;s link (https://…), not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the text as one argument (in quotes), or &quot;-&quot; to read it from standard input; unexpected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to post: give the text, or &quot;-&quot; to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--schedule takes a date and time such as &quot;2027-01-31 09:00&quot;, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRelay</name>
    <message>
        <location filename="../../app/cli/postrelay.cpp" line="+33"/>
        <source>The running Posthorn could not read the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The post could not be saved in the outbox, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostedPanel</name>
    <message>
        <location filename="../../ui/posted/postedpanel.cpp" line="+41"/>
        <source>Posted: your recent posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recent posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Ctrl+E edits the selected post in the composer. Delete asks to delete it; Shift+Delete asks to delete it and bring it back into the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected post in the composer to change it (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected post (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete and redraft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected post and write it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected post and bring it back into the composer (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load older posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load your recent posts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The post was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post was deleted; it is back in the composer to be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The post could not be opened for editing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the account to connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading your posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been deleted all the same: try again, or Refresh to see whether it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Delete and Redraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from the server and bring its text, media and poll back into the composer? Its replies, boosts and favourites are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this post from the server? This cannot be undone; its replies, boosts and favourites are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the post to redraft it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the post for editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostedRowText</name>
    <message>
        <location filename="../../ui/posted/postedrowtext.cpp" line="+34"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n media</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostedStatuses</name>
    <message>
        <location filename="../../app/posted/postedstatuses.cpp" line="+133"/>
        <source>The post is no longer on your profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingAccount</name>
    <message>
        <location filename="../../app/session/postingaccount.cpp" line="+73"/>
        <source>Add an account to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/preferencesdialog.cpp" line="+23"/>
        <source>Preferences – Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start Posthorn when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Posthorn when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;hidden in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start hidden in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check s&amp;pelling as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask before posting media without a &amp;description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask before posting media without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a post waits after Post, so that you can still take it back (Undo or Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U&amp;ndo send:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPostWindow</name>
    <message>
        <location filename="../../ui/tray/quickpostwindow.cpp" line="+31"/>
        <source>Quick post – Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Quick post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to move the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide quick post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide (Escape); the text stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <location filename="../../ui/schedule/schedulepicker.cpp" line="+26"/>
        <source>&amp;Schedule for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time to post, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRule</name>
    <message>
        <location filename="../../app/schedule/schedulerule.cpp" line="+16"/>
        <source>Choose a date and time for the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This time has already passed. Choose a time at least %n minute(s) from now.</source>
        <translation>
            <numerusform>This time has already passed. Choose a time at least %n minute from now.</numerusform>
            <numerusform>This time has already passed. Choose a time at least %n minutes from now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This is too soon: the server needs at least %n minute(s) of notice. Choose a later time.</source>
        <translation>
            <numerusform>This is too soon: the server needs at least %n minute of notice. Choose a later time.</numerusform>
            <numerusform>This is too soon: the server needs at least %n minutes of notice. Choose a later time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTimeText</name>
    <message>
        <location filename="../../ui/schedule/scheduletimetext.cpp" line="+47"/>
        <source>%1, %2</source>
        <extracomment>%1 is a time zone such as Europe/Berlin, %2 its offset such as UTC+01:00</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledPostsButton</name>
    <message>
        <location filename="../../ui/schedule/scheduledpostsbutton.cpp" line="+7"/>
        <source>Scheduled pos&amp;ts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show scheduled posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledPostsDialog</name>
    <message>
        <location filename="../../ui/schedule/scheduledpostsdialog.cpp" line="+39"/>
        <source>Scheduled Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These posts are waiting for their time. Times are in your time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Scheduled posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time for the selected post, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the time of the selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n attachment(s), no text)</source>
        <translation>
            <numerusform>(%n attachment, no text)</numerusform>
            <numerusform>(%n attachments, no text)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the scheduled posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The post will now be published %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scheduled post was cancelled; it will not be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled posts could not be loaded: %1

Press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No scheduled posts.

Posts you schedule in the composer wait here until their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Changing the time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel Scheduled Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the post scheduled for %1? It will not be published, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling the post…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="+63"/>
        <location line="+192"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+1"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find people by name or handle, such as @user@example.social (Ctrl+K).
Down: go to the results. Escape: clear; again: back to the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load more results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert &amp;mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;profile in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+174"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert the account&apos;s @mention into the post (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the account&apos;s profile in the web browser (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the account&apos;s full handle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: insert mention · %2: open profile · %3: follow or unfollow · %4: copy handle · Menu key: all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Type a name, or a handle such as @user@example.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No accounts match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many searches for now. You can search again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many searches for now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to an account to search for people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow the account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un&amp;follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw &amp;follow request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request to follow this locked account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../../ui/search/searchresultdelegate.cpp" line="+86"/>
        <location line="+14"/>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 followers · %2 following · %3 posts</source>
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
    <name>SendCountdown</name>
    <message>
        <location filename="../../ui/compose/sendcountdown.cpp" line="+23"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the post back to edit it; nothing is sent (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Posting in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>SignInAttempt</name>
    <message>
        <location filename="../../app/auth/signinattempt.cpp" line="+41"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Posthorn could not listen for your browser&apos;s answer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Continue in your browser: sign in there and choose Authorize. Posthorn is waiting for it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in in the window that opened, then choose Authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in window was closed before you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the sign-in window…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInBrowser</name>
    <message>
        <location filename="../../app/auth/signinbrowser.cpp" line="+103"/>
        <source>The sign-in window could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../ui/wizard/signinpage.cpp" line="+24"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open the sign-in window again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use my &amp;browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in in your usual web browser: useful for passkeys, single sign-on and password managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+34"/>
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
        <location line="+9"/>
        <source>Posthorn opens %1&apos;s own sign-in page in a window of its own. Sign in there and allow Posthorn to post for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No web browser could be opened. Copy this address into one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../ui/web/signinwindow.cpp" line="+22"/>
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
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../ui/compose/spellingmenu.cpp" line="+86"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add “%1” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked again until Posthorn quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/compose/statusline.cpp" line="+16"/>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock ke&amp;ychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in outbox, write another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks the keychain for the sign-in again; it shows its own window for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted. &lt;a href=&quot;%1&quot;&gt;Open the post&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLinkResolver</name>
    <message>
        <location filename="../../app/posted/statuslinkresolver.cpp" line="+41"/>
        <source>Sign in first: the post is looked up on your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The post could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your server found no post at %1. It may have been deleted, or it is private and your account may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your server&apos;s answer about the post could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../ui/tray/traycontroller.cpp" line="+98"/>
        <source>&amp;Quick post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Your recent posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Q&amp;uit Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The outbox is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) in the outbox</source>
        <translation>
            <numerusform>%n post in the outbox</numerusform>
            <numerusform>%n posts in the outbox</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posthorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) need you</source>
        <translation>
            <numerusform>%n post needs you</numerusform>
            <numerusform>%n posts need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) waiting to be sent</source>
        <translation>
            <numerusform>%n post waiting to be sent</numerusform>
            <numerusform>%n posts waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Post scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will appear on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A post was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Click to open the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Posting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to undo: the post comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 again so that your posts can go out. Click to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingHints</name>
    <message>
        <location filename="../../ui/compose/writinghints.cpp" line="+17"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep the language as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This looks like %1 — post as %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Post as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
