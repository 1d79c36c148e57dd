#include "review/calls/calllegs.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CallLegs", text);
}

} // namespace

std::optional<LegName> legOfFile(const QString& relativePath, bool inLegIsCustomer)
{
    static const QRegularExpression suffix(QStringLiteral("^(.+)-(in|out|t|r)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QFileInfo info(relativePath);
    const QString extension = info.suffix();
    const QString base = extension.isEmpty() ? info.fileName() : info.completeBaseName();
    const QRegularExpressionMatch match = suffix.match(base);
    if (!match.hasMatch())
        return std::nullopt;
    const QString leg = match.captured(2).toLower();
    const bool fromRecordedPhone = leg == QLatin1String("in") || leg == QLatin1String("t");
    const QString folder = relativePath.left(relativePath.size() - info.fileName().size());
    LegName name;
    name.pairKey = folder + match.captured(1);
    name.callName =
        extension.isEmpty() ? name.pairKey : name.pairKey + QLatin1Char('.') + extension;
    name.side = fromRecordedPhone != inLegIsCustomer ? LegSide::Agent : LegSide::Customer;
    return name;
}

QList<ImportUnit> groupLegs(const QStringList& relativePaths, bool inLegIsCustomer)
{
    struct Candidates {
        QStringList agent;
        QStringList customer;
        QString callName;
    };
    QHash<QString, Candidates> byKey;
    QList<ImportUnit> units;
    for (const QString& path : relativePaths) {
        const std::optional<LegName> leg = legOfFile(path, inLegIsCustomer);
        if (!leg) {
            units << ImportUnit{path, {}, path, {}};
            continue;
        }
        Candidates& candidates = byKey[leg->pairKey];
        if (leg->side == LegSide::Agent || candidates.callName.isEmpty())
            candidates.callName = leg->callName; // file-name facts come from the agent's leg
        (leg->side == LegSide::Agent ? candidates.agent : candidates.customer) << path;
    }
    for (const Candidates& c : std::as_const(byKey)) {
        if (c.agent.size() == 1 && c.customer.size() == 1) {
            units << ImportUnit{c.agent.front(), c.customer.front(), c.callName, {}};
            continue;
        }
        const bool crowded = c.agent.size() > 1 || c.customer.size() > 1;
        for (const QString& path : c.agent + c.customer)
            units << ImportUnit{
                path,
                {},
                path,
                crowded ? tr("more than one leg for one side of the call %1; each leg is imported "
                             "as a call of its own (name them apart, or pair them in a manifest "
                             "with agent_file and customer_file)")
                              .arg(c.callName)
                        : tr("the other leg of the call %1 is not in the folder; this leg is "
                             "imported as a call of its own, and joins its partner when a later "
                             "import finds it")
                              .arg(c.callName)};
    }
    std::sort(units.begin(), units.end(),
              [](const ImportUnit& a, const ImportUnit& b) { return a.file < b.file; });
    return units;
}

QString legsContentSha256(const QString& agentSha256, const QString& customerSha256)
{
    const QByteArray text =
        "callqa.legs/1\n" + agentSha256.toLatin1() + '\n' + customerSha256.toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace callqa::review
