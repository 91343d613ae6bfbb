#include "test_util.h"

#include <zlib.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

#include "common/rng.h"

namespace initscope::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "initscope-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    m_path = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_path, ec);
}

std::vector<std::uint8_t> idxBytes(const std::vector<std::uint32_t>& dims,
                                   const std::vector<std::uint8_t>& data) {
    std::vector<std::uint8_t> out = {0, 0, 8, static_cast<std::uint8_t>(dims.size())};
    for (std::uint32_t d : dims) {
        out.push_back(std::uint8_t(d >> 24));
        out.push_back(std::uint8_t(d >> 16));
        out.push_back(std::uint8_t(d >> 8));
        out.push_back(std::uint8_t(d));
    }
    out.insert(out.end(), data.begin(), data.end());
    return out;
}

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!f) throw std::runtime_error("cannot write " + path);
}

void writeGzip(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    gzFile f = gzopen(path.c_str(), "wb");
    if (!f) throw std::runtime_error("cannot write " + path);
    if (!bytes.empty()) gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
}

std::vector<std::uint8_t> readBytes(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

Dataset syntheticDataset(int trainCount, int testCount, int side, std::uint64_t seed) {
    Rng rng(seed);
    const int features = side * side;
    auto make = [&](int count) {
        DataSplit s;
        s.count = count;
        s.features = features;
        s.pixels.resize(static_cast<std::size_t>(count) * features);
        s.labels.resize(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            const int label = static_cast<int>(rng.below(kClasses));
            s.labels[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(label);
            for (int j = 0; j < features; ++j) {
                const bool lit = (j * kClasses / features) == label;
                const int noise = static_cast<int>(rng.below(60));
                s.pixels[static_cast<std::size_t>(i) * features + j] =
                    static_cast<std::uint8_t>(lit ? 195 + noise : noise);
            }
        }
        return s;
    };
    Dataset d;
    d.folder = "(synthetic)";
    d.train = make(trainCount);
    d.test = make(testCount);
    return d;
}

void writeDataset(const Dataset& data, const std::string& folder, int side, bool gzip) {
    auto write = [&](const std::string& name, const std::vector<std::uint8_t>& bytes) {
        const std::string path = folder + "/" + name + (gzip ? ".gz" : "");
        gzip ? writeGzip(path, bytes) : writeBytes(path, bytes);
    };
    auto split = [&](const DataSplit& s, const std::string& prefix) {
        write(prefix + "-images-idx3-ubyte",
              idxBytes({std::uint32_t(s.count), std::uint32_t(side), std::uint32_t(side)}, s.pixels));
        write(prefix + "-labels-idx1-ubyte", idxBytes({std::uint32_t(s.count)}, s.labels));
    };
    split(data.train, "train");
    split(data.test, "t10k");
}

std::optional<std::string> findMnist() {
    auto has = [](const fs::path& p) {
        std::error_code ec;
        return fs::exists(p / "train-images-idx3-ubyte.gz", ec) ||
               fs::exists(p / "train-images-idx3-ubyte", ec);
    };
    if (const char* env = std::getenv("INITSCOPE_MNIST"); env && *env && has(env)) return env;
    const fs::path shared = fs::path(INITSCOPE_SOURCE_DIR) / ".." / "shared" / "data" / "mnist";
    if (has(shared)) return fs::weakly_canonical(shared).string();
    return std::nullopt;
}

std::string artifactPath(const std::string& name) {
    const char* env = std::getenv("INITSCOPE_TEST_ARTIFACTS");
    const fs::path folder = env && *env ? fs::path(env) : fs::current_path() / "test-artifacts";
    fs::create_directories(folder);
    return (folder / name).string();
}

}  // namespace initscope::test
