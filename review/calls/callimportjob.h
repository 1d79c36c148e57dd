#pragma once
// Internal to the importer: one call to import (a file, or two legs), and how a file is refused.

#include "review/calls/callimporter.h"

#include <QCoreApplication>

namespace callqa::review {

struct CallImporter::FileJob {
    QString absolutePath; // the one file, or the agent's leg
    QString relativeToFolder;
    QString customerAbsolute; // the customer's leg of a call in two files; else empty
    QString customerRelative;
    QString factsName; // what file-name facts are read from
    const CallFacts* manifestFacts = nullptr;
    QString note;
    bool legs() const { return !customerAbsolute.isEmpty(); }
};

namespace importing {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::CallImporter", text);
}

// A problem found while importing one file: rolls its transaction back and becomes a report line.
struct FileRejected {
    QString reason;
    QString unknownAgent;
};

inline QString outsideRootReason(const QString& root)
{
    return tr("outside the recordings root %1, so no other workstation would find it; not "
              "imported. Import it from under the root, or tell this workstation where the "
              "shared folder is mounted (Workspace > Recordings folder… in the window, "
              "--recordings-root or CALLQA_RECORDINGS_ROOT)")
        .arg(root);
}

} // namespace importing

} // namespace callqa::review
