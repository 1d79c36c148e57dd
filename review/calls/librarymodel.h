#pragma once

#include "review/auth/permissions.h"
#include "review/calls/librarypage.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace callqa::review {

class Database;

// The call library as a lazily paged table model (QtCore only): rows come a page at a time
// through keyset pagination (fetchMore), sorting and filtering are done in SQL, and refresh()
// re-reads the loaded rows in place. Scores show only for actors who may read all evaluations.
class LibraryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr qint64 kPageSize = 200;
    static constexpr int kCallIdRole = Qt::UserRole + 1;

    LibraryModel(Database& db, const Actor& actor, QObject* parent = nullptr);

    // The filters to show (its sort and withScores are the model's own).
    void setQuery(const LibraryQuery& filters);
    const LibraryQuery& query() const { return m_query; }
    // Re-reads the rows loaded so far (another workstation imported or scored calls): when the
    // same calls come back in the same order only their cells change, else the model resets.
    void refresh();

    bool showsScores() const { return m_query.withScores; }
    bool showsQueues() const { return m_query.withQueues; }
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    const QString& error() const { return m_error; }
    const LibraryRow* rowAt(int row) const;
    int rowOfCall(qint64 callId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // The matching or total count changed (or an error happened).
    void countsChanged();

private:
    void reload(bool recount = true);
    void readCounts();
    void readHiddenScores(); // blind double scoring: the calls shown without their score
    QList<LibraryRow> fetch(const std::optional<LibraryCursor>& after, qint64 limit);
    QVariant display(const LibraryRow& row, LibraryColumn column) const;

    Database& m_db;
    QString m_viewer;
    bool m_mayRead = false;
    LibraryQuery m_query;
    QList<LibraryRow> m_rows;
    bool m_atEnd = true;
    bool m_changing = false;
    qint64 m_matching = 0;
    qint64 m_total = 0;
    QString m_error;
    QLocale m_locale;
};

} // namespace callqa::review
