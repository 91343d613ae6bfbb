// libFuzzer target: the experiment-file parser must reject any malformed file with a ConfigError
// naming a field, never crash; whatever it accepts must be valid and round-trip.
#include <cstdint>
#include <string>

#include "common/errors.h"
#include "io/experiment_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const initscope::ExperimentFile e = initscope::parseExperiment(text);
        initscope::validate(e.activations);
        initscope::validate(e.training);
        if (!(initscope::parseExperiment(initscope::serializeExperiment(e)) == e)) __builtin_trap();
    } catch (const initscope::ConfigError& e) {
        if (e.field().empty()) __builtin_trap();
    }
    return 0;
}
