#include "app/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace callqa::app {

void installTranslations(QCoreApplication& application)
{
    const QString language = qEnvironmentVariable("CALLQA_LANG");
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(locale, QStringLiteral("callqa"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
    if (auto* gui = qobject_cast<QGuiApplication*>(&application))
        gui->setLayoutDirection(locale.textDirection());
}

} // namespace callqa::app
