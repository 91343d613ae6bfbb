#include "common/system.h"

#include <Eigen/Core>
#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "common/errors.h"

namespace initscope {

std::uint64_t availableMemoryBytes() {
    // A user's (or a test's) own cap: INITSCOPE_MEMORY_LIMIT=bytes, with an optional k/M/G suffix.
    if (const char* limit = std::getenv("INITSCOPE_MEMORY_LIMIT"); limit && *limit) {
        char* end = nullptr;
        double bytes = std::strtod(limit, &end);
        if (end && (*end == 'k' || *end == 'K')) bytes *= 1e3;
        if (end && (*end == 'm' || *end == 'M')) bytes *= 1e6;
        if (end && (*end == 'g' || *end == 'G')) bytes *= 1e9;
        if (bytes > 0) return static_cast<std::uint64_t>(bytes);
    }
    std::uint64_t available = 0;
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    std::uint64_t value = 0;
    std::string unit;
    while (meminfo >> key >> value) {
        std::getline(meminfo, unit);
        if (key == "MemAvailable:") {
            available = value * 1024;
            break;
        }
    }
    // A cgroup v2 limit (containers, systemd slices) may be lower than the machine's memory.
    std::ifstream maxFile("/sys/fs/cgroup/memory.max"), currentFile("/sys/fs/cgroup/memory.current");
    std::string max;
    std::uint64_t current = 0;
    if (maxFile >> max && max != "max" && currentFile >> current) {
        const std::uint64_t limit = std::strtoull(max.c_str(), nullptr, 10);
        const std::uint64_t left = limit > current ? limit - current : 0;
        if (available == 0 || left < available) available = left;
    }
    return available;
}

std::string formatBytes(double bytes) {
    char text[32];
    if (bytes >= 1e9) {
        std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
    } else {
        std::snprintf(text, sizeof text, "%.0f MB", std::ceil(bytes / 1e6));
    }
    return text;
}

void requireMemory(double bytes, const std::string& field, const std::string& advice, const std::string& code) {
    // Small needs are not worth reading /proc on every run (the σ slider runs ~60 a second).
    if (bytes < 32e6 && !std::getenv("INITSCOPE_MEMORY_LIMIT")) return;
    const std::uint64_t available = availableMemoryBytes();
    if (available == 0) return;  // unknown: let the allocation decide
    // Keep a fifth of what is free for the rest of the program and the system.
    if (bytes > 0.8 * double(available)) {
        throw ResourceError(field,
                            "these settings need about " + formatBytes(bytes) + " of memory, but " +
                                formatBytes(double(available)) + " is free; " + advice,
                            Problem{code, {formatBytes(bytes), formatBytes(double(available))}});
    }
}

void lowerCurrentThreadPriority() {
#if defined(__linux__)
    // On Linux nice is per thread: PRIO_PROCESS with a thread id changes that thread only.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0) ::setpriority(PRIO_PROCESS, tid, std::min(current + 5, 19));
#endif
}

bool machineIsBusy() {
    using Clock = std::chrono::steady_clock;
    static std::atomic<std::int64_t> sampledAt{0};
    static std::atomic<bool> busy{false};
    const std::int64_t now = Clock::now().time_since_epoch().count();
    std::int64_t last = sampledAt.load(std::memory_order_relaxed);
    if (now - last > std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(250)).count() &&
        sampledAt.compare_exchange_strong(last, now)) {  // one thread samples
        double load = 0.0;
        static const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        if (::getloadavg(&load, 1) == 1) busy.store(load > cores + 0.5, std::memory_order_relaxed);
    }
    return busy.load(std::memory_order_relaxed);
}

std::string zlibVersionString();  // data/idx.cpp

std::string engineLevel() {
#ifdef INITSCOPE_ENGINE_LEVEL
    return INITSCOPE_ENGINE_LEVEL;
#else
    return "unknown";
#endif
}

std::string engineLibraryVersions() {
    return "Eigen " + std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
           std::to_string(EIGEN_MINOR_VERSION) + " · nlohmann-json " + std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
           std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_PATCH) + " · zlib " +
           zlibVersionString();
}

}  // namespace initscope
