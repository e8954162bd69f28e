#pragma once

#include <QByteArray>

// What runs on this machine, from /proc: tests use it to show that no QtWebEngine
// process outlives sign-in.
class ProcessList final
{
public:
    ProcessList() = delete;

    // Processes whose command line contains `needle`.
    [[nodiscard]] static int countMatching(const QByteArray &needle);
};
