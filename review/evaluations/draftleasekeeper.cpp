#include "review/evaluations/draftleasekeeper.h"

#include "review/evaluations/evaluationdraftstore.h"

#include <algorithm>

namespace callqa::review {

DraftLeaseKeeper::DraftLeaseKeeper(EvaluationDraftStore& store, qint64 draftId, QObject* parent)
    : QObject(parent), m_store(store), m_draftId(draftId)
{
    m_timer.setInterval(int(std::max<qint64>(store.leaseMs() / 3, 100)));
    connect(&m_timer, &QTimer::timeout, this, &DraftLeaseKeeper::beat);
    m_timer.start();
}

void DraftLeaseKeeper::beat()
{
    const Status status = m_store.renew(m_draftId);
    if (status)
        Q_EMIT renewed();
    else
        Q_EMIT renewFailed(status.error());
}

} // namespace callqa::review
