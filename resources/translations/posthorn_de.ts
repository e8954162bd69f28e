<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+11"/>
        <source>Posthorn</source>
        <translation>Posthorn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Mastodon account is set up yet, so Posthorn cannot post.</source>
        <translation>Es ist noch kein Mastodon-Konto eingerichtet, daher kann Posthorn nicht posten.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Set up an account to post.</source>
        <translation>Richte ein Konto ein, um zu posten.</translation>
    </message>
</context>
</TS>
