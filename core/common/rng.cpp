#include "common/rng.h"

#include <Eigen/Core>
#include <algorithm>

namespace initscope {

void Rng::fillNormal(float* out, std::size_t n) {
    constexpr std::size_t kBlock = 2048;
    Eigen::ArrayXf u1(kBlock), u2(kBlock), r(kBlock), theta(kBlock);
    for (std::size_t done = 0; done < n; done += 2 * kBlock) {
        const std::size_t pairs = std::min(kBlock, (n - done + 1) / 2);
        for (std::size_t i = 0; i < pairs; ++i) {
            // u₁ ∈ (0, 1] from 24 random bits, so log(u₁) is finite; u₂ ∈ [0, 1).
            u1[static_cast<Eigen::Index>(i)] = static_cast<float>((nextU64() >> 40) + 1) * 0x1.0p-24f;
            u2[static_cast<Eigen::Index>(i)] = static_cast<float>(nextU64() >> 40) * 0x1.0p-24f;
        }
        const auto m = static_cast<Eigen::Index>(pairs);
        r.head(m) = (-2.0f * u1.head(m).log()).sqrt();                    // r = √(−2 ln u₁)
        theta.head(m) = 2.0f * std::numbers::pi_v<float> * u2.head(m);   // θ = 2π u₂
        Eigen::Map<Eigen::ArrayXf> first(out + done, std::min<Eigen::Index>(m, static_cast<Eigen::Index>(n - done)));
        first = r.head(first.size()) * theta.head(first.size()).cos();    // z₀ = r cos θ
        const std::size_t rest = std::min(pairs, n - done - static_cast<std::size_t>(first.size()));
        if (rest > 0) {
            Eigen::Map<Eigen::ArrayXf> second(out + done + pairs, static_cast<Eigen::Index>(rest));
            second = r.head(second.size()) * theta.head(second.size()).sin();  // z₁ = r sin θ
        }
    }
}

}  // namespace initscope
