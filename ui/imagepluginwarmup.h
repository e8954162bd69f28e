#pragma once

// Loads Qt's image-format plugins on a worker thread while the first window is built.
// The first image Qt reads from a file makes it open every such plugin (GIF, ICO,
// JPEG with libjpeg, SVG) to ask whether it wants the format, even for a PNG it reads
// itself; the menu bar's icons and the wizard's clear button are such images.
class ImagePluginWarmup final
{
public:
    ImagePluginWarmup() = delete;

    // Call once QGuiApplication exists; returns at once.
    static void start();
};
