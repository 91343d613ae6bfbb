#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "common/types.h"

namespace initscope {

class RunControl;

// One split of an MNIST-format dataset. Images stay uint8 (row-major, one image per row); they are
// scaled to [0, 1] only when a batch is gathered.
struct DataSplit {
    int count = 0;
    int features = 0;  // rows × cols of one image (784 for MNIST)
    std::vector<std::uint8_t> pixels;
    std::vector<std::uint8_t> labels;  // 0…9

    std::span<const std::uint8_t> image(int i) const {
        return {pixels.data() + static_cast<std::size_t>(i) * features,
                static_cast<std::size_t>(features)};
    }
};

struct Dataset {
    std::string folder;
    DataSplit train;
    DataSplit test;
};

inline constexpr int kClasses = 10;

// Loads <prefix>-images-idx3-ubyte[.gz] and <prefix>-labels-idx1-ubyte[.gz] from `folder`.
// Checks that images are 3-D, labels 1-D, the counts agree and every label is < 10.
DataSplit loadSplit(const std::string& folder, const std::string& prefix, const RunControl* control = nullptr);
// Loads the "train" and "t10k" splits.
// `control`, when given, can cancel the load between chunks (throws Cancelled).
Dataset loadDataset(const std::string& folder, const RunControl* control = nullptr);

// Resolves a dataset name to a folder: a path (used as given); "fashion-mnist" → Debian's
// /usr/share/datasets/fashion-mnist; "mnist" → $INITSCOPE_MNIST, then $XDG_DATA_HOME/initscope/mnist
// (~/.local/share/initscope/mnist). Throws DatasetNotFound saying where it looked and what to do.
std::string resolveDataset(const std::string& name);
inline constexpr const char* kFashionMnistFolder = "/usr/share/datasets/fashion-mnist";

// A resolved dataset for a run that should not stop at a missing MNIST: a first-run user, or a
// machine without it. `substituted` is true when "mnist" was asked for, was not found, and
// Fashion-MNIST (same format, 28 × 28, ten classes; installed with the package) is used instead.
struct DatasetChoice {
    std::string folder;
    bool substituted = false;
};

// As resolveDataset, but "mnist" falls back to Fashion-MNIST where that is installed. Throws
// DatasetNotFound (naming both) when neither is there; any other name is resolved strictly.
DatasetChoice resolveDatasetOrFallback(const std::string& name);

// Gathers rows `indices` of a split into x (scaled to [0, 1]) and their labels, reusing buffers.
void gatherBatch(const DataSplit& split, std::span<const int> indices, Matrix& x,
                 std::vector<std::uint8_t>& labels);
// Gathers the contiguous rows [first, first + n).
void gatherRange(const DataSplit& split, int first, int n, Matrix& x,
                 std::vector<std::uint8_t>& labels);

}  // namespace initscope
