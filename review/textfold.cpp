#include "review/textfold.h"

namespace callqa::review {

QString foldForSearch(const QString& text)
{
    QString folded = text.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
    // U+0130 (İ) folds to "i̇" in full folding; users searching "istanbul" expect a match.
    folded.replace(QChar(0x0130), QLatin1Char('i'));
    folded.replace(QStringLiteral("i\u0307"), QStringLiteral("i"));
    folded.replace(QChar(0x00DF), QStringLiteral("ss"));
    folded.replace(QChar(0x1E9E), QStringLiteral("ss"));
    return folded;
}

} // namespace callqa::review
