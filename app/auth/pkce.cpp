#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // QRandomGenerator::system() draws from the operating system's CSPRNG.
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

Pkce::Pkce(const QByteArray &verifier)
    : m_verifier(verifier)
{}

Pkce Pkce::generate()
{
    // 48 random bytes give 64 base64url characters, all from the unreserved set.
    return Pkce(randomBytes(48).toBase64(base64Url));
}

Pkce Pkce::fromVerifier(const QByteArray &verifier)
{
    return Pkce(verifier);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64Url);
}

QByteArray Pkce::generateState()
{
    return randomBytes(32).toBase64(base64Url);
}
