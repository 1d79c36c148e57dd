#pragma once

#include <QString>
#include <QStringView>

namespace callqa::checklists {

// Builds the JSON paths errors are named by: "sections[2].items[0].points".
inline QString childPath(const QString& parent, QStringView field)
{
    QString path = parent;
    if (!path.isEmpty()) {
        path += u'.';
    }
    path += field;
    return path;
}

inline QString indexPath(const QString& parent, QStringView array, qsizetype index)
{
    QString path = childPath(parent, array);
    path += u'[';
    path += QString::number(index);
    path += u']';
    return path;
}

} // namespace callqa::checklists
