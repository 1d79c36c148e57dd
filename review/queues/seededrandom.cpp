#include "review/queues/seededrandom.h"

#include <QCryptographicHash>

namespace callqa::review {

SeededRandom SeededRandom::forPart(std::uint64_t seed, const QString& part)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(quint64(seed)));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(part.toUtf8());
    const QByteArray digest = hash.result();
    std::uint64_t state = 0;
    for (int i = 0; i < 8; ++i)
        state = (state << 8) | std::uint8_t(digest.at(i));
    return SeededRandom(state);
}

std::uint64_t SeededRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SeededRandom::below(std::uint64_t bound)
{
    // Reject the top partial range so every value below `bound` is equally likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

} // namespace callqa::review
