#pragma once

#include <string>
#include <string_view>

namespace initscope {

// Writes `content` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`: readers see the old file or the new one, never a partial one. On failure the temporary
// is removed, any old file is left intact and FileError names the path and the reason.
void writeFileAtomically(const std::string& path, std::string_view content);

// Reads a whole text file; throws FileError. Refuses files over maxBytes.
std::string readTextFile(const std::string& path, std::size_t maxBytes = 16u << 20);

}  // namespace initscope
