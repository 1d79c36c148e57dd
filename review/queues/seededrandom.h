#pragma once

#include <QString>

#include <cstdint>

namespace callqa::review {

// A random sequence that is the same on every machine, compiler and standard library for one
// seed: a re-draw years later must pick the same calls. (std::uniform_int_distribution is not
// specified exactly, so it is not used.) SplitMix64, with unbiased bounded draws by rejection.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}
    // A seed of its own for one part of a draw (a stratum, a week): the same for the same seed
    // and name, independent of which other parts exist.
    static SeededRandom forPart(std::uint64_t seed, const QString& part);

    std::uint64_t next();
    // Uniform in [0, bound), bound > 0.
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t m_state;
};

} // namespace callqa::review
