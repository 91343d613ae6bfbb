#include "data/dataset.h"

#include <cstdlib>
#include <filesystem>

#include "common/errors.h"
#include "data/idx.h"

namespace initscope {
namespace fs = std::filesystem;

namespace {

std::string findIdxFile(const std::string& folder, const std::string& stem) {
    for (const std::string& name : {stem + ".gz", stem}) {
        const fs::path p = fs::path(folder) / name;
        std::error_code ec;
        if (fs::exists(p, ec)) return p.string();
    }
    throw FileError((fs::path(folder) / (stem + "[.gz]")).string(), "file not found", {}, {"file.not_found", {}});
}

bool hasDatasetFiles(const std::string& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return false;
    for (const char* stem : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte"}) {
        if (!fs::exists(fs::path(folder) / (std::string(stem) + ".gz"), ec) &&
            !fs::exists(fs::path(folder) / stem, ec)) {
            return false;
        }
    }
    return true;
}

}  // namespace

DataSplit loadSplit(const std::string& folder, const std::string& prefix, const RunControl* control) {
    const std::string imagePath = findIdxFile(folder, prefix + "-images-idx3-ubyte");
    const std::string labelPath = findIdxFile(folder, prefix + "-labels-idx1-ubyte");
    IdxArray images = readIdx(imagePath, control);
    if (images.dims.size() != 3) {
        throw FileError(imagePath, "expected 3 dimensions (count, rows, cols), found " + std::to_string(images.dims.size()),
                        {}, {"dataset.image_dims", {std::to_string(images.dims.size())}});
    }
    IdxArray labels = readIdx(labelPath, control);
    if (labels.dims.size() != 1) {
        throw FileError(labelPath, "expected 1 dimension (count), found " + std::to_string(labels.dims.size()), {},
                        {"dataset.label_dims", {std::to_string(labels.dims.size())}});
    }
    if (labels.dims[0] != images.dims[0]) {
        throw FileError(labelPath,
                        "holds " + std::to_string(labels.dims[0]) + " labels but the image file holds " +
                            std::to_string(images.dims[0]) + " images",
                        {}, {"dataset.label_count", {std::to_string(labels.dims[0]), std::to_string(images.dims[0])}});
    }
    if (images.dims[1] * std::uint64_t(images.dims[2]) > 65536) {
        const std::string size = std::to_string(images.dims[1]) + "×" + std::to_string(images.dims[2]);
        throw FileError(imagePath, "images of " + size + " pixels are too large", {}, {"dataset.image_size", {size}});
    }
    for (std::size_t i = 0; i < labels.data.size(); ++i) {
        if (labels.data[i] >= kClasses) {
            throw FileError(labelPath,
                            "label " + std::to_string(labels.data[i]) + " at index " + std::to_string(i) +
                                " is not a digit class 0–9",
                            {}, {"dataset.label_class", {std::to_string(labels.data[i]), std::to_string(i)}});
        }
    }
    DataSplit split;
    split.count = static_cast<int>(images.dims[0]);
    split.features = static_cast<int>(images.dims[1] * images.dims[2]);
    split.pixels = std::move(images.data);
    split.labels = std::move(labels.data);
    return split;
}

Dataset loadDataset(const std::string& folder, const RunControl* control) {
    std::error_code ec;
    if (!fs::exists(folder, ec)) throw FileError(folder, "dataset folder not found", {}, {"dataset.folder_not_found", {}});
    if (!fs::is_directory(folder, ec)) throw FileError(folder, "is not a folder", {}, {"file.not_folder", {}});
    Dataset d;
    d.folder = folder;
    d.train = loadSplit(folder, "train", control);
    d.test = loadSplit(folder, "t10k", control);
    if (d.train.features != d.test.features) {
        throw FileError(folder,
                        "training images have " + std::to_string(d.train.features) + " pixels but test images " +
                            std::to_string(d.test.features),
                        {}, {"dataset.pixels_differ", {std::to_string(d.train.features), std::to_string(d.test.features)}});
    }
    return d;
}

std::string resolveDataset(const std::string& name) {
    if (name == "fashion-mnist") {
        if (hasDatasetFiles(kFashionMnistFolder)) return kFashionMnistFolder;
        throw DatasetNotFound(std::string("dataset 'fashion-mnist' not found in ") +
                              kFashionMnistFolder +
                              ": install it with 'sudo apt-get install dataset-fashion-mnist'",
                              {"dataset.fashion_missing", {kFashionMnistFolder}});
    }
    if (name == "mnist") {
        std::vector<std::string> tried;
        if (const char* env = std::getenv("INITSCOPE_MNIST"); env && *env) {
            if (hasDatasetFiles(env)) return env;
            tried.push_back(std::string("$INITSCOPE_MNIST=") + env);
        } else {
            tried.push_back("$INITSCOPE_MNIST (not set)");
        }
        std::string dataHome;
        if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
            dataHome = xdg;
        } else if (const char* home = std::getenv("HOME"); home && *home) {
            dataHome = std::string(home) + "/.local/share";
        }
        if (!dataHome.empty()) {
            const std::string folder = dataHome + "/initscope/mnist";
            if (hasDatasetFiles(folder)) return folder;
            tried.push_back(folder);
        }
        std::string where;
        for (const auto& t : tried) where += (where.empty() ? "" : ", ") + t;
        throw DatasetNotFound("dataset 'mnist' not found (looked in " + where +
                              "): put the four MNIST IDX files in one of those folders or set "
                              "INITSCOPE_MNIST, or use --dataset fashion-mnist",
                              {"dataset.mnist_missing", {where}});
    }
    std::error_code ec;
    if (!fs::exists(name, ec)) {
        throw DatasetNotFound("dataset folder '" + quoteForMessage(name) +
                              "' not found: give a folder holding the four IDX files, "
                              "'mnist' or 'fashion-mnist'",
                              {"dataset.folder_missing", {quoteForMessage(name)}});
    }
    return name;
}

DatasetChoice resolveDatasetOrFallback(const std::string& name) {
    try {
        return {resolveDataset(name), false};
    } catch (const DatasetNotFound& missing) {
        if (name != "mnist") throw;
        if (hasDatasetFiles(kFashionMnistFolder)) return {kFashionMnistFolder, true};
        throw DatasetNotFound(std::string(missing.what()) + "; Fashion-MNIST, the fallback, is not installed either "
                              "(sudo apt-get install dataset-fashion-mnist)",
                              {"dataset.none", {missing.problem().args.empty() ? "" : missing.problem().args[0]}});
    }
}

void gatherBatch(const DataSplit& split, std::span<const int> indices, Matrix& x,
                 std::vector<std::uint8_t>& labels) {
    const auto n = static_cast<Eigen::Index>(indices.size());
    x.resize(n, split.features);
    labels.resize(indices.size());
    constexpr float kScale = 1.0f / 255.0f;
    // x is column-major: filled in tiles of 16 samples × 64 pixels, so each column's 16 floats
    // are written together while the 16 source rows' 64-byte runs stay in cache.
    constexpr Eigen::Index kTileRows = 16, kTileCols = 64;
    const Eigen::Index features = split.features;
    const std::uint8_t* rows[kTileRows];
    for (Eigen::Index i0 = 0; i0 < n; i0 += kTileRows) {
        const Eigen::Index tileRows = std::min(kTileRows, n - i0);
        for (Eigen::Index i = 0; i < tileRows; ++i) {
            const auto row = static_cast<std::size_t>(indices[static_cast<std::size_t>(i0 + i)]);
            rows[i] = split.pixels.data() + row * static_cast<std::size_t>(features);
            labels[static_cast<std::size_t>(i0 + i)] = split.labels[row];
        }
        for (Eigen::Index j0 = 0; j0 < features; j0 += kTileCols) {
            const Eigen::Index j1 = std::min(features, j0 + kTileCols);
            for (Eigen::Index j = j0; j < j1; ++j) {
                float* column = x.data() + j * n + i0;
                for (Eigen::Index i = 0; i < tileRows; ++i) column[i] = float(rows[i][j]) * kScale;  // x = pixel/255
            }
        }
    }
}

void gatherRange(const DataSplit& split, int first, int n, Matrix& x,
                 std::vector<std::uint8_t>& labels) {
    std::vector<int> idx(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) idx[static_cast<std::size_t>(i)] = first + i;
    gatherBatch(split, idx, x, labels);
}

}  // namespace initscope
