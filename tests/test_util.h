#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace initscope::test {

// A fresh temporary folder, removed with everything in it when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

// The bytes of an IDX file: magic 0 0 8 ndim, big-endian dims, then data.
std::vector<std::uint8_t> idxBytes(const std::vector<std::uint32_t>& dims,
                                   const std::vector<std::uint8_t>& data);
void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes);
void writeGzip(const std::string& path, const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> readBytes(const std::string& path);

// A small learnable dataset: each class k lights up its own block of pixels, plus noise.
Dataset syntheticDataset(int trainCount, int testCount, int side = 8, std::uint64_t seed = 1);
// Writes a dataset's four IDX files (gzip when `gzip`) into `folder`.
void writeDataset(const Dataset& data, const std::string& folder, int side, bool gzip);

// Where a test leaves a picture for a person to look at (screenshots of widget tests):
// $INITSCOPE_TEST_ARTIFACTS, else build/test-artifacts beside the tests. Creates the folder.
std::string artifactPath(const std::string& name);

// Real MNIST for the book's findings: $INITSCOPE_MNIST, then ../shared/data/mnist beside the
// source tree. nullopt when neither holds it.
std::optional<std::string> findMnist();

}  // namespace initscope::test
