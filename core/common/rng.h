#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <cstddef>

namespace initscope {

__extension__ using Uint128 = unsigned __int128;

// The one random source of the engine: a seeded 64-bit generator passed explicitly to whatever
// draws (never a global). xoshiro256** with SplitMix64 seeding; normals via Box–Muller so the
// sequence is identical on every platform and standard library.
class Rng {
public:
    explicit Rng(std::uint64_t seed) { reseed(seed); }

    // An independent stream derived from a seed and a stream id (input, layer k, batches, ...).
    static Rng stream(std::uint64_t seed, std::uint64_t streamId) {
        std::uint64_t s = seed ^ (0x9E3779B97F4A7C15ULL * (streamId + 1));
        return Rng(splitMix(s));
    }

    void reseed(std::uint64_t seed) {
        std::uint64_t s = seed;
        for (auto& word : m_state) word = splitMix(s);
        m_hasSpare = false;
    }

    std::uint64_t nextU64() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform on [0, 1) with 53 random bits.
    double uniform01() { return static_cast<double>(nextU64() >> 11) * 0x1.0p-53; }

    // Uniform on (-1, 1).
    double uniformSymmetric() {
        double u;
        do {
            u = 2.0 * uniform01() - 1.0;
        } while (u == -1.0);
        return u;
    }

    // Uniform integer in [0, n), unbiased (Lemire's multiply-and-reject).
    std::uint64_t below(std::uint64_t n) {
        if (n == 0) return 0;
        Uint128 m = static_cast<Uint128>(nextU64()) * n;
        auto low = static_cast<std::uint64_t>(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<Uint128>(nextU64()) * n;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }

    // Standard normal N(0, 1), Box–Muller: z = √(−2 ln u₁)·cos(2π u₂).
    double normal() {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1;
        do {
            u1 = uniform01();
        } while (u1 <= std::numeric_limits<double>::min());
        const double u2 = uniform01();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double theta = 2.0 * std::numbers::pi * u2;
        m_spare = r * std::sin(theta);
        m_hasSpare = true;
        return r * std::cos(theta);
    }

    // Fills out[0…n) with standard normals: Box–Muller on blocks, in float, vectorised (Eigen's
    // log, sin and cos), about ten times faster than normal() one by one. The sequence is fixed
    // by the seed; it differs from normal()'s, and may differ in the last bits across CPUs.
    void fillNormal(float* out, std::size_t n);

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t& s) {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4]{};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

}  // namespace initscope
