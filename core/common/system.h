#pragma once

#include <cstdint>
#include <string>

namespace initscope {

// Memory the kernel could give this process now without swapping (MemAvailable, lowered by a
// cgroup limit when there is one), in bytes; 0 when unknown. $INITSCOPE_MEMORY_LIMIT (bytes, or
// with a k/M/G suffix) replaces it: a cap of one's own, and how the tests play a small machine.
std::uint64_t availableMemoryBytes();

// "1.5 GB", "320 MB": a size for a message.
std::string formatBytes(double bytes);

// The instruction set the running engine was compiled for: "x86-64" (every x86-64 CPU),
// "x86-64-v3" (AVX2, FMA), "x86-64-v4" (AVX-512) — whichever the loader chose for this CPU — or
// "native" in a build for its own machine only.
std::string engineLevel();

// The engine's libraries as built: "Eigen 3.4.0 · nlohmann-json 3.11.2 · zlib 1.2.13".
std::string engineLibraryVersions();

// Throws ResourceError naming `field` when `bytes` exceed what is available (with a margin for
// the rest of the program), saying how much is needed and `advice` on how to reduce it; `code` is
// the problem's code for the window (arguments: needed, free). Needs below 32 MB pass without a
// look at the system (unless $INITSCOPE_MEMORY_LIMIT is set).
void requireMemory(double bytes, const std::string& field, const std::string& advice, const std::string& code);

// Lowers the calling thread's scheduling priority (nice +5 relative to the process) so that a
// window's GUI thread stays responsive while engine threads compute. Linux: per-thread nice.
void lowerCurrentThreadPriority();

// True when the machine has more runnable work than cores (the 1-minute load average, sampled at
// most every 250 ms): spinning then only steals time from whoever would run.
bool machineIsBusy();

}  // namespace initscope
