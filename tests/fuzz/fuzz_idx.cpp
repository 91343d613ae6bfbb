// libFuzzer target: the IDX reader (raw and gzip) must reject any malformed file with a FileError,
// never crash, hang or allocate beyond the data it was given.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "common/errors.h"
#include "data/idx.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/initscope-fuzz-idx-" + std::to_string(::getpid());
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 0;
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    try {
        const initscope::IdxArray a = initscope::readIdx(path);
        // What was accepted must be consistent with its header.
        std::uint64_t total = 1;
        for (auto d : a.dims) total *= d;
        if (total != a.data.size()) __builtin_trap();
    } catch (const initscope::FileError&) {
    }
    return 0;
}
