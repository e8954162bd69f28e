#include "faultinjector.h"

namespace {

const QList<QPair<QString, FaultInjector::Kind>> &kindNames()
{
    static const QList<QPair<QString, FaultInjector::Kind>> names{
        {QStringLiteral("drop_after"), FaultInjector::Kind::DropAfter},
        {QStringLiteral("drop"), FaultInjector::Kind::Drop},
        {QStringLiteral("delay"), FaultInjector::Kind::Delay},
        {QStringLiteral("status"), FaultInjector::Kind::Status},
        {QStringLiteral("rate_limit"), FaultInjector::Kind::RateLimit},
        {QStringLiteral("malformed"), FaultInjector::Kind::Malformed},
        {QStringLiteral("truncate"), FaultInjector::Kind::Truncate},
        {QStringLiteral("huge"), FaultInjector::Kind::Huge},
        {QStringLiteral("redirect"), FaultInjector::Kind::Redirect},
    };
    return names;
}

} // namespace

QString FaultInjector::add(const QJsonObject &description)
{
    Fault fault;
    const QString kind = description.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (const auto &name : kindNames()) {
        if (name.first == kind) {
            fault.kind = name.second;
            known = true;
        }
    }
    if (!known)
        return QStringLiteral("unknown fault kind '%1'").arg(kind);
    fault.path = description.value(QStringLiteral("path")).toString();
    if (fault.path.isEmpty())
        return QStringLiteral("path is required");
    fault.method = description.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.count = description.value(QStringLiteral("count")).toInt(1);
    fault.skip = description.value(QStringLiteral("skip")).toInt(0);
    fault.delayMs = description.value(QStringLiteral("delayMs")).toInt(fault.delayMs);
    // A redirect keeps the method and body (307) unless the test asks for another.
    const int defaultStatus = fault.kind == Kind::Redirect ? 307 : fault.status;
    fault.status = description.value(QStringLiteral("status")).toInt(defaultStatus);
    fault.resetInSeconds =
        description.value(QStringLiteral("resetInSeconds")).toInt(fault.resetInSeconds);
    fault.bytes = qint64(description.value(QStringLiteral("bytes")).toDouble(double(fault.bytes)));
    if (fault.count < 1 || fault.skip < 0 || fault.delayMs < 0 || fault.bytes < 2 ||
        fault.bytes > qint64(512) * 1024 * 1024 || fault.status < 100 || fault.status > 599)
        return QStringLiteral("count, delayMs, status or bytes out of range");
    if (fault.kind == Kind::Redirect && (fault.status < 300 || fault.status > 399))
        return QStringLiteral("a redirect needs a 3xx status");
    m_faults.append(fault);
    return {};
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QByteArray &method,
                                                        const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method != method)
            continue;
        const bool prefix = fault.path.endsWith(QLatin1Char('*'));
        const bool matches = prefix ? path.startsWith(fault.path.chopped(1)) : path == fault.path;
        if (!matches)
            continue;
        if (fault.skip > 0) {
            --fault.skip;
            return std::nullopt;
        }
        const Fault taken = fault;
        if (--fault.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults) {
        array.append(QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(fault.method)},
            {QStringLiteral("path"), fault.path},
            {QStringLiteral("kind"), kindName(fault.kind)},
            {QStringLiteral("count"), fault.count},
        });
    }
    return array;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

QString FaultInjector::kindName(Kind kind)
{
    for (const auto &name : kindNames()) {
        if (name.second == kind)
            return name.first;
    }
    return {};
}
