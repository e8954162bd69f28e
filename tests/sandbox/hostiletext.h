#pragma once

#include "sandboxresponse.h"

#include <QString>

// A server that lies: with a text set (POST /_sandbox/hostile, or --hostile), every
// human-readable string in a JSON reply (names, handles, bios, post text, poll choices,
// instance title and description, error messages) has that text appended, so a test
// can check that Posthorn shows all of it literally and renders none of it.
namespace HostileText {

[[nodiscard]] SandboxResponse apply(const SandboxResponse &response, const QString &text);

} // namespace HostileText
