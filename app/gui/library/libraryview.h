#pragma once

#include "review/auth/permissions.h"

#include <QWidget>

class QTableView;

namespace callqa::review {
class Database;
class LibraryModel;
struct LibraryRow;
} // namespace callqa::review

namespace callqa::app {

class LibraryFilterBar;

// The call library: the paged call table and its filter bar (which the window places, above the
// table and the call's details). Columns can be shown and hidden
// from the header's context menu; their choice, order, widths and the sort persist on this
// workstation (QSettings "library/header"). A refresh or a filter change keeps the selected call
// and the scroll position when the call is still listed.
class LibraryView : public QWidget {
    Q_OBJECT
public:
    LibraryView(review::Database& db, const review::Actor& actor, QWidget* parent = nullptr);
    ~LibraryView() override;

    review::LibraryModel& model() { return *m_model; }
    QTableView* table() const { return m_table; }
    LibraryFilterBar* filterBar() const { return m_filterBar; }
    const review::LibraryRow* currentRow() const;
    // "1,234 of 100,000 calls", or why the library cannot be read.
    QString statusText() const;
    void refresh();
    void setColumnShown(int column, bool shown);
    // Selects the call, loading further pages until it is listed (at most kMaxSeekPages); false
    // when the current filter does not list it.
    bool selectCall(qint64 callId);
    static constexpr int kMaxSeekPages = 50;

Q_SIGNALS:
    void currentCallChanged();
    void countsChanged();

private:
    void showColumnsMenu(const QPoint& at);
    void saveHeader() const;
    void restoreHeader();
    void keepSelection();
    void restoreSelection();
    bool columnAvailable(int column) const;

    review::LibraryModel* m_model = nullptr;
    LibraryFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    qint64 m_keptCall = 0;
    int m_keptScroll = 0;
    bool m_restoring = false;
};

} // namespace callqa::app
