#pragma once

// Creates the QApplication and the first window. Kept apart from main() so that
// main.cpp, which lives in app/, includes no widget header.
class GuiApplication final
{
public:
    GuiApplication() = delete;

    static int run(int &argc, char **argv);
};
