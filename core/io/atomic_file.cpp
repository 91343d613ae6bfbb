#include "io/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "common/errors.h"

namespace initscope {
namespace {

// Temporaries being written, for the signal handler: fixed buffers, no allocation there.
struct Pending {
    std::atomic<bool> used{false};
    std::atomic<bool> isFolder{false};
    char path[4096] = {};
};
std::array<Pending, 8> g_pending;
std::mutex g_pendingMutex;  // writers only; the handler reads the flags

int registerTemporary(const std::string& path, bool folder) {
    if (path.size() >= sizeof(Pending::path)) return -1;
    std::lock_guard lock(g_pendingMutex);
    for (std::size_t i = 0; i < g_pending.size(); ++i) {
        if (!g_pending[i].used.load()) {
            std::memcpy(g_pending[i].path, path.c_str(), path.size() + 1);
            g_pending[i].isFolder.store(folder);
            g_pending[i].used.store(true);
            return static_cast<int>(i);
        }
    }
    return -1;  // more than 8 at once: not cleaned on a signal, still correct otherwise
}

void unregisterTemporary(int slot) {
    if (slot >= 0) g_pending[static_cast<std::size_t>(slot)].used.store(false);
}

// Async-signal-safe: only system calls on fixed buffers.
void removeFolderContents(const char* path) {
    const int dir = ::open(path, O_RDONLY | O_DIRECTORY);
    if (dir < 0) return;
    alignas(8) char buffer[4096];
    for (;;) {
        const long n = ::syscall(SYS_getdents64, dir, buffer, sizeof buffer);
        if (n <= 0) break;
        for (long at = 0; at < n;) {
            struct Entry {
                std::uint64_t ino;
                std::int64_t off;
                unsigned short reclen;
                unsigned char type;
                char name[1];
            };
            const auto* e = reinterpret_cast<const Entry*>(buffer + at);
            if (std::strcmp(e->name, ".") != 0 && std::strcmp(e->name, "..") != 0) ::unlinkat(dir, e->name, 0);
            at += e->reclen;
        }
    }
    ::close(dir);
    ::rmdir(path);
}

void onSignal(int signal) {
    for (Pending& p : g_pending) {
        if (!p.used.load()) continue;
        if (p.isFolder.load()) {
            removeFolderContents(p.path);
        } else {
            ::unlink(p.path);
        }
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// A temporary name beside `name` in `dir`: "." + at most 200 bytes of the name + ".tmp-XXXXXX",
// within the 255-byte limit of a file name.
std::string temporaryTemplate(const std::filesystem::path& dir, const std::string& name, const char* kind) {
    std::string stem = name.substr(0, std::min<std::size_t>(name.size(), 200));
    return (dir / ("." + stem + "." + kind + "-XXXXXX")).string();
}

// The process's umask, read without changing it (umask() would race with other threads).
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8)) & 0777;
    }
    return 022;
}
mode_t newFileMode() { return 0666 & ~currentUmask(); }

void syncFolder(const std::filesystem::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    if (path.empty()) throw FileError(path, "no file name given", {}, {"file.no_name", {}});
    const fs::path target(path);
    std::error_code ec;
    const auto status = fs::status(target, ec);
    if (fs::is_directory(status)) throw FileError(path, "is a folder", {}, {"file.is_folder", {}});
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        throw FileError(path, "is not a regular file; refusing to replace it", {}, {"file.not_regular", {}});
    }
    struct stat old {};
    const mode_t mode = ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : newFileMode();
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = temporaryTemplate(dir, target.filename().string(), "tmp");
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw FileError(path, std::string("cannot write: ") + std::strerror(errno), {}, {"file.cannot_write", {std::strerror(errno)}});
    const int slot = registerTemporary(tmpl, false);
    auto fail = [&](const char* what, int err) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        unregisterTemporary(slot);
        throw FileError(path, std::string(what) + std::strerror(err), {}, {"file.cannot_write", {std::strerror(err)}});
    };
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write: ", errno);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, mode) != 0) fail("cannot write: ", errno);
    // Test hook (tests/cli_process_test.sh): hold the temporary open so a signal can arrive.
    if (const char* hold = std::getenv("INITSCOPE_TEST_HOLD_WRITE_MS")) ::usleep(static_cast<useconds_t>(std::atoi(hold)) * 1000);
    if (::fsync(fd) != 0) fail("cannot write: ", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        unregisterTemporary(slot);
        throw FileError(path, std::string("cannot write: ") + std::strerror(err), {}, {"file.cannot_write", {std::strerror(err)}});
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        unregisterTemporary(slot);
        throw FileError(path, std::string("cannot replace: ") + std::strerror(err), {}, {"file.cannot_replace", {std::strerror(err)}});
    }
    unregisterTemporary(slot);
    syncFolder(dir);
}

void writeFolderAtomically(const std::string& folder, const std::function<void(const std::string&)>& fill,
                           const std::vector<std::string>& ownNames) {
    namespace fs = std::filesystem;
    if (folder.empty()) throw FileError(folder, "no folder name given", {}, {"file.no_name", {}});
    fs::path target(folder);
    if (!target.has_filename()) target = target.parent_path();  // "out/" names "out"
    std::error_code ec;
    const bool exists = fs::exists(fs::symlink_status(target, ec));
    if (exists) {
        if (!fs::is_directory(fs::status(target, ec))) throw FileError(folder, "exists and is not a folder", {}, {"file.not_folder", {}});
        for (const auto& entry : fs::directory_iterator(target, ec)) {
            const std::string name = entry.path().filename().string();
            const bool own = entry.is_regular_file(ec) && !entry.is_symlink(ec) &&
                             std::find(ownNames.begin(), ownNames.end(), name) != ownNames.end();
            if (!own) {
                throw FileError(folder, "holds other files ('" + quoteForMessage(name) + "'); choose an empty or new folder",
                                {}, {"file.folder_not_empty", {quoteForMessage(name)}});
            }
        }
        if (ec) throw FileError(folder, "cannot read: " + ec.message(), {}, {"file.cannot_read_detail", {ec.message()}});
    }
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fs::create_directories(dir, ec);
    std::string tmpl = temporaryTemplate(dir, target.filename().string(), "new");
    if (!::mkdtemp(tmpl.data())) throw FileError(folder, std::string("cannot create: ") + std::strerror(errno), {}, {"file.cannot_create", {std::strerror(errno)}});
    const int slot = registerTemporary(tmpl, true);
    try {
        ::chmod(tmpl.c_str(), (0777 & ~currentUmask()) | 0700);  // like mkdir (mkdtemp makes 0700)
        fill(tmpl);
        if (exists) {
            // Swap the two folders in one step, then remove the old contents (now at tmpl).
            if (::renameat2(AT_FDCWD, tmpl.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
                throw FileError(folder, std::string("cannot replace: ") + std::strerror(errno), {}, {"file.cannot_replace", {std::strerror(errno)}});
            }
        } else if (::rename(tmpl.c_str(), target.c_str()) != 0) {
            throw FileError(folder, std::string("cannot create: ") + std::strerror(errno), {}, {"file.cannot_create", {std::strerror(errno)}});
        }
    } catch (...) {
        fs::remove_all(tmpl, ec);
        unregisterTemporary(slot);
        throw;
    }
    fs::remove_all(tmpl, ec);  // the old contents, when there were any
    unregisterTemporary(slot);
    syncFolder(dir);
}

void removeTemporariesOnSignal() {
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(s, &action, nullptr);
}

std::string readTextFile(const std::string& path, std::size_t maxBytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec)) throw FileError(path, "file not found", {}, {"file.not_found", {}});
    if (fs::is_directory(path, ec)) throw FileError(path, "is a folder, expected a file", {}, {"file.is_folder", {}});
    const auto size = fs::file_size(path, ec);
    if (ec) throw FileError(path, "cannot read: " + ec.message(), {}, {"file.cannot_read_detail", {ec.message()}});
    if (size > maxBytes) {
        throw FileError(path, "file is too large (" + std::to_string(size) + " bytes)", {},
                        {"file.too_large", {std::to_string(size)}});
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path, "cannot open for reading", {}, {"file.cannot_open", {}});
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw FileError(path, "read error", {}, {"file.cannot_read", {}});
    return ss.str();
}

}  // namespace initscope
