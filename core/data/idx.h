#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace initscope {

class RunControl;

// An unsigned-byte IDX array (the MNIST file format): big-endian header
//   0x00 0x00 0x08 <ndim>  then ndim × uint32 dimensions  then ∏dims bytes.
struct IdxArray {
    std::vector<std::uint32_t> dims;
    std::vector<std::uint8_t> data;
};

// The largest array the reader accepts (items × item size), far above MNIST's 47 MB.
inline constexpr std::uint64_t kMaxIdxBytes = std::uint64_t(1) << 31;

// Reads a raw or gzip-compressed IDX file (gzip is recognised by its magic bytes, not the name).
// Validates the magic number, the element type, the dimensions and that the file holds exactly
// what the header claims before trusting it: memory grows only with data actually read, so a
// lying header cannot make it allocate. Throws FileError naming the file and the problem.
// The whole array must also fit in the memory that is free (a truthful header for 2 GB of
// images is refused with a message, before anything is allocated). `control`, when given, is
// checked between chunks of 4 MB: a cancelled read throws Cancelled.
IdxArray readIdx(const std::string& path, const RunControl* control = nullptr);

}  // namespace initscope
