#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636) with the S256 method, and the OAuth
// `state` value: both random, fresh for every authorization.
class Pkce final
{
public:
    // A verifier of 64 characters from the unreserved set (RFC 7636 §4.1).
    [[nodiscard]] static Pkce generate();
    [[nodiscard]] static Pkce fromVerifier(const QByteArray &verifier);

    // base64url without padding of SHA-256 of the verifier (RFC 7636 §4.2).
    [[nodiscard]] static QByteArray challengeFor(const QByteArray &verifier);
    // 32 random bytes, base64url: unguessable, and safe in a URL as it is.
    [[nodiscard]] static QByteArray generateState();

    [[nodiscard]] QByteArray verifier() const { return m_verifier; }
    [[nodiscard]] QByteArray challenge() const { return challengeFor(m_verifier); }
    [[nodiscard]] static QByteArray method() { return QByteArrayLiteral("S256"); }

private:
    explicit Pkce(const QByteArray &verifier);

    QByteArray m_verifier;
};
