#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/errors.h"

namespace initscope {

void writeFileAtomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    std::error_code ec;
    const auto status = fs::status(target, ec);
    if (fs::is_directory(status)) throw FileError(path, "is a folder");
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        throw FileError(path, "is not a regular file; refusing to replace it");
    }
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw FileError(path, std::string("cannot write: ") + std::strerror(errno));
    auto fail = [&](int err) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw FileError(path, std::string("cannot write: ") + std::strerror(err));
    };
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0) fail(errno);
    if (::fsync(fd) != 0) fail(errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        throw FileError(path, std::string("cannot write: ") + std::strerror(err));
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        throw FileError(path, std::string("cannot replace: ") + std::strerror(err));
    }
}

std::string readTextFile(const std::string& path, std::size_t maxBytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec)) throw FileError(path, "file not found");
    if (fs::is_directory(path, ec)) throw FileError(path, "is a folder, expected a file");
    const auto size = fs::file_size(path, ec);
    if (ec) throw FileError(path, "cannot read: " + ec.message());
    if (size > maxBytes) throw FileError(path, "file is too large (" + std::to_string(size) + " bytes)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path, "cannot open for reading");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw FileError(path, "read error");
    return ss.str();
}

}  // namespace initscope
