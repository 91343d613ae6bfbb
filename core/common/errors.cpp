#include "common/errors.h"

#include <new>

namespace initscope {

ErrorInfo describeError(std::exception_ptr error) {
    ErrorInfo info;
    try {
        std::rethrow_exception(error);
    } catch (const Cancelled& e) {
        info.kind = ErrorInfo::Kind::Cancelled;
        info.message = info.text = e.what();
    } catch (const SettingError& e) {  // an invalid setting, or one too large for this machine
        info.kind = dynamic_cast<const ResourceError*>(&e) ? ErrorInfo::Kind::OutOfMemory : ErrorInfo::Kind::Config;
        info.field = e.field();
        info.message = e.message();
        info.problem = e.problem();
        info.text = e.what();
    } catch (const FileError& e) {
        info.kind = ErrorInfo::Kind::File;
        info.file = e.file();
        info.field = e.field();
        info.message = e.message();
        info.problem = e.problem();
        info.text = e.what();
    } catch (const DatasetNotFound& e) {
        info.kind = ErrorInfo::Kind::DatasetNotFound;
        info.message = info.text = e.what();
        info.problem = e.problem();
    } catch (const std::bad_alloc&) {
        info.kind = ErrorInfo::Kind::OutOfMemory;
        info.message = "out of memory: these settings need more memory than is free; reduce the samples, "
                       "width, depth or number of initializers (or close other programs)";
        info.text = info.message;
        info.problem = {"memory.out", {}};
    } catch (const std::exception& e) {
        info.kind = ErrorInfo::Kind::Internal;
        info.message = std::string("internal error: ") + e.what();
        info.text = info.message;
        info.problem = {"internal.error", {e.what()}};
    } catch (...) {
        info.kind = ErrorInfo::Kind::Internal;
        info.message = info.text = "internal error";
        info.problem = {"internal.unknown", {}};
    }
    return info;
}

std::string quoteForMessage(std::string_view value, std::size_t limit) {
    std::string out;
    std::size_t i = 0;
    for (; i < value.size() && i < limit; ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        out += c < 0x20 || c == 0x7f ? '?' : value[i];
    }
    if (i < value.size()) {
        // Back off to the start of the character that was cut (UTF-8 continuation bytes 10xxxxxx).
        std::size_t keep = out.size();
        while (keep > 0 && (static_cast<unsigned char>(value[keep]) & 0xC0) == 0x80) --keep;
        out.resize(keep);
        out += "…";
    }
    return out;
}

}  // namespace initscope
