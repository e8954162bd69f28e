#include "avatarimages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>

namespace {

QColor colorFor(const QString &seed, int salt)
{
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray(seed.toUtf8() + QByteArray::number(salt)), QCryptographicHash::Md5);
    return QColor::fromHsv(quint8(hash.at(0)) * 360 / 256, 110 + quint8(hash.at(1)) % 100,
                           170 + quint8(hash.at(2)) % 80);
}

void appendLe16(QByteArray &out, int value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

// LZW data for a frame of 2-bit palette indices. With a clear code before every pair of
// pixels the code width never grows past 3 bits, which keeps the encoder trivial; the
// result is larger than a real encoder's but every decoder accepts it.
QByteArray lzwFrame(const QByteArray &indices)
{
    constexpr int clearCode = 4;
    constexpr int endCode = 5;
    QByteArray packed;
    quint32 bitBuffer = 0;
    int bitCount = 0;
    auto put = [&](int code) {
        bitBuffer |= quint32(code) << bitCount;
        bitCount += 3;
        while (bitCount >= 8) {
            packed.append(char(bitBuffer & 0xff));
            bitBuffer >>= 8;
            bitCount -= 8;
        }
    };
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (i % 2 == 0)
            put(clearCode);
        put(indices.at(i));
    }
    put(endCode);
    if (bitCount > 0)
        packed.append(char(bitBuffer & 0xff));

    QByteArray out;
    out.append(char(2)); // LZW minimum code size
    for (qsizetype pos = 0; pos < packed.size(); pos += 255) {
        const QByteArray block = packed.mid(pos, 255);
        out.append(char(block.size()));
        out.append(block);
    }
    out.append(char(0));
    return out;
}

} // namespace

namespace AvatarImages {

QByteArray png(const QString &seed, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(colorFor(seed, 0));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorFor(seed, 1));
        painter.drawEllipse(QRectF(size * 0.3, size * 0.15, size * 0.4, size * 0.4));
        painter.drawEllipse(QRectF(size * 0.15, size * 0.6, size * 0.7, size * 0.6));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray animatedGif(const QString &seed)
{
    constexpr int side = 16;
    const QColor palette[4] = {colorFor(seed, 0), colorFor(seed, 1), colorFor(seed, 2), Qt::white};
    QByteArray gif("GIF89a");
    appendLe16(gif, side);
    appendLe16(gif, side);
    gif.append(char(0xf1)); // global colour table of 4 entries
    gif.append(char(0));
    gif.append(char(0));
    for (const QColor &color : palette) {
        gif.append(char(color.red()));
        gif.append(char(color.green()));
        gif.append(char(color.blue()));
    }
    // NETSCAPE2.0 extension: loop forever.
    gif.append(QByteArray::fromHex("21ff0b4e45545343415045322e300301000000"));
    for (int frame = 0; frame < 2; ++frame) {
        gif.append(QByteArray::fromHex("21f904"));
        gif.append(char(0x04));
        appendLe16(gif, 50); // 0.5 s per frame
        gif.append(char(0));
        gif.append(char(0));
        gif.append(char(0x2c));
        appendLe16(gif, 0);
        appendLe16(gif, 0);
        appendLe16(gif, side);
        appendLe16(gif, side);
        gif.append(char(0));
        QByteArray indices;
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                const bool stripe = ((x + y + frame * 4) / 4) % 2;
                indices.append(char(stripe ? 1 + frame : 3 - frame * 3));
            }
        }
        gif.append(lzwFrame(indices));
    }
    gif.append(char(0x3b));
    return gif;
}

} // namespace AvatarImages
