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

QString foldForLibrarySearch(const QString& text)
{
    const QString decomposed = foldForSearch(text).normalized(QString::NormalizationForm_D);
    QString loose;
    loose.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == QChar(0x0131)) // dotless i
            ch = QLatin1Char('i');
        else if (ch == QChar(0x064A) || ch == QChar(0x0649)) // Arabic yeh, alef maksura
            ch = QChar(0x06CC);
        else if (ch == QChar(0x0643)) // Arabic kaf
            ch = QChar(0x06A9);
        loose += ch;
    }
    return loose.normalized(QString::NormalizationForm_C);
}

} // namespace callqa::review
