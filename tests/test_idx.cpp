#include <catch2/catch.hpp>
#include <sys/resource.h>
#include <chrono>
#include <filesystem>

#include "common/errors.h"
#include "data/dataset.h"
#include "common/run_control.h"
#include "data/idx.h"
#include "test_util.h"

using namespace initscope;
using namespace initscope::test;

namespace {
// Expects readIdx to throw a FileError naming the path and containing `fragment`.
void expectIdxError(const std::string& path, const std::string& fragment) {
    try {
        readIdx(path);
        FAIL("no error for " << path);
    } catch (const FileError& e) {
        INFO(e.what());
        CHECK(e.file() == path);
        CHECK(std::string(e.what()).find(fragment) != std::string::npos);
    }
}
std::vector<std::uint8_t> counting(std::size_t n) {
    std::vector<std::uint8_t> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<std::uint8_t>(i % 10);
    return v;
}
}  // namespace

TEST_CASE("valid IDX files read raw and gzip-compressed", "[idx]") {
    TempDir dir;
    const auto bytes = idxBytes({3, 2, 4}, counting(24));
    writeBytes(dir.file("raw"), bytes);
    writeGzip(dir.file("packed.gz"), bytes);
    writeGzip(dir.file("packed-without-suffix"), bytes);  // gzip is found by its magic bytes
    for (const char* name : {"raw", "packed.gz", "packed-without-suffix"}) {
        const IdxArray a = readIdx(dir.file(name));
        CHECK(a.dims == std::vector<std::uint32_t>{3, 2, 4});
        CHECK(a.data == counting(24));
    }
}

TEST_CASE("wrong magic, wrong type, bad dimension count", "[idx]") {
    TempDir dir;
    auto bytes = idxBytes({4}, counting(4));
    bytes[0] = 0x12;
    writeBytes(dir.file("magic"), bytes);
    expectIdxError(dir.file("magic"), "wrong magic");
    bytes = idxBytes({4}, counting(4));
    bytes[2] = 0x0D;  // float
    writeBytes(dir.file("type"), bytes);
    expectIdxError(dir.file("type"), "element type 0x0D");  // hexadecimal, as the format spells it
    bytes = idxBytes({4}, counting(4));
    bytes[3] = 0;
    writeBytes(dir.file("ndim"), bytes);
    expectIdxError(dir.file("ndim"), "dimensions");
    writeBytes(dir.file("zero-dim"), idxBytes({0, 28, 28}, {}));
    expectIdxError(dir.file("zero-dim"), "is 0");
}

TEST_CASE("truncated at every offset of header and body, raw and gzip", "[idx]") {
    TempDir dir;
    const auto full = idxBytes({5, 3, 3}, counting(45));
    for (std::size_t cut = 0; cut < full.size(); ++cut) {
        INFO("cut at " << cut);
        const std::vector<std::uint8_t> part(full.begin(), full.begin() + static_cast<long>(cut));
        writeBytes(dir.file("raw"), part);
        expectIdxError(dir.file("raw"), cut == 0 ? "empty" : "truncated");
        writeGzip(dir.file("gz"), part);
        expectIdxError(dir.file("gz"), "truncated");
    }
}

TEST_CASE("trailing data after the claimed array is an error", "[idx]") {
    TempDir dir;
    auto bytes = idxBytes({4}, counting(4));
    bytes.push_back(7);
    writeBytes(dir.file("raw"), bytes);
    expectIdxError(dir.file("raw"), "trailing data");
    writeGzip(dir.file("gz"), bytes);
    expectIdxError(dir.file("gz"), "trailing data");
}

namespace {
// The process's peak resident memory so far, in MB.
double peakResidentMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}
}  // namespace

TEST_CASE("a lying header cannot force a giant allocation", "[idx]") {
    TempDir dir;
    // Measured by memory, not time (a timing bound fails on a busy machine): a reader that believed
    // the header would fill a 2 GB buffer, and the peak resident memory would show it.
    const double peakBefore = peakResidentMb();
    // Claims 2³¹ − 1 items of one byte (just under the limit) but holds 10.
    writeGzip(dir.file("liar.gz"), idxBytes({0x7FFFFFFF}, counting(10)));
    expectIdxError(dir.file("liar.gz"), "truncated");
    writeBytes(dir.file("liar"), idxBytes({0x7FFFFFFF}, counting(10)));
    expectIdxError(dir.file("liar"), "truncated");
    // Claims 2³¹ images of 28×28: over the limit, refused from the header alone.
    writeGzip(dir.file("huge.gz"), idxBytes({0x80000000u, 28, 28}, counting(10)));
    expectIdxError(dir.file("huge.gz"), "more than");
    // Dimensions whose product overflows 64 bits.
    writeBytes(dir.file("overflow"), idxBytes({0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu}, {}));
    expectIdxError(dir.file("overflow"), "more than");
    // 2³¹ − 1 bytes believed would add ~2 GB (a 2 GB buffer adds 1907 MB here); 1 GB leaves room for
    // what sanitizers keep (AddressSanitizer's quarantine alone holds 256 MB of freed memory).
    CHECK(peakResidentMb() - peakBefore < 1024.0);
}

TEST_CASE("corrupt or fake gzip, empty files, folders", "[idx]") {
    TempDir dir;
    const auto bytes = idxBytes({2000}, counting(2000));
    writeGzip(dir.file("good.gz"), bytes);
    auto gz = readBytes(dir.file("good.gz"));
    for (std::size_t i = 20; i < gz.size() - 10; ++i) gz[i] ^= 0x5A;
    writeBytes(dir.file("corrupt.gz"), gz);
    expectIdxError(dir.file("corrupt.gz"), "gzip");
    writeBytes(dir.file("fake.gz"), {'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'});
    expectIdxError(dir.file("fake.gz"), "wrong magic");
    writeBytes(dir.file("empty"), {});
    expectIdxError(dir.file("empty"), "empty");
    std::filesystem::create_directory(dir.file("folder"));
    expectIdxError(dir.file("folder"), "directory");
    expectIdxError(dir.file("missing"), "not found");
}

TEST_CASE("datasets: counts must agree, labels must be digits", "[idx][dataset]") {
    TempDir dir;
    const Dataset good = syntheticDataset(20, 10, 4);
    writeDataset(good, dir.path().string(), 4, /*gzip=*/true);
    const Dataset loaded = loadDataset(dir.path().string());
    CHECK(loaded.train.count == 20);
    CHECK(loaded.test.count == 10);
    CHECK(loaded.train.features == 16);
    CHECK(loaded.train.pixels == good.train.pixels);
    CHECK(loaded.test.labels == good.test.labels);

    // 11 labels for 10 images.
    writeGzip(dir.file("t10k-labels-idx1-ubyte.gz"), idxBytes({11}, counting(11)));
    try {
        loadDataset(dir.path().string());
        FAIL("mismatch accepted");
    } catch (const FileError& e) {
        CHECK(std::string(e.what()).find("11 labels") != std::string::npos);
        CHECK(e.file().find("t10k-labels") != std::string::npos);
    }
    // A label of 10.
    auto labels = good.test.labels;
    labels[3] = 10;
    writeGzip(dir.file("t10k-labels-idx1-ubyte.gz"), idxBytes({10}, labels));
    try {
        loadDataset(dir.path().string());
        FAIL("label 10 accepted");
    } catch (const FileError& e) {
        CHECK(std::string(e.what()).find("label 10 at index 3") != std::string::npos);
    }
    // Images with the wrong number of dimensions.
    writeGzip(dir.file("t10k-images-idx3-ubyte.gz"), idxBytes({10, 16}, counting(160)));
    CHECK_THROWS_AS(loadDataset(dir.path().string()), FileError);
    // A missing file names the file it wanted.
    std::filesystem::remove(dir.file("t10k-images-idx3-ubyte.gz"));
    try {
        loadDataset(dir.path().string());
        FAIL("missing file accepted");
    } catch (const FileError& e) {
        CHECK(e.file().find("t10k-images-idx3-ubyte") != std::string::npos);
    }
}

TEST_CASE("dataset names resolve; a missing one says where it looked", "[dataset]") {
    TempDir dir;
    ::setenv("INITSCOPE_MNIST", dir.path().c_str(), 1);
    ::setenv("XDG_DATA_HOME", dir.file("xdg").c_str(), 1);
    try {
        resolveDataset("mnist");
        FAIL("resolved an empty folder");
    } catch (const DatasetNotFound& e) {
        const std::string what = e.what();
        CHECK(what.find(dir.path().string()) != std::string::npos);
        CHECK(what.find("fashion-mnist") != std::string::npos);
    }
    // A run that must not stop (the window, initscope train) falls back to Fashion-MNIST.
    const DatasetChoice fallback = resolveDatasetOrFallback("mnist");
    CHECK(fallback.substituted);
    CHECK(fallback.folder == kFashionMnistFolder);
    CHECK_THROWS_AS(resolveDatasetOrFallback(dir.file("nope")), DatasetNotFound);  // only for "mnist"
    writeDataset(syntheticDataset(5, 5, 2), dir.path().string(), 2, false);
    CHECK(resolveDataset("mnist") == dir.path().string());
    CHECK_FALSE(resolveDatasetOrFallback("mnist").substituted);
    CHECK(resolveDatasetOrFallback("mnist").folder == dir.path().string());
    CHECK(resolveDataset(dir.path().string()) == dir.path().string());
    CHECK_THROWS_AS(resolveDataset(dir.file("nope")), DatasetNotFound);
}

TEST_CASE("batches are scaled to [0, 1] from uint8", "[dataset]") {
    const Dataset d = syntheticDataset(10, 2, 3);
    Matrix x;
    std::vector<std::uint8_t> labels;
    const std::vector<int> idx = {4, 0, 4};
    gatherBatch(d.train, idx, x, labels);
    REQUIRE(x.rows() == 3);
    REQUIRE(x.cols() == 9);
    CHECK(x(0, 5) == Approx(d.train.pixels[4 * 9 + 5] / 255.0));
    CHECK(labels[1] == d.train.labels[0]);
    CHECK(x.minCoeff() >= 0.0f);
    CHECK(x.maxCoeff() <= 1.0f);
}

TEST_CASE("batches copy every pixel of every chosen image, across tile edges", "[dataset]") {
    // 28 × 28 = 784 pixels (not a multiple of the 64-pixel tile) and batch sizes around 16.
    const Dataset d = syntheticDataset(60, 2, 28);
    for (int batch : {1, 15, 16, 17, 33, 60}) {
        std::vector<int> idx;
        for (int i = 0; i < batch; ++i) idx.push_back((i * 37 + 11) % 60);
        Matrix x;
        std::vector<std::uint8_t> labels;
        gatherBatch(d.train, idx, x, labels);
        REQUIRE(x.rows() == batch);
        REQUIRE(x.cols() == 784);
        for (int i = 0; i < batch; ++i) {
            const auto row = static_cast<std::size_t>(idx[static_cast<std::size_t>(i)]);
            REQUIRE(labels[static_cast<std::size_t>(i)] == d.train.labels[row]);
            for (int j = 0; j < 784; ++j) {
                REQUIRE(x(i, j) == float(d.train.pixels[row * 784 + static_cast<std::size_t>(j)]) * (1.0f / 255.0f));
            }
        }
    }
}

TEST_CASE("an honest header asking for more memory than is free is refused before reading", "[idx][memory]") {
    // The review's "honest gzip bomb": truthful headers, a few KB of gzip for many MB of images.
    // Played on a small machine: $INITSCOPE_MEMORY_LIMIT = 20 MB, a file of 40 MB (32 MB would be
    // the limit's half plus the margin).
    TempDir dir;
    std::vector<std::uint8_t> pixels(std::size_t(640) * 256 * 256, 0);  // 41.9 MB of zeros
    writeGzip(dir.file("bomb.gz"), idxBytes({640, 256, 256}, pixels));
    CHECK(std::filesystem::file_size(dir.file("bomb.gz")) < 200'000);
    ::setenv("INITSCOPE_MEMORY_LIMIT", "20M", 1);
    try {
        readIdx(dir.file("bomb.gz"));
        FAIL("read it");
    } catch (const FileError& e) {
        INFO(e.what());
        CHECK(std::string(e.what()).find("more than this machine can load") != std::string::npos);
    }
    ::unsetenv("INITSCOPE_MEMORY_LIMIT");
    CHECK(readIdx(dir.file("bomb.gz")).data.size() == pixels.size());  // with the memory, it loads
}

TEST_CASE("loading can be cancelled between chunks", "[idx][cancel]") {
    TempDir dir;
    std::vector<std::uint8_t> pixels(std::size_t(200) * 256 * 256, 1);  // 13 MB: several 4 MB chunks
    writeGzip(dir.file("big.gz"), idxBytes({200, 256, 256}, pixels));
    RunControl control;
    control.cancel();
    CHECK_THROWS_AS(readIdx(dir.file("big.gz"), &control), Cancelled);
}
