#pragma once

// Loads Qt's image-format plugins on a worker thread while the first window is built.
// The first image Qt reads from a file makes it open every such plugin (GIF, ICO,
// JPEG with libjpeg, SVG) to ask whether it wants the format, even for a PNG it reads
// itself; the main window's menu bar icons are such images. (The wizard is built too
// soon after start for this to be done in time: its clear button waits instead.)
class ImagePluginWarmup final
{
public:
    ImagePluginWarmup() = delete;

    // Call once QGuiApplication exists; returns at once.
    static void start();
};
