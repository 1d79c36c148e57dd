#pragma once

#include <QObject>
#include <QTimer>

namespace callqa::review {

class EvaluationDraftStore;

// The heartbeat of a held evaluation draft: renews the store's lease three times per lease
// period while the event loop runs. A workstation that dies stops renewing, and the hold runs out
// for the others. A failed renewal (the server away for a moment, or the draft taken over after
// this workstation stalled) is reported and retried on the next beat.
class DraftLeaseKeeper : public QObject {
    Q_OBJECT
public:
    DraftLeaseKeeper(EvaluationDraftStore& store, qint64 draftId, QObject* parent = nullptr);

Q_SIGNALS:
    void renewed();
    void renewFailed(const QString& error);

private:
    void beat();

    EvaluationDraftStore& m_store;
    qint64 m_draftId;
    QTimer m_timer;
};

} // namespace callqa::review
