#include "data/idx.h"

#include <zlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "common/errors.h"
#include "common/run_control.h"
#include "common/system.h"

namespace initscope {
namespace {

struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};
using GzHandle = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

// Reads up to `size` bytes; returns how many were read. Throws on a zlib error.
std::size_t readSome(gzFile f, std::uint8_t* out, std::size_t size, const std::string& path,
                     bool compressed) {
    std::size_t done = 0;
    while (done < size) {
        const auto chunk = static_cast<unsigned>(std::min<std::size_t>(size - done, 1u << 20));
        const int n = gzread(f, out + done, chunk);
        if (n < 0) {
            int code = 0;
            const char* message = gzerror(f, &code);
            const std::string detail = message ? message : "unknown zlib error";
            throw FileError(path, std::string(compressed ? "corrupt gzip stream" : "read error") + " (" + detail + ")",
                            {}, {compressed ? "idx.gzip_corrupt" : "file.cannot_read_detail", {detail}});
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    // A gzip stream cut short reports its error only once the data runs out.
    int code = Z_OK;
    const char* message = gzerror(f, &code);
    if (code != Z_OK && code != Z_STREAM_END) {
        const std::string detail = message ? message : "unknown zlib error";
        throw FileError(path, "corrupt gzip stream (" + detail + ")", {}, {"idx.gzip_corrupt", {detail}});
    }
    return done;
}

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

bool isGzip(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    unsigned char magic[2] = {0, 0};
    const std::size_t n = std::fread(magic, 1, 2, f);
    std::fclose(f);
    return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

std::string hexByte(std::uint8_t b) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", unsigned(b));
    return text;
}

}  // namespace

IdxArray readIdx(const std::string& path, const RunControl* control) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw FileError(path, "file not found", {}, {"file.not_found", {}});
    if (fs::is_directory(status)) throw FileError(path, "is a directory, expected an IDX file", {}, {"file.is_folder", {}});
    if (!fs::is_regular_file(status)) throw FileError(path, "is not a regular file", {}, {"file.not_regular", {}});
    const std::uintmax_t fileSize = fs::file_size(path, ec);
    if (ec) throw FileError(path, "cannot read its size (" + ec.message() + ")", {}, {"file.cannot_read_detail", {ec.message()}});
    if (fileSize == 0) throw FileError(path, "file is empty", {}, {"file.empty", {}});

    const bool compressed = isGzip(path);
    GzHandle file(gzopen(path.c_str(), "rb"));
    if (!file) throw FileError(path, "cannot open for reading", {}, {"file.cannot_open", {}});
    gzbuffer(file.get(), 1u << 17);

    std::array<std::uint8_t, 4> magic{};
    if (readSome(file.get(), magic.data(), 4, path, compressed) != 4) {
        throw FileError(path, "truncated: the 4-byte IDX magic number is incomplete", {}, {"idx.truncated", {}});
    }
    if (magic[0] != 0 || magic[1] != 0) {
        throw FileError(path, "wrong magic number: not an IDX file", {}, {"idx.magic", {}});
    }
    if (magic[2] != 0x08) {
        throw FileError(path, "unsupported IDX element type " + hexByte(magic[2]) + " (only unsigned bytes, 0x08)", {},
                        {"idx.element_type", {hexByte(magic[2])}});
    }
    const int ndim = magic[3];
    if (ndim < 1 || ndim > 4) {
        throw FileError(path, "IDX header gives " + std::to_string(ndim) + " dimensions (expected 1 to 4)", {},
                        {"idx.dimensions", {std::to_string(ndim)}});
    }
    std::array<std::uint8_t, 16> dimBytes{};
    const std::size_t dimSize = 4 * static_cast<std::size_t>(ndim);
    if (readSome(file.get(), dimBytes.data(), dimSize, path, compressed) != dimSize) {
        throw FileError(path, "truncated: the IDX header's dimensions are incomplete", {}, {"idx.truncated", {}});
    }
    IdxArray out;
    std::uint64_t total = 1;
    for (int i = 0; i < ndim; ++i) {
        const std::uint32_t d = bigEndian32(dimBytes.data() + 4 * i);
        if (d == 0) {
            throw FileError(path, "IDX dimension " + std::to_string(i) + " is 0", {},
                            {"idx.dimension_zero", {std::to_string(i)}});
        }
        total *= d;
        if (total > kMaxIdxBytes) {
            throw FileError(path, "IDX header claims more than " + std::to_string(kMaxIdxBytes) + " bytes of data", {},
                            {"idx.too_large", {std::to_string(kMaxIdxBytes)}});
        }
        out.dims.push_back(d);
    }
    const std::uint64_t headerSize = 4 + dimSize;
    if (!compressed && fileSize != headerSize + total) {
        const bool shorter = fileSize < headerSize + total;
        const std::string claimed = std::to_string(total), held = std::to_string(fileSize - headerSize);
        throw FileError(path,
                        (shorter ? "truncated: header claims " : "trailing data: header claims ") + claimed +
                            " data bytes, file holds " + held,
                        {}, {shorter ? "idx.data_truncated" : "idx.data_trailing", {claimed, held}});
    }
    // A truthful header can still ask for more than the machine has (an honest gzip bomb).
    if (const std::uint64_t free = availableMemoryBytes(); free > 0 && double(total) > 0.5 * double(free)) {
        const std::string size = formatBytes(double(total)), left = formatBytes(double(free));
        throw FileError(path, "holds " + size + " of data, more than this machine can load (" + left + " of memory free)",
                        {}, {"idx.memory", {size, left}});
    }
    // Grow the buffer with the data actually decompressed (never more than claimed + 1 byte), so
    // a compressed file whose header lies cannot force a huge allocation up front: the reserved
    // address space is only touched as data arrives, and never moves (no copy while growing).
    out.data.reserve(static_cast<std::size_t>(total));
    std::uint64_t done = 0;
    constexpr std::uint64_t kChunk = 4u << 20;
    while (done < total) {
        if (control) control->checkpoint();
        const std::uint64_t want = std::min(kChunk, total - done);
        out.data.resize(static_cast<std::size_t>(done + want));
        const std::size_t got =
            readSome(file.get(), out.data.data() + done, static_cast<std::size_t>(want), path,
                     compressed);
        done += got;
        if (got < want) {
            throw FileError(path, "truncated: header claims " + std::to_string(total) + " data bytes, file holds " +
                                      std::to_string(done),
                            {}, {"idx.data_truncated", {std::to_string(total), std::to_string(done)}});
        }
    }
    std::uint8_t extra = 0;
    if (readSome(file.get(), &extra, 1, path, compressed) != 0) {
        throw FileError(path, "trailing data: the file holds more than the header's " + std::to_string(total) + " data bytes",
                        {}, {"idx.data_more", {std::to_string(total)}});
    }
    return out;
}

// Here, beside the engine's one use of zlib (see common/system.h).
std::string zlibVersionString() { return zlibVersion(); }

}  // namespace initscope
