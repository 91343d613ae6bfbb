#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace initscope {

// Writes `content` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`: readers see the old file or the new one, never a partial one. As QSaveFile does, the
// file keeps the mode of the file it replaces (a new one gets 0666 less the umask), and the
// folder is synced after the rename so the new name survives a crash. On failure the temporary
// is removed, any old file is left intact and FileError names the path and the reason. The
// temporary's name fits the 255-byte limit whatever the length of `path`'s name, and
// removeTemporariesOnSignal() removes it if the process is interrupted.
void writeFileAtomically(const std::string& path, std::string_view content);

// Fills a fresh temporary folder beside `folder` (fill receives its path), then puts it in
// `folder`'s place in one step (renameat2 RENAME_EXCHANGE), and removes the old contents: an
// interruption leaves the old folder or the new one, never a mix. An existing `folder` is
// replaced only when it holds nothing but names from `ownNames` (an earlier result of the same
// kind); a folder with other files is refused with FileError, never emptied.
void writeFolderAtomically(const std::string& folder, const std::function<void(const std::string&)>& fill,
                           const std::vector<std::string>& ownNames);

// Installs SIGINT/SIGTERM/SIGHUP handlers that remove the temporary files and folders being
// written at that moment, then end the process as the signal would have. For the command line.
void removeTemporariesOnSignal();

// Reads a whole text file; throws FileError. Refuses files over maxBytes.
std::string readTextFile(const std::string& path, std::size_t maxBytes = 16u << 20);

}  // namespace initscope
