#include "review/storage/redaction.h"

#include <QRegularExpression>

namespace callqa::review {

namespace {

const QString kHidden = QStringLiteral("****");

// `scheme:` then any slashes: what follows is (possibly malformed) authority, path and query.
qsizetype afterScheme(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9+.\\-]*:/*"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.capturedEnd() : -1;
}

QString withoutUserInfoPassword(const QString& text)
{
    const qsizetype start = afterScheme(text);
    if (start < 0)
        return text;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < start)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon >= at || colon + 1 == at)
        return text; // no password, or an empty one
    return text.left(colon + 1) + kHidden + text.mid(at);
}

QString withoutPasswordParameters(QString text)
{
    static const QRegularExpression parameter(
        QStringLiteral("(password\\s*=\\s*)('[^']*'?|[^&#\\s]*)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch match = parameter.match(text, from);
        if (!match.hasMatch())
            return text;
        if (match.capturedLength(2) == 0) {
            from = match.capturedEnd();
            continue;
        }
        text.replace(match.capturedStart(2), match.capturedLength(2), kHidden);
        from = match.capturedStart(2) + kHidden.size();
    }
}

} // namespace

QString redactedAddress(const QString& address)
{
    return withoutPasswordParameters(withoutUserInfoPassword(address));
}

} // namespace callqa::review
