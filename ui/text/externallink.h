#pragma once

class QUrl;

// The one way Posthorn opens a link in the desktop's browser: web pages only
// (ServerText::isOpenableLink), as links come from servers.
namespace ExternalLink {

// False, and nothing opened, for anything but an http or https address; true when the
// link was handed to the desktop (whether a browser then opened it is the desktop's).
bool open(const QUrl &url);

} // namespace ExternalLink
