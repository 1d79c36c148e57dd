#pragma once

#include <QString>

namespace callqa::checklists {

// A broken rule or an unreadable value, named by its JSON path, e.g.
// "sections[2].items[0].points". An empty path means the document as a whole.
struct ValidationError {
    QString path;
    QString message; // translated, user-visible

    QString toString() const; // "path: message", or the message alone when the path is empty
    bool operator==(const ValidationError&) const = default;
};

} // namespace callqa::checklists
